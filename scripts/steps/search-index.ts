/**
 * Build step `search` (scripts/build.ts): Pagefind indexes the built pages into <out>/pagefind/, one index per
 * language (Pagefind splits by <html lang>; Japanese words are segmented only under lang="ja"). Only pages
 * marked data-pagefind-body are indexed (pledges, pillars, manifestos, figures, newsletter issues; see
 * Base.astro's `search` prop). KOYAKU_SEARCH=off skips it (for `npm run bench`'s comparison only).
 * Also runs alone on a built folder: `node scripts/steps/search-index.ts dist`.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** The build step: indexes the temporary output folder before it is swapped in. */
export const searchStep = {
	name: 'search',
	async run(ctx: { outDir: string; log(message: string): void }) {
		if (process.env['KOYAKU_SEARCH'] === 'off') return ctx.log('  – search index skipped (KOYAKU_SEARCH=off)');
		const report = await indexSite(ctx.outDir);
		const pages = Object.entries(report.pages).map(([lang, n]) => `${lang} ${n}`).join(', ');
		ctx.log(`  · search index: ${pages} pages, ${(report.bytes / 1024).toFixed(0)} KiB`);
	},
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2];
	if (!dir) {
		console.error('使い方 / usage: node scripts/steps/search-index.ts <built site folder>');
		process.exit(1);
	}
	const report = await indexSite(dir);
	console.log(JSON.stringify(report));
}
