import { z } from 'zod';
import { IdSchema } from './id.ts';
import { LocalizedTextSchema } from './text.ts';

/** One level of the published rating scale, e.g. 達成 / achieved. */
export const RatingLevelSchema = z.strictObject({
	/** Id used by pledges' `rating.level`, e.g. `achieved`. */
	id: IdSchema,
	/** Name shown on the site. */
	label: LocalizedTextSchema,
	/** A short mark shown beside the label (◎, ○, −); default: none. */
	symbol: z.string().optional(),
	/** Badge colour as #rrggbb. */
	color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: '色は #1b7f3b のように書いてください / Write a colour as #rrggbb, e.g. #1b7f3b' }),
	/** The rule deciding when a pledge gets this level, published on the site. */
	rule: LocalizedTextSchema,
	/** Whether a pledge at this level counts as done in tallies; default false. */
	done: z.boolean().default(false),
	/** Marks the level for pledges not yet rated (needs no reason or evidence); default false. Exactly one level has it. */
	unrated: z.boolean().default(false),
});

/** A grade band on a target's achievement rate (e.g. A at 100% or more). */
export const GradeBandSchema = z.strictObject({
	/** Grade name, e.g. `A`. */
	id: z.string().min(1),
	/** Lowest achievement rate in percent that earns it; the bands are checked from the highest down. */
	min: z.number(),
	/** Explanation shown on the site; default: none. */
	label: LocalizedTextSchema.optional(),
});

/** `content/ratings.yaml`: the rating scale for pledges and the grade bands for targets. */
export const RatingScaleSchema = z
	.strictObject({
		/** Introductory text shown above the scale on the site; default: none. */
		intro: LocalizedTextSchema.optional(),
		/** The levels, best first. */
		levels: z.array(RatingLevelSchema).min(2),
		/** Grade bands on achievement rate, highest first; default: no grades. */
		grades: z.array(GradeBandSchema).default([]),
	})
	.superRefine((scale, ctx) => {
		const unrated = scale.levels.filter((level) => level.unrated);
		if (unrated.length !== 1)
			ctx.addIssue({
				code: 'custom',
				path: ['levels'],
				message: `「未評価」にあたる段階（unrated: true）をちょうど1つ決めてください（今は${unrated.length}個） / Mark exactly one level as unrated: true (found ${unrated.length})`,
			});
		scale.grades.forEach((grade, i) => {
			const prev = scale.grades[i - 1];
			if (prev && grade.min >= prev.min)
				ctx.addIssue({ code: 'custom', path: ['grades', i, 'min'], message: '評価区分は高い順に並べてください / List grade bands from the highest minimum down' });
		});
	});

export type RatingScaleInput = z.input<typeof RatingScaleSchema>;
export type RatingScale = z.output<typeof RatingScaleSchema>;
export type RatingLevel = RatingScale['levels'][number];
