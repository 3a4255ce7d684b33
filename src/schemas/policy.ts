import { z } from 'zod';
import { DateSchema, IdSchema } from './id.ts';
import { MetricSchema } from './metric.ts';
import { PeriodSchema } from './period.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';
import { EditorNotesSchema } from './editor-notes.ts';

/** Evidence for a rating: an achievement id, a metric id, or a quoted source. */
export const EvidenceSchema = z.union([
	z.strictObject({
		/** Id of an achievement (in a pillar's or manifesto's `achievements`). @label 実績 / Achievement @ja 根拠になる実績のID */
		achievement: IdSchema,
	}),
	z.strictObject({
		/** Id of a metric. @label 数値 / Figure @ja 根拠になる数値のID */
		metric: IdSchema,
	}),
	SourceRefSchema,
]);
export type Evidence = z.output<typeof EvidenceSchema>;

/** The pledge's rating on the published scale (content/ratings.yaml): one evaluation, by one evaluator, on one day. */
export const PolicyRatingSchema = z.strictObject({
	/** Id of a level in content/ratings.yaml, e.g. `achieved`. @label 評価 / Level @ja 評価の基準（ratings.yaml）の段階から選ぶ */
	level: IdSchema,
	/** Why this level, in a sentence or two (required unless the level is the unrated one). @label 評価の理由 / Reason @ja 1〜2文で（未評価なら不要） */
	reason: LocalizedTextSchema.optional(),
	/** What supports it (required unless unrated); default: none. @label 根拠 / Evidence @ja 実績・数値・資料の引用のどれか（未評価なら不要） */
	evidence: z.array(EvidenceSchema).default([]),
	/** Day the rating was made, YYYY-MM-DD (required unless unrated; required on every entry of a list). */
	asOf: DateSchema.optional(),
	/** Id of the evaluator in content/ratings.yaml `evaluators` (自己評価, an external committee…); default: the first evaluator listed there (the campaign's own). */
	evaluator: IdSchema.optional(),
	/** Id of the report (content/reports) the rating was published in; default: none. */
	report: IdSchema.optional(),
	/** The document the rating was published in or rests on, e.g. a later flyer, with its words; default: none. */
	source: SourceRefSchema.optional(),
});
export type PolicyRating = z.output<typeof PolicyRatingSchema>;

/**
 * A pledge's rating: one (today's format), or its history as a list of dated entries, oldest first; the
 * latest entry of the main evaluator is the current rating. Several evaluators may rate the same pledge.
 */
export const PolicyRatingsSchema = z.union([PolicyRatingSchema, z.array(PolicyRatingSchema).min(1)]);
export type PolicyRatings = z.output<typeof PolicyRatingsSchema>;

/** Where a roadmap step stands: done, on time, late or not started. */
export const StepStatusSchema = z.enum(['done', 'on-time', 'late', 'not-started']);
export type StepStatus = z.output<typeof StepStatusSchema>;

/** One step of a roadmap (工程表). */
export const ScheduleStepSchema = z.strictObject({
	/** When the step is due. */
	period: PeriodSchema,
	/** What happens then. */
	text: LocalizedTextSchema,
	/** Where it stands: `done`, `on-time`, `late` or `not-started`; default: not reported. */
	status: StepStatusSchema.optional(),
	/** Day the status was last checked, YYYY-MM-DD (required with a status). */
	asOf: DateSchema.optional(),
	/** What shows the status (required for `done` and `late`); default: none. */
	evidence: z.array(EvidenceSchema).default([]),
});
export type ScheduleStep = z.output<typeof ScheduleStepSchema>;

/** `content/policies/<id>.md`: one pledge (●). Its id is the file name. */
export const PolicySchema = z.strictObject({
	/** Id of its pillar; a top-priority policy outside any pillar names `manifesto` instead. @label 政策の柱 / Pillar @ja この公約が属する柱。柱に属さない最重点政策は マニフェスト を選ぶ */
	pillar: IdSchema.optional(),
	/** Id of its manifesto; default: the pillar's manifesto. @label マニフェスト / Manifesto @ja なければ柱のマニフェスト */
	manifesto: IdSchema.optional(),
	/** Position within its pillar, lowest first; default: file name order. @label 柱の中の順番 / Order @ja 小さいほど先。なければファイル名順 */
	order: z.number().int().optional(),
	/** The pledge in a few words, as listed. @label 公約 / Pledge @ja 一覧に出る短い言い方 */
	title: LocalizedTextSchema,
	/** The manifesto's exact wording when longer than the title; default: none. @label マニフェストの原文 / Exact wording @ja 題名より長いときの原文どおりの言葉 */
	wording: LocalizedTextSchema.optional(),
	/** One-sentence explanation for readers; default: none. @label 説明 / Summary @ja 読む人向けの1文 */
	summary: LocalizedTextSchema.optional(),
	/** Concrete points listed under it, in order; default: none. @label 具体的な項目 / Points @ja 公約の下に並ぶ項目（順に） */
	points: z.array(LocalizedTextSchema).default([]),
	/** Its rating, or its ratings over time (a list, oldest first); default: the scale's unrated level. @label 評価 / Rating @ja この公約の評価。なければ未評価 */
	rating: PolicyRatingsSchema.optional(),
	/** Deadline the manifesto sets (期限); default: none. */
	deadline: PeriodSchema.optional(),
	/** Funding the manifesto names (財源); default: none. @label 財源 / Funding @ja マニフェストが示す財源 */
	funding: LocalizedTextSchema.optional(),
	/** Schedule steps (工程表), in order, each with its status when reported; default: none. @label 工程 / Schedule @ja 工程表の段階（順に） */
	schedule: z.array(ScheduleStepSchema).default([]),
	/** Figures measuring this pledge; default: none. */
	metrics: z.array(MetricSchema).default([]),
	/** The document where the pledge is written, ideally with the verbatim words. @label 出典 / Source @ja 公約が書かれた資料（できれば原文どおりの引用つき） */
	source: SourceRefSchema,
	/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
	editorNotes: EditorNotesSchema,
});

export type PolicyInput = z.input<typeof PolicySchema>;
export type PolicyData = z.output<typeof PolicySchema>;
