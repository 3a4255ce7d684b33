import { describe, expect, it } from 'vitest';
import { fitCategoryLabels, LABEL_GAP, wrappedPeriod } from '../../src/lib/axis-labels.ts';

/** 15 px per character, like a 15 px CJK font. */
const width = (line: string) => line.length * 15;
const FULL = ['2019年度', '2020年度', '2021年度', '2022年度'];
const SHORT = FULL.map((l) => [l.slice(0, 4), '年度']);

describe('fitCategoryLabels', () => {
	it('keeps every label in full when neighbours leave the gap between them', () => {
		expect(fitCategoryLabels(FULL, SHORT, 90 + LABEL_GAP, width)).toEqual(FULL);
		expect(fitCategoryLabels(FULL, SHORT, 90 + LABEL_GAP - 1, width)).not.toEqual(FULL);
	});
	it('uses the short forms before leaving any label out', () => expect(fitCategoryLabels(FULL, SHORT, 60 + LABEL_GAP, width)).toEqual(SHORT));
	it('lets a wide label share the room of a narrow neighbour', () =>
		expect(fitCategoryLabels(['before taking office', 'Jan 2020'], ['before taking office', 'Jan 2020'], (20 * 15 + 8 * 15) / 2 + LABEL_GAP, width)).toEqual(['before taking office', 'Jan 2020']));
	it('then labels every second category, counted back from the latest', () =>
		expect(fitCategoryLabels(FULL, SHORT, 40, width)).toEqual(['', SHORT[1], '', SHORT[3]]));
	it('prefers full labels at the same spacing', () => expect(fitCategoryLabels(FULL, SHORT, 50, width)).toEqual(['', FULL[1], '', FULL[3]]));
	it('keeps at least the latest', () => expect(fitCategoryLabels(FULL, SHORT, 5, width)).toEqual(['', '', '', FULL[3]]));
	it('measures the widest line of a two-line label', () => {
		const spans = [['2016年度～', '2020年度'], ['2021年度～', '2023年度']];
		expect(fitCategoryLabels(spans, ['a', 'b'], 105 + LABEL_GAP, width)).toEqual(spans);
		expect(fitCategoryLabels(spans, ['a', 'b'], 105 + LABEL_GAP - 1, width)).toEqual(['a', 'b']);
	});
});

describe('wrappedPeriod', () => {
	it('puts the year first in Japanese', () => expect([wrappedPeriod({ kind: 'fiscal-year', year: 2019 }, 'ja'), wrappedPeriod({ kind: 'year', year: 2019 }, 'ja')]).toEqual([['2019', '年度'], ['2019', '年']]));
	it('writes FY over the year in English; a calendar year is already short', () =>
		expect([wrappedPeriod({ kind: 'fiscal-year', year: 2019 }, 'en'), wrappedPeriod({ kind: 'year', year: 2019 }, 'en')]).toEqual([['FY', '2019'], undefined]));
	it('leaves months as they are', () => expect(wrappedPeriod({ kind: 'month', year: 2019 }, 'ja')).toBeUndefined());
});
