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

/** The pledge's rating on the published scale (content/ratings.yaml). */
export const PolicyRatingSchema = z.strictObject({
	/** Id of a level in content/ratings.yaml, e.g. `achieved`. */
	level: IdSchema,
	/** Why this level, in a sentence or two (required unless the level is the unrated one). */
	reason: LocalizedTextSchema.optional(),
	/** What supports it (required unless unrated); default: none. */
	evidence: z.array(EvidenceSchema).default([]),
	/** Day the rating was made, YYYY-MM-DD (required unless unrated). */
	asOf: DateSchema.optional(),
});
export type PolicyRating = z.output<typeof PolicyRatingSchema>;

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
	/** Its rating; default: the scale's unrated level. */
	rating: PolicyRatingSchema.optional(),
	/** Deadline the manifesto sets (期限); default: none. */
	deadline: PeriodSchema.optional(),
	/** Funding the manifesto names (財源); default: none. */
	funding: LocalizedTextSchema.optional(),
	/** Schedule steps (工程), in order; default: none. */
	schedule: z
		.array(
			z.strictObject({
				/** When the step is due. */
				period: PeriodSchema,
				/** What happens then. */
				text: LocalizedTextSchema,
			}),
		)
		.default([]),
	/** Figures measuring this pledge; default: none. */
	metrics: z.array(MetricSchema).default([]),
	/** The document where the pledge is written, ideally with the verbatim words. */
	source: SourceRefSchema,
	/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
	editorNotes: EditorNotesSchema,
});

export type PolicyInput = z.input<typeof PolicySchema>;
export type PolicyData = z.output<typeof PolicySchema>;
