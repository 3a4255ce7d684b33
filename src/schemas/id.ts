import { z } from 'zod';

/** An identifier other files refer to: lower-case letters, digits and hyphens, e.g. `hometown-tax`. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'IDは半角英小文字・数字・ハイフンで書いてください（例: hometown-tax） / Use lower-case letters, digits and hyphens, e.g. hometown-tax',
	});

/** A day, `YYYY-MM-DD` (a YAML date is accepted too). */
export const DateSchema = z.union([z.string(), z.date()]).transform((value, ctx) => {
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
	const m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
	const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
	if (!date || date.toISOString().slice(0, 10) !== text) {
		ctx.addIssue({ code: 'custom', message: `日付は 2020-01-15 の形で書いてください / Write a date as YYYY-MM-DD, e.g. 2020-01-15 (got "${text}")` });
		return z.NEVER;
	}
	return text;
});
