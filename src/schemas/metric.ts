import { z } from 'zod';
import { FIGURE_LIMITS, FigureSchema, RateSchema } from './figure.ts';
import { IdSchema } from './id.ts';
import { PeriodSchema } from './period.ts';
import { SourceRefSchema } from './source-ref.ts';
import { CounterSchema, LocalizedTextSchema } from './text.ts';
import { EditorNotesSchema } from './editor-notes.ts';

/** What a metric's values count. Values are always stored in the base unit (yen, not 千円 or 万円). */
export const UnitSchema = z.enum(['yen', 'percent', 'people', 'cases', 'hours', 'rank', 'count']);
export type Unit = z.output<typeof UnitSchema>;

/** How a printed figure was hedged in the source: 約 (about), 以上 (or more), 余 (over). */
export const QualifierSchema = z.enum(['exact', 'about', 'or-more', 'over']);
export type Qualifier = z.output<typeof QualifierSchema>;

export const MetricPointSchema = z.strictObject({
	/**
	 * When it was measured: FY2016, 2016, 2020-01, 2020-01-15 or 2016-04..2023-12; orders the points and goes
	 * into the open data. Leave it out when the source gives no date (then `when`, if set, says how the source
	 * words the time); default: undated (shown as 時期の記載なし / date not given).
	 * @label 時期 / When measured @ja 例: FY2016・2020-01・令和5年度。資料に時期がなければ空けておく
	 */
	period: PeriodSchema.optional(),
	/**
	 * The time as the source words it, shown instead of the formatted period wherever the point is dated:
	 * 就任前 / before taking office, or 平成31年 where the site would otherwise print 令和元年; default: the
	 * period, formatted.
	 * @label 時期の書き方 / As worded @ja 資料どおりの時期の言い方（例: 就任前）。日付の代わりに表示
	 */
	when: LocalizedTextSchema.optional(),
	/** The figure in the metric's base unit (yen, %, people…); 3,536千円 is written 3536000. @label 値 / Value @ja 単位の基本の大きさで（3,536千円は 3536000）。「,」や単位は付けない */
	value: FigureSchema('数値を書いてください（単位や「,」は付けない） / Write a plain number, without units or commas'),
	/** The total the value is out of: N in "25th of 812", or 68 in "61 of 68 districts"; default: none. @label 母数 / Out of @ja 「812市区中25位」の 812、「68地区中61」の 68 */
	of: z.number().int().positive().max(1e15).optional(),
	/** 約 / 以上 / 余 as printed in the source; default `exact`. @label 約・以上・余 / Qualifier @ja 資料が「約」「以上」「余」と書いているとき */
	qualifier: QualifierSchema.default('exact'),
	/** A short remark shown with this point (e.g. "before taking office"); default: none. @label 注記 / Note @ja この値に添える短い注記 */
	note: LocalizedTextSchema.optional(),
	/** Where this figure is printed, with the verbatim words; default: the metric's `source`. @label この値の出典 / Source @ja この値が載っている資料と原文。なければ数値の出典 */
	source: SourceRefSchema.optional(),
	/** Decimal places the value was printed with (6.0% → 1); default: as written in the YAML (6.0 keeps its 1). @label 小数の桁数 / Decimals @ja 資料の印刷どおりの桁数（6.0% なら 1） */
	decimals: z.number().int().min(0).max(4).optional(),
	/** The achievement rate in percent the source prints for this point (e.g. 92.5); default: computed from the target. @label 達成率（%） / Achievement rate @ja 資料に印刷された達成率。なければ目標から計算 */
	achievement: RateSchema().optional(),
});
export type MetricPoint = z.output<typeof MetricPointSchema>;

/**
 * How a target is bounded, as printed: `at-least` (以上: reached at the value), `over` (超: only above it),
 * `at-most` (以下) or `under` (未満: only below it).
 */
export const TargetCompareSchema = z.enum(['at-least', 'over', 'at-most', 'under']);
export type TargetCompare = z.output<typeof TargetCompareSchema>;

export const MetricTargetSchema = z.strictObject({
	/** The target value, in the metric's unit: 200億円超 is `value: 20000000000, compare: over`. @label 目標値 / Target @ja 単位の基本の大きさで（200億円超は 20000000000 と 超） */
	value: FigureSchema('目標の数値を書いてください（単位や「,」は付けない） / Write the target as a plain number, without units or commas'),
	/** `at-least` (以上), `over` (超), `at-most` (以下) or `under` (未満), as printed; a strict one (over, under) is met only beyond the value. Default: not printed, met at the value (at least, or at most when lower is better). @label 以上・超・以下・未満 / Bound @ja at-least 以上 / over 超 / at-most 以下 / under 未満 */
	compare: TargetCompareSchema.optional(),
	/** A target that recurs: `fiscal-year` (毎年度) or `year` (毎年); default: once. @label 毎年の目標 / Recurs @ja fiscal-year 毎年度 / year 毎年 */
	every: z.enum(['fiscal-year', 'year']).optional(),
	/** By when (a deadline): FY2027, 令和9年度, 2027-03; default: no deadline. @label 期限 / By when @ja 例: FY2027・令和9年度 */
	period: PeriodSchema.optional(),
	/** `false` when the source says the target's achievement rate cannot be computed (算定不能): counted as not computable, never graded; default true. @label 達成率を計算できる / Computable @ja 資料が「算定不能」とするときはオフ */
	computable: z.boolean().default(true),
	/** Where the target is stated; default: the metric's `source`. @label 目標の出典 / Source @ja なければ数値の出典 */
	source: SourceRefSchema.optional(),
});
export type MetricTarget = z.output<typeof MetricTargetSchema>;

/** How a percentage reads in Japanese: `percent` (30%) or `wari` (3割, in tenths); English always shows %. */
export const PercentStyleSchema = z.enum(['percent', 'wari']);

export const MetricSchema = z
	.strictObject({
		/** Unique id across all content, e.g. `hometown-tax-donations`. @label ID / Id @ja 全コンテンツで重ならない半角英小文字のID（例: hometown-tax-donations） */
		id: IdSchema,
		/** What is measured, e.g. { ja: ふるさと納税寄付額, en: Hometown tax donations }. @label 何の数値か / Label @ja 例: ふるさと納税寄付額 */
		label: LocalizedTextSchema,
		/** Unit of every value: yen, percent, people, cases, hours, rank or count. @label 単位 / Unit @ja yen 円 / percent % / people 人 / cases 件 / hours 時間 / rank 位 / count 数 */
		unit: UnitSchema,
		/** Counter word for `count` (e.g. 店舗 / stores); default: none for `count`, built in for the others. @label 数え方 / Counter @ja count のときの助数詞（例: 店舗 / stores） */
		counter: CounterSchema.optional(),
		/** For `rank` and "of N" figures: what the N are (e.g. 市区 / cities and wards); default: none. @label 母数の中身 / Scope @ja 順位や「N中」の N が何か（例: 市区） */
		scope: LocalizedTextSchema.optional(),
		/** Which way is better: `up`, `down` or `neutral`; default `up` (`down` for rank). @label よい方向 / Better @ja up 多いほどよい / down 少ないほどよい / neutral どちらでもない */
		better: z.enum(['up', 'down', 'neutral']).optional(),
		/** When set, each value is a change since this period (e.g. −12.81% overtime since FY2017), not a level. @label 基準の時期 / Change since @ja 値が「ある時期からの増減」のとき、その時期 */
		changeSince: PeriodSchema.optional(),
		/** Whether values add up over time (a running total); default false. @label 累計 / Cumulative @ja 値が積み上がる累計のときオン */
		cumulative: z.boolean().default(false),
		/** The measurements, oldest first; may be left out for a target with no measured value yet; default: none. @label 値 / Points @ja 測った値（古い順）。最新の値はいちばん下 */
		points: z.array(MetricPointSchema).default([]),
		/** A goal stated in the source (it may stand alone, without points); default: none. @label 目標 / Target @ja 資料に書かれた目標 */
		target: MetricTargetSchema.optional(),
		/** Other pillars (ids) this figure also belongs to: their pages show it too, the metrics page lists it once; default: only where it is written. @label ほかの柱 / Other pillars @ja この数値を一緒に載せるほかの柱 */
		pillars: z.array(IdSchema).default([]),
		/** `wari` shows percentages and shares in 割 on Japanese pages (30 → 3割, 25 → 2.5割); default `percent`. @label 割合の書き方 / Style @ja wari にすると日本語ページで 3割 のように表示 */
		style: PercentStyleSchema.default('percent'),
		/** The document the figures come from (a point may name its own). @label 出典 / Source @ja 数値が載っている資料 */
		source: SourceRefSchema,
		/** What the figure is and its limits, shown folded under it as この数字について / About this figure; default: none. */
		description: LocalizedTextSchema.optional(),
		/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
		editorNotes: EditorNotesSchema,
	})
	.superRefine((metric, ctx) => {
		// A percentage is a rate: the same bound as a printed achievement rate.
		if (metric.unit === 'percent')
			for (const [path, value] of [...metric.points.map((p, i) => [['points', i, 'value'], p.value] as const), ...(metric.target ? [[['target', 'value'], metric.target.value] as const] : [])])
				// (Beyond the limit of every figure, FigureSchema has said so already.)
				if (Math.abs(value) > FIGURE_LIMITS.percent && Math.abs(value) <= FIGURE_LIMITS.value)
					ctx.addIssue({
						code: 'custom',
						path: [...path],
						message: `割合（unit: percent）${value}% はありえない大きさです（上限は ±${FIGURE_LIMITS.percent.toLocaleString('en')}%）。% の数で書いてください / The percentage ${value}% cannot be right (the limit is ±${FIGURE_LIMITS.percent.toLocaleString('en')}%): write the number of percent`,
					});
		if (metric.points.length === 0 && !metric.target)
			ctx.addIssue({ code: 'custom', path: ['points'], message: '値（points）か目標（target）のどちらかが必要です / A metric needs at least one point, or a target (a target may stand alone)' });
		const compare = metric.target?.compare;
		const implied = compare === 'over' || compare === 'at-least' ? 'up' : compare ? 'down' : undefined;
		if (implied && metric.better && metric.better !== implied)
			ctx.addIssue({
				code: 'custom',
				path: ['target', 'compare'],
				message: `目標「${compare}」は${implied === 'up' ? '多いほど' : '少ないほど'}よい指標の書き方ですが、better: ${metric.better} になっています / A target "${compare}" means ${implied === 'up' ? 'higher' : 'lower'} is better, but the metric says better: ${metric.better}`,
			});
		// 10位以内 is `at-most 10`: read as "at least 10th", at-least would make the rank better the higher it is.
		if (metric.unit === 'rank' && implied === 'up' && !metric.better)
			ctx.addIssue({
				code: 'custom',
				path: ['target', 'compare'],
				message: `順位（unit: rank）は数字が小さいほど上位です。「10位以内」「10位以上」のような目標は compare: at-most と書いてください（いまは ${compare}） / A rank is better the smaller it is: write a target such as "10th or better" as compare: at-most (got ${compare})`,
			});
		if (metric.style === 'wari' && metric.unit !== 'percent' && !metric.points.some((p) => p.of !== undefined))
			ctx.addIssue({ code: 'custom', path: ['style'], message: '割（style: wari）は割合（unit: percent、または of のある値）にだけ使えます / style: wari is for percentages (unit: percent, or points with "of")' });
	})
	.transform((metric) => {
		const compare = metric.target?.compare;
		const implied = compare === 'over' || compare === 'at-least' ? 'up' : compare ? 'down' : undefined;
		return { ...metric, better: metric.better ?? implied ?? (metric.unit === 'rank' ? 'down' : 'up') };
	});

export type MetricInput = z.input<typeof MetricSchema>;
export type Metric = z.output<typeof MetricSchema>;
