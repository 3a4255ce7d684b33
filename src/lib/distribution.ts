/**
 * A published distribution (e.g. A 44 / B 17 / C 7 / D 13 of 81 targets) as one stacked bar: its geometry
 * for an inline SVG and its words. PURE, no client code: the bar is drawn at build time, with patterns
 * and labels so it reads without colour, and with attributes only (no style="", for the CSP).
 * Reused by the home page's progress dashboard.
 */
import { t, tCount, text, type Lang } from '../i18n/index.ts';
import { formatPercent, formatPeriod, roundTo } from './format.ts';
import type { ResultItem } from '../model/model.ts';
import type { Period } from './period.ts';

/** One count of a distribution: the model's published-result item (share and decimals as printed). */
export type DistributionItem = ResultItem;

/** What one bar shows: the counts and the total they are of. */
export interface Distribution {
	items: DistributionItem[];
	/** The total the shares are of. */
	of: number;
	/** Items that could not be evaluated, outside `of`. */
	notComputable?: number;
	/** `grades` (targets) or `ratings` (pledges): only the words differ. */
	scale: 'grades' | 'ratings';
	period: Period;
	/** Average achievement rate as printed. */
	average?: number;
	averageDecimals?: number;
}

/** A segment of the bar in SVG user units (the bar is {@link BAR_WIDTH} wide). */
export interface Segment {
	id: string;
	/** Position in the scale, for the pattern (0 = best). */
	index: number;
	x: number;
	width: number;
	/** The short mark drawn inside the segment when it is wide enough: the symbol or the id. */
	mark: string;
	/** Whether the mark fits inside the segment. */
	showMark: boolean;
}

export const BAR_WIDTH = 1000;
/** Narrower than this, a segment carries no mark (the legend and sentence still give it). */
const MIN_MARK_WIDTH = 56;

/**
 * Segments left to right, best first; widths follow the counts, so a bar short of `of` leaves a gap.
 * @example segments({ items: [{ id: 'A', label: { ja: 'A' }, count: 3 }, { id: 'B', label: { ja: 'B' }, count: 1 }], of: 4 })
 *   // [{ id: 'A', x: 0, width: 750, … }, { id: 'B', x: 750, width: 250, … }]
 */
export function segments(dist: Pick<Distribution, 'items' | 'of'>): Segment[] {
	let x = 0;
	return dist.items.map((item, index) => {
		const width = dist.of > 0 ? roundTo((item.count / dist.of) * BAR_WIDTH, 1) : 0;
		const segment = { id: item.id, index, x: roundTo(x, 1), width, mark: item.symbol ?? item.id, showMark: width >= MIN_MARK_WIDTH };
		x += width;
		return segment;
	});
}

/**
 * A share as the page shows it: the printed one with its decimals (54.4%, 21.0%), else count ÷ of to one decimal.
 * @example shareLabel({ count: 17, share: 21, decimals: 1 }, 81, 'ja') // '21.0%'
 * @example shareLabel({ count: 44 }, 81, 'en') // '54.3%'
 */
export function shareLabel(item: Pick<DistributionItem, 'count' | 'share' | 'decimals'>, of: number, lang: Lang): string {
	if (item.share !== undefined) return formatPercent(item.share, lang, item.decimals ?? (String(item.share).split('.')[1]?.length ?? 0));
	return formatPercent(of > 0 ? roundTo((item.count / of) * 100, 1) : 0, lang, 1);
}

/** A grade or level name for the legend: `A 目標達成`, `◎ 達成済`. */
export function itemName(item: DistributionItem, lang: Lang): string {
	const name = text(item.label, lang);
	const mark = item.symbol ?? (name === item.id ? undefined : item.id);
	return mark ? `${mark} ${name}` : name;
}

/** The total in words: 計算可能な目標81件 / 81 computable targets; 公約99件 / 99 pledges. */
export function totalText(dist: Pick<Distribution, 'of' | 'notComputable' | 'scale'>, lang: Lang): string {
	if (dist.scale === 'ratings') return tCount(lang, 'home.pledgeCount', dist.of);
	return t(lang, dist.notComputable ? 'results.computable' : 'results.targets', { count: dist.of });
}

/**
 * The one sentence under the bar, with every count and its share as printed.
 * @example distributionSentence(dist, 'ja') // '令和5年度：計算可能な目標81件のうち、A 44件（54.4%）、B 17件（21.0%）…。'
 */
export function distributionSentence(dist: Distribution, lang: Lang): string {
	// Grades are named by their letter in the sentence (the legend explains them); levels by their name.
	const parts = dist.items.map((item) => t(lang, 'results.part', { name: dist.scale === 'grades' ? item.id : itemName(item, lang), count: item.count, share: shareLabel(item, dist.of, lang) }));
	const sentence = t(lang, 'results.sentence', { period: formatPeriod(dist.period, lang), total: totalText(dist, lang), parts: parts.join(lang === 'ja' ? '、' : ', ') });
	const extra = [
		dist.notComputable ? t(lang, dist.notComputable === 1 ? 'results.notComputableOne' : 'results.notComputable', { count: dist.notComputable }) : '',
		dist.average !== undefined ? t(lang, 'results.average', { rate: formatPercent(dist.average, lang, dist.averageDecimals) }) : '',
	].filter(Boolean);
	return [sentence, ...extra].join(lang === 'ja' ? '' : ' ');
}

/** Fill of the n-th segment: Okabe–Ito colours, each with its own pattern so greyscale prints still tell them apart. */
export const PATTERNS = [
	{ color: '#0072B2', ink: '#ffffff', kind: 'solid' },
	{ color: '#56B4E9', ink: '#000000', kind: 'stripes' },
	{ color: '#E69F00', ink: '#000000', kind: 'dots' },
	{ color: '#D55E00', ink: '#000000', kind: 'cross' },
	{ color: '#999999', ink: '#000000', kind: 'stripes-back' },
	{ color: '#CC79A7', ink: '#000000', kind: 'dots' },
] as const;
export const patternOf = (index: number) => PATTERNS[index % PATTERNS.length]!;

/** The distribution a published result shows. */
export const toDistribution = (result: {
	items: DistributionItem[];
	of: number;
	notComputable: number;
	scale: 'grades' | 'ratings';
	period: Period;
	average?: number | undefined;
	averageDecimals?: number | undefined;
}): Distribution => ({
	items: result.items,
	of: result.of,
	notComputable: result.notComputable,
	scale: result.scale,
	period: result.period,
	...(result.average !== undefined ? { average: result.average } : {}),
	...(result.averageDecimals !== undefined ? { averageDecimals: result.averageDecimals } : {}),
});
