import { z } from 'zod';
import { DateSchema, IdSchema } from './id.ts';
import { MetricSchema } from './metric.ts';
import { PeriodSchema } from './period.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';

/** Evidence for a rating: an achievement id, a metric id, or a quoted source. */
export const EvidenceSchema = z.union([
	z.strictObject({
		/** Id of an achievement (in a pillar's or manifesto's `achievements`). */
		achievement: IdSchema,
	}),
	z.strictObject({
		/** Id of a metric. */
		metric: IdSchema,
	}),
	SourceRefSchema,
]);
export type Evidence = z.output<typeof EvidenceSchema>;

/** The pledge's rating on the published scale (content/ratings.yaml): one evaluation, by one evaluator, on one day. */
export const PolicyRatingSchema = z.strictObject({
	/** Id of a level in content/ratings.yaml, e.g. `achieved`. */
	level: IdSchema,
	/** Why this level, in a sentence or two (required unless the level is the unrated one). */
	reason: LocalizedTextSchema.optional(),
	/** What supports it (required unless unrated); default: none. */
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
	/** Id of its pillar; a top-priority policy outside any pillar names `manifesto` instead. */
	pillar: IdSchema.optional(),
	/** Id of its manifesto; default: the pillar's manifesto. */
	manifesto: IdSchema.optional(),
	/** Position within its pillar, lowest first; default: file name order. */
	order: z.number().int().optional(),
	/** The pledge in a few words, as listed. */
	title: LocalizedTextSchema,
	/** The manifesto's exact wording when longer than the title; default: none. */
	wording: LocalizedTextSchema.optional(),
	/** One-sentence explanation for readers; default: none. */
	summary: LocalizedTextSchema.optional(),
	/** Concrete points listed under it, in order; default: none. */
	points: z.array(LocalizedTextSchema).default([]),
	/** Its rating, or its ratings over time (a list, oldest first); default: the scale's unrated level. */
	rating: PolicyRatingsSchema.optional(),
	/** Deadline the manifesto sets (期限); default: none. */
	deadline: PeriodSchema.optional(),
	/** Funding the manifesto names (財源); default: none. */
	funding: LocalizedTextSchema.optional(),
	/** Schedule steps (工程表), in order, each with its status when reported; default: none. */
	schedule: z.array(ScheduleStepSchema).default([]),
	/** Figures measuring this pledge; default: none. */
	metrics: z.array(MetricSchema).default([]),
	/** The document where the pledge is written, ideally with the verbatim words. */
	source: SourceRefSchema,
});

export type PolicyInput = z.input<typeof PolicySchema>;
export type PolicyData = z.output<typeof PolicySchema>;
