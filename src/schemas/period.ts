import { z } from 'zod';
import { comparePeriods, parsePeriod, type Period } from './period-key.ts';

export { comparePeriods, parsePeriod, type Period, type PeriodKind } from './period-key.ts';

const periodHelp = (text: string) =>
	`期間は FY2016（年度）、2016（年）、2020-01（月）、2020-01-15（日）、2016-04..2023-12（期間）、または和暦（令和元年度・H28・R5.4 など）で書いてください（今は "${text}"） / ` +
	`Write a period as FY2016 (fiscal year), 2016 (year), 2020-01 (month), 2020-01-15 (day), 2016-04..2023-12 (span) or in the Japanese era (令和元年度, H28, R5.4), not "${text}"`;

// YAML 1.1 parsers turn 2020-01-15 into a Date; accept it rather than surprise the user.
const asText = (value: string | number | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** A period as written in content (a YAML number such as `2016` is accepted too), normalised to a {@link Period}. */
export const PeriodSchema = z
	.union([z.string(), z.number().int(), z.date()])
	.transform((value, ctx): Period => {
		const text = asText(value);
		const parsed = parsePeriod(text);
		if (typeof parsed === 'string') {
			ctx.addIssue({ code: 'custom', message: parsed || periodHelp(text) });
			return z.NEVER;
		}
		return parsed;
	});

/** Words that say a document prints no date. */
const NO_DATE = new Set(['none', 'なし']);
const DATE_HELP_JA = '日付を印刷どおりに書いてください（2020-01-15・2020-01・2024・令和6年3月）。日付が印刷されていなければ date: none と書きます';
const DATE_HELP_EN = 'Write the date as printed (2020-01-15, 2020-01, 2024 or 令和6年3月); if the document prints no date, write date: none';

/**
 * The date a document prints, as precisely as printed: a day, a month (2020-01, 令和6年3月) or a year (2024);
 * `none` (or なし) when it prints no date, shown as 日付の記載なし / date not given. Output: the period, or undefined for none.
 */
// unknown, not a union: a missing date gets this help (write it, or none), not a generic "required".
export const DocumentDateSchema = z.unknown().transform((value, ctx): Period | undefined => {
	if (value === undefined || value === null) {
		ctx.addIssue({ code: 'custom', message: `必須の項目です。${DATE_HELP_JA} / This field is required. ${DATE_HELP_EN}` });
		return z.NEVER;
	}
	return readDate(value, ctx);
});

/**
 * A date a field may leave out (a manifesto's announcement or election): as {@link DocumentDateSchema}, but
 * leaving it out means not printed too. Output: the period, or undefined.
 */
export const OptionalDateSchema = z.unknown().transform((value, ctx): Period | undefined => (value === undefined || value === null ? undefined : readDate(value, ctx)));

function readDate(value: unknown, ctx: z.RefinementCtx): Period | undefined {
	const text = typeof value === 'string' || typeof value === 'number' || value instanceof Date ? asText(value).normalize('NFKC').trim() : '';
	if (NO_DATE.has(text.toLowerCase())) return undefined;
	const parsed = text ? parsePeriod(text) : '';
	if (typeof parsed === 'string') {
		const shown = text || (Array.isArray(value) ? 'a list' : 'a group of fields');
		ctx.addIssue({ code: 'custom', message: parsed || `${DATE_HELP_JA}（今は "${shown}"） / ${DATE_HELP_EN}, not "${shown}"` });
		return z.NEVER;
	}
	return parsed;
}

/**
 * Orders documents newest first by the day their date ends; undated ones last.
 * @example [undated, march, january].sort(newestFirst) // [march, january, undated]
 */
export const newestFirst = (a: { date?: Period | undefined }, b: { date?: Period | undefined }): number =>
	a.date && b.date ? comparePeriods(b.date, a.date) : a.date ? -1 : b.date ? 1 : 0;
