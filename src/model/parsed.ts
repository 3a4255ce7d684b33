import type { ManifestoData } from '../schemas/manifesto.ts';
import type { Metric } from '../schemas/metric.ts';
import type { PillarData } from '../schemas/pillar.ts';
import type { PolicyData, PolicyRating } from '../schemas/policy.ts';
import type { RatingScale } from '../schemas/rating.ts';
import type { ReportData } from '../schemas/report.ts';
import type { SiteData } from '../schemas/site.ts';
import type { SourceData } from '../schemas/source.ts';
import type { Achievement } from '../schemas/achievement.ts';
import type { PublishedResult } from '../schemas/results.ts';
import type { Body, BodyLink } from './body.ts';
import type { YamlSource } from './yaml-source.ts';

/** What the validate stage hands to the rules and the assembler: valid entries, still located. */

/** One valid content file. */
export interface Parsed<T> {
	id: string;
	file: string;
	src: YamlSource;
	data: T;
	/** The rendered Markdown body (Markdown files only). */
	body?: Body;
	/** Links and images within the site in the body, with their file lines (checked by a rule). */
	links?: BodyLink[];
	/** The body's Markdown as written and the file line it starts on (read by rules about its words). */
	bodySource?: { text: string; line: number };
}

/** The whole valid part of a content folder. Files that failed validation are left out (and listed in `broken`). */
export interface ParsedContent {
	dir: string;
	site?: Parsed<SiteData>;
	ratings?: Parsed<RatingScale>;
	sources: Parsed<SourceData>[];
	/** Source id → the text of its document. */
	texts: Map<string, string>;
	manifestos: Parsed<ManifestoData>[];
	pillars: Parsed<PillarData>[];
	policies: Parsed<PolicyData>[];
	reports: Parsed<ReportData>[];
	/** Ids defined in files that failed validation: references to them are not reported a second time. */
	broken: Set<string>;
}

export type OwnerKind = 'manifesto' | 'pillar' | 'policy';

/** A metric with the entry that defines it and its index there. */
export interface LocatedMetric {
	entry: Parsed<{ metrics: Metric[] }>;
	kind: OwnerKind;
	index: number;
	metric: Metric;
}

/** An achievement with the entry that defines it and its index there. */
export interface LocatedAchievement {
	entry: Parsed<{ achievements: Achievement[] }>;
	kind: 'manifesto' | 'pillar';
	index: number;
	achievement: Achievement;
}

const metricCache = new WeakMap<ParsedContent, { all: LocatedMetric[]; unique: LocatedMetric[] }>();
const achievementCache = new WeakMap<ParsedContent, { all: LocatedAchievement[]; unique: LocatedAchievement[] }>();

const firstOfEach = <T>(all: T[], id: (item: T) => string) => {
	const seen = new Set<string>();
	return all.filter((item) => !seen.has(id(item)) && !!seen.add(id(item)));
};

/**
 * Every metric in owner order (manifestos, pillars, policies). `unique` keeps the first of each id;
 * a later duplicate is reported by a rule and otherwise ignored.
 */
export function metricsOf(set: ParsedContent): { all: LocatedMetric[]; unique: LocatedMetric[] } {
	let found = metricCache.get(set);
	if (!found) {
		const all: LocatedMetric[] = [];
		const add = (entries: Parsed<{ metrics: Metric[] }>[], kind: OwnerKind) =>
			entries.forEach((entry) => entry.data.metrics.forEach((metric, index) => all.push({ entry, kind, index, metric })));
		add(set.manifestos, 'manifesto');
		add(set.pillars, 'pillar');
		add(set.policies, 'policy');
		found = { all, unique: firstOfEach(all, (m) => m.metric.id) };
		metricCache.set(set, found);
	}
	return found;
}

/** Every achievement in owner order (manifestos, then pillars); `unique` keeps the first of each id. */
export function achievementsOf(set: ParsedContent): { all: LocatedAchievement[]; unique: LocatedAchievement[] } {
	let found = achievementCache.get(set);
	if (!found) {
		const all: LocatedAchievement[] = [];
		const add = (entries: Parsed<{ achievements: Achievement[] }>[], kind: 'manifesto' | 'pillar') =>
			entries.forEach((entry) => entry.data.achievements.forEach((achievement, index) => all.push({ entry, kind, index, achievement })));
		add(set.manifestos, 'manifesto');
		add(set.pillars, 'pillar');
		found = { all, unique: firstOfEach(all, (a) => a.achievement.id) };
		achievementCache.set(set, found);
	}
	return found;
}

const metricIdCache = new WeakMap<ParsedContent, ReadonlySet<string>>();
const achievementIdCache = new WeakMap<ParsedContent, ReadonlySet<string>>();

/** The ids of every metric, in owner order (several rules ask; made once per set). */
export function metricIdsOf(set: ParsedContent): ReadonlySet<string> {
	let ids = metricIdCache.get(set);
	if (!ids) metricIdCache.set(set, (ids = new Set(metricsOf(set).unique.map((m) => m.metric.id))));
	return ids;
}

/** The ids of every achievement, in owner order (made once per set). */
export function achievementIdsOf(set: ParsedContent): ReadonlySet<string> {
	let ids = achievementIdCache.get(set);
	if (!ids) achievementIdCache.set(set, (ids = new Set(achievementsOf(set).unique.map((a) => a.achievement.id))));
	return ids;
}

/** The manifesto an owner belongs to: itself, a pillar's, or a policy's (own or its pillar's). */
export function manifestoIdOf(set: ParsedContent, kind: OwnerKind, id: string): string | undefined {
	if (kind === 'manifesto') return id;
	const { pillars, policies } = indexesOf(set);
	const pillarManifesto = (pillarId: string | undefined) => (pillarId === undefined ? undefined : pillars.get(pillarId)?.data.manifesto);
	if (kind === 'pillar') return pillarManifesto(id);
	const policy = policies.get(id);
	return policy?.data.manifesto ?? pillarManifesto(policy?.data.pillar);
}

/** Grade bands for a manifesto's targets: its own, else ratings.yaml's. */
export function gradesFor(set: ParsedContent, manifestoId: string | undefined) {
	return (manifestoId === undefined ? undefined : indexesOf(set).manifestos.get(manifestoId))?.data.grades ?? set.ratings?.data.grades ?? [];
}

/** The first entry of each id, per kind (what `find` by id gives), built once per set: every figure asks. */
const indexCache = new WeakMap<ParsedContent, { manifestos: Map<string, ParsedContent['manifestos'][number]>; pillars: Map<string, ParsedContent['pillars'][number]>; policies: Map<string, ParsedContent['policies'][number]> }>();
function indexesOf(set: ParsedContent) {
	let found = indexCache.get(set);
	if (!found) {
		const first = <T extends { id: string }>(list: T[]) => {
			const map = new Map<string, T>();
			for (const entry of list) if (!map.has(entry.id)) map.set(entry.id, entry);
			return map;
		};
		found = { manifestos: first(set.manifestos), pillars: first(set.pillars), policies: first(set.policies) };
		indexCache.set(set, found);
	}
	return found;
}

/** A published result with where it is stated and what it is about. */
export interface LocatedResult {
	/** The entry whose file states it (a manifesto, pillar or report). */
	entry: Parsed<{ results: PublishedResult[] }>;
	/** Its index in that entry's `results`. */
	index: number;
	result: PublishedResult;
	/** What it is about: the manifesto or pillar that states it, or a report's `about`. */
	about: { kind: 'manifesto' | 'pillar'; id: string } | undefined;
	report?: string;
}

/** Every published result: manifestos', pillars', then reports'. `about` is undefined when a report names an unknown id, or none. */
export function resultsOf(set: ParsedContent): LocatedResult[] {
	const kindOf = (id: string): 'manifesto' | 'pillar' | undefined => (set.manifestos.some((m) => m.id === id) ? 'manifesto' : set.pillars.some((p) => p.id === id) ? 'pillar' : undefined);
	return [
		...set.manifestos.flatMap((entry) => entry.data.results.map((result, index) => ({ entry, index, result, about: { kind: 'manifesto' as const, id: entry.id } }))),
		...set.pillars.flatMap((entry) => entry.data.results.map((result, index) => ({ entry, index, result, about: { kind: 'pillar' as const, id: entry.id } }))),
		...set.reports.flatMap((entry) =>
			entry.data.results.map((result, index) => {
				// A self-assessment names what it reviews once, in highlights.manifesto.
				const id = result.about ?? (entry.data as ReportData).highlights.manifesto;
				const kind = id === undefined ? undefined : kindOf(id);
				const located: LocatedResult = { entry, index, result, about: kind ? { kind, id: id! } : undefined, report: entry.id };
				return located;
			}),
		),
	];
}

/** One rating entry of a pledge with its path in the file (`rating` for today's one-rating form, `rating.<i>` in a list). */
export interface LocatedRating {
	rating: PolicyRating;
	path: (string | number)[];
	index: number;
}

/** A pledge's rating entries, oldest first, whether written as one rating or as a list. */
export function ratingEntriesOf(data: Pick<PolicyData, 'rating'>): LocatedRating[] {
	const r = data.rating;
	if (!r) return [];
	return Array.isArray(r) ? r.map((rating, index) => ({ rating, path: ['rating', index], index })) : [{ rating: r, path: ['rating'], index: 0 }];
}

/** The evaluator id an entry belongs to: its own, else the first listed in ratings.yaml (else `self`). */
export const evaluatorOf = (set: Pick<ParsedContent, 'ratings'>, rating: Pick<PolicyRating, 'evaluator'>) => rating.evaluator ?? set.ratings?.data.evaluators[0]?.id ?? 'self';

/** The current rating of a pledge for the main evaluator: the latest entry of the first evaluator. */
export function currentRatingOf(set: Pick<ParsedContent, 'ratings'>, data: Pick<PolicyData, 'rating'>): PolicyRating | undefined {
	const main = evaluatorOf(set, {});
	return ratingEntriesOf(data)
		.filter((e) => evaluatorOf(set, e.rating) === main)
		.at(-1)?.rating;
}
