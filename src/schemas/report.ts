import { z } from 'zod';
import { IdSchema } from './id.ts';
import { ReportResultSchema } from './results.ts';
import { DocumentDateSchema } from './period.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';
import { EditorNotesSchema } from './editor-notes.ts';

/** `content/reports/<id>.md`: a newsletter issue (後援会報). The body is its message. */
export const ReportSchema = z.strictObject({
	/** When it was issued, as precisely as printed: 2020-01-15 (day) or 2020-01 (month), or `none` when it prints no date (shown as 日付の記載なし / date not given); required. @label 発行日 / Date @ja 印刷どおりに（2020-01-15・2020-01）。日付がなければ none */
	date: DocumentDateSchema,
	/** Headline of the issue. @label 見出し / Headline @ja 号の見出し */
	title: LocalizedTextSchema,
	/** A line under the headline; default: none. @label 副題 / Subtitle @ja 見出しの下の1行 */
	subtitle: LocalizedTextSchema.optional(),
	/** Who signs the message, e.g. 小諸市長 小泉 俊博; default: none. @label 署名 / Author @ja 例: 小諸市長 小泉 俊博 */
	author: LocalizedTextSchema.optional(),
	/** The message's main points, in order; default: none. @label 要点 / Main points @ja メッセージの要点（順に） */
	points: z.array(LocalizedTextSchema).default([]),
	/** Ids of the manifesto, policies and metrics the issue features; default: none. @label 取り上げたもの / Highlights @ja この号が取り上げたマニフェスト・公約・数値 */
	highlights: z
		.strictObject({
			/** The manifesto the issue reviews; default: none. @label マニフェスト / Manifesto @ja この号が振り返るマニフェスト */
			manifesto: IdSchema.optional(),
			/** Pledges it features; default: none. @label 公約 / Pledges @ja この号が取り上げた公約 */
			policies: z.array(IdSchema).default([]),
			/** Figures it features; default: none. @label 数値 / Figures @ja この号が取り上げた数値 */
			metrics: z.array(IdSchema).default([]),
		})
		.default({ policies: [], metrics: [] }),
	/** Results the issue prints (distributions by grade, level or category, or an average), each about a manifesto or pillar (`about`, default `highlights.manifesto`); drawn on the page and on the page of what it is about; default: none. */
	results: z.array(ReportResultSchema).default([]),
	/** The printed issue. @label 出典 / Source @ja 印刷された号 */
	source: SourceRefSchema,
	/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
	editorNotes: EditorNotesSchema,
});

export type ReportInput = z.input<typeof ReportSchema>;
export type ReportData = z.output<typeof ReportSchema>;
