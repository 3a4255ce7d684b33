/**
 * Words for a metric: the one-sentence summary (visible, and the chart's accessible name), the rows of
 * its data table and its headline figure. PURE: the same metric and language give the same text.
 * All figures go through format.ts (via chart-config's `valueText`), never by hand.
 */
import { isJa, type Lang, t, text } from '../i18n/index.ts';
import { recurringRecord, shareOf } from '../model/derive.ts';
import type { MetricEntry } from '../model/model.ts';
import type { MetricPoint } from '../schemas/metric.ts';
import { chartKind, type ChartKind } from './chart-config.ts';
import { changeText, shareText, targetFigure, valueText } from './figure-words.ts';
import { formatCount, formatPercent, formatPeriod, formatPeriodSpan, formatRank, formatRatio, formatNumber, formatQualified, formatValue, formatWari, type Counter } from './format.ts';

/** Ranks move in places: 15位上昇 / up 15 places. */
const PLACES: Counter = { ja: '位', en: 'places', enOne: 'place' };

const label = (metric: MetricEntry, lang: Lang) => text(metric.label, lang);
/**
 * When a point was measured, as the page shows it: the source's own words (`when`), else the period, else
 * 時期の記載なし / date not given.
 * @example pointWhen({ when: { ja: '就任前', en: 'before taking office' }, value: 6790000, qualifier: 'exact' }, 'en') // 'before taking office'
 * @example pointWhen({ period: parsePeriod('FY2015'), value: 6790000, qualifier: 'exact' }, 'ja') // '2015年度'
 */
export function pointWhen(point: Pick<MetricPoint, 'period' | 'when'>, lang: Lang): string {
	if (point.when) return text(point.when, lang);
	return point.period ? formatPeriod(point.period, lang) : t(lang, 'metric.undated');
}
const period = pointWhen;
/** A value in words; a change reads as a rise or a fall (12.81%減 / "12.81% lower"), as chart-config writes it. */
const value = (metric: MetricEntry, point: MetricPoint, lang: Lang) => valueText(metric, point, lang);

/** The latest point (points are oldest first; validation guarantees at least one). */
const latestOf = (metric: MetricEntry): MetricPoint => metric.points.at(-1)!;

/** A share, written out: 61区（68区中、89.7%） / 61 of 68 districts (89.7%). */
const share = (metric: MetricEntry, point: MetricPoint, lang: Lang) => shareText(metric, point, lang, t(lang, 'metric.share'));

/** How far a rank moved: 15位上昇 / up 15 places (positive = better). */
function placesText(places: number, lang: Lang): string {
	if (places === 0) return t(lang, 'metric.placesSame');
	const count = formatCount(Math.abs(places), PLACES, lang);
	return t(lang, places > 0 ? 'metric.placesUp' : 'metric.placesDown', { places: count });
}

/** The derived change as a callout: 50.5倍, +9.4ポイント, +3.2%, 15位上昇. */
export function changeCallout(metric: MetricEntry, lang: Lang): string | undefined {
	if (!metric.change) return undefined;
	if (metric.change.kind === 'places') return placesText(metric.change.value, lang);
	return changeText(metric.change, lang);
}

/**
 * The target in words, as printed: bounded (超 / 以上 / 未満 / 以下), recurring (毎年度) and with its deadline.
 * @example targetText(donations, 'ja') // '毎年度200億円超'
 * @example targetText(donations, 'en') // 'over ¥20 billion every fiscal year'
 * @example targetText(rate, 'ja') // '45%（2025年度まで）'
 */
export function targetText(metric: MetricEntry, lang: Lang): string | undefined {
	const target = metric.target;
	if (!target) return undefined;
	const figure = targetFigure(metric, lang);
	return target.period ? t(lang, 'metric.targetBy', { target: figure, period: formatPeriod(target.period, lang) }) : figure;
}

/**
 * A recurring target's record (毎年度 / 毎年), as a label and its words: how many of the measured periods
 * met it, and which. Undefined where `recurringRecord` is (a one-off target, fewer than two such points).
 * @example recurringText(checkups, 'ja') // { label: '達成した年度', text: '2年度中1年度（2023年度）' }
 * @example recurringText(checkups, 'en') // { label: 'Fiscal years met', text: '1 of 2 (FY2023)' }
 */
export function recurringText(metric: MetricEntry, lang: Lang): { label: string; text: string } | undefined {
	const record = recurringRecord(metric);
	if (!record) return undefined;
	const kind = metric.target!.every === 'year' ? 'year' : 'fiscalYear';
	const met = record.filter((r) => r.met).map((r) => period(r.point, lang));
	const vars = { of: formatNumber(record.length, lang), met: formatNumber(met.length, lang), periods: met.join(isJa(lang) ? '・' : ', ') };
	return { label: t(lang, `metric.recurring.${kind}`), text: t(lang, met.length ? `metric.recurringMet.${kind}` : `metric.recurringNone.${kind}`, vars) };
}

/** A point as the page shows it: its share when out of a total (41件（76件中、53.9%）), else its value. */
const valueOrShare = (metric: MetricEntry, point: MetricPoint, lang: Lang) => (point.of !== undefined && metric.unit !== 'rank' ? share(metric, point, lang) : value(metric, point, lang));

/** First → latest, with direction words that follow the data (増えました / rose, 減りました / fell). */
function movement(metric: MetricEntry, lang: Lang): string {
	const from = metric.points[0]!;
	const to = latestOf(metric);
	// Out of different totals (41 of 76 → 44 of 81), both shares are the honest comparison: no change is computed.
	if (from.of !== to.of && metric.unit !== 'rank')
		return t(lang, 'metric.summary.otherTotals', { label: label(metric, lang), from: valueOrShare(metric, from, lang), fromPeriod: period(from, lang), to: valueOrShare(metric, to, lang), toPeriod: period(to, lang) });
	const vars = {
		label: label(metric, lang),
		from: value(metric, from, lang),
		fromPeriod: period(from, lang),
		to: value(metric, to, lang),
		toPeriod: period(to, lang),
	};
	const change = metric.change;
	if (to.value === from.value) return t(lang, 'metric.summary.same', vars);
	const up = to.value > from.value;
	if (change?.kind === 'ratio' && up) {
		const ratio = isJa(lang) ? formatRatio(change.value, lang) : formatNumber(change.value, lang, { maximumFractionDigits: 1 });
		return t(lang, 'metric.summary.ratio', { ...vars, ratio });
	}
	const callout = change && changeText(change, lang);
	if (callout) return t(lang, up ? 'metric.summary.upBy' : 'metric.summary.downBy', { ...vars, change: callout });
	return t(lang, up ? 'metric.summary.up' : 'metric.summary.down', vars);
}

/** The scope of a rank: 812市区 / 812 cities and wards. */
function rankTotal(metric: MetricEntry, point: MetricPoint, lang: Lang): string {
	const of = point.of ?? point.value;
	const scope = metric.scope ? text(metric.scope, lang) : '';
	return isJa(lang) ? `${formatNumber(of, lang)}${scope}` : `${formatNumber(of, lang)}${scope ? ` ${scope}` : ''}`;
}

/** A rank alone: 25位 / 25th, qualified. */
const rankAlone = (point: MetricPoint, lang: Lang) => formatQualified(formatRank(point.value, undefined, lang), point.qualifier, lang);

/**
 * One sentence with the real numbers, for the page and the chart's accessible name.
 * @example metricSummary(hometownTax, 'ja') // 'ふるさと納税寄付額は679万円（2015年度）から3億4,300万円（2020年1月）へ、50.5倍に増えました。'
 */
export function metricSummary(metric: MetricEntry, lang: Lang): string {
	// A target on its own, with nothing measured yet: said in words, never drawn as a chart of nothing.
	if (metric.points.length === 0) {
		const standing = t(lang, 'metric.summary.standing', { label: label(metric, lang), target: targetText(metric, lang) ?? '' });
		return metric.target?.computable === false ? `${standing}${isJa(lang) ? '' : ' '}${t(lang, 'metric.summary.notComputable')}` : standing;
	}
	const kind: ChartKind = chartKind(metric);
	const latest = latestOf(metric);
	const base = { label: label(metric, lang), period: period(latest, lang) };
	switch (kind) {
		case 'change':
			return t(lang, 'metric.summary.change', {
				...base,
				value: value(metric, latest, lang),
				since: formatPeriod(metric.changeSince!, lang),
			});
		case 'rank': {
			const vars = { ...base, rank: rankAlone(latest, lang), total: rankTotal(metric, latest, lang) };
			const first = metric.points[0]!;
			if (metric.change && metric.change.value !== 0)
				return t(lang, 'metric.summary.rankMoved', { ...vars, fromRank: rankAlone(first, lang), fromPeriod: period(first, lang), change: placesText(metric.change.value, lang) });
			return t(lang, 'metric.summary.rank', vars);
		}
		case 'target': {
			const vars = { ...base, value: value(metric, latest, lang), target: targetText(metric, lang) ?? '' };
			if (!metric.achievement) return t(lang, 'metric.summary.targetOnly', vars);
			return t(lang, 'metric.summary.target', { ...vars, rate: formatPercent(metric.achievement.rate, lang) });
		}
		case 'share':
			return t(lang, 'metric.summary.share', { ...base, share: share(metric, latest, lang) });
		case 'single':
			return t(lang, 'metric.summary.single', { ...base, value: value(metric, latest, lang) });
		default:
			return movement(metric, lang);
	}
}

export interface MetricRow {
	/** When: 2015年度 / FY2015. */
	period: string;
	/** The figure, with unit and qualifier (and share or rank total). */
	value: string;
	/** The point's note, or ''. */
	note: string;
	/** Set when the note has no English and falls back to Japanese. */
	noteLang?: Lang;
}

/** The data table: one row per point, oldest first. */
export function metricRows(metric: MetricEntry, lang: Lang): MetricRow[] {
	return metric.points.map((point) => {
		// Japanese tables add the era (平成28年度), as municipal documents date years: it lets a reader match the source.
		// Where the source words the time itself (平成31年, 就任前), that comes first, with the year beside it.
		const yearly = point.period && (point.period.kind === 'fiscal-year' || point.period.kind === 'year');
		let when = period(point, lang);
		if (isJa(lang) && point.period && point.when) when = `${when}（${formatPeriod(point.period, lang)}）`;
		else if (isJa(lang) && point.period && yearly) when = `${when}（${formatPeriod(point.period, lang, { era: true })}）`;
		const row: MetricRow = {
			period: when,
			value: valueOrShare(metric, point, lang),
			note: point.note ? text(point.note, lang) : '',
		};
		if (lang === 'en' && point.note && !point.note.en) row.noteLang = 'ja';
		return row;
	});
}

export interface Headline {
	/** The latest figure, large: 3億4,300万円. */
	value: string;
	/** When it was measured. */
	period: string;
	/** How it moved first → latest: 50.5倍, +9.4ポイント, 15位上昇. */
	change?: string;
	/** The two periods of the change: 2015年度→2020年1月. */
	span?: string;
	/** What the value is measured against: 2017年度比 (values that are changes), 68区中、89.7% (a share). */
	basis?: string;
}

/**
 * The two times a change is measured between: 2016年度→2018年度, or in the source's words (就任前→2020年1月).
 */
function pointSpan(from: MetricPoint, to: MetricPoint, lang: Lang): string {
	if (from.period && to.period && !from.when && !to.when) return formatPeriodSpan(from.period, to.period, lang);
	return `${pointWhen(from, lang)}${isJa(lang) ? '→' : ' → '}${pointWhen(to, lang)}`;
}

/** The big number and its change, for the figure's caption. */
export function headline(metric: MetricEntry, lang: Lang): Headline {
	// A standing target: the target is the figure, and it says nothing is measured yet.
	if (metric.points.length === 0) return { value: targetText(metric, lang) ?? '', period: t(lang, 'metric.standingWhen') };
	const latest = latestOf(metric);
	const kind = chartKind(metric);
	const out: Headline = { value: value(metric, latest, lang), period: period(latest, lang) };
	const change = changeCallout(metric, lang);
	if (change) out.change = change;
	if (metric.change) out.span = pointSpan(metric.change.from, metric.change.to, lang);
	if (kind === 'rank') {
		out.value = rankAlone(latest, lang);
		out.basis = t(lang, 'metric.rankOf', { total: rankTotal(metric, latest, lang) });
	} else if (kind === 'change' && metric.changeSince) out.basis = t(lang, 'metric.changeSince', { period: formatPeriod(metric.changeSince, lang) });
	else if ((kind === 'share' || kind === 'series' || kind === 'before-after' || kind === 'target') && latest.of !== undefined) {
		out.basis = t(lang, 'metric.shareDetail', {
			total: formatValue(latest.of, metric.unit, lang, metric.counter ? { counter: metric.counter } : undefined),
			share: metric.style === 'wari' ? formatWari(shareOf(latest) ?? 0, lang, 1) : formatPercent(shareOf(latest) ?? 0, lang, 1),
		});
	}
	return out;
}

/** The target line of a card: 目標 45%（2025年度まで）. */
export const metricTarget = targetText;
