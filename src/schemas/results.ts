import { z } from 'zod';
import { IdSchema } from './id.ts';
import { PeriodSchema } from './period.ts';
import { GradeBandsSchema } from './rating.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';

/** How many items a source prints for one grade or level, with the share as printed. */
export const ResultCountSchema = z.strictObject({
	/** A grade id (A, B…) when the result counts targets by grade, or a rating level id (achieved…) when it counts pledges. @label 区分・段階 / Grade or level @ja A・B…（達成率の区分）または achieved…（評価の段階） */
	id: z.string().min(1),
	/** How many, as printed. @label 件数 / Count @ja 印刷どおりの件数 */
	count: z.number().int().nonnegative(),
	/** The share in percent as printed (54.4, or 21.0 with its decimal kept); default: not printed, the site computes count ÷ of. @label 割合（%） / Share % @ja 印刷どおりの割合（なければ計算） */
	share: z.number().min(0).max(100).optional(),
	/** Decimal places the share was printed with; default: as written (21.0 → 1). @label 割合の小数の桁数 / Decimals @ja 印刷どおりの桁数 */
	decimals: z.number().int().min(0).max(4).optional(),
});
export type ResultCount = z.output<typeof ResultCountSchema>;

/**
 * A distribution a source prints for one evaluation, e.g. "of 81 computable targets: A 44 (54.4%),
 * B 17 (21.0%), C 7 (8.6%), D 13 (16.0%)", or "88 of 99 achieved; the other 11 split 1 / 3 / 7".
 * Shorthand for a count without a printed share: `{ id: A, count: 44 }` may be written `A: 44`.
 */
export const PublishedResultSchema = z.strictObject({
	/** The evaluation: the fiscal year or day it covers, e.g. 令和5年度, FY2023, 2024-03. @label 評価の時期 / Period @ja 例: 令和5年度・FY2023 */
	period: PeriodSchema,
	/** The evaluation's name as printed (e.g. 令和5年度 検証結果); default: none, the period is shown. @label 評価の名前 / Label @ja 例: 令和5年度 検証結果 */
	label: LocalizedTextSchema.optional(),
	/** What is counted: `grades` (targets by achievement-rate grade) or `ratings` (pledges on the rating scale); default `grades`. @label 数えたもの / Scale @ja grades 目標の達成率区分 / ratings 公約の評価 */
	scale: z.enum(['grades', 'ratings']).default('grades'),
	/** The counts, best first, as printed. @label 件数 / Counts @ja よい順に、印刷どおり */
	counts: z
		.array(z.union([ResultCountSchema, z.record(z.string(), z.number().int().nonnegative()).transform((record, ctx) => {
			const entries = Object.entries(record);
			if (entries.length !== 1) {
				ctx.addIssue({ code: 'custom', message: '1行に1つ（例: A: 44）書いてください / Write one count a line, e.g. A: 44' });
				return z.NEVER;
			}
			return { id: entries[0]![0], count: entries[0]![1] } as ResultCount;
		})]))
		.min(1),
	/** The total the shares are of (e.g. 81 computable targets); default: the sum of the counts. @label 母数 / Out of @ja 割合の分母（例: 算定できた目標 81） */
	of: z.number().int().positive().optional(),
	/** Items that could not be evaluated (e.g. 1 target not computable), printed beside the total; default 0. @label 評価できなかった数 / Not computable @ja 算定不能などの数 */
	notComputable: z.number().int().nonnegative().default(0),
	/** The average achievement rate in percent, as printed; default: none. @label 平均達成率（%） / Average % @ja 印刷どおり */
	average: z.number().optional(),
	/** Decimal places the average was printed with; default: as written. @label 平均の小数の桁数 / Average decimals @ja 印刷どおりの桁数 */
	averageDecimals: z.number().int().min(0).max(4).optional(),
	/** Grade bands this evaluation used, when they differ from the manifesto's; default: the manifesto's (else ratings.yaml's). @label この評価の区分 / Grade bands @ja マニフェストと違う区分を使ったときだけ */
	grades: GradeBandsSchema.optional(),
	/** Where it is printed, with the words. @label 出典 / Source @ja 集計が印刷された資料と原文 */
	source: SourceRefSchema,
});
export type PublishedResultInput = z.input<typeof PublishedResultSchema>;
export type PublishedResult = z.output<typeof PublishedResultSchema>;

/** Published results of a manifesto, pillar or report, oldest evaluation first; default: none. */
export const PublishedResultsSchema = z.array(PublishedResultSchema).default([]);

/** A report's result also says what it is about (a manifesto or a pillar). */
export const ReportResultSchema = PublishedResultSchema.extend({
	/** Id of the manifesto or pillar the result is about. @label 対象 / About @ja どのマニフェストまたは柱の集計か */
	about: IdSchema,
});
export type ReportResult = z.output<typeof ReportResultSchema>;
