import { existsSync, statSync } from 'node:fs';
import { closest, distance } from 'fastest-levenshtein';
import { join, normalize, resolve, sep } from 'node:path';
import { PAGE_IDS } from '../lib/page-ids.ts';
import { japanDate, now } from '../lib/today.ts';
import { comparePeriods } from '../schemas/period.ts';
import type { SourceRef } from '../schemas/source-ref.ts';
import { deriveAchievement } from './derive.ts';
import { achievementIdsOf, achievementsOf, gradesFor, manifestoIdOf, metricIdsOf, metricsOf, resultsOf, type LocatedResult, type ParsedContent } from './parsed.ts';
import type { Problem } from './problems.ts';
import { TextIndex } from './text-index.ts';
import { votePhrasesOutOfTime } from './vote-phrases.ts';
import { electionPhase } from '../lib/election-calendar.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * Stage 3 of the loader: cross-file rules. Each rule is a small named function over the valid
 * parsed set that returns its problems, so it can be tested alone; `RULES` lists them in order.
 */
export type Rule = (set: ParsedContent) => Problem[];

/**
 * Quotes match whatever the spacing and line breaks (and bold markers) of the stored text. (A quote with
 * neither, the usual one, is its own squashed form: tested for, not copied.)
 * @example squash('小諸 市の\n**人口**') // '小諸市の人口'
 */
export const squash = (text: string) => (/[\s*]/.test(text) ? text.replace(/\*\*/g, '').replace(/[\s\u3000]+/g, '') : text);

/** A problem at `path` of an entry's file, or nothing when there is no message. */
const at = (entry: { src: YamlSource }, path: (string | number)[], message: string | undefined): Problem[] =>
	message ? [{ file: entry.src.file, line: entry.src.lineOf(path), field: path.join('.'), message }] : [];

/** "Not found" message, or undefined when the id is defined in a file already reported as broken. */
const missing = (set: ParsedContent, kind: string, kindEn: string, id: string, known: Iterable<string>) => {
	if (set.broken.has(id)) return undefined;
	const list = [...known];
	return `${kind}「${id}」が見つかりません / No ${kindEn} with id "${id}"${list.length ? ` (known: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''})` : ''}`;
};

const squashedTexts = new WeakMap<ParsedContent, Map<string, TextIndex>>();
const squashed = (set: ParsedContent) => {
	let map = squashedTexts.get(set);
	if (!map) squashedTexts.set(set, (map = new Map([...set.texts].map(([id, text]) => [id, new TextIndex(squash(text))]))));
	return map;
};

/** What is wrong with a source reference, as the field under it and the message (undefined: nothing, or already reported). */
const refProblem = (set: ParsedContent, ref: SourceRef): { field: 'source' | 'quote'; message: string | undefined } | undefined => {
	const text = squashed(set).get(ref.source);
	if (text === undefined) return { field: 'source', message: missing(set, '出典', 'source document', ref.source, set.texts.keys()) };
	if (ref.quote === undefined) return undefined;
	const quote = squash(ref.quote);
	// A quote of only spaces or ** would be "found" in every document.
	if (!quote) return { field: 'quote', message: '引用が空です（空白や ** だけ）。出典の文言を写すか、quote を削除してください / The quote is empty (only spaces or **): copy the words from the source, or remove quote' };
	if (!text.includes(quote))
		return { field: 'quote', message: `引用が出典「${ref.source}」に見つかりません。出典の文言をそのまま写してください（空白・改行は無視します） / The quote is not in source "${ref.source}": copy the words exactly as printed (spaces and line breaks are ignored)` };
	return undefined;
};

/** A source reference's problems: the source must exist and its quote be found in the document. */
export const refProblems = (set: ParsedContent, entry: { src: YamlSource }, path: (string | number)[], ref: SourceRef | undefined): Problem[] => {
	const problem = ref && refProblem(set, ref);
	return problem ? at(entry, [...path, problem.field], problem.message) : [];
};

/**
 * `refProblems`, pushed to `out`, with the path made only for a problem (a big campaign checks tens of
 * thousands of references, nearly all fine).
 */
const pushRefProblems = (out: Problem[], set: ParsedContent, entry: { src: YamlSource }, path: () => (string | number)[], ref: SourceRef | undefined): void => {
	const problem = ref && refProblem(set, ref);
	if (problem) out.push(...at(entry, [...path(), problem.field], problem.message));
};

const ids = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));

/** A metric id is used once across all files. (Loops, here and below: these visit every metric or point.) */
export const uniqueMetricIds: Rule = (set) => {
	const seen = new Map<string, string>();
	const out: Problem[] = [];
	for (const { entry, index, metric } of metricsOf(set).all) {
		const first = seen.get(metric.id);
		if (!first) seen.set(metric.id, entry.file);
		else out.push(...at(entry, ['metrics', index, 'id'], `指標ID「${metric.id}」は ${first} でも使われています。別のIDにしてください / Metric id "${metric.id}" is already used in ${first}: ids must be unique`));
	}
	return out;
};

/** An achievement id is used once across all files. */
export const uniqueAchievementIds: Rule = (set) => {
	const seen = new Map<string, string>();
	return achievementsOf(set).all.flatMap(({ entry, index, achievement }) => {
		const first = seen.get(achievement.id);
		if (!first) return seen.set(achievement.id, entry.file), [];
		return at(entry, ['achievements', index, 'id'], `実績ID「${achievement.id}」は ${first} でも使われています / Achievement id "${achievement.id}" is already used in ${first}`);
	});
};

/**
 * Metric and achievement ids are also the link addresses of their cards (`#furusato-citizens`), often on
 * one page (a pillar shows both): an achievement may not share a metric's id, and neither may take an id
 * the pages use for their own parts (PAGE_IDS).
 */
export const anchorsUnique: Rule = (set) => {
	const metricFiles = new Map<string, string>();
	const problems: Problem[] = [];
	for (const { entry, index, metric } of metricsOf(set).all) {
		if (!metricFiles.has(metric.id)) metricFiles.set(metric.id, entry.file);
		if (PAGE_IDS.has(metric.id)) problems.push(...at(entry, ['metrics', index, 'id'], pageIdMessage('指標', 'Metric', metric.id)));
	}
	for (const { entry, index, achievement } of achievementsOf(set).all) {
		const metricFile = metricFiles.get(achievement.id);
		if (PAGE_IDS.has(achievement.id)) problems.push(...at(entry, ['achievements', index, 'id'], pageIdMessage('実績', 'Achievement', achievement.id)));
		else if (metricFile)
			problems.push(
				...at(
					entry,
					['achievements', index, 'id'],
					`実績ID「${achievement.id}」は ${metricFile} の指標IDと同じです。どちらもページ内のリンク先（#${achievement.id}）になるため、実績には別のIDを付けてください（例: ${achievement.id}-2） / Achievement id "${achievement.id}" is also a metric id (in ${metricFile}); both become link addresses on the page (#${achievement.id}), so give the achievement another id, e.g. ${achievement.id}-2`,
				),
			);
	}
	return problems;
};
const pageIdMessage = (kindJa: string, kindEn: string, id: string) =>
	`${kindJa}ID「${id}」はページ自身の見出しなどのリンク先（#${id}）に使われているため使えません。別のIDにしてください（例: ${id}-2） / ${kindEn} id "${id}" is the link address of a part of the pages themselves (#${id}), so it cannot be used here: choose another id, e.g. ${id}-2`;

/** Every source reference names a stored source, and every quote is found in it. (Loops: this visits every reference.) */
export const quotesFound: Rule = (set) => {
	const out: Problem[] = [];
	for (const entries of [set.manifestos, set.pillars, set.policies, set.reports]) for (const entry of entries) pushRefProblems(out, set, entry, () => ['source'], entry.data.source);
	for (const { entry, index, metric } of metricsOf(set).unique) {
		pushRefProblems(out, set, entry, () => ['metrics', index, 'source'], metric.source);
		pushRefProblems(out, set, entry, () => ['metrics', index, 'target', 'source'], metric.target?.source);
		metric.points.forEach((point, j) => pushRefProblems(out, set, entry, () => ['metrics', index, 'points', j, 'source'], point.source));
	}
	for (const { entry, index, achievement } of achievementsOf(set).unique) pushRefProblems(out, set, entry, () => ['achievements', index, 'source'], achievement.source);
	for (const r of resultsOf(set)) pushRefProblems(out, set, r.entry, () => resultPath(r, 'source'), r.result.source);
	return out;
};

/** A metric's dated points are listed oldest first; undated points (the source gives no date) keep their place. */
export const pointsInOrder: Rule = (set) => {
	const out: Problem[] = [];
	for (const { entry, index, metric } of metricsOf(set).unique) {
		// The last dated point before the one looked at.
		let prev: (typeof metric.points)[number]['period'];
		metric.points.forEach((point, j) => {
			const before = prev;
			if (point.period !== undefined) prev = point.period;
			if (!before || !point.period || comparePeriods(before, point.period) < 0) return;
			if (before.key === point.period.key)
				out.push(...at(entry, ['metrics', index, 'points', j, 'period'], `同じ時点（${point.period.key}）の値が2つあります。1つにしてください / Two points for ${point.period.key}: keep one`));
			else
				out.push(...at(entry, ['metrics', index, 'points', j, 'period'], `値は古い順に並べてください。${point.period.key} は ${before.key} より前に書きます / List points oldest first: ${point.period.key} must come before ${before.key}`));
		});
	}
	return out;
};

/** A rank says how many were ranked. */
export const ranksHaveOf: Rule = (set) =>
	metricsOf(set).unique.flatMap(({ entry, index, metric }) =>
		metric.unit !== 'rank'
			? []
			: metric.points.flatMap((point, j) =>
					point.of ? [] : at(entry, ['metrics', index, 'points', j], '順位には全体の数 of が必要です（例: 812市区中25位 → value: 25, of: 812） / A rank needs "of", the number ranked (25th of 812 → value: 25, of: 812)'),
				),
	);

/** A value is not larger than its total `of`. */
export const valuesWithinOf: Rule = (set) => {
	const out: Problem[] = [];
	for (const { entry, index, metric } of metricsOf(set).unique)
		metric.points.forEach((point, j) => {
			if (point.of !== undefined && point.value > point.of)
				out.push(...at(entry, ['metrics', index, 'points', j, 'value'], `値 ${point.value} が全体の数 ${point.of} を超えています / The value ${point.value} is larger than its total "of" ${point.of}`));
		});
	return out;
};

/** The other pillars a figure belongs to (`pillars:`) exist, in the figure's own manifesto. */
export const metricPillarsExist: Rule = (set) => {
	const pillarById = ids(set.pillars);
	return metricsOf(set).unique.flatMap(({ entry, kind, index, metric }) =>
		metric.pillars.flatMap((pillarId, j) => {
			const pillar = pillarById.get(pillarId);
			if (!pillar) return at(entry, ['metrics', index, 'pillars', j], missing(set, '柱', 'pillar', pillarId, pillarById.keys()));
			const own = manifestoIdOf(set, kind, entry.id);
			if (!own || pillar.data.manifesto === own) return [];
			return at(entry, ['metrics', index, 'pillars', j], `柱「${pillarId}」は別のマニフェスト「${pillar.data.manifesto}」の柱です。同じマニフェストの柱を書いてください / Pillar "${pillarId}" belongs to another manifesto ("${pillar.data.manifesto}"): name pillars of this figure's own manifesto`);
		}),
	);
};

/** The pillars a manifesto lists exist and say they belong to it. */
export const manifestoPillarsExist: Rule = (set) => {
	const pillarById = ids(set.pillars);
	return set.manifestos.flatMap((m) =>
		m.data.pillars.flatMap((pillarId, i) => {
			const pillar = pillarById.get(pillarId);
			if (!pillar) return at(m, ['pillars', i], missing(set, '柱', 'pillar', pillarId, pillarById.keys()));
			if (pillar.data.manifesto === m.id) return [];
			return at(m, ['pillars', i], `柱「${pillarId}」は manifesto: ${pillar.data.manifesto} になっています / Pillar "${pillarId}" says it belongs to manifesto "${pillar.data.manifesto}"`);
		}),
	);
};

/** A pillar's manifesto exists and lists it. */
export const pillarsListed: Rule = (set) => {
	const manifestoById = ids(set.manifestos);
	return set.pillars.flatMap((p) => {
		const manifesto = manifestoById.get(p.data.manifesto);
		if (!manifesto) return at(p, ['manifesto'], missing(set, 'マニフェスト', 'manifesto', p.data.manifesto, manifestoById.keys()));
		if (manifesto.data.pillars.includes(p.id)) return [];
		return at(p, ['manifesto'], `マニフェスト「${manifesto.id}」の pillars にこの柱「${p.id}」がありません。順番の位置に追加してください / Manifesto "${manifesto.id}" does not list this pillar "${p.id}" in its pillars: add it where it belongs in the order`);
	});
};

/** A policy names an existing pillar or manifesto (at least one), and the two agree. */
export const policyOwnersExist: Rule = (set) => {
	const manifestoById = ids(set.manifestos);
	const pillarById = ids(set.pillars);
	return set.policies.flatMap((p) => {
		const out: Problem[] = [];
		if (p.data.pillar && !pillarById.has(p.data.pillar)) out.push(...at(p, ['pillar'], missing(set, '柱', 'pillar', p.data.pillar, pillarById.keys())));
		if (p.data.manifesto && !manifestoById.has(p.data.manifesto)) out.push(...at(p, ['manifesto'], missing(set, 'マニフェスト', 'manifesto', p.data.manifesto, manifestoById.keys())));
		if (!p.data.pillar && !p.data.manifesto) out.push(...at(p, [], '所属する柱（pillar）かマニフェスト（manifesto）を書いてください / Name the pillar (or, for a priority outside pillars, the manifesto) this pledge belongs to'));
		const pillarManifesto = p.data.pillar ? pillarById.get(p.data.pillar)?.data.manifesto : undefined;
		if (pillarManifesto && p.data.manifesto && pillarManifesto !== p.data.manifesto)
			out.push(...at(p, ['manifesto'], `柱「${p.data.pillar}」はマニフェスト「${pillarManifesto}」に属しています / Pillar "${p.data.pillar}" belongs to manifesto "${pillarManifesto}"`));
		return out;
	});
};

/** A manifesto's priorities are existing policies. */
export const prioritiesExist: Rule = (set) => {
	const policyById = ids(set.policies);
	return set.manifestos.flatMap((m) => m.data.priorities.flatMap((policyId, i) => (policyById.has(policyId) ? [] : at(m, ['priorities', i], missing(set, '政策', 'policy', policyId, policyById.keys())))));
};

/** An achievement's policy and metrics exist. */
export const achievementRefsExist: Rule = (set) => {
	const policyById = ids(set.policies);
	const metricIds = metricIdsOf(set);
	return [...set.manifestos, ...set.pillars].flatMap((entry) =>
		entry.data.achievements.flatMap((a, i) => [
			...(a.policy && !policyById.has(a.policy) ? at(entry, ['achievements', i, 'policy'], missing(set, '政策', 'policy', a.policy, policyById.keys())) : []),
			...a.metrics.flatMap((id, j) => (metricIds.has(id) ? [] : at(entry, ['achievements', i, 'metrics', j], missing(set, '指標', 'metric', id, metricIds)))),
		]),
	);
};

/** A rated pledge names a level of the scale and, unless unrated, gives a reason, a date and evidence that exists. */
export const ratingsComplete: Rule = (set) => {
	const ratings = set.ratings;
	if (!ratings)
		return set.broken.has('ratings')
			? []
			: set.policies.flatMap((p) =>
					p.data.rating ? at(p, ['rating'], '評価の段階を決める ratings.yaml がありません。ratings.yaml を作るか、rating を削除してください / There is no ratings.yaml with the rating scale: create one (see README), or remove rating') : [],
				);
	const levels = new Map(ratings.data.levels.map((level) => [level.id, level]));
	const metricIds = metricIdsOf(set);
	const achievementIds = achievementIdsOf(set);
	return set.policies.flatMap((p) => {
		const rating = p.data.rating;
		if (!rating) return [];
		const level = levels.get(rating.level);
		if (!level) return at(p, ['rating', 'level'], missing(set, '評価段階', 'rating level', rating.level, levels.keys()));
		if (level.unrated) return [];
		const out: Problem[] = [];
		if (!rating.reason) out.push(...at(p, ['rating'], `「${level.label.ja}」と評価する理由（reason）を書いてください / Write the reason for rating it "${level.label.en ?? level.id}"`));
		if (!rating.asOf) out.push(...at(p, ['rating'], '評価した日（asOf: 2020-01-31 など）を書いてください / Write the day of the rating (asOf: YYYY-MM-DD)'));
		if (rating.evidence.length === 0)
			out.push(...at(p, ['rating'], '根拠（evidence: 実績ID・指標ID・出典の引用）を1つ以上書いてください / Give at least one piece of evidence: an achievement id, a metric id or a quoted source'));
		rating.evidence.forEach((ev, i) => {
			if ('achievement' in ev && !achievementIds.has(ev.achievement)) out.push(...at(p, ['rating', 'evidence', i, 'achievement'], missing(set, '実績', 'achievement', ev.achievement, achievementIds)));
			else if ('metric' in ev && !metricIds.has(ev.metric)) out.push(...at(p, ['rating', 'evidence', i, 'metric'], missing(set, '指標', 'metric', ev.metric, metricIds)));
			else if ('source' in ev) {
				out.push(...refProblems(set, p, ['rating', 'evidence', i], ev));
				if (!ev.quote) out.push(...at(p, ['rating', 'evidence', i], '出典を根拠にするときは、その文言を quote に写してください / Evidence from a source needs its exact words in quote'));
			}
		});
		return out;
	});
};

/** What a report highlights exists. */
export const reportHighlightsExist: Rule = (set) => {
	const manifestoById = ids(set.manifestos);
	const policyById = ids(set.policies);
	const metricIds = metricIdsOf(set);
	return set.reports.flatMap((r) => {
		const h = r.data.highlights;
		return [
			...(h.manifesto && !manifestoById.has(h.manifesto) ? at(r, ['highlights', 'manifesto'], missing(set, 'マニフェスト', 'manifesto', h.manifesto, manifestoById.keys())) : []),
			...h.policies.flatMap((id, i) => (policyById.has(id) ? [] : at(r, ['highlights', 'policies', i], missing(set, '政策', 'policy', id, policyById.keys())))),
			...h.metrics.flatMap((id, i) => (metricIds.has(id) ? [] : at(r, ['highlights', 'metrics', i], missing(set, '指標', 'metric', id, metricIds)))),
		];
	});
};

const warn = (problems: Problem[]): Problem[] => problems.map((p) => ({ ...p, severity: 'warning' as const }));
const resultPath = (r: LocatedResult, ...rest: (string | number)[]) => ['results', r.index, ...rest];
const manifestoOfResult = (set: ParsedContent, r: LocatedResult) => (r.about ? manifestoIdOf(set, r.about.kind, r.about.id) : undefined);
const bandsOfResult = (set: ParsedContent, r: LocatedResult) => r.result.grades ?? gradesFor(set, manifestoOfResult(set, r));

/** A report's result is about an existing manifesto or pillar. */
export const resultSubjectsExist: Rule = (set) =>
	resultsOf(set).flatMap((r) =>
		r.about ? [] : at(r.entry, resultPath(r, 'about'), missing(set, 'マニフェストまたは柱', 'manifesto or pillar', (r.result as { about?: string }).about ?? '', [...set.manifestos, ...set.pillars].map((e) => e.id))),
	);

/** A published result counts grades the evaluation defines, or levels of the rating scale. */
export const resultIdsKnown: Rule = (set) =>
	resultsOf(set).flatMap((r) => {
		const known = r.result.scale === 'ratings' ? (set.ratings?.data.levels ?? []).map((l) => l.id) : bandsOfResult(set, r).map((b) => b.id);
		if (r.result.scale === 'ratings' && known.length === 0)
			return at(r.entry, resultPath(r, 'scale'), '評価段階を決める ratings.yaml がありません。ratings.yaml を作るか、scale: grades（目標の評価区分）にしてください / There is no ratings.yaml with rating levels: create one, or count targets by grade (scale: grades)');
		if (r.result.scale === 'grades' && known.length === 0)
			return at(r.entry, resultPath(r, 'counts'), '評価区分（grades）がありません。マニフェストか ratings.yaml、またはこの結果に grades を書いてください / No grade bands: write grades in the manifesto, in ratings.yaml or in this result');
		return r.result.counts.flatMap((count, j) =>
			known.includes(count.id)
				? []
				: at(r.entry, resultPath(r, 'counts', j), `「${count.id}」は${r.result.scale === 'ratings' ? '評価段階' : '評価区分'}にありません（${known.join(', ')}） / "${count.id}" is not one of the ${r.result.scale === 'ratings' ? 'rating levels' : 'grades'} (${known.join(', ')})`),
		);
	});

/** The counts do not add up to more than the total they are of. */
export const resultsWithinTotal: Rule = (set) =>
	resultsOf(set).flatMap((r) => {
		const sum = r.result.counts.reduce((total, c) => total + c.count, 0);
		return r.result.of !== undefined && sum > r.result.of
			? at(r.entry, resultPath(r, 'of'), `件数の合計 ${sum} が全体の数 ${r.result.of} を超えています / The counts add up to ${sum}, more than the total "of" ${r.result.of}`)
			: [];
	});

/** One evaluation per period for each manifesto or pillar. */
export const resultPeriodsUnique: Rule = (set) => {
	const seen = new Map<string, LocatedResult>();
	return resultsOf(set).flatMap((r) => {
		if (!r.about) return [];
		const key = `${r.about.kind}:${r.about.id}:${r.result.scale}:${r.result.period.key}`;
		const first = seen.get(key);
		if (!first) return seen.set(key, r), [];
		return at(r.entry, resultPath(r, 'period'), `${r.about.id} の ${r.result.period.key} の結果は ${first.entry.file} にもあります。1つにしてください / Two results for ${r.about.id} in ${r.result.period.key} (also in ${first.entry.file}): keep one`);
	});
};

/** A printed share agrees with its count ÷ total to the decimals it is printed with (a warning: the site shows the printed one). */
export const printedSharesAgree: Rule = (set) =>
	warn(
		resultsOf(set).flatMap((r) => {
			const of = r.result.of ?? r.result.counts.reduce((total, c) => total + c.count, 0);
			return r.result.counts.flatMap((count, j) => {
				if (count.share === undefined || of === 0) return [];
				const computed = (count.count / of) * 100;
				const decimals = count.decimals ?? (String(count.share).split('.')[1]?.length ?? 0);
				if (Math.abs(computed - count.share) <= 0.5 * 10 ** -decimals + 1e-9) return [];
				return at(r.entry, resultPath(r, 'counts', j, 'share'), `印刷された割合 ${count.share}% は ${count.count}/${of} = ${computed.toFixed(decimals + 1)}% と合いません。サイトは印刷どおり表示します / The printed share ${count.share}% does not match ${count.count}/${of} = ${computed.toFixed(decimals + 1)}%; the site shows it as printed`);
			});
		}),
	);

/**
 * Where pledges are rated (or targets graded) one by one too, the tally computed from them matches the
 * latest published result of the same manifesto or pillar (a warning: both are shown, each labelled).
 */
export const publishedMatchesComputed: Rule = (set) => {
	const latest = new Map<string, LocatedResult>();
	for (const r of resultsOf(set)) {
		if (!r.about) continue;
		const key = `${r.about.kind}:${r.about.id}:${r.result.scale}`;
		const prev = latest.get(key);
		if (!prev || comparePeriods(prev.result.period, r.result.period) <= 0) latest.set(key, r);
	}
	const unrated = set.ratings?.data.levels.find((l) => l.unrated)?.id ?? 'not-rated';
	return warn(
		[...latest.values()].flatMap((r) => {
			const about = r.about!;
			const inScope = (kind: 'manifesto' | 'pillar' | 'policy', id: string) =>
				about.kind === 'manifesto' ? manifestoIdOf(set, kind, id) === about.id : kind === 'pillar' ? id === about.id : kind === 'policy' && set.policies.find((p) => p.id === id)?.data.pillar === about.id;
			const computed = new Map<string, number>();
			if (r.result.scale === 'ratings') {
				const rated = set.policies.filter((p) => inScope('policy', p.id) && p.data.rating && p.data.rating.level !== unrated);
				if (rated.length === 0) return [];
				for (const p of set.policies.filter((p) => inScope('policy', p.id))) computed.set(p.data.rating?.level ?? unrated, (computed.get(p.data.rating?.level ?? unrated) ?? 0) + 1);
			} else {
				const bands = bandsOfResult(set, r);
				const graded = metricsOf(set).unique.filter(({ entry, kind, metric }) => inScope(kind, entry.id) || (about.kind === 'pillar' && metric.pillars.includes(about.id)));
				// The same grade the figure's card shows (strict targets, printed rates and not-computable ones included).
				for (const { metric } of graded) {
					const grade = deriveAchievement(metric, bands)?.grade;
					if (grade) computed.set(grade, (computed.get(grade) ?? 0) + 1);
				}
				if (computed.size === 0) return [];
			}
			const differs = r.result.counts.filter((c) => (computed.get(c.id) ?? 0) !== c.count);
			if (differs.length === 0) return [];
			const list = (pairs: [string, number][]) => pairs.map(([id, n]) => `${id} ${n}`).join(', ');
			const printed = list(r.result.counts.map((c) => [c.id, c.count]));
			const mine = list(r.result.counts.map((c) => [c.id, computed.get(c.id) ?? 0]));
			return at(r.entry, resultPath(r, 'counts'), `公表された集計（${printed}）と、個別の${r.result.scale === 'ratings' ? '評価' : '達成率'}からの集計（${mine}）が違います。サイトは両方を示します / The published tally (${printed}) differs from the one computed from the individual ${r.result.scale === 'ratings' ? 'ratings' : 'achievement rates'} (${mine}); the site shows both, each labelled`);
		}),
	);
};

/** What site.yaml's `flyer:` names exists: its manifesto, and the metrics of its headlines and charts. */
export const flyerRefsExist: Rule = (set) => {
	const site = set.site;
	if (!site) return [];
	const flyer = site.data.flyer;
	const manifestoById = ids(set.manifestos);
	const metricIds = metricIdsOf(set);
	const metric = (field: 'headlines' | 'charts') => (flyer[field] ?? []).flatMap((id, i) => (metricIds.has(id) ? [] : at(site, ['flyer', field, i], missing(set, '指標', 'metric', id, metricIds))));
	return [
		...(flyer.manifesto && !manifestoById.has(flyer.manifesto) ? at(site, ['flyer', 'manifesto'], missing(set, 'マニフェスト', 'manifesto', flyer.manifesto, manifestoById.keys())) : []),
		...metric('headlines'),
		...metric('charts'),
	];
};

/** A rank is a place: a whole number from 1. */
export const ranksFromOne: Rule = (set) =>
	metricsOf(set).unique.flatMap(({ entry, index, metric }) =>
		metric.unit !== 'rank'
			? []
			: metric.points.flatMap((point, j) =>
					Number.isInteger(point.value) && point.value >= 1
						? []
						: at(entry, ['metrics', index, 'points', j, 'value'], `順位は1以上の整数で書いてください（今は ${point.value}） / A rank is a whole number from 1 (1st, 2nd…), not ${point.value}`),
				),
	);

/** Nothing is measured, rated or published after today (Japan time); a goal for the future is a `target`. */
export const nothingInTheFuture: Rule = (set) => {
	const today = japanDate(now());
	const metricProblems: Problem[] = [];
	for (const { entry, index, metric } of metricsOf(set).unique)
		metric.points.forEach((point, j) => {
			if (point.period && point.period.start > today)
				metricProblems.push(...at(entry, ['metrics', index, 'points', j, 'period'], `${point.period.key} はまだ来ていない期間です（今日は ${today}）。将来の目標なら target に書いてください / ${point.period.key} has not begun yet (today is ${today}): a measured value cannot be from the future. Write a goal as the metric's target`));
		});
	const ratingProblems = set.policies.flatMap((p) =>
		p.data.rating?.asOf && p.data.rating.asOf > today
			? at(p, ['rating', 'asOf'], `評価した日 ${p.data.rating.asOf} が今日（${today}）より後です。評価した日を書いてください / The rating date ${p.data.rating.asOf} is after today (${today}): write the day the rating was made`)
			: [],
	);
	const reportProblems = set.reports.flatMap((r) =>
		r.data.date && r.data.date.start > today
			? at(r, ['date'], `発行日 ${r.data.date.key} が今日（${today}）より後です / The issue date ${r.data.date.key} is after today (${today})`)
			: [],
	);
	return [...metricProblems, ...ratingProblems, ...reportProblems];
};

/** Static files served at the site root (favicon, images a campaign adds to public/). From the working
 * directory (the project root for npm scripts): this module is also bundled by Astro, elsewhere. */
const publicDir = () => resolve('public');

/** The site's languages (site.yaml `locales`, `rootLocale`); the default while site.yaml is broken. */
const languagesOf = (set: ParsedContent) => ({ locales: set.site?.data.locales ?? ['ja', 'en'], root: set.site?.data.rootLocale ?? 'ja' });

/** Site paths (without a language prefix or trailing slash) that pages exist for. */
const sitePaths = (set: ParsedContent): Set<string> =>
	new Set([
		'',
		'metrics',
		'ratings',
		'search',
		'data/metrics.csv',
		// The printed flyers (the build's PDF step), one per language of the site.
		...languagesOf(set).locales.map((lang) => `flyer-${lang}.pdf`),
		...set.manifestos.map((m) => `manifestos/${m.id}`),
		...set.pillars.map((p) => `pillars/${p.id}`),
		...set.policies.map((p) => `policies/${p.id}`),
		...set.reports.map((r) => `reports/${r.id}`),
		...metricsOf(set).unique.map((m) => `metrics/${m.metric.id}`),
	]);

/** Links and images in bodies that point within the site lead to a page or file that exists. */
export const bodyLinksResolve: Rule = (set) => {
	// Made when the first link is checked: a campaign without links in its bodies never lists its pages.
	let known: Set<string> | undefined;
	const pathsOf = () => (known ??= sitePaths(set));
	// Pages in a language other than the root one are under /<lang>/ (default: English under /en/).
	const { locales, root } = languagesOf(set);
	const prefixed = locales.filter((lang) => lang !== root);
	const prefixOf = (path: string) => prefixed.find((lang) => path === `/${lang}` || path.startsWith(`/${lang}/`));
	return [...set.manifestos, ...set.pillars, ...set.policies, ...set.reports].flatMap((entry) =>
		(entry.links ?? []).flatMap((link) => {
			const problem = (message: string): Problem[] => [{ file: entry.file, line: link.line, field: link.field, message }];
			const path = link.url.split(/[?#]/)[0]!;
			if (!path.startsWith('/'))
				return problem(`サイト内へのリンク「${link.url}」は / から書いてください（例: /policies/hometown-tax/） / Write links within the site from the root, starting with / (e.g. /policies/hometown-tax/), not "${link.url}"`);
			if (link.kind === 'image') {
				const root = publicDir();
				let decoded = path;
				try {
					decoded = decodeURIComponent(path);
				} catch {
					// A stray % is a file name like any other.
				}
				const file = join(root, normalize(decoded));
				if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) return [];
				return problem(`画像「${link.url}」が見つかりません。public/ フォルダに置いたファイルを / からのパスで書いてください / The image "${link.url}" does not exist: put the file in the public/ folder and write its path from / (e.g. /images/map.png)`);
			}
			const lang = prefixOf(path);
			const page = path.slice(lang ? lang.length + 1 : 0).replace(/^\//, '').replace(/\/$/, '');
			const paths = pathsOf();
			if (paths.has(page)) return [];
			// A page whose file is broken (already reported) is not reported again here.
			if (set.broken.has(page.split('/')[1] ?? '')) return [];
			const guess = closest(page, [...paths]);
			const prefix = lang ? `/${lang}/` : '/';
			const hint = guess && distance(guess, page) <= Math.max(3, page.length / 3) ? `${prefix}${guess}${guess && !guess.includes('.') ? '/' : ''}` : undefined;
			return problem(
				`リンク先のページ「${link.url}」はありません${hint ? `。「${hint}」のことですか？` : ''} / There is no page "${link.url}" on the site${hint ? `: did you mean "${hint}"?` : ` (pages: /, /metrics/, /ratings/, /policies/<id>/, /pillars/<id>/, /manifestos/<id>/, /reports/<id>/, /metrics/<id>/${prefixed.map((l) => `; /${l}/… for ${l === 'en' ? 'English' : 'Japanese'}`).join('')})`}`,
			);
		}),
	);
};

/** A site with English pages (site.yaml `locales`) needs the English counter word of every figure that has one. */
export const englishCountersGiven: Rule = (set) =>
	// A broken site.yaml is reported already; its languages are not known.
	!set.site?.data.locales.includes('en')
		? []
		: metricsOf(set).unique.flatMap(({ entry, index, metric }) =>
				metric.counter && metric.counter.en === undefined
					? at(
							entry,
							['metrics', index, 'counter', 'en'],
							`英語のページもあるため、単位の英語（en）が必要です（例: { ja: ${metric.counter.ja}, en: stores }）。日本語だけのサイトなら site.yaml に locales: [ja] と書いてください / The site has English pages, so the counter needs its English word (e.g. { ja: ${metric.counter.ja}, en: stores }); for a Japanese-only site write locales: [ja] in site.yaml`,
						)
					: [],
			);

/** Published text asks for votes only in the campaign period (公職選挙法 art. 129): warnings (src/model/vote-phrases.ts). */
export const votesAskedInTime: Rule = (set) => votePhrasesOutOfTime(set);

/**
 * In the campaign period a campaign site must show how to reach its publisher (e-mail address or other
 * contact, 公職選挙法 art. 142-3): example imprint values (`imprint.example: true`) are then a warning.
 */
export const campaignContactReal: Rule = (set) => {
	const site = set.site;
	if (!site?.data.imprint.example || electionPhase(site.data, now()) !== 'campaign') return [];
	return [
		{
			...at(site, ['imprint', 'example'], '選挙運動期間中のサイトには、連絡先（メールアドレスなど）の表示が必要です（公職選挙法142条の3）。imprint は例の値のままです。本当の発行者・住所・メールアドレスを書いて example: false にしてください / In the campaign period a campaign site must show a contact (an e-mail address or other, Public Offices Election Act art. 142-3), and the imprint still holds example values: write the real publisher, address and e-mail, and set example: false')[0]!,
			severity: 'warning' as const,
		},
	];
};

/**
 * The flyer prints the imprint: example values are a warning (the home-print flyer says so on paper), and an
 * error when the print-shop file is asked for (`flyer.bleed: true`): a shop would print the examples.
 * In the campaign period {@link campaignContactReal} says it already.
 */
export const flyerImprintReal: Rule = (set) => {
	const site = set.site;
	if (!site?.data.imprint.example) return [];
	const shop = site.data.flyer.bleed;
	if (!shop && electionPhase(site.data, now()) === 'campaign') return [];
	const problems = at(
		site,
		['imprint', 'example'],
		shop
			? '印刷所に出すチラシ（flyer.bleed: true）の発行者・頒布責任者・印刷者が例の値のままです。本当の名前と住所を書いて example: false にしてください / The print-shop flyer (flyer.bleed: true) would print the example publisher, distributor and printer: write the real names and addresses, and set example: false'
			: 'チラシの発行者・頒布責任者・印刷者が例の値のままです（チラシにもそう印刷されます）。配る前に本当の名前と住所を書いて example: false にしてください / The flyer’s publisher, distributor and printer are example values (the flyer says so): write the real names and addresses, and set example: false, before handing it out',
	);
	return shop ? problems : warn(problems);
};

/** Every cross-file rule, in the order their problems are reported within a file's line. */
export const RULES: Rule[] = [
	uniqueMetricIds,
	uniqueAchievementIds,
	anchorsUnique,
	quotesFound,
	pointsInOrder,
	ranksHaveOf,
	ranksFromOne,
	valuesWithinOf,
	nothingInTheFuture,
	manifestoPillarsExist,
	pillarsListed,
	metricPillarsExist,
	policyOwnersExist,
	prioritiesExist,
	achievementRefsExist,
	ratingsComplete,
	reportHighlightsExist,
	resultSubjectsExist,
	resultIdsKnown,
	resultsWithinTotal,
	resultPeriodsUnique,
	printedSharesAgree,
	publishedMatchesComputed,
	bodyLinksResolve,
	flyerRefsExist,
	englishCountersGiven,
	votesAskedInTime,
	campaignContactReal,
	flyerImprintReal,
];

/** Runs every rule over the parsed set. */
export const runRules = (set: ParsedContent, rules: Rule[] = RULES): Problem[] => rules.flatMap((rule) => rule(set));
