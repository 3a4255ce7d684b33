/**
 * Words about figures: a value, share, change, target or time as the pages, the flyer and the charts write
 * it (3億4,300万円, 61区（68区中、89.7%）, 2016年度→2018年度). PURE. src/lib/metric-text.ts builds a metric's
 * sentences from these; src/lib/chart-config.ts only configures the charts that print them.
 */
import easy from '../i18n/easy.ts';
import en from '../i18n/en.ts';
import { isJa } from '../i18n/index.ts';
import ja from '../i18n/ja.ts';
import {
	decimalsOf,
	formatChange,
	formatCountValue,
	formatNumber,
	formatPercent,
	formatPeriod,
	formatPeriodShort,
	formatPeriodSpan,
	formatPoints,
	formatQualified,
	formatRank,
	formatRatio,
	formatValue,
	formatWari,
	formatYenShort,
	roundTo,
	type Counter,
	type Lang,
	type Qualifier,
	type Scope,
	type Unit,
} from './format.ts';
import { parsePeriod, type Period } from '../schemas/period-key.ts';

/** One measured value as a chart spec carries it (JSON-safe) and as the words read it. */
export interface FigurePoint {
	/** Period key as written in content: `FY2016`, `2020-01`, `2016-04..2023-12`; absent when the source gives no date. */
	period?: string;
	/** The time in the source's own words, in the page's language (就任前 / before taking office); shown instead of the period. */
	when?: string;
	value: number;
	of?: number;
	qualifier: Qualifier;
	/** Decimals the value was printed with (6.0% keeps its one); default: as many as it has. */
	decimals?: number;
}

/** A derived change from the first to the latest point (the model's `change`). */
export interface FigureChange {
	kind: 'points' | 'ratio' | 'percent' | 'places';
	value: number;
}

const DICTIONARIES = { ja, en, easy } as const;

const COMPARE_KEYS = { 'at-least': 'target.atLeast', over: 'target.over', 'at-most': 'target.atMost', under: 'target.under' } as const;
const EVERY_KEYS = { 'fiscal-year': 'target.everyFiscalYear', year: 'target.everyYear' } as const;

/**
 * A target's figure in words, as printed: bounded (超 / 以上 / 未満 / 以下) and recurring (毎年度), without its deadline.
 * Server side (it reads the dictionaries).
 * @example targetFigure({ unit: 'yen', target: { value: 2e10, compare: 'over', every: 'fiscal-year' } }, 'ja') // '毎年度200億円超'
 * @example targetFigure({ unit: 'yen', target: { value: 2e10, compare: 'over', every: 'fiscal-year' } }, 'en') // 'over ¥20 billion every fiscal year'
 */
export function targetFigure(metric: ValueMetric & { target?: { value: number; compare?: keyof typeof COMPARE_KEYS | undefined; every?: keyof typeof EVERY_KEYS | undefined } | undefined }, lang: Lang): string {
	const target = metric.target;
	if (!target) return '';
	const fillIn = (key: keyof typeof ja, vars: Record<string, string>) => fill(DICTIONARIES[lang][key], vars);
	let figure = valueText(metric, { value: target.value, qualifier: 'exact' }, lang);
	if (target.compare) figure = fillIn(COMPARE_KEYS[target.compare], { value: figure });
	if (target.every) figure = fillIn(EVERY_KEYS[target.every], { target: figure });
	return figure;
}

/** Parses a period key from a spec; keys come from validated content, so failure is a bug. */
export function periodOf(key: string): Period {
	const parsed = parsePeriod(key);
	if (typeof parsed === 'string') throw new Error(`Bad period key "${key}": ${parsed}`);
	return parsed;
}

export const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? `{${name}}`);

/** A point's share of its total in percent, one decimal (same rounding as the model's `shareOf`). */
export const percentOf = (value: number, of: number) => roundTo((value / of) * 100, 1);

/** What value formatting needs: a {@link ChartSpec} or a metric (whose scope may lack English). */
export interface ValueMetric {
	unit: Unit;
	counter?: Counter | undefined;
	scope?: { ja: string; en?: string | undefined } | undefined;
	/** Set when values are changes; only its presence matters here. */
	changeSince?: unknown;
	/** `wari`: percentages and shares in 割 (3割) on Japanese pages; default %. */
	style?: 'percent' | 'wari' | undefined;
}

/**
 * A share or percentage in the metric's style: 54.3% or, for `style: wari`, 5.4割 on Japanese pages.
 * @example percentText({ unit: 'percent', style: 'wari' }, 30, 'ja') // '3割'
 */
export function percentText(metric: Pick<ValueMetric, 'style'>, percent: number, lang: Lang, digits?: number): string {
	return metric.style === 'wari' ? formatWari(percent, lang, digits === undefined ? 2 : digits + 1) : formatPercent(percent, lang, digits);
}

export const scopeOf = (metric: ValueMetric): Scope | undefined => (metric.scope ? { ja: metric.scope.ja, en: metric.scope.en ?? metric.scope.ja } : undefined);

/**
 * A figure as the page shows it: unit, qualifier (約 / 以上 / 余), rank among N, signed when the values are changes.
 * @example valueText({ unit: 'yen' }, { value: 343000000, qualifier: 'exact' }, 'ja') // '3億4,300万円'
 * @example valueText({ unit: 'hours', changeSince: 'FY2017' }, { value: -3200, qualifier: 'about' }, 'ja') // '約3,200時間減'
 * @example valueText({ unit: 'percent', changeSince: 'FY2017' }, { value: -12.81, qualifier: 'exact' }, 'ja') // '12.81%減'
 * @example valueText({ unit: 'percent', changeSince: 'FY2017' }, { value: -12.81, qualifier: 'exact' }, 'en') // '−12.81%'
 */
export function valueText(metric: ValueMetric, point: Pick<FigurePoint, 'value' | 'of' | 'qualifier' | 'decimals'>, lang: Lang): string {
	let out: string;
	if (metric.unit === 'rank') out = formatRank(point.value, point.of, lang, scopeOf(metric));
	else if (metric.changeSince !== undefined && point.value !== 0 && isJa(lang)) {
		// A change reads as a rise or a fall, as Japanese print writes it: 約3,200時間減, 12.81%減.
		const abs = Math.abs(point.value);
		const amount = metric.unit === 'percent'
			? formatPercent(abs, lang, decimalsOf(abs))
			: formatValue(abs, metric.unit, lang, metric.counter ? { counter: metric.counter } : undefined);
		return `${formatQualified(amount, point.qualifier, lang)}${point.value < 0 ? '減' : '増'}`;
	} else if (metric.changeSince !== undefined && point.value !== 0) {
		// English says it in words too: "12.81% lower", "about 3,200 fewer hours", "¥3 million less" (issue 21).
		const abs = Math.abs(point.value);
		const down = point.value < 0;
		const words = (key: keyof typeof ja, vars: Record<string, string>) => fill(DICTIONARIES[lang][key], vars);
		if (metric.unit === 'percent') return formatQualified(words(down ? 'metric.change.lower' : 'metric.change.higher', { value: formatPercent(abs, lang, point.decimals ?? decimalsOf(abs)) }), point.qualifier, lang);
		const amount = formatValue(abs, metric.unit, lang, metric.counter ? { counter: metric.counter } : undefined);
		const split = /^(.*\d)\s+(\D+)$/.exec(amount);
		const changed = split && metric.unit !== 'yen' ? words(down ? 'metric.change.fewer' : 'metric.change.more', { number: split[1]!, unit: split[2]! }) : words(down ? 'metric.change.less' : 'metric.change.higher', { value: amount });
		return formatQualified(changed, point.qualifier, lang);
	} else if (metric.changeSince !== undefined && metric.unit === 'percent') out = formatChange(point.value, lang, point.decimals ?? decimalsOf(point.value));
	else if (metric.unit === 'percent' && metric.style === 'wari') out = percentText(metric, point.value, lang, point.decimals);
	else if (metric.unit === 'percent' && point.decimals !== undefined) {
		// As printed: 6.0% stays 6.0%, never 6%.
		out = formatPercent(point.value, lang, point.decimals);
	} else {
		out = formatValue(point.value, metric.unit, lang, metric.counter ? { counter: metric.counter } : undefined);
		if (metric.changeSince !== undefined && point.value > 0) out = `+${out}`;
	}
	return formatQualified(out, point.qualifier, lang);
}

/**
 * A share as written in sentences and tables: 61区（68区中、89.7%） / 61 of 68 districts (89.7%).
 */
export function shareText(metric: ValueMetric, point: Pick<FigurePoint, 'value' | 'of' | 'qualifier'>, lang: Lang, template: string): string {
	if (point.of === undefined) return valueText(metric, point, lang);
	const extra = metric.counter ? { counter: metric.counter } : undefined;
	const total = formatValue(point.of, metric.unit, lang, extra);
	// English puts the counter after the total only: "61 of 68 districts".
	const value = lang === 'en' ? formatNumber(point.value, lang) : formatValue(point.value, metric.unit, lang, extra);
	return fill(template, {
		value: formatQualified(value, point.qualifier, lang),
		total,
		// Always to one decimal (16.0%, as shares are printed), never 16%.
		share: metric.style === 'wari' ? formatWari(percentOf(point.value, point.of), lang, 1) : formatPercent(percentOf(point.value, point.of), lang, 1),
	});
}

/**
 * A derived change as a short callout: 50.5倍, +9.4ポイント, +3.2%; `places` is worded by the caller.
 * @example changeText({ kind: 'ratio', value: 50.5 }, 'en') // '50.5×'
 */
export function changeText(change: FigureChange, lang: Lang): string | undefined {
	switch (change.kind) {
		case 'ratio':
			return formatRatio(change.value, lang);
		case 'points':
			return formatPoints(change.value, lang);
		case 'percent':
			return formatChange(change.value, lang, 1);
		case 'places':
			return undefined;
	}
}

/**
 * When a spec point was measured, in running text: the source's words, else the period, else `undated`.
 * @example specWhen({ when: '就任前', value: 1, qualifier: 'exact' }, 'ja', '時期の記載なし') // '就任前'
 * @example specWhen({ period: 'FY2015', value: 1, qualifier: 'exact' }, 'en', 'Date not given') // 'FY2015'
 */
export function specWhen(point: Pick<FigurePoint, 'period' | 'when'>, lang: Lang, undated: string): string {
	return point.when ?? (point.period ? formatPeriod(periodOf(point.period), lang) : undated);
}

/**
 * The two times a change is measured between: 2016年度→2018年度, or in the source's words (就任前→2020年1月).
 * @example specSpan({ when: '就任前' }, { period: '2020-01' }, 'ja', '時期の記載なし') // '就任前→2020年1月'
 */
export function specSpan(from: Pick<FigurePoint, 'period' | 'when'>, to: Pick<FigurePoint, 'period' | 'when'>, lang: Lang, undated: string): string {
	if (from.period && to.period && !from.when && !to.when) return formatPeriodSpan(periodOf(from.period), periodOf(to.period), lang);
	return `${specWhen(from, lang, undated)}${isJa(lang) ? '→' : ' → '}${specWhen(to, lang, undated)}`;
}

/** A period for an axis: compact, a span on two lines so it fits a phone. */
export function periodLabel(key: string, lang: Lang): string | string[] {
	const period = periodOf(key);
	if (period.kind !== 'range' || !period.from || !period.to) return formatPeriodShort(period, lang);
	return [`${formatPeriodShort(period.from, lang)}${isJa(lang) ? '～' : ' –'}`, formatPeriodShort(period.to, lang)];
}

/**
 * An axis tick for a value: short yen (3億 / ¥300M), percent, rank (25位 / 25th) or a count (2万 / 20,000).
 * @example tickText(300000000, { unit: 'yen' }, 'ja') // '3億'
 * @example tickText(20000, { unit: 'people' }, 'ja') // '2万'
 */
export function tickText(value: number, metric: ValueMetric, lang: Lang): string {
	if (metric.unit === 'yen') return formatYenShort(value, lang);
	if (metric.unit === 'rank') return formatRank(value, undefined, lang);
	if (metric.unit === 'percent') return metric.changeSince !== undefined ? formatChange(value, lang, decimalsOf(value)) : percentText(metric, value, lang);
	return formatCountValue(value, lang);
}

/**
 * A point's label on a chart's axis: the source's words, else the period (compact, a span on two lines),
 * else `undated`.
 */
export const axisLabel = (point: Pick<FigurePoint, 'period' | 'when'>, lang: Lang, undated: string): string | string[] =>
	point.when ?? (point.period ? periodLabel(point.period, lang) : undated);

/**
 * The label of a target line: 目標 and the target's figure (its `text` when it is bounded or recurs).
 * @example targetLineText({ unit: 'percent' }, 30, undefined, 'ja', '目標') // '目標 30%'
 */
export const targetLineText = (metric: ValueMetric, value: number, text: string | undefined, lang: Lang, word: string): string =>
	`${word} ${text ?? valueText(metric, { value, qualifier: 'exact' }, lang)}`;

/**
 * The title of a chart of changes: `{period}比` / `Change since {period}` with the period filled in.
 * @example changeSinceText('FY2017', 'ja', '{period}比') // '2017年度比'
 */
export const changeSinceText = (key: string, lang: Lang, template: string): string => fill(template, { period: formatPeriod(periodOf(key), lang) });

/**
 * The title of a chart of levels that changed: the callout and the two times (50.5倍（2016年度→2018年度）), or
 * undefined when the change is worded by the caller (`places`).
 */
export function changeTitle(change: FigureChange, first: Pick<FigurePoint, 'period' | 'when'>, last: Pick<FigurePoint, 'period' | 'when'>, lang: Lang, undated: string): string | undefined {
	const callout = changeText(change, lang);
	return callout ? `${callout}${isJa(lang) ? '（' : ' ('}${specSpan(first, last, lang, undated)}${isJa(lang) ? '）' : ')'}` : undefined;
}
