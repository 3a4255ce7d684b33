import { z } from 'zod';
import { RateSchema } from './figure.ts';
import { IdSchema } from './id.ts';
import { PeriodSchema } from './period.ts';
import { GradeBandsSchema } from './rating.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';

/**
 * What a count counts, in each language: `{ ja: 成果指標, en: outcome indicators, enOne: outcome indicator }`.
 * Shorthand: a plain string is the Japanese noun (English keeps the default).
 */
export const NounSchema = z
	.union([
		z.strictObject({
			/** The Japanese noun before the count (成果指標 in 成果指標81件). */
			ja: z.string().trim().min(1),
			/** The English noun after the count, plural (outcome indicators); default: the dictionary's. */
			en: z.string().trim().min(1).optional(),
			/** The English singular, for a count of 1; default: `en`. */
			enOne: z.string().trim().min(1).optional(),
		}),
		z.string().trim().min(1),
	])
	.transform((value): Noun => (typeof value === 'string' ? { ja: value } : (value as Noun)));
export interface Noun {
	ja: string;
	en?: string;
	enOne?: string;
}

/** How many items a source prints for one grade, level or category: a count, a share, or both, as printed. */
export const ResultCountSchema = z
	.strictObject({
		/** A grade id (A, B…) when the result counts targets by grade, a rating level id (achieved…) when it counts pledges, or a category id of the result's own `categories`. @label 区分・段階 / Grade or level @ja A・B…（達成率の区分）または achieved…（評価の段階） */
		id: z.string().min(1),
		/** How many, as printed; default: not printed (a share alone, e.g. "B 6.0%"). @label 件数 / Count @ja 印刷どおりの件数 */
		count: z.number().int().nonnegative().max(1e15).optional(),
		/** The share in percent as printed (54.4, or 21.0 with its decimal kept); default: not printed, the site computes count ÷ of when it knows both. @label 割合（%） / Share % @ja 印刷どおりの割合（なければ計算） */
		share: z.number().min(0).max(100).optional(),
		/** Decimal places the share was printed with; default: as written (21.0 → 1). @label 割合の小数の桁数 / Decimals @ja 印刷どおりの桁数 */
		decimals: z.number().int().min(0).max(4).optional(),
	})
	.superRefine((value, ctx) => {
		if (value.count === undefined && value.share === undefined)
			ctx.addIssue({ code: 'custom', path: ['count'], message: '件数（count）か割合（share）、印刷されているほうを書いてください / Write the count or the share, whichever is printed (or both)' });
	});
export type ResultCount = z.output<typeof ResultCountSchema>;

/** A category of a breakdown that is neither a grade nor a rating level (by kind, by range of averages…). */
export const ResultCategorySchema = z.strictObject({
	/** Id the counts use, e.g. `over-100`, `budget`. */
	id: z.string().min(1),
	/** Its name as printed, in each language (100%以上 / 100% or more). */
	label: LocalizedTextSchema,
});
export type ResultCategory = z.output<typeof ResultCategorySchema>;

/**
 * A distribution a source prints for one evaluation, e.g. "of 81 computable targets: A 44 (54.4%),
 * B 17 (21.0%), C 7 (8.6%), D 13 (16.0%)", or "88 of 99 achieved; the other 11 split 1 / 3 / 7".
 * Shorthand for a count without a printed share: `{ id: A, count: 44 }` may be written `A: 44`.
 */
const ResultFields = z.strictObject({
	/** The evaluation: the fiscal year or day it covers, e.g. 令和5年度, FY2023, 2024-03. @label 評価の時期 / Period @ja 例: 令和5年度・FY2023 */
	period: PeriodSchema,
	/** The evaluation's name as printed (e.g. 令和5年度 検証結果); default: none, the period is shown. @label 評価の名前 / Label @ja 例: 令和5年度 検証結果 */
	label: LocalizedTextSchema.optional(),
	/** The breakdown's own title, when a period has several (by grade and by kind; overall and for a sub-group), e.g. 未達成11件の内訳; default: none. */
	title: LocalizedTextSchema.optional(),
	/** What is counted: `grades` (targets by achievement-rate grade), `ratings` (pledges on the rating scale) or `categories` (the result's own `categories`); default `categories` when they are given, else `grades`. @label 数えたもの / Scale @ja grades 目標の達成率区分 / ratings 公約の評価 */
	scale: z.enum(['grades', 'ratings', 'categories']).optional(),
	/** The breakdown's own categories, best or first as printed, each with its name in each language; default: none. */
	categories: z.array(ResultCategorySchema).min(1).optional(),
	/** What the counts count, when the source names it otherwise than the campaign's terms (e.g. 政策 / policies); default: site.yaml `terms` (targets for grades, pledges otherwise). */
	noun: NounSchema.optional(),
	/** The counts, best first, as printed; default: none (a result may print only its average). @label 件数 / Counts @ja よい順に、印刷どおり */
	counts: z
		.array(
			z.union([
				ResultCountSchema,
				z.record(z.string(), z.number().int().nonnegative().max(1e15)).transform((record, ctx) => {
					const entries = Object.entries(record);
					if (entries.length !== 1) {
						ctx.addIssue({ code: 'custom', message: '1行に1つ（例: A: 44）書いてください / Write one count a line, e.g. A: 44' });
						return z.NEVER;
					}
					return { id: entries[0]![0], count: entries[0]![1] } as ResultCount;
				}),
			]),
		)
		.default([]),
	/** The total the shares are of (e.g. 81 computable targets); default: the sum of the counts when every count is printed (for grades and levels; a breakdown by `categories` has a total only when printed). @label 母数 / Out of @ja 割合の分母（例: 算定できた目標 81） */
	of: z.number().int().positive().max(1e15).optional(),
	/** The whole number set, as printed beside the computable ones ("82 targets set, 81 computable"); default: not printed. */
	total: z.number().int().positive().max(1e15).optional(),
	/** Items that could not be evaluated (e.g. 1 target not computable), printed beside the total; default 0. @label 評価できなかった数 / Not computable @ja 算定不能などの数 */
	notComputable: z.number().int().nonnegative().max(1e15).default(0),
	/** The average achievement rate in percent, as printed; default: none. @label 平均達成率（%） / Average % @ja 印刷どおり */
	average: RateSchema().optional(),
	/** Decimal places the average was printed with; default: as written. @label 平均の小数の桁数 / Average decimals @ja 印刷どおりの桁数 */
	averageDecimals: z.number().int().min(0).max(4).optional(),
	/** Where the average is printed, when not with the counts; default: `source`. */
	averageSource: SourceRefSchema.optional(),
	/** Grade bands this evaluation used, when they differ from the manifesto's; default: the manifesto's (else ratings.yaml's). @label この評価の区分 / Grade bands @ja マニフェストと違う区分を使ったときだけ */
	grades: GradeBandsSchema.optional(),
	/** Id of the evaluator (content/ratings.yaml `evaluators`) whose evaluation it is; default: the first listed (the campaign's own). */
	evaluator: IdSchema.optional(),
	/** Where it is printed, with the words. */
	source: SourceRefSchema,
});

/** A result prints counts or an average; `categories` go with their own scale. */
const checkResult = (value: z.output<typeof ResultFields>, ctx: z.RefinementCtx) => {
	if (value.counts.length === 0 && value.average === undefined)
		ctx.addIssue({ code: 'custom', path: ['counts'], message: '件数（counts）か平均（average）、印刷されているものを書いてください / Write the counts or the average, whatever is printed' });
	if (value.scale !== undefined && value.scale !== 'categories' && value.categories)
		ctx.addIssue({ code: 'custom', path: ['categories'], message: `categories は scale: ${value.scale} とは一緒に使えません（scale を消してください） / categories cannot be used with scale: ${value.scale} (remove scale)` });
	if (value.scale === 'categories' && !value.categories)
		ctx.addIssue({ code: 'custom', path: ['categories'], message: 'scale: categories には categories（区分の一覧）が必要です / scale: categories needs the list of categories' });
};
const withScale = <T extends z.output<typeof ResultFields>>(value: T) => ({ ...value, scale: value.scale ?? (value.categories ? ('categories' as const) : ('grades' as const)) });

/**
 * A distribution a source prints for one evaluation (see ResultFields); `scale` is resolved.
 */
export const PublishedResultSchema = ResultFields.superRefine(checkResult).transform(withScale);
export type PublishedResultInput = z.input<typeof PublishedResultSchema>;
export type PublishedResult = z.output<typeof PublishedResultSchema>;

/** Published results of a manifesto, pillar or report, oldest evaluation first; default: none. */
export const PublishedResultsSchema = z.array(PublishedResultSchema).default([]);

/** A report's result also says what it is about (a manifesto or a pillar). */
export const ReportResultSchema = ResultFields.extend({
	/** Id of the manifesto or pillar the result is about; default: the report's `highlights.manifesto`. @label 対象 / About @ja どのマニフェストまたは柱の集計か */
	about: IdSchema.optional(),
})
	.superRefine(checkResult)
	.transform(withScale);
export type ReportResult = z.output<typeof ReportResultSchema>;
