/**
 * A published distribution (e.g. A 44 / B 17 / C 7 / D 13 of 81 targets) as one stacked bar: its geometry
 * for an inline SVG and its words. PURE, no client code: the bar is drawn at build time, with patterns
 * and labels so it reads without colour, and with attributes only (no style="", for the CSP).
 * Reused by the home page's progress dashboard.
 */
import { countOf, isJa, type Lang, type NounKey, type NounTerm, nounWord, t, text } from '../i18n/index.ts';
import { formatPercent, formatPeriod, roundTo } from './format.ts';
import type { ResultItem, ResultKey } from '../model/model.ts';
import type { SiteData } from '../schemas/site.ts';
import type { Period } from '../schemas/period-key.ts';

/** One count of a distribution: the model's published-result item (count and share as printed, either may be absent). */
export type DistributionItem = ResultItem;
type Terms = SiteData['terms'];

/** What one bar shows: the counts and the total they are of. */
export interface Distribution {
	items: DistributionItem[];
	/** The total the shares are of; absent when neither printed nor known from every count. */
	of?: number;
	/** The whole number set, as printed ("82 targets set"). */
	total?: number;
	/** Items that could not be evaluated, outside `of`. */
	notComputable?: number;
	/** `grades` (targets), `ratings` (pledges) or `categories` (the result's own): only the words differ. */
	scale: 'grades' | 'ratings' | 'categories';
	period: Period;
	/** Average achievement rate as printed. */
	average?: number;
	averageDecimals?: number;
	/** What the counts count, when the result names it itself. */
	noun?: NounTerm;
}

/** A segment of the bar in SVG user units (the bar is {@link BAR_WIDTH} wide). */
export interface Segment {
	id: string;
	/** The fill, the same for this grade, level or category on every bar. */
	index: number;
	x: number;
	width: number;
	/** The short mark drawn inside the segment when it fits: the symbol, else the name. */
	mark: string;
	/** Whether the mark fits inside the segment (else the legend and the sentence carry it). */
	showMark: boolean;
}

export const BAR_WIDTH = 1000;
/** The mark's font size in SVG units. */
export const MARK_SIZE = 34;

/**
 * How wide a mark is drawn, in SVG units, with room either side: full-width characters one em, others about 0.62 em.
 * @example markWidth('A') // 37.1
 */
export const markWidth = (mark: string) => roundTo([...mark].reduce((w, ch) => w + (/[\u0000-\u024f]/.test(ch) ? 0.62 : 1), 0) * MARK_SIZE + 16, 1);

/**
 * Segments left to right, best first: a count takes count ÷ of of the bar, a share printed alone its share;
 * a bar short of the whole leaves a gap. A mark is drawn only where it fits with room to spare, so marks
 * never run into each other (the legend names every segment anyway).
 * @example segments({ items: [{ id: 'A', name: { ja: 'A' }, pattern: 0, count: 3 }, { id: 'B', name: { ja: 'B' }, pattern: 1, count: 1 }], of: 4 }, 'ja')
 *   // [{ id: 'A', x: 0, width: 750, … }, { id: 'B', x: 750, width: 250, … }]
 */
export function segments(dist: Pick<Distribution, 'items' | 'of'>, lang: Lang): Segment[] {
	let x = 0;
	// Without a printed total, counts are drawn as parts of their own sum (the words say no total).
	const whole = dist.of ?? (dist.items.every((item) => item.count !== undefined) ? dist.items.reduce((sum, item) => sum + item.count!, 0) : undefined);
	return dist.items.map((item) => {
		const part = item.count !== undefined && whole ? item.count / whole : item.share !== undefined ? item.share / 100 : 0;
		const width = roundTo(part * BAR_WIDTH, 1);
		const mark = item.symbol ?? text(item.name, lang);
		const segment = { id: item.id, index: item.pattern, x: roundTo(x, 1), width, mark, showMark: markWidth(mark) <= width };
		x += width;
		return segment;
	});
}

/**
 * A share as the page shows it: the printed one with its decimals (54.4%, 21.0%), else count ÷ of to one
 * decimal; undefined when neither is known (a count printed without its total).
 * @example shareLabel({ count: 17, share: 21, decimals: 1 }, 81, 'ja') // '21.0%'
 * @example shareLabel({ count: 44 }, 81, 'en') // '54.3%'
 */
export function shareLabel(item: Pick<DistributionItem, 'count' | 'share' | 'decimals'>, of: number | undefined, lang: Lang): string | undefined {
	if (item.share !== undefined) return formatPercent(item.share, lang, item.decimals ?? (String(item.share).split('.')[1]?.length ?? 0));
	if (item.count === undefined || of === undefined) return undefined;
	return formatPercent(of > 0 ? roundTo((item.count / of) * 100, 1) : 0, lang, 1);
}

/** A grade, level or category as the key names it: `A 目標達成`, `◎ 達成済`, `100%以上`. */
export function itemName(item: Pick<ResultKey, 'id' | 'name' | 'label' | 'symbol'>, lang: Lang): string {
	const name = text(item.name, lang);
	if (item.symbol) return `${item.symbol} ${name}`;
	return item.label ? `${name} ${text(item.label, lang)}` : name;
}

/** Which of the campaign's nouns a scale counts: targets for grades, pledges otherwise. */
const nounKey = (scale: Distribution['scale']): NounKey => (scale === 'grades' ? 'targets' : 'pledges');

/** The total in words: 計算可能な目標81件 / 81 computable targets; 公約99件 / 99 pledges; in the campaign's or the result's own nouns. */
export function totalText(dist: Pick<Distribution, 'of' | 'notComputable' | 'scale' | 'total' | 'noun'>, lang: Lang, terms?: Terms): string {
	const of = dist.of ?? 0;
	const count = countOf(terms, lang, nounKey(dist.scale), of, dist.noun);
	if (dist.scale !== 'grades' || !(dist.notComputable || (dist.total !== undefined && dist.total > of))) return count;
	return dist.noun || terms?.targets ? t(lang, 'results.computableTerm', { total: count }) : t(lang, 'results.computable', { count: of });
}

/**
 * The one sentence under the bar, with every count and share as printed (a share printed alone stays
 * alone: no count is made up for it), the whole number set, and the average.
 * @example distributionSentence(dist, 'ja') // '令和5年度：計算可能な目標81件のうち、A 44件（54.4%）、B 17件（21.0%）…。'
 */
export function distributionSentence(dist: Distribution, lang: Lang, terms?: Terms): string {
	const period = formatPeriod(dist.period, lang);
	const rate = dist.average !== undefined ? formatPercent(dist.average, lang, dist.averageDecimals) : undefined;
	const key = nounKey(dist.scale);
	const noun = (count: number) => nounWord(terms, lang, key, count, dist.noun);
	const extra = [
		dist.notComputable
			? dist.noun || terms?.targets
				? t(lang, 'results.notComputableTerm', { count: dist.notComputable, noun: noun(dist.notComputable) })
				: t(lang, dist.notComputable === 1 ? 'results.notComputableOne' : 'results.notComputable', { count: dist.notComputable })
			: '',
		dist.total !== undefined ? t(lang, 'results.setTotal', { count: dist.total, noun: noun(dist.total) }) : '',
	];
	let sentence: string;
	if (dist.items.length === 0) sentence = t(lang, 'results.averageOnly', { period, rate: rate ?? '' });
	else {
		// Grades and categories are named by their own names in the sentence (the key explains a grade); levels with their mark.
		const parts = dist.items.map((item) => {
			const name = dist.scale === 'ratings' ? itemName(item, lang) : text(item.name, lang);
			const share = shareLabel(item, dist.of, lang);
			if (item.count === undefined) return t(lang, 'results.partShare', { name, share: share! });
			return share === undefined ? t(lang, 'results.partCount', { name, count: item.count }) : t(lang, 'results.part', { name, count: item.count, share });
		});
		const joined = parts.join(isJa(lang) ? '、' : ', ');
		sentence = dist.of === undefined ? t(lang, 'results.sentenceNoTotal', { period, parts: joined }) : t(lang, 'results.sentence', { period, total: totalText(dist, lang, terms), parts: joined });
		if (rate !== undefined) extra.push(t(lang, 'results.average', { rate }));
	}
	return [sentence, ...extra.filter(Boolean)].join(isJa(lang) ? '' : ' ');
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
	of?: number | undefined;
	total?: number | undefined;
	notComputable: number;
	scale: Distribution['scale'];
	period: Period;
	average?: number | undefined;
	averageDecimals?: number | undefined;
	noun?: NounTerm | undefined;
}): Distribution => ({
	items: result.items,
	...(result.of !== undefined ? { of: result.of } : {}),
	...(result.total !== undefined ? { total: result.total } : {}),
	notComputable: result.notComputable,
	scale: result.scale,
	period: result.period,
	...(result.average !== undefined ? { average: result.average } : {}),
	...(result.averageDecimals !== undefined ? { averageDecimals: result.averageDecimals } : {}),
	...(result.noun !== undefined ? { noun: result.noun } : {}),
});
