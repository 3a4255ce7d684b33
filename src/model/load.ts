import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { ManifestoSchema } from '../schemas/manifesto.ts';
import type { Metric } from '../schemas/metric.ts';
import { comparePeriods } from '../schemas/period.ts';
import { PillarSchema } from '../schemas/pillar.ts';
import { PolicySchema } from '../schemas/policy.ts';
import { RatingScaleSchema } from '../schemas/rating.ts';
import { ReportSchema } from '../schemas/report.ts';
import { SiteSchema } from '../schemas/site.ts';
import { SourceSchema } from '../schemas/source.ts';
import type { SourceRef } from '../schemas/source-ref.ts';
import { renderBody, type Body } from './body.ts';
import { deriveAchievement, deriveChange } from './derive.ts';
import type { AchievementEntry, Coverage, Manifesto, MetricEntry, Model, Pillar, Policy, Report, Source } from './model.ts';
import { formatProblem, zodProblems, type Problem } from './problems.ts';
import { normaliseText, parseMarkdown, parseYaml, type YamlSource } from './yaml-source.ts';

/** The content folder: `KOYAKU_CONTENT` when set, else `content/`. */
export const contentDir = () => resolve(process.env['KOYAKU_CONTENT'] || 'content');

export interface LoadResult {
	/** Present only when there are no problems: a site is never built from half-valid content. */
	model?: Model;
	problems: Problem[];
	coverage: Coverage;
	counts: Record<'manifestos' | 'pillars' | 'policies' | 'metrics' | 'achievements' | 'sources' | 'reports', number>;
}

/** Quotes match whatever the spacing and line breaks (and bold markers) of the stored text. */
export const squash = (text: string) => text.replace(/\*\*/g, '').replace(/[\s\u3000]+/g, '');

interface Parsed<T> {
	id: string;
	file: string;
	src: YamlSource;
	data: T;
	body?: Body;
}

/**
 * Loads, validates and cross-checks all content in `dir`, reporting every problem found in one pass.
 * @example const { model, problems } = loadContent('content')
 */
export function loadContent(dir = contentDir()): LoadResult {
	const problems: Problem[] = [];
	const rel = (path: string) => relative(process.cwd(), path) || path;
	const coverage: Coverage = { fields: { total: 0, translated: 0 }, bodies: { total: 0, translated: 0 } };
	const counts = { manifestos: 0, pillars: 0, policies: 0, metrics: 0, achievements: 0, sources: 0, reports: 0 };
	if (!existsSync(dir)) {
		problems.push({ file: rel(dir), field: '', message: 'コンテンツのフォルダが見つかりません / The content folder does not exist (set KOYAKU_CONTENT to its path)' });
		return { problems, coverage, counts };
	}

	const validate = <S extends z.ZodType>(schema: S, src: YamlSource): z.output<S> | undefined => {
		for (const error of src.syntaxErrors) problems.push({ file: src.file, line: error.line, field: '', message: error.message });
		if (src.syntaxErrors.length) return undefined;
		if (src.data === undefined || src.data === null) {
			const message = src.file.endsWith('.md')
				? '先頭に --- で囲んだ項目（frontmatter）がありません / The file has no frontmatter between --- lines'
				: 'ファイルが空です。項目（key: value）を書いてください / The file is empty: write its fields (key: value)';
			problems.push({ file: src.file, line: 1, field: '', message });
			return undefined;
		}
		const result = schema.safeParse(src.data);
		if (result.success) return result.data;
		problems.push(...zodProblems(result.error, schema, src.data, src));
		return undefined;
	};

	const readYaml = <S extends z.ZodType>(name: string, schema: S, required: boolean): Parsed<z.output<S>> | undefined => {
		const path = join(dir, name);
		if (!existsSync(path)) {
			if (required) problems.push({ file: rel(path), field: '', message: `${name} がありません。作成してください / ${name} is missing: create it (see README)` });
			return undefined;
		}
		const src = parseYaml(rel(path), normaliseText(readFileSync(path, 'utf8')));
		const data = validate(schema, src);
		return data === undefined ? undefined : { id: name.replace(/\.ya?ml$/, ''), file: src.file, src, data };
	};

	const listDir = (sub: string, ext: RegExp) => {
		const folder = join(dir, sub);
		if (!existsSync(folder)) return [];
		return readdirSync(folder)
			.filter((name) => ext.test(name) && !name.startsWith('_') && !name.startsWith('.') && statSync(join(folder, name)).isFile())
			.sort()
			.map((name) => ({ id: name.replace(ext, ''), path: join(folder, name) }));
	};

	// Ids defined in files that failed validation: references to them are not reported a second time.
	const broken = new Set<string>();
	const noteBroken = (id: string, data: unknown) => {
		broken.add(id);
		const record = (data ?? {}) as Record<string, unknown>;
		for (const key of ['metrics', 'achievements'])
			if (Array.isArray(record[key])) for (const item of record[key]) if (item && typeof item.id === 'string') broken.add(item.id);
	};

	const readMarkdownDir = <S extends z.ZodType>(sub: string, schema: S): Parsed<z.output<S>>[] => {
		const out: Parsed<z.output<S>>[] = [];
		for (const { id, path } of listDir(sub, /\.md$/)) {
			const src = parseMarkdown(rel(path), readFileSync(path, 'utf8'));
			const idProblem = checkId(id);
			if (idProblem) problems.push({ file: src.file, field: '', message: idProblem });
			const data = validate(schema, src);
			if (data === undefined || idProblem) {
				noteBroken(id, src.data);
				continue;
			}
			const body = renderBody(src.body);
			if (!body.ja && body.en)
				problems.push({ file: src.file, line: src.bodyLine, field: 'body', message: '本文に日本語がありません。<!-- en --> の前に日本語を書いてください / The body has English but no Japanese: write Japanese before the <!-- en --> line' });
			out.push({ id, file: src.file, src, data, body });
		}
		return out;
	};

	const site = readYaml('site.yaml', SiteSchema, true);
	const ratings = readYaml('ratings.yaml', RatingScaleSchema, true);

	const sources: Parsed<z.output<typeof SourceSchema>>[] = [];
	const texts = new Map<string, string>();
	for (const { id, path } of listDir('sources', /\.ya?ml$/)) {
		const src = parseYaml(rel(path), normaliseText(readFileSync(path, 'utf8')));
		const data = validate(SourceSchema, src);
		if (!data) {
			broken.add(id);
			continue;
		}
		const docPath = join(dir, 'sources', data.document);
		if (!existsSync(docPath)) {
			problems.push({ file: src.file, line: src.lineOf(['document']), field: 'document', message: `文書ファイル ${data.document} が sources/ にありません / The document file ${data.document} is not in sources/` });
			continue;
		}
		texts.set(id, normaliseText(readFileSync(docPath, 'utf8')));
		sources.push({ id, file: src.file, src, data });
	}

	const manifestos = readMarkdownDir('manifestos', ManifestoSchema);
	const pillars = readMarkdownDir('pillars', PillarSchema);
	const policies = readMarkdownDir('policies', PolicySchema);
	const reports = readMarkdownDir('reports', ReportSchema);

	// ---- Cross-file rules -------------------------------------------------------------------
	const ids = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
	const manifestoById = ids(manifestos);
	const pillarById = ids(pillars);
	const policyById = ids(policies);
	const squashed = new Map([...texts].map(([id, text]) => [id, squash(text)]));

	const report = (entry: { src: YamlSource }, path: (string | number)[], message: string | undefined) => {
		if (message) problems.push({ file: entry.src.file, line: entry.src.lineOf(path), field: path.join('.'), message });
	};

	/** "Not found" message, or undefined when the id is defined in a file already reported as broken. */
	const missing = (kind: string, kindEn: string, id: string, known: Iterable<string>) => {
		if (broken.has(id)) return undefined;
		const list = [...known];
		return `${kind}「${id}」が見つかりません / No ${kindEn} with id "${id}"${list.length ? ` (known: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''})` : ''}`;
	};

	const checkRef = (entry: { src: YamlSource }, path: (string | number)[], ref: SourceRef | undefined) => {
		if (!ref) return;
		const text = squashed.get(ref.source);
		if (text === undefined) return report(entry, [...path, 'source'], missing('出典', 'source document', ref.source, texts.keys()));
		if (ref.quote && !text.includes(squash(ref.quote)))
			report(entry, [...path, 'quote'], `引用が出典「${ref.source}」に見つかりません。出典の文言をそのまま写してください（空白・改行は無視します） / The quote is not in source "${ref.source}": copy the words exactly as printed (spaces and line breaks are ignored)`);
	};

	const metrics: MetricEntry[] = [];
	const achievements: AchievementEntry[] = [];
	const metricSeen = new Map<string, string>();
	const achievementSeen = new Map<string, string>();

	const collectMetrics = (entry: Parsed<{ metrics: Metric[] }>, kind: MetricEntry['owner']['kind']) => {
		entry.data.metrics.forEach((metric, i) => {
			const at: (string | number)[] = ['metrics', i];
			const seen = metricSeen.get(metric.id);
			if (seen) return report(entry, [...at, 'id'], `指標ID「${metric.id}」は ${seen} でも使われています。別のIDにしてください / Metric id "${metric.id}" is already used in ${seen}: ids must be unique`);
			metricSeen.set(metric.id, entry.file);
			checkRef(entry, [...at, 'source'], metric.source);
			checkRef(entry, [...at, 'target', 'source'], metric.target?.source);
			metric.points.forEach((point, j) => {
				checkRef(entry, [...at, 'points', j, 'source'], point.source);
				// Undated points (the source gives no date) keep the order they are written in.
				const prev = metric.points.slice(0, j).findLast((p) => p.period !== undefined)?.period;
				if (prev && point.period && comparePeriods(prev, point.period) >= 0)
					report(entry, [...at, 'points', j, 'period'], `値は古い順に並べてください。${point.period.key} は ${prev.key} より前に書きます / List points oldest first: ${point.period.key} must come before ${prev.key}`);
				if (metric.unit === 'rank' && !point.of)
					report(entry, [...at, 'points', j], '順位には全体の数 of が必要です（例: 812市区中25位 → value: 25, of: 812） / A rank needs "of", the number ranked (25th of 812 → value: 25, of: 812)');
				if (point.of !== undefined && point.value > point.of)
					report(entry, [...at, 'points', j, 'value'], `値 ${point.value} が全体の数 ${point.of} を超えています / The value ${point.value} is larger than its total "of" ${point.of}`);
			});
			metrics.push({
				...metric,
				owner: { kind, id: entry.id },
				file: entry.file,
				...withDefined('change', deriveChange(metric)),
				...withDefined('achievement', deriveAchievement(metric, ratings?.data.grades ?? [])),
			});
		});
	};

	const collectAchievements = (entry: Parsed<{ achievements: z.output<typeof ManifestoSchema>['achievements'] }>, kind: AchievementEntry['owner']['kind']) => {
		entry.data.achievements.forEach((achievement, i) => {
			const at: (string | number)[] = ['achievements', i];
			const seen = achievementSeen.get(achievement.id);
			if (seen) return report(entry, [...at, 'id'], `実績ID「${achievement.id}」は ${seen} でも使われています / Achievement id "${achievement.id}" is already used in ${seen}`);
			achievementSeen.set(achievement.id, entry.file);
			checkRef(entry, [...at, 'source'], achievement.source);
			achievements.push({ ...achievement, owner: { kind, id: entry.id }, file: entry.file });
		});
	};

	manifestos.forEach((m) => {
		checkRef(m, ['source'], m.data.source);
		collectMetrics(m, 'manifesto');
		collectAchievements(m, 'manifesto');
		m.data.pillars.forEach((pillarId, i) => {
			const pillar = pillarById.get(pillarId);
			if (!pillar) return report(m, ['pillars', i], missing('柱', 'pillar', pillarId, pillarById.keys()));
			if (pillar.data.manifesto !== m.id)
				report(m, ['pillars', i], `柱「${pillarId}」は manifesto: ${pillar.data.manifesto} になっています / Pillar "${pillarId}" says it belongs to manifesto "${pillar.data.manifesto}"`);
		});
	});
	pillars.forEach((p) => {
		checkRef(p, ['source'], p.data.source);
		collectMetrics(p, 'pillar');
		collectAchievements(p, 'pillar');
		const manifesto = manifestoById.get(p.data.manifesto);
		if (!manifesto) report(p, ['manifesto'], missing('マニフェスト', 'manifesto', p.data.manifesto, manifestoById.keys()));
		else if (!manifesto.data.pillars.includes(p.id))
			report(p, ['manifesto'], `マニフェスト「${manifesto.id}」の pillars にこの柱「${p.id}」がありません。順番の位置に追加してください / Manifesto "${manifesto.id}" does not list this pillar "${p.id}" in its pillars: add it where it belongs in the order`);
	});
	policies.forEach((p) => {
		checkRef(p, ['source'], p.data.source);
		collectMetrics(p, 'policy');
		if (p.data.pillar && !pillarById.has(p.data.pillar)) report(p, ['pillar'], missing('柱', 'pillar', p.data.pillar, pillarById.keys()));
		if (p.data.manifesto && !manifestoById.has(p.data.manifesto)) report(p, ['manifesto'], missing('マニフェスト', 'manifesto', p.data.manifesto, manifestoById.keys()));
		if (!p.data.pillar && !p.data.manifesto) report(p, [], '所属する柱（pillar）かマニフェスト（manifesto）を書いてください / Name the pillar (or, for a priority outside pillars, the manifesto) this pledge belongs to');
		const pillarManifesto = p.data.pillar ? pillarById.get(p.data.pillar)?.data.manifesto : undefined;
		if (pillarManifesto && p.data.manifesto && pillarManifesto !== p.data.manifesto)
			report(p, ['manifesto'], `柱「${p.data.pillar}」はマニフェスト「${pillarManifesto}」に属しています / Pillar "${p.data.pillar}" belongs to manifesto "${pillarManifesto}"`);
	});
	manifestos.forEach((m) =>
		m.data.priorities.forEach((policyId, i) => {
			if (!policyById.has(policyId)) report(m, ['priorities', i], missing('政策', 'policy', policyId, policyById.keys()));
		}),
	);

	const metricIds = new Set(metrics.map((m) => m.id));
	const achievementIds = new Set(achievements.map((a) => a.id));
	const checkAchievementRefs = (entry: Parsed<{ achievements: z.output<typeof ManifestoSchema>['achievements'] }>) =>
		entry.data.achievements.forEach((a, i) => {
			if (a.policy && !policyById.has(a.policy)) report(entry, ['achievements', i, 'policy'], missing('政策', 'policy', a.policy, policyById.keys()));
			a.metrics.forEach((id, j) => {
				if (!metricIds.has(id)) report(entry, ['achievements', i, 'metrics', j], missing('指標', 'metric', id, metricIds));
			});
		});
	manifestos.forEach(checkAchievementRefs);
	pillars.forEach(checkAchievementRefs);

	const levels = new Map((ratings?.data.levels ?? []).map((level) => [level.id, level]));
	const unrated = ratings?.data.levels.find((level) => level.unrated);
	policies.forEach((p) => {
		const rating = p.data.rating;
		if (!rating || !ratings) return;
		const level = levels.get(rating.level);
		if (!level) return report(p, ['rating', 'level'], missing('評価段階', 'rating level', rating.level, levels.keys()));
		if (level.unrated) return;
		if (!rating.reason) report(p, ['rating'], `「${level.label.ja}」と評価する理由（reason）を書いてください / Write the reason for rating it "${level.label.en ?? level.id}"`);
		if (!rating.asOf) report(p, ['rating'], '評価した日（asOf: 2020-01-31 など）を書いてください / Write the day of the rating (asOf: YYYY-MM-DD)');
		if (rating.evidence.length === 0)
			report(p, ['rating'], '根拠（evidence: 実績ID・指標ID・出典の引用）を1つ以上書いてください / Give at least one piece of evidence: an achievement id, a metric id or a quoted source');
		rating.evidence.forEach((ev, i) => {
			if ('achievement' in ev && !achievementIds.has(ev.achievement)) report(p, ['rating', 'evidence', i, 'achievement'], missing('実績', 'achievement', ev.achievement, achievementIds));
			else if ('metric' in ev && !metricIds.has(ev.metric)) report(p, ['rating', 'evidence', i, 'metric'], missing('指標', 'metric', ev.metric, metricIds));
			else if ('source' in ev) {
				checkRef(p, ['rating', 'evidence', i], ev);
				if (!ev.quote) report(p, ['rating', 'evidence', i], '出典を根拠にするときは、その文言を quote に写してください / Evidence from a source needs its exact words in quote');
			}
		});
	});

	reports.forEach((r) => {
		checkRef(r, ['source'], r.data.source);
		const h = r.data.highlights;
		if (h.manifesto && !manifestoById.has(h.manifesto)) report(r, ['highlights', 'manifesto'], missing('マニフェスト', 'manifesto', h.manifesto, manifestoById.keys()));
		h.policies.forEach((id, i) => policyById.has(id) || report(r, ['highlights', 'policies', i], missing('政策', 'policy', id, policyById.keys())));
		h.metrics.forEach((id, i) => metricIds.has(id) || report(r, ['highlights', 'metrics', i], missing('指標', 'metric', id, metricIds)));
	});

	// ---- Counts and translation coverage ----------------------------------------------------
	for (const entry of [site, ratings, ...sources, ...manifestos, ...pillars, ...policies, ...reports]) if (entry) countText(entry.data, coverage);
	for (const entry of [...manifestos, ...pillars, ...policies, ...reports]) {
		if (!entry.body?.ja) continue;
		coverage.bodies.total++;
		if (entry.body.en) coverage.bodies.translated++;
	}
	Object.assign(counts, {
		manifestos: manifestos.length, pillars: pillars.length, policies: policies.length, metrics: metrics.length,
		achievements: achievements.length, sources: sources.length, reports: reports.length,
	});

	// Show problems file by file, top to bottom.
	const fileOrder = [...new Set(problems.map((p) => p.file))];
	problems.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0));
	if (problems.length || !site || !ratings || !unrated) return { problems, coverage, counts };

	// ---- The typed model, in display order -----------------------------------------------------
	const manifestoList: Manifesto[] = manifestos
		.map(({ id, file, data, body }) => {
			const { pillars: pillarIds, priorities: priorityIds, ...rest } = data;
			return { ...rest, id, file, body: body!, pillarIds, priorityIds };
		})
		.sort((a, b) => a.order - b.order || (a.announced ?? '').localeCompare(b.announced ?? '') || a.id.localeCompare(b.id));
	const manifestoRank = new Map(manifestoList.map((m, i) => [m.id, i]));
	const pillarPos = (id: string) => {
		const p = pillarById.get(id)!;
		return [manifestoRank.get(p.data.manifesto) ?? 0, manifestoById.get(p.data.manifesto)?.data.pillars.indexOf(id) ?? 0] as const;
	};
	const pillarList: Pillar[] = pillars
		.map(({ id, file, data, body }) => ({ ...data, id, file, body: body!, number: data.number ?? String(pillarPos(id)[1] + 1) }))
		.sort((a, b) => pillarPos(a.id)[0] - pillarPos(b.id)[0] || pillarPos(a.id)[1] - pillarPos(b.id)[1]);
	const pillarRank = new Map(pillarList.map((p, i) => [p.id, i]));
	const policyList: Policy[] = policies
		.map(({ id, file, data, body }) => ({
			...data,
			id,
			file,
			body: body!,
			manifesto: data.manifesto ?? pillarById.get(data.pillar!)!.data.manifesto,
			rating: data.rating ?? { level: unrated.id, evidence: [] },
		}))
		.sort((a, b) => {
			const rank = (p: Policy) => (p.pillar ? (pillarRank.get(p.pillar) ?? 0) : pillarList.length + (manifestoRank.get(p.manifesto) ?? 0));
			return rank(a) - rank(b) || (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id);
		});
	const reportList: Report[] = reports
		.map(({ id, file, data, body }) => ({ ...data, id, file, body: body! }))
		.sort((a, b) => comparePeriods(b.date, a.date));
	const sourceList: Source[] = sources.map(({ id, file, data }) => ({ ...data, id, file, text: texts.get(id)! }));

	// Metrics and achievements follow their owners' display order.
	const ownerKey = (owner: { kind: 'manifesto' | 'pillar' | 'policy'; id: string }): number[] => {
		if (owner.kind === 'manifesto') return [manifestoRank.get(owner.id) ?? 0, 0, 0];
		if (owner.kind === 'pillar') {
			const pillar = pillarList.find((p) => p.id === owner.id)!;
			return [manifestoRank.get(pillar.manifesto) ?? 0, 1, pillarRank.get(owner.id) ?? 0];
		}
		const index = policyList.findIndex((p) => p.id === owner.id);
		return [manifestoRank.get(policyList[index]!.manifesto) ?? 0, 2, index];
	};
	const byOwner = <T extends { owner: { kind: 'manifesto' | 'pillar' | 'policy'; id: string } }>(list: T[]) =>
		list
			.map((item, i) => ({ item, key: [...ownerKey(item.owner), i] }))
			.sort((a, b) => a.key.reduce((d, v, k) => d || v - b.key[k]!, 0))
			.map(({ item }) => item);

	const model: Model = {
		dir,
		site: site.data,
		ratings: ratings.data,
		sources: sourceList,
		manifestos: manifestoList,
		pillars: pillarList,
		policies: policyList,
		reports: reportList,
		metrics: byOwner(metrics),
		achievements: byOwner(achievements),
		levelOf: (policy) => levels.get(policy.rating.level) ?? unrated,
	};
	return { model, problems, coverage, counts };
}

const withDefined = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

function checkId(id: string): string | undefined {
	if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return undefined;
	return `ファイル名はIDになるため、半角英小文字・数字・ハイフンにしてください（例: hometown-tax.md） / The file name is the id: use lower-case letters, digits and hyphens (e.g. hometown-tax.md)`;
}

/** Counts `{ ja, en? }` texts in validated data. */
function countText(value: unknown, coverage: Coverage): void {
	if (Array.isArray(value)) return value.forEach((item) => countText(item, coverage));
	if (!value || typeof value !== 'object') return;
	const record = value as Record<string, unknown>;
	if (typeof record['ja'] === 'string' && Object.keys(record).every((k) => k === 'ja' || k === 'en' || k === 'enOne')) {
		coverage.fields.total++;
		if (typeof record['en'] === 'string' && record['en'].trim()) coverage.fields.translated++;
		return;
	}
	for (const child of Object.values(record)) countText(child, coverage);
}

// On globalThis: Astro loads its config (which invalidates) and the pages (which read) as separate module instances.
const store = globalThis as { [key: symbol]: { dir: string; result: LoadResult } | undefined };
const CACHE = Symbol.for('koyaku.model');

/** Forgets the loaded model, so the next `getModel()` reads the files again (the dev server calls it on edits). */
export const invalidateModel = () => {
	store[CACHE] = undefined;
};

/**
 * The model for pages: loaded once per process. Throws the located problems if content is invalid,
 * though `npm run build` validates before Astro starts, so normally only the dev server shows that.
 */
export function getModel(dir = contentDir()): Model {
	let cached = store[CACHE];
	if (!cached || cached.dir !== dir) cached = store[CACHE] = { dir, result: loadContent(dir) };
	const { model, problems } = cached.result;
	if (!model) throw new Error(`${problems.length} content problem(s):\n${problems.map(formatProblem).join('\n')}`);
	return model;
}
