/**
 * Category labels under upright bars that never run together: on a 360 px phone, twelve fiscal years
 * written in full ("2012年度2013年度…") need about three times the width there is. Pure: the caller
 * measures (chart-config.ts measures with the chart's own font while chart.js lays out the axis).
 */
import { isJa } from '../i18n/index.ts';
import type { Lang } from './format.ts';
import type { Period } from '../schemas/period-key.ts';

/** A category label: one line, or several (a span on two lines). */
export type AxisLabel = string | string[];

/** Space left between two neighbouring labels, in px. */
export const LABEL_GAP = 8;

/**
 * The same period on two short lines, or undefined when it has no shorter form: the year, then what
 * kind of year it is. Never an abbreviation a reader could misread (12年度 could be 平成12年度).
 * @example wrappedPeriod({ kind: 'fiscal-year', year: 2019 }, 'ja') // ['2019', '年度']
 * @example wrappedPeriod({ kind: 'fiscal-year', year: 2019 }, 'en') // ['FY', '2019']
 * @example wrappedPeriod({ kind: 'year', year: 2019 }, 'ja') // ['2019', '年']
 */
export function wrappedPeriod(period: Pick<Period, 'kind' | 'year'>, lang: Lang): string[] | undefined {
	if (period.kind === 'fiscal-year') return isJa(lang) ? [String(period.year), '年度'] : ['FY', String(period.year)];
	if (period.kind === 'year' && isJa(lang)) return [String(period.year), '年'];
	return undefined;
}

/**
 * The labels to draw under `slot` px per category (each centred under its bar): the first choice that
 * leaves {@link LABEL_GAP} between neighbours, in this order — every label in full; every label in its short form; then every second
 * label (full, then short), every third, … counted back from the latest, which is always labelled. A
 * label left out is '' (the bar is still drawn; the data table under the chart lists every period).
 * `width` measures one line.
 * @example fitCategoryLabels(['2019年度', '2020年度'], [['2019', '年度'], ['2020', '年度']], 100, (s) => s.length * 15) // ['2019年度', '2020年度']
 * @example fitCategoryLabels(['2019年度', '2020年度'], [['2019', '年度'], ['2020', '年度']], 70, (s) => s.length * 15) // [['2019', '年度'], ['2020', '年度']]
 * @example fitCategoryLabels(['a', 'bb', 'cc'], ['a', 'bb', 'cc'], 20, (s) => s.length * 15) // ['a', '', 'cc']
 */
export function fitCategoryLabels(full: readonly AxisLabel[], short: readonly AxisLabel[], slot: number, width: (line: string) => number): AxisLabel[] {
	const n = full.length;
	const widthOf = (label: AxisLabel) => Math.max(0, ...(Array.isArray(label) ? label : [label]).map(width));
	// Labels are centred under their bars: two shown neighbours `every` slots apart share that distance.
	const fits = (labels: readonly AxisLabel[], every: number) => {
		const widths = labels.filter((_, i) => (n - 1 - i) % every === 0).map(widthOf);
		return widths.every((w, i) => i === 0 || (widths[i - 1]! + w) / 2 + LABEL_GAP <= every * slot);
	};
	for (let every = 1; every <= n; every++)
		for (const labels of [full, short]) if (fits(labels, every)) return labels.map((label, i) => ((n - 1 - i) % every === 0 ? label : ''));
	// Only reached with no categories: the latest label alone always fits.
	return [];
}
