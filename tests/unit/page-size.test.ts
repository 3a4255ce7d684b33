import { describe, expect, it } from 'vitest';
import { CHART_CARDS_PER_PAGE, INDEX_CHART_CARDS, indexDrawsCharts, splitFigures } from '../../src/lib/page-size.ts';

describe('how many figures a page draws as charts', () => {
	it('draws up to the limit as cards and lists the rest, in order', () => {
		const figures = Array.from({ length: CHART_CARDS_PER_PAGE + 3 }, (_, i) => `m${i}`);
		const { cards, listed } = splitFigures(figures);
		expect(cards).toEqual(figures.slice(0, CHART_CARDS_PER_PAGE));
		expect(listed).toEqual(['m8', 'm9', 'm10']);
		expect(splitFigures(['a', 'b'], 2)).toEqual({ cards: ['a', 'b'], listed: [] });
		expect(splitFigures([], 2)).toEqual({ cards: [], listed: [] });
	});

	it('the /metrics/ index draws charts for a small site only', () => {
		// Komoro has 15 figures: its index keeps its charts.
		expect(indexDrawsCharts(15)).toBe(true);
		expect(indexDrawsCharts(INDEX_CHART_CARDS)).toBe(true);
		expect(indexDrawsCharts(INDEX_CHART_CARDS + 1)).toBe(false);
	});
});
