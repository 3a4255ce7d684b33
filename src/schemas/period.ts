import { z } from 'zod';
import { parsePeriod, type Period } from '../lib/period.ts';

export { comparePeriods, parsePeriod, type Period, type PeriodKind } from '../lib/period.ts';

const periodHelp = (text: string) =>
	`期間は FY2016（年度）、2016（年）、2020-01（月）、2020-01-15（日）、2016-04..2023-12（期間）、または和暦（令和元年度・H28・R5.4 など）で書いてください（今は "${text}"） / ` +
	`Write a period as FY2016 (fiscal year), 2016 (year), 2020-01 (month), 2020-01-15 (day), 2016-04..2023-12 (span) or in the Japanese era (令和元年度, H28, R5.4), not "${text}"`;

/** A period as written in content (a YAML number such as `2016` is accepted too), normalised to a {@link Period}. */
export const PeriodSchema = z
	.union([z.string(), z.number().int(), z.date()])
	.transform((value, ctx): Period => {
		// YAML 1.1 parsers turn 2020-01-15 into a Date; accept it rather than surprise the user.
		const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
		const parsed = parsePeriod(text);
		if (typeof parsed === 'string') {
			ctx.addIssue({ code: 'custom', message: parsed || periodHelp(text) });
			return z.NEVER;
		}
		return parsed;
	});

export type PeriodInput = z.input<typeof PeriodSchema>;
export type PeriodOutput = z.output<typeof PeriodSchema>;

