/**
 * Site search: after `astro build`, Pagefind indexes the built pages into <out>/pagefind/, one index per
 * language (Pagefind splits by <html lang>; Japanese words are segmented only under lang="ja"). Only pages
 * marked data-pagefind-body are indexed (pledges, pillars, manifestos, figures, newsletter issues; see
 * Base.astro's `search` prop). KOYAKU_SEARCH=off skips it (for `npm run bench`'s comparison only).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export interface SearchIndexReport {
	/** Pages indexed per language, e.g. { en: 67, ja: 67 }. */
	pages: Record<string, number>;
	/** Bytes written under pagefind/. */
	bytes: number;
	ms: number;
}

/** Pagefind's ready-made UI files (about 430 KB), which nothing here loads. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

const folderBytes = (dir: string): number =>
	readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size), 0);

/** Indexes the built site in `dir` into `dir`/pagefind/. Throws with Pagefind's own errors. */
export async function indexSite(dir: string): Promise<SearchIndexReport> {
	const started = performance.now();
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: dir });
		if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		// Pagefind also writes its ready-made UIs; the search page uses its own few lines on the JS API instead.
		for (const file of UNUSED) rmSync(join(dir, 'pagefind', file), { force: true });
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		const pages = Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
		return { pages, bytes: folderBytes(join(dir, 'pagefind')), ms: performance.now() - started };
	} finally {
		await pagefind.close();
	}
}

/** The Astro integration: indexes the output folder once the build is done. */
export default function searchIndex(): AstroIntegration {
	return {
		name: 'koyaku:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env['KOYAKU_SEARCH'] === 'off') return logger.info('search index skipped (KOYAKU_SEARCH=off)');
				const report = await indexSite(fileURLToPath(dir));
				logger.info(
					`search index: ${Object.entries(report.pages).map(([lang, n]) => `${n} pages (${lang})`).join(', ')}, ${(report.bytes / 1024).toFixed(0)} KiB, ${report.ms.toFixed(0)} ms`,
				);
			},
		},
	};
}
