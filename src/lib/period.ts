/** Periods without zod, so the client chart bundle can parse them too. */
/**
 * When a figure was measured. Written in content as one of:
 * - `FY2016`: a Japanese fiscal year (年度), April 2016 – March 2017
 * - `2016`: a calendar year
 * - `2020-01`: a month
 * - `2020-01-15`: a day
 * - `2016-04..2023-12`: a span between two of the above (for cumulative totals)
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

/**
 * Parses one period, or returns what is wrong with it (bilingual; empty when it is not a period at all).
 * @example parsePeriod('FY2016') // { key: 'FY2016', kind: 'fiscal-year', start: '2016-04-01', end: '2017-03-31', year: 2016 }
 */
export function parsePeriod(input: string): Period | string {
	const text = input.trim();
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
	let m: RegExpMatchArray | null;
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
	return '';
}

/**
 * Orders periods by the day they end, then by the day they start.
 * @example comparePeriods(parsePeriod('FY2016') as Period, parsePeriod('FY2018') as Period) // < 0
 */
export function comparePeriods(a: Period, b: Period): number {
	return a.end.localeCompare(b.end) || a.start.localeCompare(b.start);
}
