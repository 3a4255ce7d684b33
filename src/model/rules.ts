import { printedLocales } from '../schemas/locales.ts';
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { closest, distance } from 'fastest-levenshtein';
import { join, normalize, resolve, sep } from 'node:path';
import { PAGE_IDS } from './page-ids.ts';
import { japanDate, now } from '../clock.ts';
import { comparePeriods } from '../schemas/period.ts';
import type { SourceRef } from '../schemas/source-ref.ts';
import { lacksGlyph, missingGlyphs } from './font-glyphs.ts';
import { deriveAchievement } from './derive.ts';
import { IMAGE_LIMITS, imageInfo } from './image-file.ts';
import { achievementIdsOf, achievementsOf, evaluatorOf, gradesFor, manifestoIdOf, metricIdsOf, metricsOf, ratingEntriesOf, resultsOf, type LocatedResult, type ParsedContent } from './parsed.ts';
import type { Evidence } from '../schemas/policy.ts';
import { DEFAULT_VAGUE_VERBS } from '../schemas/rating.ts';
import type { Problem } from './problems.ts';
import { TextIndex } from './text-index.ts';
import { votePhrasesOutOfTime } from './vote-phrases.ts';
import { electionPhase } from './election-calendar.ts';
import type { YamlSource } from './yaml-source.ts';
import { BODY_FIELD, deferredParts, type BodyPart } from './body.ts';

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
	for (const r of resultsOf(set)) {
		pushRefProblems(out, set, r.entry, () => resultPath(r, 'source'), r.result.source);
		pushRefProblems(out, set, r.entry, () => resultPath(r, 'averageSource'), r.result.averageSource);
	}
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

/** A value is not larger than its total `of`, nor negative (a share of it would be). */
export const valuesWithinOf: Rule = (set) => {
	const out: Problem[] = [];
	for (const { entry, index, metric } of metricsOf(set).unique)
		metric.points.forEach((point, j) => {
			if (point.of !== undefined && point.value > point.of)
				out.push(...at(entry, ['metrics', index, 'points', j, 'value'], `値 ${point.value} が全体の数 ${point.of} を超えています / The value ${point.value} is larger than its total "of" ${point.of}`));
			else if (point.of !== undefined && point.value < 0)
				out.push(...at(entry, ['metrics', index, 'points', j, 'value'], `値 ${point.value} は全体の数 ${point.of} のうちの数なので、マイナスにはなりません / The value ${point.value} is a number out of ${point.of}, so it cannot be negative`));
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

/** A rated pledge names a level of the scale and, unless unrated, gives a reason, a date and evidence that exists; each entry of a history alike. */
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
	const evaluators = ratings.data.evaluators.map((e) => e.id);
	const reportIds = new Set(set.reports.map((r) => r.id));
	return set.policies.flatMap((p) =>
		ratingEntriesOf(p.data).flatMap(({ rating, path }) => {
			const out: Problem[] = [];
			if (rating.evaluator !== undefined && !evaluators.includes(rating.evaluator))
				out.push(
					...at(p, [...path, 'evaluator'], evaluators.length ? missing(set, '評価者', 'evaluator', rating.evaluator, evaluators) : `評価者「${rating.evaluator}」は ratings.yaml の evaluators にありません。evaluators に書いてください / Evaluator "${rating.evaluator}" is not defined: list it under evaluators in ratings.yaml`),
				);
			if (rating.report !== undefined && !reportIds.has(rating.report)) out.push(...at(p, [...path, 'report'], missing(set, '会報', 'report', rating.report, reportIds)));
			if (rating.source) out.push(...refProblems(set, p, [...path, 'source'], rating.source));
			const level = levels.get(rating.level);
			if (!level) return [...out, ...at(p, [...path, 'level'], missing(set, '評価段階', 'rating level', rating.level, levels.keys()))];
			if (level.unrated) return out;
			// In a history, a missing reason is reported as a change with no reason where the level changed (ratingHistoryInOrder).
			if (!rating.reason && !changedLevel(set, p.data, path)) out.push(...at(p, path, `「${level.label.ja}」と評価する理由（reason）を書いてください / Write the reason for rating it "${level.label.en ?? level.id}"`));
			if (!rating.asOf && !isHistory(p.data.rating)) out.push(...at(p, path, '評価した日（asOf: 2020-01-31 など）を書いてください / Write the day of the rating (asOf: YYYY-MM-DD)'));
			if (rating.evidence.length === 0)
				out.push(...at(p, path, '根拠（evidence: 実績ID・指標ID・出典の引用）を1つ以上書いてください / Give at least one piece of evidence: an achievement id, a metric id or a quoted source'));
			out.push(...evidenceProblems(set, p, path, rating.evidence, metricIds, achievementIds));
			return out;
		}),
	);
};

/** Whether the entry at `path` of a history changes the level its evaluator gave before. */
const changedLevel = (set: ParsedContent, data: ParsedContent['policies'][number]['data'], path: (string | number)[]) => {
	const entries = ratingEntriesOf(data);
	const k = entries.findIndex((e) => e.path.join('.') === path.join('.'));
	const who = evaluatorOf(set, entries[k]!.rating);
	const prev = entries.slice(0, k).filter((e) => evaluatorOf(set, e.rating) === who).at(-1);
	return prev !== undefined && prev.rating.level !== entries[k]!.rating.level;
};

/** Evidence that names an achievement, a metric or a quoted source: each must exist. */
const evidenceProblems = (set: ParsedContent, p: ParsedContent['policies'][number], path: (string | number)[], evidence: Evidence[], metricIds: ReadonlySet<string>, achievementIds: ReadonlySet<string>): Problem[] =>
	evidence.flatMap((ev, i) => {
		if ('achievement' in ev) return achievementIds.has(ev.achievement) ? [] : at(p, [...path, 'evidence', i, 'achievement'], missing(set, '実績', 'achievement', ev.achievement, achievementIds));
		if ('metric' in ev) return metricIds.has(ev.metric) ? [] : at(p, [...path, 'evidence', i, 'metric'], missing(set, '指標', 'metric', ev.metric, metricIds));
		return [
			...refProblems(set, p, [...path, 'evidence', i], ev),
			...(ev.quote ? [] : at(p, [...path, 'evidence', i], '出典を根拠にするときは、その文言を quote に写してください / Evidence from a source needs its exact words in quote')),
		];
	});

/** A rating list of two or more entries; a list of one (what the browser editor writes) is a rating like the single form. */
const isHistory = (rating: unknown): boolean => Array.isArray(rating) && rating.length > 1;

/**
 * A rating history is a dated list in date order (oldest first), every entry dated, and a change of level
 * says why. An evaluator rates a pledge once a day.
 */
export const ratingHistoryInOrder: Rule = (set) =>
	set.policies.flatMap((p) => {
		if (!isHistory(p.data.rating)) return [];
		const entries = ratingEntriesOf(p.data);
		const out: Problem[] = [];
		let before: string | undefined;
		const lastBy = new Map<string, { level: string; asOf?: string }>();
		for (const { rating, path } of entries) {
			if (!rating.asOf) {
				out.push(...at(p, path, '評価の履歴では、どの評価にも評価した日（asOf: 2024-03-31 など）が必要です / In a rating history every entry needs its date (asOf: YYYY-MM-DD)'));
				continue;
			}
			if (before && rating.asOf < before)
				out.push(...at(p, [...path, 'asOf'], `評価は古い順に並べてください。${rating.asOf} の評価は ${before} の評価より前に書きます / List ratings oldest first: the one of ${rating.asOf} must come before the one of ${before}`));
			before = before && before > rating.asOf ? before : rating.asOf;
			const who = evaluatorOf(set, rating);
			const prev = lastBy.get(who);
			if (prev?.asOf === rating.asOf)
				out.push(...at(p, [...path, 'asOf'], `同じ評価者（${who}）の ${rating.asOf} の評価が2つあります。1つにしてください / Two ratings by the same evaluator (${who}) on ${rating.asOf}: keep one`));
			else if (prev && prev.level !== rating.level && !rating.reason) {
				const label = (id: string, lang: 'ja' | 'en') => { const l = set.ratings?.data.levels.find((x) => x.id === id); return l ? (lang === 'ja' ? l.label.ja : (l.label.en ?? l.id)) : id; };
				out.push(...at(p, path, `評価が「${label(prev.level, 'ja')}」から「${label(rating.level, 'ja')}」に変わった理由（reason）を書いてください / The rating changed from "${label(prev.level, 'en')}" to "${label(rating.level, 'en')}": write the reason for the change`));
			}
			lastBy.set(who, { level: rating.level, asOf: rating.asOf });
		}
		return out;
	});

/** A roadmap step with a status says when it was checked, and a step done or late shows what says so. */
export const scheduleStatusComplete: Rule = (set) => {
	const metricIds = metricIdsOf(set);
	const achievementIds = achievementIdsOf(set);
	const today = japanDate(now());
	return set.policies.flatMap((p) =>
		p.data.schedule.flatMap((step, i) => {
			const path = ['schedule', i];
			const out: Problem[] = [];
			if (step.status && !step.asOf) out.push(...at(p, path, '工程の状況（status）を確かめた日（asOf: 2024-03-31 など）を書いてください / Write the day the step\'s status was checked (asOf: YYYY-MM-DD)'));
			if (!step.status && step.asOf) out.push(...at(p, [...path, 'asOf'], '状況（status: done・on-time・late・not-started）を書くか、asOf を削除してください / Write the status (done, on-time, late or not-started), or remove asOf'));
			if (step.asOf && step.asOf > today) out.push(...at(p, [...path, 'asOf'], `確かめた日 ${step.asOf} が今日（${today}）より後です / The day checked, ${step.asOf}, is after today (${today})`));
			if ((step.status === 'done' || step.status === 'late') && step.evidence.length === 0)
				out.push(...at(p, path, `「${step.status === 'done' ? '完了' : '遅れ'}」の根拠（evidence: 実績ID・指標ID・出典の引用）を1つ以上書いてください / Give at least one piece of evidence that the step is ${step.status === 'done' ? 'done' : 'late'}: an achievement id, a metric id or a quoted source`));
			out.push(...evidenceProblems(set, p, path, step.evidence, metricIds, achievementIds));
			return out;
		}),
	);
};

/**
 * A pledge worded with a vague verb (検討する, 推進する, 目指します…) and no numeric target cannot be
 * checked: a warning (the verbs are ratings.yaml `vagueVerbs`).
 */
export const vagueWithoutTarget: Rule = (set) => {
	const verbs = set.ratings?.data.vagueVerbs ?? DEFAULT_VAGUE_VERBS;
	if (verbs.length === 0) return [];
	return warn(
		set.policies.flatMap((p) => {
			if (p.data.metrics.some((m) => m.target)) return [];
			const words = `${p.data.title.ja} ${p.data.wording?.ja ?? ''}`;
			const found = verbs.filter((v) => words.includes(v));
			if (found.length === 0) return [];
			const field = p.data.wording && found.some((v) => p.data.wording!.ja.includes(v)) && !found.some((v) => p.data.title.ja.includes(v)) ? 'wording' : 'title';
			const list = found.map((v) => `「${v}」`).join('');
			return at(p, [field], `${list}のような言葉だけで数値の目標がないと、達成したかどうか確かめられません。指標に目標（target）を書くと、有権者が確かめられます / Words like ${found.map((v) => `“${v}”`).join(', ')} with no numeric target cannot be checked: give a metric a target so voters can check it`);
		}),
	);
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

/** A report's result is about an existing manifesto or pillar (its own `about`, else the report's highlights.manifesto). */
export const resultSubjectsExist: Rule = (set) =>
	resultsOf(set).flatMap((r) => {
		if (r.about) return [];
		const about = (r.result as { about?: string }).about ?? (r.entry.data as { highlights?: { manifesto?: string } }).highlights?.manifesto;
		if (about === undefined)
			return at(r.entry, resultPath(r, 'about'), 'この結果が何についてのものか、about にマニフェストか柱のIDを書いてください（または highlights.manifesto） / Say what the result is about: write a manifesto or pillar id in about (or highlights.manifesto)');
		return at(r.entry, resultPath(r, 'about'), missing(set, 'マニフェストまたは柱', 'manifesto or pillar', about, [...set.manifestos, ...set.pillars].map((e) => e.id)));
	});

/** A published result counts grades the evaluation defines, or levels of the rating scale. */
export const resultIdsKnown: Rule = (set) =>
	resultsOf(set).flatMap((r) => {
		if (r.result.scale === 'categories') {
			const known = (r.result.categories ?? []).map((c) => c.id);
			return r.result.counts.flatMap((count, j) =>
				known.includes(count.id) ? [] : at(r.entry, resultPath(r, 'counts', j), `「${count.id}」は categories にありません（${known.join(', ')}） / "${count.id}" is not one of the categories (${known.join(', ')})`),
			);
		}
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

/** The counts do not add up to more than the total they are of, nor that to more than the whole number set. */
export const resultsWithinTotal: Rule = (set) =>
	resultsOf(set).flatMap((r) => {
		const { of, total, notComputable } = r.result;
		const sum = r.result.counts.reduce((acc, c) => acc + (c.count ?? 0), 0);
		const within = of ?? sum;
		return [
			...(of !== undefined && sum > of ? at(r.entry, resultPath(r, 'of'), `件数の合計 ${sum} が全体の数 ${of} を超えています / The counts add up to ${sum}, more than the total "of" ${of}`) : []),
			...(total !== undefined && within + notComputable > total
				? at(r.entry, resultPath(r, 'total'), `全体の数 total ${total} が、評価できた数 ${within}${notComputable ? ` と評価できなかった数 ${notComputable} の合計` : ''}より少なくなっています / The total ${total} is less than the ${within} evaluated${notComputable ? ` plus the ${notComputable} not computable` : ''}`)
				: []),
		];
	});

/** A published result's evaluator is one of ratings.yaml's `evaluators`. */
export const resultEvaluatorsExist: Rule = (set) => {
	const evaluators = (set.ratings?.data.evaluators ?? []).map((e) => e.id);
	return resultsOf(set).flatMap((r) =>
		r.result.evaluator === undefined || evaluators.includes(r.result.evaluator) ? [] : at(r.entry, resultPath(r, 'evaluator'), missing(set, '評価者', 'evaluator', r.result.evaluator, evaluators)),
	);
};

/** One evaluation per period for each manifesto or pillar (and evaluator). */
export const resultPeriodsUnique: Rule = (set) => {
	const seen = new Map<string, LocatedResult>();
	return resultsOf(set).flatMap((r) => {
		if (!r.about) return [];
		// Several breakdowns of one period are told apart by their titles.
		// Several evaluators may publish results for the same period (self and external evaluation).
		const key = `${r.about.kind}:${r.about.id}:${r.result.scale}:${r.result.title?.ja ?? ''}:${r.result.evaluator ?? ''}:${r.result.period.key}`;
		const first = seen.get(key);
		if (!first) return seen.set(key, r), [];
		return at(r.entry, resultPath(r, 'period'), `${r.about.id} の ${r.result.period.key} の結果は ${first.entry.file} にもあります。1つにするか、別の内訳なら title で区別してください / Two results for ${r.about.id} in ${r.result.period.key} (also in ${first.entry.file}): keep one, or give each breakdown its own title`);
	});
};

/** At most one manifesto says it is the current one. */
export const oneCurrentManifesto: Rule = (set) => {
	const current = set.manifestos.filter((m) => m.data.current === true);
	return current.slice(1).flatMap((m) => at(m, ['current'], `current: true は1つのマニフェストだけに書いてください（${current.map((c) => c.id).join(', ')}） / Only one manifesto can be current: true (${current.map((c) => c.id).join(', ')})`));
};

/** A printed share agrees with its count ÷ total to the decimals it is printed with (a warning: the site shows the printed one). */
export const printedSharesAgree: Rule = (set) =>
	warn(
		resultsOf(set).flatMap((r) => {
			const counts = r.result.counts;
			const of = r.result.of ?? (counts.every((c) => c.count !== undefined) ? counts.reduce((total, c) => total + c.count!, 0) : undefined);
			return counts.flatMap((count, j) => {
				if (count.share === undefined || count.count === undefined || !of) return [];
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
		// A titled breakdown (a sub-group, a breakdown by kind) is not the whole tally.
		if (!r.about || r.result.title || r.result.scale === 'categories' || r.result.counts.length === 0 || r.result.counts.some((c) => c.count === undefined)) continue;
		const key = `${r.about.kind}:${r.about.id}:${r.result.scale}:${r.result.evaluator ?? ''}`;
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
				// Each evaluator's published tally against its own ratings: never one evaluator's against another's.
				const who = evaluatorOf(set, { evaluator: r.result.evaluator });
				const levelOf = (p: ParsedContent['policies'][number]) => ratingEntriesOf(p.data).filter((e) => evaluatorOf(set, e.rating) === who).at(-1)?.rating.level ?? unrated;
				const rated = set.policies.filter((p) => inScope('policy', p.id) && levelOf(p) !== unrated);
				if (rated.length === 0) return [];
				for (const p of set.policies.filter((p) => inScope('policy', p.id))) computed.set(levelOf(p), (computed.get(levelOf(p)) ?? 0) + 1);
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
			const printed = list(r.result.counts.map((c) => [c.id, c.count!]));
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
		ratingEntriesOf(p.data).flatMap(({ rating, path }) =>
			rating.asOf && rating.asOf > today
				? at(p, [...path, 'asOf'], `評価した日 ${rating.asOf} が今日（${today}）より後です。評価した日を書いてください / The rating date ${rating.asOf} is after today (${today}): write the day the rating was made`)
				: [],
		),
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

/** What each edition's path prefix holds, for the message naming the site's pages. */
const LANGUAGE_NAMES: Record<string, string> = { ja: 'Japanese', en: 'English', easy: 'Easy Japanese (やさしい日本語)' };

/** The site's languages (site.yaml `locales`, `rootLocale`); the default while site.yaml is broken. */
const languagesOf = (set: ParsedContent) => ({ locales: set.site?.data.locales ?? ['ja', 'en'], root: set.site?.data.rootLocale ?? 'ja' });

/**
 * What the build writes, as paths without a trailing slash: `pages` exist in every language (under
 * `/<lang>/` for all but the root language), `files` once for the whole site (the open data, the flyers).
 * Kept beside src/pages/: a new page there is a path here (tests/unit/hostile.test.ts links to each).
 */
export const siteFiles = (set: ParsedContent): { pages: Set<string>; files: Set<string> } => ({
	pages: new Set([
		'',
		'metrics',
		'ratings',
		'search',
		'reports',
		'rss.xml',
		'accessibility',
		...set.manifestos.map((m) => `manifestos/${m.id}`),
		...set.pillars.map((p) => `pillars/${p.id}`),
		...set.policies.map((p) => `policies/${p.id}`),
		...set.reports.map((r) => `reports/${r.id}`),
		...metricsOf(set).unique.map((m) => `metrics/${m.metric.id}`),
	]),
	files: new Set([
		'data/metrics.csv',
		'data/metrics.json',
		'data/pledges.csv',
		'data/pledges.json',
		'data/accessibility.json',
		'robots.txt',
		'sitemap-index.xml',
		// The printed flyers (the build's PDF step), one per language of the site.
		...printedLocales(languagesOf(set).locales).map((lang) => `flyer-${lang}.pdf`),
	]),
});

/**
 * The anchors (`#…`) a page has: the pages' own parts (PAGE_IDS), `#top` (a browser's own), and the
 * cards of the figures and achievements the page shows; undefined for a page with no anchors of its own.
 */
export const anchorsOf = (set: ParsedContent, page: string): Set<string> => {
	const [kind, id] = page.split('/');
	const own = new Set<string>(['top', ...PAGE_IDS]);
	const metrics = metricsOf(set).unique;
	const add = (ids: Iterable<string>) => {
		for (const anchor of ids) own.add(anchor);
	};
	if (page === 'metrics') add(metrics.map((m) => m.metric.id));
	else if (page === 'ratings') add((set.ratings?.data.levels ?? []).map((level) => `level-${level.id}`));
	else if (kind === 'metrics' && id) add([id]);
	// (A pledge's page lists its achievements without anchors: they have theirs on the pillar's page.)
	else if (kind === 'policies' && id) add(metrics.filter((m) => m.kind === 'policy' && m.entry.id === id).map((m) => m.metric.id));
	else if (kind === 'pillars' && id) {
		const pledges = new Set(set.policies.filter((p) => p.data.pillar === id).map((p) => p.id));
		add(metrics.filter((m) => (m.kind === 'pillar' && m.entry.id === id) || (m.kind === 'policy' && pledges.has(m.entry.id)) || m.metric.pillars.includes(id)).map((m) => m.metric.id));
		add(achievementsOf(set).unique.filter((a) => a.kind === 'pillar' && a.entry.id === id).map((a) => a.achievement.id));
	} else if (kind === 'manifestos' && id) {
		add(metrics.filter((m) => m.kind === 'manifesto' && m.entry.id === id).map((m) => m.metric.id));
		add(achievementsOf(set).unique.filter((a) => a.kind === 'manifesto' && a.entry.id === id).map((a) => a.achievement.id));
	}
	return own;
};

/** The page a body is shown on, as a site path (`policies/x`). */
const pageOfEntry = (set: ParsedContent, entry: { id: string }): string => {
	const kind = set.manifestos.includes(entry as never) ? 'manifestos' : set.pillars.includes(entry as never) ? 'pillars' : set.policies.includes(entry as never) ? 'policies' : 'reports';
	return `${kind}/${entry.id}`;
};

/**
 * Links and images in bodies that point within the site lead to a page or file the build writes (or a
 * file of public/), and an anchor (`/metrics/#hometown-tax`, `#figures`) to a part that page has.
 */
export const bodyLinksResolve: Rule = (set) => {
	// Made when the first link is checked: a campaign without links in its bodies never lists its pages.
	let known: ReturnType<typeof siteFiles> | undefined;
	const filesOf = () => (known ??= siteFiles(set));
	const anchorCache = new Map<string, Set<string>>();
	const anchors = (page: string) => anchorCache.get(page) ?? anchorCache.set(page, anchorsOf(set, page)).get(page)!;
	// Pages in a language other than the root one are under /<lang>/ (default: English under /en/).
	const { locales, root } = languagesOf(set);
	const prefixed = locales.filter((lang) => lang !== root);
	const prefixOf = (path: string) => prefixed.find((lang) => path === `/${lang}` || path.startsWith(`/${lang}/`));
	return [...set.manifestos, ...set.pillars, ...set.policies, ...set.reports].flatMap((entry) =>
		(entry.links ?? []).flatMap((link) => {
			const problem = (message: string): Problem[] => [{ file: entry.file, line: link.line, field: link.field, message }];
			const [beforeHash, ...hashParts] = link.url.split('#');
			const path = beforeHash!.split('?')[0]!;
			const hash = hashParts.length ? decodeSafely(hashParts.join('#')) : undefined;
			const anchorProblem = (page: string, shown: string): Problem[] => {
				if (hash === undefined || hash === '' || anchors(page).has(hash)) return [];
				const guess = closest(hash, [...anchors(page)]);
				const hint = guess && distance(guess, hash) <= Math.max(2, hash.length / 3) ? guess : undefined;
				return problem(
					`リンク先「${link.url}」の「#${hash}」は、ページ「${shown}」にありません${hint ? `。「#${hint}」のことですか？` : ''}。図表や実績のIDを書いてください / The page "${shown}" has no part "#${hash}"${hint ? `: did you mean "#${hint}"?` : ''}; write the id of a figure or achievement shown on that page`,
				);
			};
			if (path === '' && link.kind === 'link') return anchorProblem(pageOfEntry(set, entry), `/${pageOfEntry(set, entry)}/`);
			if (!path.startsWith('/'))
				return problem(`サイト内へのリンク「${link.url}」は / から書いてください（例: /policies/hometown-tax/） / Write links within the site from the root, starting with / (e.g. /policies/hometown-tax/), not "${link.url}"`);
			if (publicFile(path)) return [];
			if (link.kind === 'image')
				return problem(`画像「${link.url}」が見つかりません。public/ フォルダに置いたファイルを / からのパスで書いてください / The image "${link.url}" does not exist: put the file in the public/ folder and write its path from / (e.g. /images/map.png)`);
			const lang = prefixOf(path);
			const page = path.slice(lang ? lang.length + 1 : 0).replace(/^\//, '').replace(/\/$/, '');
			const { pages, files } = filesOf();
			if (pages.has(page) || (!lang && files.has(page))) return anchorProblem(page, path);
			// A page whose file is broken (already reported) is not reported again here.
			if (set.broken.has(page.split('/')[1] ?? '')) return [];
			const all = [...pages, ...files];
			const guess = closest(page, all);
			const prefix = lang && !files.has(guess ?? '') ? `/${lang}/` : '/';
			const hint = guess !== undefined && distance(guess, page) <= Math.max(3, page.length / 3) ? `${prefix}${guess}${guess && !guess.includes('.') ? '/' : ''}` : undefined;
			return problem(
				`リンク先のページ「${link.url}」はありません${hint ? `。「${hint}」のことですか？` : ''} / There is no page "${link.url}" on the site${hint ? `: did you mean "${hint}"?` : ` (pages: /, /metrics/, /ratings/, /reports/, /policies/<id>/, /pillars/<id>/, /manifestos/<id>/, /reports/<id>/, /metrics/<id>/, /rss.xml${prefixed.map((l) => `; /${l}/… for ${LANGUAGE_NAMES[l] ?? l}`).join('')}; files for the whole site: /data/metrics.csv, /data/metrics.json, /flyer-<lang>.pdf)`}`,
			);
		}),
	);
};

const decodeSafely = (text: string) => {
	try {
		return decodeURIComponent(text);
	} catch {
		// A stray % is a name like any other.
		return text;
	}
};

/** Whether a site path names a file of public/ (served at the site root). */
const publicFile = (path: string): boolean => {
	const root = publicDir();
	const file = join(root, normalize(decodeSafely(path)));
	return file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
};

/** The headline figures a manifesto names (home page, flyer) exist. */
export const manifestoHeadlinesExist: Rule = (set) => {
	const metricIds = metricIdsOf(set);
	return set.manifestos.flatMap((m) => (m.data.headlines ?? []).flatMap((id, i) => (metricIds.has(id) ? [] : at(m, ['headlines', i], missing(set, '指標', 'metric', id, metricIds)))));
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

/**
 * The candidate's portrait is a JPEG, PNG or WebP file inside the content folder (never reached through a
 * symlink to elsewhere, nor in a `_` draft folder), within IMAGE_LIMITS: what the build's image step
 * needs, said here instead of failing the build.
 */
export const portraitUsable: Rule = (set) => {
	const site = set.site;
	const src = site?.data.candidate.portrait?.src;
	if (!site || !src) return [];
	const problem = (message: string) => at(site, ['candidate', 'portrait', 'src'], message);
	const mb = (n: number) => `${(n / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
	const n = (value: number) => value.toLocaleString('en');
	const segments = src.split('/');
	if (src.startsWith('/') || segments.includes('..'))
		return problem(`画像「${src}」はコンテンツのフォルダの中のファイルを、フォルダからの相対パスで書いてください（例: images/portrait.jpg）。/ で始まるパスや .. は使えません / Write the image as a path inside the content folder, relative to it (e.g. images/portrait.jpg): no leading / and no ..`);
	if (segments.some((segment) => segment.startsWith('_')))
		return problem(`画像「${src}」は名前が _ で始まるフォルダかファイルにあります。_ で始まるものは下書きとして無視されるため、別の場所に置いてください / The image "${src}" is in a folder or file whose name starts with _, which koyaku ignores as a draft: move it`);
	let root: string;
	try {
		root = realpathSync(set.dir);
	} catch {
		return [];
	}
	const file = resolve(root, src);
	let real: string;
	try {
		lstatSync(file);
		real = realpathSync(file);
	} catch {
		return problem(`画像「${src}」がコンテンツのフォルダにありません（シンボリックリンクの先がない場合も含みます） / The image "${src}" is not in the content folder (or is a symbolic link to nothing)`);
	}
	if (!real.startsWith(root + sep))
		return problem(`画像「${src}」はシンボリックリンクで、コンテンツのフォルダの外を指しています。外のファイルは読みません。画像をフォルダの中にコピーしてください / The image "${src}" is a symbolic link to a file outside the content folder, which is never read: copy the image into the folder`);
	const stat = statSync(real);
	if (!stat.isFile()) return problem(`「${src}」はファイルではありません（フォルダなど） / "${src}" is not a file (a folder?)`);
	if (stat.size > IMAGE_LIMITS.bytes)
		return problem(`画像「${src}」が大きすぎます（${mb(stat.size)}、上限 ${mb(IMAGE_LIMITS.bytes)}）。写真アプリなどで小さくして保存し直してください（長い辺 2,000 ピクセル程度で十分です） / The image "${src}" is too large (${mb(stat.size)}; the limit is ${mb(IMAGE_LIMITS.bytes)}): save it smaller (about 2,000 pixels on the longer side is plenty)`);
	const info = imageInfo(readFileSync(real));
	if (!info)
		return problem(`「${src}」は JPEG・PNG・WebP の画像として読めません（壊れているか、名前だけ .png などにした別の種類のファイルです） / "${src}" cannot be read as a JPEG, PNG or WebP image (it is broken, or another kind of file, such as an SVG, named like an image)`);
	if (Math.max(info.width, info.height) > IMAGE_LIMITS.side || info.width * info.height > IMAGE_LIMITS.pixels)
		return problem(
			`画像「${src}」の画素数が多すぎます（${n(info.width)} × ${n(info.height)} ピクセル、上限は長い辺 ${n(IMAGE_LIMITS.side)}・全体 ${n(IMAGE_LIMITS.pixels / 10_000)}万ピクセル）。小さくして保存し直してください / The image "${src}" has too many pixels (${n(info.width)} × ${n(info.height)}; the limit is ${n(IMAGE_LIMITS.side)} on the longer side and ${n(IMAGE_LIMITS.pixels / 1_000_000)} megapixels in all): save it smaller`,
		);
	return [];
};

/**
 * Text the printed flyer may show has a glyph in its fonts (font-glyphs.ts `missingGlyphs`): the
 * candidate, organisation and imprint; the flyer's manifesto (site.yaml `flyer.manifesto`, else each)
 * with its title and subtitle, priorities (title, summary, points) and pillars (number, title, slogan,
 * achievements); the label, counter, scope and printed dates of every figure it may headline or chart.
 * (What the flyer's settings could choose, in the site's languages, rather than exactly what the top-N
 * choice picks: an emoji or Arabic word there would print as an empty box, or in a machine-dependent font.)
 */
export const flyerGlyphsExist: Rule = (set) => {
	const site = set.site;
	if (!site) return [];
	const langs = printedLocales(site.data.locales);
	const out: Problem[] = [];
	const check = (entry: { src: YamlSource; file: string }, path: (string | number)[], value: unknown) => {
		if (value === undefined || value === null) return;
		// Nearly every text is fine: found without allocating anything.
		if (typeof value === 'string' ? !lacksGlyph(value) : !langs.some((lang) => typeof (value as Record<string, unknown>)[lang] === 'string' && lacksGlyph((value as Record<string, string>)[lang]!))) return;
		const texts = typeof value === 'string' ? [value] : langs.map((lang) => (value as Record<string, string | undefined>)[lang]).filter((t): t is string => typeof t === 'string');
		const missing = [...new Set(texts.flatMap(missingGlyphs))];
		if (!missing.length) return;
		const shown = missing.map((char) => `${char}（U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`).join('、');
		const shownEn = missing.map((char) => `${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
		out.push(
			...at(
				entry,
				path,
				`チラシの文字（Noto Sans JP）にない文字があります: ${shown}。印刷すると空の四角になるか、機械ごとに違う字体になるため、削除するか別の書き方にしてください / The flyer's font (Noto Sans JP) has no glyph for ${shownEn}: printed, it would be an empty box or a different font on every machine. Remove it or write it another way`,
			),
		);
	};
	const d = site.data;
	for (const [path, value] of [
		[['candidate', 'name'], d.candidate.name], [['candidate', 'displayName'], d.candidate.displayName], [['candidate', 'title'], d.candidate.title],
		[['candidate', 'slogan'], d.candidate.slogan], [['organisation'], d.organisation], [['flyer', 'slogan'], d.flyer.slogan],
		[['imprint', 'publisher'], d.imprint.publisher], [['imprint', 'address'], d.imprint.address],
		[['imprint', 'distributor', 'name'], d.imprint.distributor?.name], [['imprint', 'distributor', 'address'], d.imprint.distributor?.address],
		[['imprint', 'printer', 'name'], d.imprint.printer?.name], [['imprint', 'printer', 'address'], d.imprint.printer?.address],
	] as [string[], unknown][])
		check(site, path, value);
	// The flyer's manifesto when site.yaml names one (else any could be the newest); its pillars and priorities.
	const manifestos = d.flyer.manifesto ? set.manifestos.filter((m) => m.id === d.flyer.manifesto) : set.manifestos;
	const manifestoIds = new Set(manifestos.map((m) => m.id));
	const pillars = set.pillars.filter((p) => manifestoIds.has(p.data.manifesto));
	const pillarIds = new Set(pillars.map((p) => p.id));
	const priorities = new Set(manifestos.flatMap((m) => m.data.priorities));
	for (const m of manifestos) {
		check(m, ['title'], m.data.title);
		check(m, ['subtitle'], m.data.subtitle);
	}
	for (const p of set.policies.filter((p) => priorities.has(p.id))) {
		check(p, ['title'], p.data.title);
		check(p, ['summary'], p.data.summary);
		p.data.points.forEach((point, i) => check(p, ['points', i], point));
	}
	for (const p of pillars) {
		check(p, ['number'], p.data.number);
		check(p, ['title'], p.data.title);
		check(p, ['slogan'], p.data.slogan);
	}
	for (const { entry, index, achievement } of achievementsOf(set).unique) if (pillarIds.has(entry.id) && set.pillars.includes(entry as never)) check(entry, ['achievements', index, 'text'], achievement.text);
	// Headline figures: the manifesto's and its pillars' own, or those flyer.headlines names; charts: those
	// flyer.charts names, or by default any figure that moved (two points or more).
	const named = new Set([...(d.flyer.headlines ?? []), ...(d.flyer.charts ?? [])]);
	for (const { entry, kind, index, metric } of metricsOf(set).unique) {
		const headline = d.flyer.headlines === undefined && ((kind === 'manifesto' && manifestoIds.has(entry.id)) || (kind === 'pillar' && pillarIds.has(entry.id)));
		const chart = d.flyer.charts === undefined && metric.points.length >= 2;
		if (!headline && !chart && !named.has(metric.id)) continue;
		check(entry, ['metrics', index, 'label'], metric.label);
		check(entry, ['metrics', index, 'counter'], metric.counter);
		check(entry, ['metrics', index, 'scope'], metric.scope);
		metric.points.forEach((point, j) => check(entry, ['metrics', index, 'points', j, 'when'], point.when));
	}
	return out;
};

/**
 * Words that talk about how the site's sources were typed in or laid out (抽出, レイアウト, "the flyer's text",
 * "lost in extraction"): notes for editors, not for voters. Quotes are the sources' own words and are not read.
 */
export const SOURCE_TALK = /抽出|レイアウト|(?:チラシ|会報|資料|原文)のテキスト|テキストでは|使っていない数字|見出しのはっきりしない|読み取れない|同じ行に|\bextract(?:ed|ion|ing)?\b|\blayout\b|\b(?:flyer|newsletter|document|source)'s text\b|\bthe text of the (?:flyer|newsletter|document|source)\b|\bno legible\b|\bshares a line with\b/i;
/** Keys whose text is never published (editorNotes), or is the source's own words (quote), or an id. */
const UNPUBLISHED_KEYS = new Set(['editorNotes', 'quote', 'source', 'id', 'pillar', 'manifesto', 'level', 'metric', 'achievement']);

/**
 * Calls `hit` with every published string under `value` in which `pattern` finds something, and its path.
 * One shared path stack, copied only on a hit: this visits every value of every file, and nearly no
 * string has such words.
 */
export function findInPublished(value: unknown, pattern: RegExp, hit: (word: string, path: (string | number)[]) => void, path: (string | number)[] = []): void {
	if (typeof value === 'string') {
		const word = pattern.exec(value)?.[0];
		if (word) hit(word, [...path]);
	} else if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			if (!(i in value)) continue;
			path.push(i);
			findInPublished(value[i], pattern, hit, path);
			path.pop();
		}
	} else if (value && typeof value === 'object') {
		for (const key of Object.keys(value)) {
			if (UNPUBLISHED_KEYS.has(key)) continue;
			path.push(key);
			findInPublished((value as Record<string, unknown>)[key], pattern, hit, path);
			path.pop();
		}
	}
}

/** The line of a file where `word` first stands after the frontmatter (in the English or easy part for those); only read for a warning. */
function lineOfWord(file: string, word: string, lang: BodyPart): number | undefined {
	const lines = readFileSync(file, 'utf8').split(/\r?\n/);
	const bodyStart = lines.findIndex((line, i) => i > 0 && line.trim() === '---') + 1;
	const partStart = lang === 'ja' ? -1 : lines.findIndex((line, i) => i >= bodyStart && line.trim() === `<!-- ${lang} -->`);
	const from = partStart >= 0 ? partStart : bodyStart;
	const at = lines.findIndex((line, i) => i >= from && line.toLowerCase().includes(word.toLowerCase()));
	return at >= 0 ? at + 1 : undefined;
}

/**
 * Published text (frontmatter and body) that talks about extracting the sources or about their layout
 * reads like an editors' note: a warning, so that such notes go to `editorNotes`, which is never published.
 */
export const noEditorsNotesPublished: Rule = (set) => {
	const message = (word: string) =>
		`公開される文章に、資料の抽出や配置についての記述（「${word}」）があります。有権者向けでない編集メモは editorNotes に移してください（公開されません） / Published text talks about extracting the sources or their layout ("${word}"): move notes meant for editors to editorNotes, which is never published`;
	return warn(
		[...set.manifestos, ...set.pillars, ...set.policies, ...set.reports].flatMap((entry) => {
			const fields: Problem[] = [];
			findInPublished(entry.data, SOURCE_TALK, (word, path) => fields.push(...at(entry, path, message(word))));
			// A plain body is kept as its Markdown until a page renders it; any other is rendered HTML already.
			const parts = entry.body ? (deferredParts(entry.body) ?? { ja: entry.body.ja, en: entry.body.en ?? '', easy: entry.body.easy ?? '' }) : { ja: '', en: '', easy: '' };
			const body = (['ja', 'en', 'easy'] as const).flatMap((lang) => {
				const word = SOURCE_TALK.exec(parts[lang])?.[0];
				return word ? [{ file: entry.file, line: lineOfWord(entry.file, word, lang), field: BODY_FIELD[lang], message: message(word) }] : [];
			});
			return [...fields, ...body];
		}),
	);
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
	ratingHistoryInOrder,
	scheduleStatusComplete,
	vagueWithoutTarget,
	resultEvaluatorsExist,
	reportHighlightsExist,
	resultSubjectsExist,
	resultIdsKnown,
	resultsWithinTotal,
	resultPeriodsUnique,
	oneCurrentManifesto,
	printedSharesAgree,
	publishedMatchesComputed,
	bodyLinksResolve,
	flyerRefsExist,
	manifestoHeadlinesExist,
	englishCountersGiven,
	votesAskedInTime,
	campaignContactReal,
	flyerImprintReal,
	portraitUsable,
	flyerGlyphsExist,
	noEditorsNotesPublished,
];

/** Runs every rule over the parsed set. */
export const runRules = (set: ParsedContent, rules: Rule[] = RULES): Problem[] => rules.flatMap((rule) => rule(set));
