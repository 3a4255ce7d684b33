import { resolve } from 'node:path';
import { useLocales } from '../i18n/locales.ts';
import type { ElectionCalendar } from '../lib/election-calendar.ts';
import { assembleModel } from './assemble.ts';
import { hasBodyText } from './body.ts';
import { metricsOf, achievementsOf, type ParsedContent } from './parsed.ts';
import type { Coverage, Model } from './model.ts';
import { formatProblem, type Problem } from './problems.ts';
import { readContent } from './read.ts';
import { readMarkdown } from './read-pool.ts';
import { runRules } from './rules.ts';
import { validateContent } from './validate.ts';

export { squash } from './rules.ts';

/** The content folder: `KOYAKU_CONTENT` when set, else `content/`. */
export const contentDir = () => resolve(process.env['KOYAKU_CONTENT'] || 'content');

export interface LoadResult {
	/** Present only when there are no problems: a site is never built from half-valid content. */
	model?: Model;
	problems: Problem[];
	/** Worth a look, but the site is built anyway (e.g. a printed share that disagrees with its counts). */
	warnings: Problem[];
	coverage: Coverage;
	/** The site's languages (site.yaml `locales`), when site.yaml is valid. */
	locales?: readonly string[];
	/** The election calendar (site.yaml `electionDate`, `announcementDate`, `electionKind`), when site.yaml is valid. */
	calendar?: ElectionCalendar;
	counts: Record<'manifestos' | 'pillars' | 'policies' | 'metrics' | 'achievements' | 'sources' | 'reports', number>;
}

/**
 * Loads, validates and cross-checks all content in `dir`, reporting every problem found in one pass.
 * The stages: read (files → parsed, located entries) → validate (each file against its schema) →
 * rules (cross-file) → assemble (the typed model in display order). The Markdown files go through the
 * first two stages file by file, on several threads for a big folder (read-pool.ts), with the same result.
 * `model: false` (`npm run check`): stop after the rules, without assembling the model. `coverage: false`
 * (`npm run check --quiet`, which prints no coverage): leave the translation coverage at zero, uncounted.
 * @example const { model, problems } = loadContent('content')
 */
export function loadContent(dir = contentDir(), { model: assemble = true, coverage: countCoverage = true }: { model?: boolean; coverage?: boolean } = {}): LoadResult {
	const problems: Problem[] = [];
	const coverage: Coverage = { fields: { total: 0, translated: 0 }, bodies: { total: 0, translated: 0 } };
	const counts = { manifestos: 0, pillars: 0, policies: 0, metrics: 0, achievements: 0, sources: 0, reports: 0 };
	const warnings: Problem[] = [];
	const read = readContent(dir, problems);
	if (!read) return { problems, warnings, coverage, counts };
	const markdown = readMarkdown(read, problems);
	const set = validateContent(read, markdown.valid, problems);
	// Cross-file problems follow the files' reading order (site, ratings, sources, manifestos, pillars, policies, reports).
	const readOrder = [...[read.site, read.ratings, ...read.sources].flatMap((entry) => (entry ? [entry.file] : [])), ...markdown.files];
	const readRank = new Map(readOrder.map((file, i) => [file, i]));
	for (const problem of runRules(set).sort((a, b) => readRank.get(a.file)! - readRank.get(b.file)!)) (problem.severity === 'warning' ? warnings : problems).push(problem);
	tally(set, countCoverage ? coverage : undefined, counts);

	// Show problems file by file (files with schema problems first), top to bottom.
	const fileRank = new Map([...new Set(problems.map((p) => p.file))].map((file, i) => [file, i]));
	problems.sort((a, b) => fileRank.get(a.file)! - fileRank.get(b.file)! || (a.line ?? 0) - (b.line ?? 0));
	const site = set.site?.data;
	const found = { problems, warnings, coverage, counts, ...(site ? { locales: site.locales, calendar: { electionDate: site.electionDate, announcementDate: site.announcementDate, electionKind: site.electionKind } } : {}) };
	if (problems.length || !assemble) return found;
	const model = assembleModel(set);
	return model ? { model, ...found } : found;
}

/** Counts entries and (unless `coverage` is undefined) translation coverage of the valid part of the content. */
function tally(set: ParsedContent, coverage: Coverage | undefined, counts: LoadResult['counts']): void {
	if (coverage) {
		for (const entry of [set.site, set.ratings, ...set.sources, ...set.manifestos, ...set.pillars, ...set.policies, ...set.reports]) if (entry) countText(entry.data, coverage);
		for (const entry of [...set.manifestos, ...set.pillars, ...set.policies, ...set.reports]) {
			if (!entry.body || !hasBodyText(entry.body, 'ja')) continue;
			coverage.bodies.total++;
			if (hasBodyText(entry.body, 'en')) coverage.bodies.translated++;
		}
	}
	Object.assign(counts, {
		manifestos: set.manifestos.length, pillars: set.pillars.length, policies: set.policies.length, metrics: metricsOf(set).unique.length,
		achievements: achievementsOf(set).unique.length, sources: set.sources.length, reports: set.reports.length,
	});
}

/** Counts `{ ja, en? }` texts in validated data. (Loops, not callbacks: this visits every value of every file.) */
function countText(value: unknown, coverage: Coverage): void {
	if (Array.isArray(value)) {
		for (const item of value) if (item && typeof item === 'object') countText(item, coverage);
		return;
	}
	if (!value || typeof value !== 'object') return;
	const record = value as Record<string, unknown>;
	if (typeof record['ja'] === 'string' && onlyTextKeys(record)) {
		coverage.fields.total++;
		if (typeof record['en'] === 'string' && record['en'].trim()) coverage.fields.translated++;
		return;
	}
	for (const key in record) {
		const child = record[key];
		if (child && typeof child === 'object') countText(child, coverage);
	}
}

const onlyTextKeys = (record: Record<string, unknown>) => {
	for (const key in record) if (key !== 'ja' && key !== 'en' && key !== 'enOne' && key !== 'easy') return false;
	return true;
};

// On globalThis: Astro loads its config (which invalidates) and the pages (which read) as separate module instances.
const store = globalThis as { [key: symbol]: { dir: string; result: LoadResult } | undefined };
const CACHE = Symbol.for('koyaku.model');

/** Forgets the loaded model, so the next `getModel()` reads the files again (the dev server calls it on edits). */
export const invalidateModel = () => {
	store[CACHE] = undefined;
};

/**
 * Hands an already loaded result to the pages: the build script's check step loads the content and
 * primes this, so Astro's pages (built next, in the same process) do not read every file a second time.
 * @example primeModel(dir, loadContent(dir))
 */
export function primeModel(dir: string, result: LoadResult): LoadResult {
	store[CACHE] = { dir, result };
	// The pages' URLs follow the content's languages (site.yaml `locales`, `rootLocale`).
	if (result.model) useLocales({ locales: result.model.site.locales, root: result.model.site.rootLocale });
	return result;
}

/** `loadContent` once per process and content folder (until `invalidateModel` or `primeModel`). */
export function loadCached(dir = contentDir()): LoadResult {
	const cached = store[CACHE];
	return cached && cached.dir === dir ? cached.result : primeModel(dir, loadContent(dir));
}

/**
 * The model for pages: loaded once per process (by the build's check step, when there is one). Throws the
 * located problems if content is invalid, though `npm run build` validates before Astro starts, so
 * normally only the dev server shows that.
 */
export function getModel(dir = contentDir()): Model {
	const { model, problems } = loadCached(dir);
	if (!model) throw new Error(`${problems.length} content problem(s):\n${problems.map(formatProblem).join('\n')}`);
	return model;
}
