import { newestFirst } from '../schemas/period.ts';
import { comparePeriods } from '../schemas/period.ts';
import { IMPLICIT_UNRATED } from '../schemas/rating.ts';
import { deriveAchievement, deriveChange } from './derive.ts';
import type { AchievementEntry, Manifesto, MetricEntry, Model, Pillar, Policy, RatingEntry, Report, ResultEntry, ResultKey, Source } from './model.ts';
import type { Evaluator } from '../schemas/rating.ts';
import { achievementsOf, gradesFor, manifestoIdOf, metricsOf, ratingEntriesOf, resultsOf, type ParsedContent } from './parsed.ts';

/**
 * Stage 4 of the loader: the typed model in display order, with derived figures. Runs only on
 * content without problems, so it may rely on every reference resolving.
 */
export function assembleModel(set: ParsedContent): Model | undefined {
	const { site } = set;
	if (!site) return undefined;
	// Without ratings.yaml there is no pledge scale: pledges show no rating at all.
	const ratings = { data: set.ratings?.data ?? { levels: [], grades: [], evaluators: [], vagueVerbs: [] } };
	const evaluators: Evaluator[] = ratings.data.evaluators.length > 0 ? ratings.data.evaluators : [IMPLICIT_EVALUATOR];
	const main = evaluators[0]!.id;
	const hasScale = ratings.data.levels.length > 0;
	const unrated = ratings.data.levels.find((level) => level.unrated) ?? IMPLICIT_UNRATED;
	const levels = new Map(ratings.data.levels.map((level) => [level.id, level]));
	const manifestoById = new Map(set.manifestos.map((m) => [m.id, m]));
	const pillarById = new Map(set.pillars.map((p) => [p.id, p]));

	const manifestoList: Manifesto[] = set.manifestos
		.map(({ id, file, data, body }) => {
			const { pillars: pillarIds, priorities: priorityIds, ...rest } = data;
			return { ...rest, id, file, body: body!, pillarIds, priorityIds };
		})
		.sort((a, b) => a.order - b.order || ((a.elected ?? a.announced)?.start ?? '').localeCompare((b.elected ?? b.announced)?.start ?? '') || a.id.localeCompare(b.id));
	const manifestoRank = new Map(manifestoList.map((m, i) => [m.id, i]));
	const pillarPos = (id: string) => {
		const p = pillarById.get(id)!;
		return [manifestoRank.get(p.data.manifesto) ?? 0, manifestoById.get(p.data.manifesto)?.data.pillars.indexOf(id) ?? 0] as const;
	};
	const pillarList: Pillar[] = set.pillars
		.map(({ id, file, data, body }) => ({ ...data, id, file, body: body!, number: data.number ?? String(pillarPos(id)[1] + 1) }))
		.sort((a, b) => pillarPos(a.id)[0] - pillarPos(b.id)[0] || pillarPos(a.id)[1] - pillarPos(b.id)[1]);
	const pillarRank = new Map(pillarList.map((p, i) => [p.id, i]));
	const policyList: Policy[] = set.policies
		.map(({ id, file, data, body }) => ({
			...data,
			id,
			file,
			body: body!,
			manifesto: data.manifesto ?? pillarById.get(data.pillar!)!.data.manifesto,
			...ratingsOf(data, main, unrated.id),
		}))
		.sort((a, b) => {
			const rank = (p: Policy) => (p.pillar ? (pillarRank.get(p.pillar) ?? 0) : pillarList.length + (manifestoRank.get(p.manifesto) ?? 0));
			return rank(a) - rank(b) || (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id);
		});
	const reportList: Report[] = set.reports.map(({ id, file, data, body }) => ({ ...data, id, file, body: body! })).sort(newestFirst);
	const sourceList: Source[] = set.sources.map(({ id, file, data }) => ({ ...data, id, file, text: set.texts.get(id)! }));

	const metrics: MetricEntry[] = metricsOf(set).unique.map(({ entry, kind, metric }) => ({
		...metric,
		owner: { kind, id: entry.id },
		file: entry.file,
		...withDefined('change', deriveChange(metric)),
		...withDefined('achievement', deriveAchievement(metric, gradesFor(set, manifestoIdOf(set, kind, entry.id)))),
	}));
	const achievements: AchievementEntry[] = achievementsOf(set).unique.map(({ entry, kind, achievement }) => ({ ...achievement, owner: { kind, id: entry.id }, file: entry.file }));

	// One fill per grade, level or category across the whole site: a grade keeps its pattern on every bar,
	// and a grade nobody counted shifts no other. A new id takes its position in the first set of bands (or
	// categories) that names it, so the best of each set is solid, unless another id of that set has it.
	const located = resultsOf(set);
	const patterns = { grades: new Map<string, number>(), ratings: new Map<string, number>(), categories: new Map<string, number>() };
	const assign = (scale: keyof typeof patterns, ids: string[]) => {
		const map = patterns[scale];
		const taken = new Set(ids.flatMap((id) => (map.has(id) ? [map.get(id)!] : [])));
		ids.forEach((id, position) => {
			if (map.has(id)) return;
			let k = position;
			while (taken.has(k)) k++;
			map.set(id, k);
			taken.add(k);
		});
	};
	const patternOf = (scale: keyof typeof patterns, id: string) => {
		if (!patterns[scale].has(id)) assign(scale, [id]);
		return patterns[scale].get(id)!;
	};
	assign('ratings', ratings.data.levels.map((level) => level.id));
	for (const bands of [ratings.data.grades, ...set.manifestos.map((m) => m.data.grades ?? []), ...located.map((r) => r.result.grades ?? [])]) assign('grades', bands.map((band) => band.id));
	for (const { result } of located) assign('categories', (result.categories ?? []).map((c) => c.id));
	const results: ResultEntry[] = located.map(({ entry, result, about, report }) => {
		const owner = about!;
		const manifesto = manifestoIdOf(set, owner.kind, owner.id)!;
		const bands = result.grades ?? gradesFor(set, manifesto);
		// A report's `about` is resolved into `owner` above.
		const { counts, of, categories, about: _about, ...rest } = result as typeof result & { about?: string };
		const keyOf = (id: string): ResultKey => {
			if (result.scale === 'ratings') {
				const level = levels.get(id)!;
				return { id, name: level.label, ...(level.symbol ? { symbol: level.symbol } : {}), pattern: patternOf('ratings', id) };
			}
			if (result.scale === 'categories') return { id, name: categories!.find((c) => c.id === id)!.label, pattern: patternOf('categories', id) };
			const band = bands.find((b) => b.id === id);
			return { id, name: band?.name ?? { ja: id }, ...(band?.label ? { label: band.label } : {}), pattern: patternOf('grades', id) };
		};
		const items = counts.map(({ id, ...count }) => ({ ...keyOf(id), ...count }));
		const key = result.scale === 'grades' ? bands.map((b) => keyOf(b.id)) : result.scale === 'categories' ? categories!.map((c) => keyOf(c.id)) : items.map(({ id }) => keyOf(id));
		const sum = counts.every((c) => c.count !== undefined) && counts.length > 0 ? counts.reduce((total, c) => total + c.count!, 0) : undefined;
		// A breakdown by its own categories is often of a part ("of the 11 not achieved"): its total is only what is printed.
		const total = of ?? (result.scale === 'categories' ? undefined : sum);
		return { ...rest, owner, manifesto, ...(report ? { report } : {}), file: entry.file, items, key, ...(total !== undefined ? { of: total } : {}), bands };
	});

	// Metrics and achievements follow their owners' display order.
	const pillarManifesto = new Map(pillarList.map((p) => [p.id, p.manifesto]));
	const policyRank = new Map(policyList.map((p, i) => [p.id, i]));
	const ownerKey = (owner: { kind: 'manifesto' | 'pillar' | 'policy'; id: string }): number[] => {
		if (owner.kind === 'manifesto') return [manifestoRank.get(owner.id) ?? 0, 0, 0];
		if (owner.kind === 'pillar') return [manifestoRank.get(pillarManifesto.get(owner.id)!) ?? 0, 1, pillarRank.get(owner.id) ?? 0];
		const index = policyRank.get(owner.id)!;
		return [manifestoRank.get(policyList[index]!.manifesto) ?? 0, 2, index];
	};
	const byOwner = <T extends { owner: { kind: 'manifesto' | 'pillar' | 'policy'; id: string } }>(list: T[]) =>
		list
			.map((item, i) => ({ item, key: [...ownerKey(item.owner), i] }))
			.sort((a, b) => a.key.reduce((d, v, k) => d || v - b.key[k]!, 0))
			.map(({ item }) => item);

	return {
		dir: set.dir,
		site: site.data,
		ratings: ratings.data,
		sources: sourceList,
		manifestos: manifestoList,
		pillars: pillarList,
		policies: policyList,
		reports: reportList,
		metrics: byOwner(metrics),
		achievements: byOwner(achievements),
		results: results
			.map((item, i) => ({ item, key: [...ownerKey(item.owner), i] }))
			.sort((a, b) => a.key.slice(0, 3).reduce((d, v, k) => d || v - b.key[k]!, 0) || comparePeriods(a.item.period, b.item.period) || a.key[3]! - b.key[3]!)
			.map(({ item }) => item),
		gradesOf: (manifestoId) => gradesFor(set, manifestoId),
		hasScale,
		levels: !hasScale || ratings.data.levels.some((level) => level.unrated) || policyList.every((p) => p.ratings.some((r) => r.evaluator === main)) ? ratings.data.levels : [...ratings.data.levels, unrated],
		levelOf: (policy) => levels.get(policy.rating.level) ?? unrated,
		levelById: (id) => levels.get(id) ?? unrated,
		evaluators,
		namedEvaluators: ratings.data.evaluators.length > 0,
	};
}

/** The evaluator of content that names none: the campaign's own evaluation. */
const IMPLICIT_EVALUATOR: Evaluator = { id: 'self', name: { ja: '自己評価', en: 'Self-evaluation' }, kind: 'self', members: [] };

/** A pledge's history (every entry, evaluator resolved) and its current rating: the main evaluator's latest. */
function ratingsOf(data: ParsedContent['policies'][number]['data'], main: string, unratedId: string): Pick<Policy, 'rating' | 'ratings'> {
	const ratings: RatingEntry[] = ratingEntriesOf(data).map(({ rating }) => ({ ...rating, evaluator: rating.evaluator ?? main }));
	const current = ratings.filter((r) => r.evaluator === main).at(-1);
	return { ratings, rating: current ?? { level: unratedId, evidence: [] } };
}

const withDefined = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
