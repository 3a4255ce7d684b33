import type { GradeBand } from '../schemas/rating.ts';
import type { Metric, MetricPoint, MetricTarget } from '../schemas/metric.ts';
import { pointDifference, roundTo as round } from './rounding.ts';


/** How a metric moved from its first to its latest point. */
export interface Change {
	/** `points` for percentages (29.2% − 19.8%), `ratio` when it at least doubled (×50.5), `percent` otherwise, `places` for ranks. */
	kind: 'points' | 'ratio' | 'percent' | 'places';
	value: number;
	from: MetricPoint;
	to: MetricPoint;
}

/**
 * The change first → latest, computed, never typed. Undefined when there is one point or values are changes already,
 * and when the two are out of different totals (41 of 76 → 44 of 81): those are not comparable, the page shows both shares.
 * A change in a rate is in points (percentage points), never a percent of a percent.
 * @example deriveChange(metricWith([6790000, 343000000])) // { kind: 'ratio', value: 50.5, … }
 * @example deriveChange({ unit: 'percent', points: [{ value: 19.8 }, { value: 29.2 }] }) // { kind: 'points', value: 9.4, … }
 */
export function deriveChange(metric: Pick<Metric, 'unit' | 'points' | 'changeSince'>): Change | undefined {
	const from = metric.points[0];
	const to = metric.points.at(-1);
	if (!from || !to || from === to || metric.changeSince) return undefined;
	if (metric.unit !== 'rank' && from.of !== to.of) return undefined;
	if (metric.unit === 'percent')
		return { kind: 'points', value: pointDifference(from.value, to.value), from, to };
	if (metric.unit === 'rank') return { kind: 'places', value: from.value - to.value, from, to };
	if (from.value > 0 && to.value / from.value >= 2) return { kind: 'ratio', value: round(to.value / from.value, 1), from, to };
	if (from.value === 0) return undefined;
	return { kind: 'percent', value: round(((to.value - from.value) / from.value) * 100, 1), from, to };
}

/**
 * A point's share of its total, in percent, to one decimal. @example shareOf({ value: 61, of: 68 }) // 89.7
 */
export const shareOf = (point: Pick<MetricPoint, 'value' | 'of'>) => (point.of ? round((point.value / point.of) * 100, 1) : undefined);

/** Progress of the latest point toward the target. */
export interface Achievement {
	/** Latest against target in percent, direction-aware, one decimal. */
	rate: number;
	/** Grade band earned, when the scale defines bands. */
	grade?: string;
	/** True when the rate is the one the source prints (the point's `achievement`), not computed. */
	printed?: boolean;
}

/**
 * The band a rate falls in: the first, from the highest, whose `min` it reaches; the last band without `min` takes the rest.
 * When `met` is known, a band from 100% up needs the target met: at exactly 100% a strict target (超) is not.
 * A band whose bound is not printed (no `min`, not last) could hold any rate between its neighbours' bounds:
 * a rate there gets no grade rather than a guessed one.
 * @example gradeOf(85, [{ id: 'A', min: 100 }, { id: 'B', min: 80 }, { id: 'C' }])?.id // 'B'
 * @example gradeOf(100, [{ id: 'A', min: 100 }, { id: 'B', min: 80 }], false)?.id // 'B'
 * @example gradeOf(85, [{ id: 'A', min: 100 }, { id: 'B' }, { id: 'C', min: 80 }, { id: 'D' }]) // undefined (B or C)
 * @example gradeOf(70, [{ id: 'A', min: 100 }, { id: 'B' }, { id: 'C', min: 80 }, { id: 'D' }])?.id // 'D'
 */
export function gradeOf(rate: number, grades: readonly GradeBand[], met?: boolean): GradeBand | undefined {
	// An unprinted bound between the last band the rate fell short of and this one.
	let unknownAbove = false;
	for (const [i, band] of grades.entries()) {
		if (band.min === undefined) {
			if (i === grades.length - 1) return unknownAbove ? undefined : band;
			unknownAbove = true;
		} else if (rate >= band.min && (met !== false || band.min < 100)) return unknownAbove ? undefined : band;
		// Short of a printed bound: no band above it can hold the rate.
		else unknownAbove = false;
	}
	return undefined;
}

/**
 * Whether `value` meets `target`: at the value for an inclusive target (以上 / 以下), only beyond it for a strict one (超 / 未満).
 * @example meetsTarget(20e9, { value: 20e9, compare: 'over' }, 'up') // false
 * @example meetsTarget(20e9, { value: 20e9 }, 'up') // true
 */
export function meetsTarget(value: number, target: Pick<MetricTarget, 'value' | 'compare'>, better: Metric['better']): boolean {
	const compare = target.compare ?? (better === 'down' ? 'at-most' : 'at-least');
	switch (compare) {
		case 'at-least':
			return value >= target.value;
		case 'over':
			return value > target.value;
		case 'at-most':
			return value <= target.value;
		case 'under':
			return value < target.value;
	}
}

/**
 * Achievement rate: latest ÷ target when higher is better, target ÷ latest when lower is better.
 * @example deriveAchievement({ better: 'up', points: [{ value: 40.4 }], target: { value: 45 } }, []) // { rate: 89.8 }
 */
export function deriveAchievement(
	metric: { better: Metric['better']; points: readonly Pick<MetricPoint, 'value' | 'achievement'>[]; target?: (Pick<MetricTarget, 'value' | 'compare'> & { computable?: boolean }) | undefined },
	grades: readonly GradeBand[],
): Achievement | undefined {
	const latest = metric.points.at(-1);
	if (!latest) return undefined;
	// `met`: whether the value meets the target as bounded; a band from 100% up needs it (a strict 超 target is not met at 100%).
	const graded = (rate: number, printed: boolean, met?: boolean): Achievement => {
		const band = gradeOf(rate, grades, met);
		return { rate, ...(band ? { grade: band.id } : {}), ...(printed ? { printed } : {}) };
	};
	// A target the source says cannot be computed is never graded, not even from a printed rate.
	if (metric.target?.computable === false) return undefined;
	// A rate the source prints wins: it is shown as printed, never recomputed.
	if (latest.achievement !== undefined) return graded(latest.achievement, true);
	if (!metric.target) return undefined;
	const raw = metric.better === 'down' ? metric.target.value / latest.value : latest.value / metric.target.value;
	if (!Number.isFinite(raw)) return undefined;
	return graded(round(raw * 100, 1), false, meetsTarget(latest.value, metric.target, metric.better));
}

/** One period of a recurring target (毎年度 / 毎年) with a measured point, and whether that point met the target. */
export interface RecurringPeriod {
	point: MetricPoint;
	met: boolean;
}

/**
 * A recurring target (`every: fiscal-year` or `year`) period by period: each point measured for such a
 * period (a fiscal year for 毎年度, a year for 毎年), met or not. The achievement rate and grade stay the
 * latest point's; this says how many of the periods met it. Undefined for a one-off target, one that
 * cannot be computed, or fewer than two such points (the rate already says it then).
 * A point with a printed achievement rate met the target when that rate is 100% or more.
 * @example recurringRecord({ better: 'up', target: { value: 60, every: 'fiscal-year' }, points: [FY2022 at 52, FY2023 at 61] }) // [{ met: false }, { met: true }]
 */
export function recurringRecord(metric: Pick<Metric, 'better' | 'points' | 'target'>): RecurringPeriod[] | undefined {
	const target = metric.target;
	if (!target?.every || target.computable === false) return undefined;
	const record = metric.points
		.filter((point) => point.period?.kind === target.every)
		.map((point) => ({ point, met: point.achievement !== undefined ? point.achievement >= 100 : meetsTarget(point.value, target, metric.better) }));
	return record.length >= 2 ? record : undefined;
}
