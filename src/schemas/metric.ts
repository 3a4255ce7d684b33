import { z } from 'zod';
import { IdSchema } from './id.ts';
import { PeriodSchema } from './period.ts';
import { SourceRefSchema } from './source-ref.ts';
import { CounterSchema, LocalizedTextSchema } from './text.ts';

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
	 */
	period: PeriodSchema.optional(),
	/**
	 * The time as the source words it, shown instead of the formatted period wherever the point is dated:
	 * 就任前 / before taking office, or 平成31年 where the site would otherwise print 令和元年; default: the
	 * period, formatted.
	 */
	when: LocalizedTextSchema.optional(),
	/** The figure in the metric's base unit (yen, %, people…); 3,536千円 is written 3536000. */
	value: z.number({ message: '数値を書いてください（単位や「,」は付けない） / Write a plain number, without units or commas' }),
	/** The total the value is out of: N in "25th of 812", or 68 in "61 of 68 districts"; default: none. */
	of: z.number().int().positive().optional(),
	/** 約 / 以上 / 余 as printed in the source; default `exact`. */
	qualifier: QualifierSchema.default('exact'),
	/** A short remark shown with this point (e.g. "before taking office"); default: none. */
	note: LocalizedTextSchema.optional(),
	/** Where this figure is printed, with the verbatim words; default: the metric's `source`. */
	source: SourceRefSchema.optional(),
	/** Decimal places the value was printed with (6.0% → 1); default: as written in the YAML (6.0 keeps its 1). */
	decimals: z.number().int().min(0).max(4).optional(),
	/** The achievement rate in percent the source prints for this point (e.g. 92.5); default: computed from the target. */
	achievement: z.number().optional(),
});
export type MetricPoint = z.output<typeof MetricPointSchema>;

export const MetricTargetSchema = z.strictObject({
	/** The target value, in the metric's unit. */
	value: z.number(),
	/** By when; default: no deadline. */
	period: PeriodSchema.optional(),
	/** Where the target is stated; default: the metric's `source`. */
	source: SourceRefSchema.optional(),
});

export const MetricSchema = z
	.strictObject({
		/** Unique id across all content, e.g. `hometown-tax-donations`. */
		id: IdSchema,
		/** What is measured, e.g. { ja: ふるさと納税寄付額, en: Hometown tax donations }. */
		label: LocalizedTextSchema,
		/** Unit of every value: yen, percent, people, cases, hours, rank or count. */
		unit: UnitSchema,
		/** Counter word for `count` (e.g. 店舗 / stores); default: none for `count`, built in for the others. */
		counter: CounterSchema.optional(),
		/** For `rank` and "of N" figures: what the N are (e.g. 市区 / cities and wards); default: none. */
		scope: LocalizedTextSchema.optional(),
		/** Which way is better: `up`, `down` or `neutral`; default `up` (`down` for rank). */
		better: z.enum(['up', 'down', 'neutral']).optional(),
		/** When set, each value is a change since this period (e.g. −12.81% overtime since FY2017), not a level. */
		changeSince: PeriodSchema.optional(),
		/** Whether values add up over time (a running total); default false. */
		cumulative: z.boolean().default(false),
		/** The measurements, oldest first. */
		points: z.array(MetricPointSchema).min(1, { message: '少なくとも1つの値が必要です / A metric needs at least one point' }),
		/** A goal stated in the source; default: none. */
		target: MetricTargetSchema.optional(),
		/** The document the figures come from (a point may name its own). */
		source: SourceRefSchema,
		/** One line of context shown under the chart; default: none. */
		description: LocalizedTextSchema.optional(),
	})
	.transform((metric) => ({ ...metric, better: metric.better ?? (metric.unit === 'rank' ? 'down' : 'up') }));

export type MetricInput = z.input<typeof MetricSchema>;
export type Metric = z.output<typeof MetricSchema>;
