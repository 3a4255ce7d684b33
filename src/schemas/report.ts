import { z } from 'zod';
import { DateSchema, IdSchema } from './id.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';

/** `content/reports/<id>.md`: a newsletter issue (後援会報). The body is its message. */
export const ReportSchema = z.strictObject({
	/** Date of issue, YYYY-MM-DD. */
	date: DateSchema,
	/** Headline of the issue. */
	title: LocalizedTextSchema,
	/** A line under the headline; default: none. */
	subtitle: LocalizedTextSchema.optional(),
	/** Who signs the message, e.g. 小諸市長 小泉 俊博; default: none. */
	author: LocalizedTextSchema.optional(),
	/** The message's main points, in order; default: none. */
	points: z.array(LocalizedTextSchema).default([]),
	/** Ids of the manifesto, policies and metrics the issue features; default: none. */
	highlights: z
		.strictObject({
			manifesto: IdSchema.optional(),
			policies: z.array(IdSchema).default([]),
			metrics: z.array(IdSchema).default([]),
		})
		.default({ policies: [], metrics: [] }),
	/** The printed issue. */
	source: SourceRefSchema,
});

export type ReportInput = z.input<typeof ReportSchema>;
export type ReportData = z.output<typeof ReportSchema>;
