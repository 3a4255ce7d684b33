/**
 * How many figures a page draws as chart cards before the rest become a list. A chart card is about
 * 1.5 KB gzip (chart, summary, table, source); a pillar page of Komoro's size (up to 8 figures) fits the
 * 14 KB first view, but a big campaign's pillar with 250 figures drew a 750 KB page (49 KB gzip) and its
 * /metrics/ index 9 MB (500 KB gzip), more than a phone on a rural connection can reasonably load. Past the
 * limit, each figure is one line (its latest value, linking to its own page with the chart), so every
 * figure stays one tap away and a page's weight grows by a line, not a chart, per figure.
 */

/** Chart cards on one page before the remaining figures are listed (pillar, manifesto and report pages). */
export const CHART_CARDS_PER_PAGE = 8;

/**
 * The easy Japanese edition's chart cards per page: its furigana doubles what a card's words weigh (a card
 * of Komoro's carries about 80 readings, 0.7 KB gzip), so its pages draw fewer charts and list the rest,
 * each linking to its own page with the chart, the table and the sources.
 */
export const EASY_CHART_CARDS_PER_PAGE = 2;

/** The /metrics/ index draws every figure as a card while the site has at most this many; beyond, it lists them. */
export const INDEX_CHART_CARDS = 20;

/**
 * The figures a page shows as chart cards, and the ones it lists after them.
 * @example splitFigures(['a', 'b', 'c'], 2) // { cards: ['a', 'b'], listed: ['c'] }
 * @example splitFigures(['a'], 2) // { cards: ['a'], listed: [] }
 */
export function splitFigures<T>(figures: readonly T[], max = CHART_CARDS_PER_PAGE): { cards: T[]; listed: T[] } {
	return { cards: figures.slice(0, max), listed: figures.slice(max) };
}

/**
 * Whether the /metrics/ index shows each figure as a chart card (a small site) or as a line (a big one).
 * @example indexDrawsCharts(15) // true
 * @example indexDrawsCharts(2500) // false
 */
export const indexDrawsCharts = (figureCount: number): boolean => figureCount <= INDEX_CHART_CARDS;
