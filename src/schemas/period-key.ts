/** Periods without zod, so the client chart bundle can parse them too. */
/**
 * When a figure was measured. Written in content as one of:
 * - `FY2016`: a Japanese fiscal year (年度), April 2016 – March 2017
 * - `2016`: a calendar year
 * - `2020-01`: a month
 * - `2020-01-15`: a day
 * - `2016-04..2023-12`: a span between two of the above (for cumulative totals)
 *
 * Japanese forms as documents print them are accepted too and normalised to the above: Western years with
 * 年度 / 年 / 月 / 日 (`2015年度`, `2019年`, `2011年4月`), and era forms
 * `令和元年度`, `R1年度`, `平成28年度` (fiscal years), `H28`, `平成28年` (years), `R5.4`, `令和5年3月`
 * (months), `R5.4.1`, `令和5年4月1日` (days). Full-width digits are accepted.
 */
export type PeriodKind = 'fiscal-year' | 'year' | 'month' | 'date' | 'range';

export interface Period {
	/** The text as written in content, normalised (e.g. `FY2016`, `2020-01`). */
	key: string;
	kind: PeriodKind;
	/** First day covered, `YYYY-MM-DD`. */
	start: string;
	/** Last day covered, `YYYY-MM-DD`. */
	end: string;
	/** Calendar year of a `year`, `month` or `date`; the starting year of a fiscal year. */
	year: number;
	/** 1–12 for `month` and `date`. */
	month?: number;
	/** 1–31 for `date`. */
	day?: number;
	/** Both ends of a `range`. */
	from?: Period;
	to?: Period;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const ERA_LOCALE = 'ja-JP-u-ca-japanese';
let eraStarts: Map<string, number> | undefined;
/**
 * Era name (long 令和 and narrow R, as ICU writes them) → the Gregorian year of its first year (元年).
 * Built from Intl's Japanese calendar, never from a table of our own: a new era arrives with ICU.
 */
function eraTable(): Map<string, number> {
	if (eraStarts) return eraStarts;
	const table = new Map<string, number>();
	const long = new Intl.DateTimeFormat(ERA_LOCALE, { era: 'long', year: 'numeric', timeZone: 'UTC' });
	const narrow = new Intl.DateTimeFormat(ERA_LOCALE, { era: 'narrow', year: 'numeric', timeZone: 'UTC' });
	const last = new Date().getUTCFullYear() + 1;
	for (let year = 1873; year <= last; year++)
		for (const date of [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31))])
			for (const format of [long, narrow]) {
				const parts = format.formatToParts(date);
				const era = parts.find((p) => p.type === 'era')?.value;
				const eraYear = parts.find((p) => p.type === 'year')?.value;
				const n = eraYear === '元' ? 1 : Number(eraYear);
				if (era && Number.isInteger(n) && !table.has(era)) table.set(era, year - n + 1);
			}
	return (eraStarts = table);
}

/**
 * A Japanese era date as documents print it, rewritten in the Western form parsePeriod reads;
 * undefined when `text` is not one, or a message when the era is unknown.
 * @example fromEra('令和元年度') // 'FY2019'
 * @example fromEra('R5.4') // '2023-04'
 */
export function fromEra(text: string): string | undefined {
	const m = text.match(/^(\p{Script=Han}{2}|[A-Za-z])\s*(元|\d{1,2})(?:\s*(年度|年)?\s*(?:(\d{1,2})\s*(?:月|[.\/])?\s*(?:(\d{1,2})\s*日?)?)?)?$/u);
	if (!m) {
		// R5.4 / H28.3.31: dots instead of 年 and 月.
		const dotted = text.match(/^([A-Za-z])\s*(元|\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?$/);
		if (!dotted) return undefined;
		return fromEra(`${dotted[1]}${dotted[2]}年${dotted[3]}月${dotted[4] ? `${dotted[4]}日` : ''}`);
	}
	const [, era, n, suffix, month, day] = m;
	const start = eraTable().get(era!.length === 1 ? era!.toUpperCase() : era!);
	if (start === undefined || n === '0' || n === '00') return undefined;
	const year = start + (n === '元' ? 1 : Number(n)) - 1;
	if (suffix === '年度') return month ? undefined : `FY${year}`;
	if (month && day) return `${year}-${month}-${day}`;
	if (month) return `${year}-${month}`;
	return `${year}`;
}

/** Periods already read, by their text: a big campaign writes the same few hundred thousands of times. */
const readPeriods = new Map<string, Period | string>();
/** A copy for the caller: the kept period is never handed out, so nothing a caller does can change it. */
const copyOf = (period: Period): Period => (period.from && period.to ? { ...period, from: { ...period.from }, to: { ...period.to } } : { ...period });

/**
 * Parses one period, or returns what is wrong with it (bilingual; empty when it is not a period at all).
 * @example parsePeriod('FY2016') // { key: 'FY2016', kind: 'fiscal-year', start: '2016-04-01', end: '2017-03-31', year: 2016 }
 */
export function parsePeriod(input: string): Period | string {
	let read = readPeriods.get(input);
	if (read === undefined) {
		if (readPeriods.size >= 10_000) readPeriods.clear();
		readPeriods.set(input, (read = readPeriod(input)));
	}
	return typeof read === 'string' ? read : copyOf(read);
}

/**
 * The years a period may fall in. Before 1900 lies 明治 (and before 明治6年 the old lunisolar calendar,
 * which the Japanese-era dates of Intl do not follow); nothing a campaign measures is that old, and a
 * year 0 or 1 is a typing slip that breaks formatting. After 2100 is no deadline a campaign sets.
 */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

function readPeriod(input: string): Period | string {
	const read = readPeriodText(input);
	if (typeof read === 'string' || read.kind === 'range') return read;
	return yearProblem(input, read.year) ?? read;
}

/**
 * Why a period written as `input` (read as one in `year`) is outside `YEAR_RANGE`, or undefined.
 * @example periodYearProblem('明治元年') // '「明治元年」は1868年です。…'
 */
export function periodYearProblem(input: string): string | undefined {
	const read = readPeriodText(input);
	return typeof read === 'string' || read.kind === 'range' ? undefined : yearProblem(input, read.year);
}

function yearProblem(input: string, year: number): string | undefined {
	const { min, max } = YEAR_RANGE;
	if (year >= min && year <= max) return undefined;
	const text = input.normalize('NFKC').trim();
	return `「${text}」は${year}年です。扱える期間は${min}年から${max}年までです（和暦なら明治33年以降）。年を確かめてください / "${text}" is the year ${year}: periods and dates must fall between ${min} and ${max} (for a Japanese-era date, 明治33年 or later). Check the year`;
}

function readPeriodText(input: string): Period | string {
	const text = input.normalize('NFKC').trim();
	const range = text.split('..');
	if (range.length === 2) {
		const from = parsePeriod(range[0]!);
		const to = parsePeriod(range[1]!);
		if (typeof from === 'string') return from;
		if (typeof to === 'string') return to;
		if (from.kind === 'range' || to.kind === 'range') return '期間の中に期間は書けません / A span cannot contain another span';
		if (to.end < from.start) return `期間の終わり（${to.key}）が始まり（${from.key}）より前です / The span ends (${to.key}) before it starts (${from.key})`;
		return { key: `${from.key}..${to.key}`, kind: 'range', start: from.start, end: to.end, year: from.year, from, to };
	}
	const western = fromEra(text.replace(/\s+/g, ''));
	// Read here, not through parsePeriod: the year range is checked once, on the text as written.
	if (western !== undefined) return readPeriodText(western);
	let m: RegExpMatchArray | null;
	// Western years as Japanese documents print them: 2015年度, 2019年, 2011年4月, 2011年4月24日.
	if ((m = text.replace(/\s+/g, '').match(/^(\d{4})年度$/))) return parsePeriod(`FY${m[1]}`);
	if ((m = text.replace(/\s+/g, '').match(/^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/))) return parsePeriod([m[1], m[2], m[3]].filter(Boolean).join('-'));
	if ((m = text.match(/^FY(\d{4})$/i))) {
		const year = Number(m[1]);
		return { key: `FY${year}`, kind: 'fiscal-year', start: `${year}-04-01`, end: `${year + 1}-03-31`, year };
	}
	if ((m = text.match(/^(\d{4})$/))) {
		const year = Number(m[1]);
		return { key: `${year}`, kind: 'year', start: `${year}-01-01`, end: `${year}-12-31`, year };
	}
	if ((m = text.match(/^(\d{4})-(\d{1,2})$/))) {
		const year = Number(m[1]);
		const month = Number(m[2]);
		if (month < 1 || month > 12) return `${month}月という月はありません / Month ${month} does not exist`;
		return {
			key: `${year}-${pad(month)}`, kind: 'month', year, month,
			start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
		};
	}
	if ((m = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) {
		const year = Number(m[1]);
		const month = Number(m[2]);
		const day = Number(m[3]);
		if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return `${text} という日付はありません / ${text} is not a real date`;
		const iso = `${year}-${pad(month)}-${pad(day)}`;
		return { key: iso, kind: 'date', year, month, day, start: iso, end: iso };
	}
	// Looks like an era date but is not one we can read: say what is accepted.
	const era = text.match(/^(\p{Script=Han}{2}|[A-Za-z])\s*(元|\d)/u)?.[1];
	if (era && (era.length === 2 || eraTable().has(era.toUpperCase())))
		return `和暦の期間「${text}」が読めません。令和元年度・R1年度・平成28年・H28・R5.4・令和5年3月 のように書いてください / Cannot read the Japanese-era period "${text}": write it like 令和元年度, R1年度, 平成28年, H28, R5.4 or 令和5年3月 (or FY2019, 2016, 2023-04)`;
	return '';
}

/**
 * Orders periods by the day they end, then by the day they start.
 * @example comparePeriods(parsePeriod('FY2016') as Period, parsePeriod('FY2018') as Period) // < 0
 */
export function comparePeriods(a: Period, b: Period): number {
	return a.end.localeCompare(b.end) || a.start.localeCompare(b.start);
}
