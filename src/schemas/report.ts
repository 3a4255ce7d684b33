import { z } from 'zod';
import { IdSchema } from './id.ts';
import { ReportResultSchema } from './results.ts';
import { DocumentDateSchema } from './period.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';
import { EditorNotesSchema } from './editor-notes.ts';

/** `content/reports/<id>.md`: a newsletter issue (後援会報). The body is its message. */
export const ReportSchema = z.strictObject({
	/** When it was issued, as precisely as printed: 2020-01-15 (day) or 2020-01 (month), or `none` when it prints no date (shown as 日付の記載なし / date not given); required. */
	date: DocumentDateSchema,
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
			/** The manifesto the issue reviews; default: none. */
			manifesto: IdSchema.optional(),
			/** Pledges it features; default: none. */
			policies: z.array(IdSchema).default([]),
			/** Figures it features; default: none. */
			metrics: z.array(IdSchema).default([]),
		})
		.default({ policies: [], metrics: [] }),
	/** Results the issue prints (distributions by grade, level or category, or an average), each about a manifesto or pillar (`about`, default `highlights.manifesto`); drawn on the page and on the page of what it is about; default: none. */
	results: z.array(ReportResultSchema).default([]),
	/** The printed issue. */
	source: SourceRefSchema,
	/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
	editorNotes: EditorNotesSchema,
});

export type ReportInput = z.input<typeof ReportSchema>;
export type ReportData = z.output<typeof ReportSchema>;
