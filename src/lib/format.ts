/**
 * Display formatting for figures and periods, in Japanese and English.
 *
 * Every function here is pure: the same input gives the same string, whatever the
 * machine's locale or time zone (all dates are handled in UTC, all locales are explicit).
 * `Intl` formatters are cached, which is invisible to callers.
 *
 * Conventions:
 * - Negative numbers use U+2212 MINUS SIGN (−), never the ASCII hyphen that `Intl` emits.
 * - Changes (points, percent changes) always carry a sign: `+3.20%`, `−12.81%`; zero has none.
 * - Japanese counters are attached without a space (`3,682人`); English puts a space before words.
 */
import { isJa } from '../i18n/index.ts';
import type { Period } from '../schemas/period-key.ts';
import { roundTo } from '../model/rounding.ts';

// Rounding is the model's too (derived changes and shares); the pages import it from here with the rest.
export { changeDecimals, decimalsOf, decimalsOfText, pointDifference, roundLike, roundTo } from '../model/rounding.ts';

export type Lang = 'ja' | 'en' | 'easy';

/** The kinds of figure {@link formatValue} knows how to write. */
export type Unit = 'yen' | 'percent' | 'people' | 'cases' | 'hours' | 'rank' | 'count';

/** A counter word: Japanese 助数詞 (`人`), English plural (`people`) and optional singular (`person`). */
export interface Counter {
	ja: string;
	/** Absent on a Japanese-only site (the English then falls back to `ja`). */
	en?: string;
	enOne?: string;
}

/** A bilingual scope phrase for ranks, e.g. `{ ja: '市区', en: 'cities and wards' }`. */
export interface Scope {
	ja: string;
	en: string;
}

/** How exactly a figure was stated by its source. */
export type Qualifier = 'exact' | 'about' | 'or-more' | 'over';

const MINUS = '\u2212';
/** Full-width tilde, as `Intl` itself uses for Japanese ranges (`2016/04～2023/12`). */
const JA_RANGE = '\uFF5E';
/** Full-width solidus between a rank and its field (`25位／812市区`). */
const JA_SLASH = '\uFF0F';
/** En dash with ordinary spaces (Intl's own en ranges use thin spaces, U+2009). */
const EN_RANGE = ' \u2013 ';

/* en-GB gives the day-month-year order wanted for English dates (`15 January 2020`);
   its numbers and plural rules are identical to en-US. */
const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB', easy: 'ja-JP' };
/** Japanese imperial calendar; eras come from ICU, never from a table of our own. */
const JA_ERA_LOCALE = 'ja-JP-u-ca-japanese';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
	kind: string,
	locale: string,
	options: object,
	make: () => T,
): T {
	const key = `${kind}|${locale}|${JSON.stringify(options)}`;
	let hit = cache.get(key) as T | undefined;
	if (!hit) {
		hit = make();
		cache.set(key, hit);
	}
	return hit;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
	cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
	cached('d', locale, options, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }));
const pluralRules = (locale: string, options: Intl.PluralRulesOptions) =>
	cached('p', locale, options, () => new Intl.PluralRules(locale, options));

/** Replaces Intl's ASCII hyphen-minus with a true minus sign. */
const withMinus = (text: string) => text.replace(/-/g, MINUS);

/** Formats with Intl, showing no sign for zero (nor for −0) and U+2212 for negatives. */
function num(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
	return withMinus(numberFormat(LOCALE[lang], { signDisplay: 'negative', ...options }).format(value));
}

/** Fraction-digit options: exactly `digits` decimals, or (if undefined) up to `max`, as many as the value needs. */
function fractionOptions(digits: number | undefined, max = 2): Intl.NumberFormatOptions {
	return digits === undefined
		? { minimumFractionDigits: 0, maximumFractionDigits: max }
		: { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

/**
 * A plain number with digit grouping (up to 3 decimals unless told otherwise).
 * @example formatNumber(3682, 'ja') // '3,682'
 * @example formatNumber(-1234.5, 'en') // '−1,234.5'
 * @example formatNumber(2.3456, 'en', { maximumFractionDigits: 1 }) // '2.3'
 */
export function formatNumber(value: number, lang: Lang, opts?: { maximumFractionDigits?: number }): string {
	const max = opts?.maximumFractionDigits;
	return num(value, lang, max === undefined ? {} : { minimumFractionDigits: 0, maximumFractionDigits: max });
}

/**
 * Splits a whole number of yen into Japanese myriad groups: `兆`, `億`, `万` and the rest,
 * each group written with grouping (`9,999`), empty groups omitted.
 */
function jaMyriads(abs: number, opts?: { thousands?: boolean }): string {
	const units: [number, string][] = [[1e12, '兆'], [1e8, '億'], [1e4, '万']];
	let rest = Math.round(abs);
	let out = '';
	for (const [size, name] of units) {
		if (rest >= size) {
			const head = Math.floor(rest / size);
			rest -= head * size;
			out += num(head, 'ja', { maximumFractionDigits: 0 }) + name;
		}
	}
	// After 万, whole thousands read as 千, as Japanese print writes amounts: 353万6千円 (not 353万6,000円).
	if (opts?.thousands && out !== '' && rest > 0 && rest % 1000 === 0) return `${out}${rest / 1000}千`;
	if (rest > 0 || out === '') out += num(rest, 'ja', { maximumFractionDigits: 0 });
	return out;
}

/** Rounds a whole number to 3 significant digits (half away from zero, on the decimal value). */
function threeSignificant(abs: number): number {
	return Number(numberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 3 }).format(abs));
}

/** 3-significant-digit scaling with English scale words; `undefined` below `floor`. */
function enScaled(abs: number, names: [number, string][], floor: number): string | undefined {
	if (abs < floor) return undefined;
	const rounded = threeSignificant(abs); // may roll over: 999,999,999 → 1,000,000,000
	for (const [size, name] of names) {
		if (rounded >= size) {
			return num(rounded / size, 'en', { maximumFractionDigits: 2 }) + name;
		}
	}
	return undefined;
}

const sign = (value: number) => (value < 0 && Math.round(Math.abs(value)) !== 0 ? MINUS : '');

/**
 * An amount of yen. Japanese in 兆/億/万 with every digit kept (whole thousands after 万 as 千); English with three
 * significant digits from a million up (trailing zeros dropped: `¥6.8 million`), plain below.
 * @example formatYen(343_000_000, 'ja') // '3億4,300万円'
 * @example formatYen(3_536_000, 'ja') // '353万6千円'
 * @example formatYen(12_345, 'ja') // '1万2,345円'
 * @example formatYen(-6_790_000, 'ja') // '−679万円'
 * @example formatYen(2_321_000_000, 'en') // '¥2.32 billion'
 * @example formatYen(5_000, 'en') // '¥5,000'
 */
export function formatYen(value: number, lang: Lang): string {
	const abs = Math.abs(value);
	if (isJa(lang)) return `${sign(value)}${jaMyriads(abs, { thousands: true })}円`;
	const scaled = enScaled(abs, [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million']], 1e6);
	return `${sign(value)}¥${scaled ?? num(Math.round(abs), 'en', { maximumFractionDigits: 0 })}`;
}

/**
 * A compact amount of yen for chart axis ticks: Japanese without `円`, English with K/M/B/T.
 * @example formatYenShort(300_000_000, 'ja') // '3億'
 * @example formatYenShort(50_000_000, 'ja') // '5,000万'
 * @example formatYenShort(300_000_000, 'en') // '¥300M'
 * @example formatYenShort(1_500_000_000, 'en') // '¥1.5B'
 */
export function formatYenShort(value: number, lang: Lang): string {
	const abs = Math.abs(value);
	if (isJa(lang)) return `${sign(value)}${jaMyriads(abs)}`;
	const scaled = enScaled(abs, [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']], 1e3);
	return `${sign(value)}¥${scaled ?? num(Math.round(abs), 'en', { maximumFractionDigits: 0 })}`;
}

/**
 * A count without its counter word (chart ticks; the number in `formatCount`): Japanese in 万/億 from
 * 1万, as a Japanese reader counts (2万, 1万2,345; not 20,000); English with digit grouping.
 * @example formatCountValue(20_000, 'ja') // '2万'
 * @example formatCountValue(9_500, 'ja') // '9,500'
 * @example formatCountValue(20_000, 'en') // '20,000'
 */
export function formatCountValue(value: number, lang: Lang): string {
	if (isJa(lang) && Number.isInteger(value) && Math.abs(value) >= 1e4) return `${sign(value)}${jaMyriads(Math.abs(value))}`;
	return formatNumber(value, lang);
}

/**
 * A percentage given in percent units (29.2 means 29.2%). Without `digits`, shows as many
 * decimals as the value has, at most 2; with `digits`, exactly that many.
 * @example formatPercent(29.2, 'ja') // '29.2%'
 * @example formatPercent(30, 'en', 1) // '30.0%'
 * @example formatPercent(100 / 3, 'en') // '33.33%'
 */
export function formatPercent(value: number, lang: Lang, digits?: number): string {
	return `${num(value, lang, fractionOptions(digits))}%`;
}

/**
 * A percentage in 割 (tenths), as Japanese print writes shares: 30% is 3割, 25% is 2.5割. English has no
 * 割 and shows the percentage. `digits` caps the 割 decimals (default 2).
 * @example formatWari(30, 'ja') // '3割'
 * @example formatWari(25, 'ja') // '2.5割'
 * @example formatWari(53.9, 'ja', 1) // '5.4割'
 * @example formatWari(25, 'en') // '25%'
 */
export function formatWari(percent: number, lang: Lang, digits = 2): string {
	if (lang === 'en') return formatPercent(percent, lang);
	return `${num(roundTo(percent / 10, digits), lang, fractionOptions(undefined, digits))}割`;
}

/**
 * A change in percentage points, always signed. English uses plural rules on the number as
 * shown: `1 point`, `1.5 points`, and `1.0 points` (CLDR: a visible decimal makes it plural).
 * @example formatPoints(9.4, 'ja') // '+9.4ポイント'
 * @example formatPoints(9.4, 'en') // '+9.4 points'
 * @example formatPoints(-1, 'en') // '−1 point'
 * @example formatPoints(-1, 'en', 1) // '−1.0 points'
 */
export function formatPoints(delta: number, lang: Lang, digits?: number): string {
	const options = fractionOptions(digits);
	const text = num(delta, lang, { ...options, signDisplay: 'exceptZero' });
	if (isJa(lang)) return `${text}ポイント`;
	const one = pluralRules(LOCALE.en, options).select(Math.abs(delta)) === 'one';
	return `${text} ${one ? 'point' : 'points'}`;
}

/**
 * A ratio (how many times), with one decimal.
 * @example formatRatio(343 / 6.79, 'ja') // '50.5倍'
 * @example formatRatio(343 / 6.79, 'en') // '50.5×'
 * @example formatRatio(2, 'en') // '2.0×'
 */
export function formatRatio(ratio: number, lang: Lang): string {
	return `${num(ratio, lang, fractionOptions(1))}${isJa(lang) ? '倍' : '×'}`;
}

/**
 * A relative change in percent, always signed, with `digits` decimals (identical in both languages).
 * @example formatChange(-12.8133, 'ja') // '−12.81%'
 * @example formatChange(3.2, 'en') // '+3.20%'
 * @example formatChange(0, 'en') // '0.00%'
 */
export function formatChange(percentChange: number, lang: Lang, digits = 2): string {
	return `${num(percentChange, lang, { ...fractionOptions(digits), signDisplay: 'exceptZero' })}%`;
}

/**
 * A count with its counter word: attached in Japanese, spaced and pluralised in English.
 * @example formatCount(3682, { ja: '人', en: 'people', enOne: 'person' }, 'ja') // '3,682人'
 * @example formatCount(3682, { ja: '人', en: 'people', enOne: 'person' }, 'en') // '3,682 people'
 * @example formatCount(1, { ja: '人', en: 'people', enOne: 'person' }, 'en') // '1 person'
 * @example formatCount(100_000, { ja: '人', en: 'people' }, 'ja') // '10万人'
 */
export function formatCount(value: number, counter: Counter, lang: Lang): string {
	const text = formatCountValue(value, lang);
	if (isJa(lang)) return `${text}${counter.ja}`;
	const one = counter.enOne !== undefined && pluralRules(LOCALE.en, {}).select(Math.abs(value)) === 'one';
	return `${text} ${one ? counter.enOne : (counter.en ?? counter.ja)}`;
}

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/**
 * An English ordinal from `Intl.PluralRules` (type `ordinal`).
 * @example formatOrdinal(1) // '1st'
 * @example formatOrdinal(112) // '112th'
 */
export function formatOrdinal(n: number): string {
	const category = pluralRules(LOCALE.en, { type: 'ordinal' }).select(n);
	return `${num(n, 'en', { maximumFractionDigits: 0 })}${ORDINAL_SUFFIX[category] ?? 'th'}`;
}

/**
 * A rank among `of` (if known), with an optional scope naming what is ranked.
 * @example formatRank(25, 812, 'ja', { ja: '市区', en: 'cities and wards' }) // '25位／812市区'
 * @example formatRank(25, 812, 'ja') // '25位／812'
 * @example formatRank(25, 812, 'en', { ja: '市区', en: 'cities and wards' }) // '25th of 812 cities and wards'
 * @example formatRank(3, undefined, 'en') // '3rd'
 */
export function formatRank(rank: number, of: number | undefined, lang: Lang, scope?: Scope): string {
	if (isJa(lang)) {
		const head = `${formatNumber(rank, 'ja', { maximumFractionDigits: 0 })}位`;
		return of === undefined ? head : `${head}${JA_SLASH}${formatNumber(of, 'ja')}${scope?.ja ?? ''}`;
	}
	const head = formatOrdinal(rank);
	return of === undefined ? head : `${head} of ${formatNumber(of, 'en')}${scope ? ` ${scope.en}` : ''}`;
}

/* ------------------------------------------------------------------ */
/* Periods                                                             */
/* ------------------------------------------------------------------ */

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

/** Era dates already written, by time and parts. */
const eras = new Map<string, string>();

/**
 * A date in the Japanese imperial calendar, from ICU: `令和元年`, `令和2年1月`, `平成31年4月30日`.
 * ICU 72+ already writes the first year of an era as `元`; older ICU wrote `1`, which is
 * normalised here so the output is the same everywhere.
 */
function jaEra(date: Date, parts: 'year' | 'month' | 'day'): string {
	// Pages name the same few dates thousands of times (every table row of a big campaign): ICU's parts once each.
	const key = `${date.getTime()}|${parts}`;
	let written = eras.get(key);
	if (written === undefined) {
		const options: Intl.DateTimeFormatOptions = { era: 'long', year: 'numeric' };
		if (parts !== 'year') options.month = 'long'; // 'numeric' with a day gives 令和2/1/15
		if (parts === 'day') options.day = 'numeric';
		written = dateFormat(JA_ERA_LOCALE, options)
			.formatToParts(date)
			.map((part) => (part.type === 'year' && part.value === '1' ? '元' : part.value))
			.join('');
		eras.set(key, written);
	}
	return written;
}

const ENGLISH = 'en-GB';
const enMonth = (p: Period, month: 'long' | 'short') =>
	// en-GB abbreviates September as "Sept"; en-US keeps every short month at three letters.
	dateFormat(month === 'short' ? 'en-US' : ENGLISH, { month }).format(utc(p.year, p.month ?? 1));

/** One non-range period, full form. */
function periodFull(p: Period, lang: Lang, era: boolean): string {
	if (lang === 'en') {
		switch (p.kind) {
			case 'fiscal-year':
				return `FY${p.year}`;
			case 'year':
				return String(p.year);
			case 'month':
				return `${enMonth(p, 'long')} ${p.year}`;
			default:
				return `${p.day} ${enMonth(p, 'long')} ${p.year}`;
		}
	}
	if (era) {
		switch (p.kind) {
			case 'fiscal-year':
				// A fiscal year is named by the era in force on 1 May of its first year: FY2019 began on
				// 1 April 2019 under 平成, yet the government renamed it 令和元年度 once 令和 began on 1 May.
				// FY1989 began after 平成 started (8 January 1989), so it is 平成元年度.
				return `${jaEra(utc(p.year, 5, 1), 'year')}度`;
			case 'year':
				// A calendar year is named by the era in force on 1 July, i.e. the era of most of the
				// year: 2019 → 令和元年 (as in 令和元年人口動態統計), 1989 → 平成元年.
				return jaEra(utc(p.year, 7, 1), 'year');
			case 'month':
				// A month is named by the era in force on its 15th: 2019-04 → 平成31年4月, 1989-01 → 平成元年1月.
				return jaEra(utc(p.year, p.month, 15), 'month');
			default:
				return jaEra(utc(p.year, p.month, p.day), 'day');
		}
	}
	switch (p.kind) {
		case 'fiscal-year':
			return `${p.year}年度`;
		case 'year':
			return `${p.year}年`;
		case 'month':
			return `${p.year}年${p.month}月`;
		default:
			return `${p.year}年${p.month}月${p.day}日`;
	}
}

/** Both ends of a range; ranges inside ranges are flattened to their own ends. */
const ends = (p: Period): [Period, Period] => [p.from ?? p, p.to ?? p];

/** The part of a Japanese date string up to and including its year (`2016年`, `令和2年`). */
const jaYearPrefix = (text: string) => text.match(/^.*?年/)?.[0] ?? '';

/**
 * A period as read in running text. Japanese may use imperial eras (`era: true`).
 * @example formatPeriod(parsePeriod('FY2016') as Period, 'ja') // '2016年度'
 * @example formatPeriod(parsePeriod('FY2019') as Period, 'ja', { era: true }) // '令和元年度'
 * @example formatPeriod(parsePeriod('2020-01-15') as Period, 'en') // '15 January 2020'
 * @example formatPeriod(parsePeriod('2016-04..2023-12') as Period, 'ja') // '2016年4月～2023年12月'
 * @example formatPeriod(parsePeriod('2016-04..2023-12') as Period, 'en') // 'April 2016 – December 2023'
 * @example formatPeriod(parsePeriod('2016-04..2016-12') as Period, 'en') // 'April – December 2016'
 */
export function formatPeriod(period: Period, lang: Lang, opts?: { era?: boolean }): string {
	const era = opts?.era === true && lang === 'ja';
	if (period.kind !== 'range') return periodFull(period, lang, era);
	const [from, to] = ends(period);
	const a = periodFull(from, lang, era);
	const b = periodFull(to, lang, era);
	const calendarDays = (from.kind === 'month' || from.kind === 'date') && (to.kind === 'month' || to.kind === 'date');
	const sameYear = calendarDays && from.year === to.year;
	if (isJa(lang)) {
		// 2016年4月～12月: the year is not repeated (with eras, only if the era-year is the same too).
		const prefix = jaYearPrefix(a);
		if (sameYear && prefix !== '' && jaYearPrefix(b) === prefix) return `${a}${JA_RANGE}${b.slice(prefix.length)}`;
		return `${a}${JA_RANGE}${b}`;
	}
	if (sameYear && from.kind === to.kind) {
		if (from.kind === 'month') return `${enMonth(from, 'long')}${EN_RANGE}${b}`;
		if (from.month === to.month) return `${from.day}\u2013${b}`; // 15–20 January 2020
		return `${from.day} ${enMonth(from, 'long')}${EN_RANGE}${b}`;
	}
	return `${a}${EN_RANGE}${b}`;
}

/** One non-range period, compact form for chart axes. */
function periodShort(p: Period, lang: Lang): string {
	if (lang === 'en') {
		switch (p.kind) {
			case 'month':
				return `${enMonth(p, 'short')} ${p.year}`;
			case 'date':
				return `${p.day} ${enMonth(p, 'short')} ${p.year}`;
			default:
				return periodFull(p, 'en', false);
		}
	}
	switch (p.kind) {
		case 'month':
			return `${p.year}/${p.month}`;
		case 'date':
			return `${p.year}/${p.month}/${p.day}`;
		default:
			return periodFull(p, 'ja', false);
	}
}

/**
 * A compact period for chart axis labels; years are always written in full.
 * @example formatPeriodShort(parsePeriod('FY2016') as Period, 'ja') // '2016年度'
 * @example formatPeriodShort(parsePeriod('2020-01') as Period, 'ja') // '2020/1'
 * @example formatPeriodShort(parsePeriod('2020-01') as Period, 'en') // 'Jan 2020'
 */
export function formatPeriodShort(period: Period, lang: Lang): string {
	if (period.kind !== 'range') return periodShort(period, lang);
	const [from, to] = ends(period);
	return `${periodShort(from, lang)}${isJa(lang) ? JA_RANGE : EN_RANGE}${periodShort(to, lang)}`;
}

/**
 * The two periods a change is measured between, for captions.
 * @example formatPeriodSpan(parsePeriod('FY2016') as Period, parsePeriod('FY2018') as Period, 'ja') // '2016年度→2018年度'
 * @example formatPeriodSpan(parsePeriod('FY2016') as Period, parsePeriod('FY2018') as Period, 'en') // 'FY2016 → FY2018'
 */
export function formatPeriodSpan(from: Period, to: Period, lang: Lang, opts?: { era?: boolean }): string {
	const arrow = isJa(lang) ? '→' : ' → ';
	return `${formatPeriod(from, lang, opts)}${arrow}${formatPeriod(to, lang, opts)}`;
}

/* ------------------------------------------------------------------ */
/* Dispatch                                                            */
/* ------------------------------------------------------------------ */

/** Counters of the built-in count units. */
export const COUNTERS = {
	people: { ja: '人', en: 'people', enOne: 'person' },
	cases: { ja: '件', en: 'cases', enOne: 'case' },
	hours: { ja: '時間', en: 'hours', enOne: 'hour' },
} as const satisfies Record<string, Counter>;

/**
 * Formats a figure by its unit.
 * @example formatValue(343_000_000, 'yen', 'ja') // '3億4,300万円'
 * @example formatValue(1, 'people', 'en') // '1 person'
 * @example formatValue(30, 'count', 'ja', { counter: { ja: '店舗', en: 'stores', enOne: 'store' } }) // '30店舗'
 * @example formatValue(25, 'rank', 'en', { of: 812 }) // '25th of 812'
 */
export function formatValue(
	value: number,
	unit: Unit,
	lang: Lang,
	extra?: { of?: number; counter?: Counter; scope?: Scope },
): string {
	switch (unit) {
		case 'yen':
			return formatYen(value, lang);
		case 'percent':
			return formatPercent(value, lang);
		case 'people':
		case 'cases':
		case 'hours':
			return formatCount(value, COUNTERS[unit], lang);
		case 'count':
			return extra?.counter ? formatCount(value, extra.counter, lang) : formatNumber(value, lang);
		case 'rank':
			return formatRank(value, extra?.of, lang, extra?.scope);
	}
}

/**
 * Adds the source's qualifier to an already formatted figure.
 * Japanese: `約…`, `…以上`, `…余`; English: `about …`, `at least …`, `over …`.
 * @example formatQualified('3,200時間', 'about', 'ja') // '約3,200時間'
 * @example formatQualified('30店舗', 'or-more', 'ja') // '30店舗以上'
 * @example formatQualified('23億2,100万円', 'over', 'ja') // '23億2,100万円余'
 * @example formatQualified('30 stores', 'or-more', 'en') // 'at least 30 stores'
 * @example formatQualified('¥2.32 billion', 'over', 'en') // 'over ¥2.32 billion'
 */
export function formatQualified(text: string, qualifier: Qualifier, lang: Lang): string {
	switch (qualifier) {
		case 'exact':
			return text;
		case 'about':
			return isJa(lang) ? `約${text}` : `about ${text}`;
		case 'or-more':
			return isJa(lang) ? `${text}以上` : `at least ${text}`;
		case 'over':
			return isJa(lang) ? `${text}余` : `over ${text}`;
	}
}
