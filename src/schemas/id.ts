import { z } from 'zod';
import { parsePeriod, periodYearProblem } from './period-key.ts';
import { japanDate } from '../clock.ts';

/** An identifier other files refer to: lower-case letters, digits and hyphens, e.g. `hometown-tax`. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'IDは半角英小文字・数字・ハイフンで書いてください（例: hometown-tax） / Use lower-case letters, digits and hyphens, e.g. hometown-tax',
	});

/**
 * A day in Japan as `YYYY-MM-DD`, however it is written: `2026-12-07`, a YAML date or timestamp
 * (`!!timestamp 2026-12-07T00:00:00+09:00`, or with another zone: the day it then is in Japan), a date and
 * time without a zone (Japan time), a day as printed (2026年12月7日, 2026/12/7) or an era day
 * (令和8年12月7日, R8.12.7). One day for one moment, so the election-day guard compares the same day
 * whatever the spelling.
 */
export const DateSchema = z.union([z.string(), z.date()]).transform((value, ctx) => {
	const day = japanDay(value);
	if (typeof day === 'string') return day;
	ctx.addIssue({ code: 'custom', message: day.message ?? `日付は 2020-01-15 の形で書いてください / Write a date as YYYY-MM-DD, e.g. 2020-01-15 (got "${day.text}")` });
	return z.NEVER;
});

/** The Japan day of a written date, or what was written (and why it is not one). */
function japanDay(value: string | Date): string | { text: string; message?: string } {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? { text: String(value) } : checkedDay(japanDate(value));
	const text = value.normalize('NFKC').trim();
	const time = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
	if (time) {
		if (!time[2]) return checkedDay(time[1]!, text);
		const moment = new Date(text.replace(' ', 'T').replace(/\s+/g, ''));
		return Number.isNaN(moment.getTime()) ? { text } : checkedDay(japanDate(moment), text);
	}
	// 2026年12月7日, 2026/12/7, 2026.12.7: the Western day as Japanese documents print it.
	const printed = /^(\d{4})\s*[年/.]\s*(\d{1,2})\s*[月/.]\s*(\d{1,2})\s*日?$/.exec(text);
	if (printed) return checkedDay(`${printed[1]}-${printed[2]!.padStart(2, '0')}-${printed[3]!.padStart(2, '0')}`, text);
	return checkedDay(text, text);
}

/** `text` when it is a real day in the years a site can show, else why not. */
function checkedDay(day: string, text = day): string | { text: string; message?: string } {
	const period = parsePeriod(day);
	if (typeof period === 'string') {
		const year = periodYearProblem(day);
		return { text, ...(year ? { message: year } : {}) };
	}
	return period.kind === 'date' ? period.key : { text };
}
