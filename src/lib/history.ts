/**
 * Ratings over time and by evaluator, roadmaps and the manifesto's self-audit (できばえ), computed from the
 * model for the pages, the feed and the open data. Nothing here averages across evaluators.
 */
import type { Model, Policy, RatingEntry } from '../model/model.ts';
import type { RatingLevel } from '../schemas/rating.ts';
import type { ScheduleStep, StepStatus } from '../schemas/policy.ts';

/** The main evaluator: the first listed (the campaign's own). */
export const mainEvaluator = (model: Pick<Model, 'evaluators'>) => model.evaluators[0]!.id;

/** A pledge's entries by one evaluator, oldest first. */
export const entriesBy = (policy: Pick<Policy, 'ratings'>, evaluator: string) => policy.ratings.filter((r) => r.evaluator === evaluator);

/**
 * The level an evaluator gave a pledge as of a day (YYYY-MM-DD): its latest entry dated on or before it;
 * the unrated level when none.
 * @example levelAsOf(model, policy, '2022-03-31') // the level of the mid-term review, not of a later one
 */
export function levelAsOf(model: Pick<Model, 'levelById' | 'evaluators'>, policy: Policy, day: string, evaluator = mainEvaluator(model)): RatingLevel {
	const entry = entriesBy(policy, evaluator)
		.filter((r) => r.asOf !== undefined && r.asOf <= day)
		.at(-1);
	// No entry yet (or only an undated unrated one): the unrated level.
	return model.levelById(entry?.level ?? '');
}

/** A change of level in a pledge's history: the entry and the level it replaced (none for a first rating). */
export interface LevelChange {
	policy: Policy;
	entry: RatingEntry;
	from?: string;
}

/** Every entry of a pledge that changed its evaluator's level (first ratings included), newest first. */
export function changesOf(policy: Policy): LevelChange[] {
	const last = new Map<string, string>();
	const out: LevelChange[] = [];
	for (const entry of policy.ratings) {
		const from = last.get(entry.evaluator);
		if (from !== entry.level) out.push({ policy, entry, ...(from !== undefined ? { from } : {}) });
		last.set(entry.evaluator, entry.level);
	}
	return out.reverse();
}

/** The day before a YYYY-MM-DD day. */
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** How a group of pledges moved since the evaluation before the latest one (main evaluator). */
export interface SinceChange {
	/** The latest evaluation's day. */
	latest: string;
	/** The previous evaluation's day. */
	previous: string;
	/** The report the previous evaluation was published in, when its entries name one. */
	report?: string;
	/** Per level, in scale order, the change in count; only levels that changed. */
	deltas: { level: RatingLevel; delta: number }[];
}

/**
 * The change since the previous evaluation: the pledges' levels now against their levels the day before the
 * latest evaluation day. Undefined when the pledges were evaluated on fewer than two days.
 * @example sinceChange(model, policies)?.deltas // [{ level: 達成, delta: 3 }, { level: 進行中, delta: -3 }]
 */
export function sinceChange(model: Model, policies: Policy[]): SinceChange | undefined {
	const main = mainEvaluator(model);
	const days = [...new Set(policies.flatMap((p) => entriesBy(p, main).flatMap((r) => (r.asOf ? [r.asOf] : []))))].sort();
	if (days.length < 2) return undefined;
	const latest = days.at(-1)!;
	const previous = days.at(-2)!;
	const before = dayBefore(latest);
	const count = (ids: string[]) => (id: string) => ids.filter((x) => x === id).length;
	const now = count(policies.map((p) => model.levelOf(p).id));
	const then = count(policies.map((p) => levelAsOf(model, p, before, main).id));
	const deltas = model.levels.map((level) => ({ level, delta: now(level.id) - then(level.id) })).filter((d) => d.delta !== 0);
	const reports = new Set(policies.flatMap((p) => entriesBy(p, main).filter((r) => r.asOf === previous && r.report).map((r) => r.report!)));
	return { latest, previous, ...(reports.size === 1 ? { report: [...reports][0]! } : {}), deltas };
}

/** Each evaluator's latest entry on a pledge, in the order evaluators are listed; only those who rated it. */
export function latestByEvaluator(model: Pick<Model, 'evaluators'>, policy: Policy): RatingEntry[] {
	return model.evaluators.flatMap((e) => {
		const latest = entriesBy(policy, e.id).at(-1);
		return latest ? [latest] : [];
	});
}

/** Whether the evaluators' latest ratings of a pledge differ (shown side by side and marked). */
export const evaluatorsDisagree = (model: Pick<Model, 'evaluators'>, policy: Policy) => new Set(latestByEvaluator(model, policy).map((r) => r.level)).size > 1;

/** Whether a pledge's deadline (期限) has passed, as of `today` (YYYY-MM-DD), without its level counting as done. */
export const deadlinePassed = (model: Pick<Model, 'levelOf'>, policy: Policy, today: string) =>
	policy.deadline !== undefined && policy.deadline.end < today && !model.levelOf(policy).done;

/** A roadmap step's status: as reported, else undefined (not reported). */
export const STEP_STATUSES: readonly StepStatus[] = ['done', 'on-time', 'late', 'not-started'];

/** One step of a roadmap placed on a time axis of 0–1000. */
export interface PlacedStep {
	step: ScheduleStep;
	x: number;
	width: number;
	/** Its period ended before today and it is not reported done. */
	overdue: boolean;
}

/**
 * Roadmap steps on a 0–1000 axis from the first step's start to the last step's end (today included), with
 * today's position; undefined without steps.
 */
export function placeRoadmap(steps: readonly ScheduleStep[], today: string): { steps: PlacedStep[]; today: number; from: string; to: string } | undefined {
	if (steps.length === 0) return undefined;
	const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
	const starts = steps.map((s) => s.period.start);
	const ends = steps.map((s) => s.period.end);
	const from = [...starts, today].sort()[0]!;
	const to = [...ends, today].sort().at(-1)!;
	const span = Math.max(1, ms(to) - ms(from));
	const x = (day: string) => Math.round(((ms(day) - ms(from)) / span) * 1000 * 10) / 10;
	return {
		from,
		to,
		today: x(today),
		steps: steps.map((step) => ({ step, x: x(step.period.start), width: Math.max(8, x(step.period.end) - x(step.period.start)), overdue: step.period.end < today && step.status !== 'done' })),
	};
}

/** What the self-audit (できばえ) counts: how checkable the pledges are. */
export const AUDIT_CRITERIA = ['target', 'deadline', 'funding', 'schedule', 'evidence'] as const;
export type AuditCriterion = (typeof AUDIT_CRITERIA)[number];

/** Whether a pledge meets one audit criterion. */
export function meetsCriterion(model: Pick<Model, 'levelOf'>, policy: Policy, criterion: AuditCriterion): boolean {
	switch (criterion) {
		case 'target':
			return policy.metrics.some((m) => m.target !== undefined);
		case 'deadline':
			return policy.deadline !== undefined;
		case 'funding':
			return policy.funding !== undefined;
		case 'schedule':
			return policy.schedule.length > 0;
		case 'evidence':
			return !model.levelOf(policy).unrated && policy.rating.evidence.length > 0;
	}
}

/**
 * The self-audit of a group of pledges: for each criterion, how many of them meet it, out of how many
 * (counts, never a lone percentage).
 * @example audit(model, policies) // { total: 8, counts: { target: 3, deadline: 1, funding: 0, schedule: 2, evidence: 8 } }
 */
export function audit(model: Pick<Model, 'levelOf'>, policies: Policy[]): { total: number; counts: Record<AuditCriterion, number> } {
	const counts = Object.fromEntries(AUDIT_CRITERIA.map((c) => [c, policies.filter((p) => meetsCriterion(model, p, c)).length])) as Record<AuditCriterion, number>;
	return { total: policies.length, counts };
}
