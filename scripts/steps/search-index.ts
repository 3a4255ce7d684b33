/**
 * Build step `search` (scripts/build.ts): Pagefind indexes the built pages into <out>/pagefind/, one index per
 * language (Pagefind splits by <html lang>; Japanese words are segmented only under lang="ja"). Only pages
 * marked data-pagefind-body are indexed (pledges, pillars, manifestos, figures, newsletter issues; see
 * Base.astro's `search` prop). KOYAKU_SEARCH=off skips it (for `npm run bench`'s comparison only).
 * Also runs alone on a built folder: `node scripts/steps/search-index.ts dist`.
 *
 * Unchanged pages, unchanged index: Pagefind has no incremental mode and takes about a third of a warm build,
 * so the step hashes what Pagefind reads (every built page's path and bytes, and Pagefind's version). When
 * the live site's index was made from exactly that, it is linked into the new site instead of made again
 * (Pagefind's output is deterministic, so the files are the ones it would write). The record of what the
 * live index was made from is kept in `node_modules/.cache/koyaku/search/` (`KOYAKU_SEARCH_CACHE` names
 * another folder; `off` always indexes), with the hash of the live index's entry file, so an index that
 * was replaced or never swapped in is never reused.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

/** The folder of records of what each live index was made from, or undefined when reuse is off. */
function recordDir(): string | undefined {
	const setting = process.env['KOYAKU_SEARCH_CACHE'];
	if (setting === 'off') return undefined;
	return resolve(setting || join('node_modules', '.cache', 'koyaku', 'search'));
}

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');

/** Every file Pagefind reads (the built pages, *.html), sorted, as paths relative to `dir`. */
function pageFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.filter((path) => !path.startsWith(`pagefind/`))
		.sort();
}

/** What decides the index: every page's path and bytes, and Pagefind's version. */
export function searchInputHash(dir: string): string {
	const hash = createHash('sha1');
	const version = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
	hash.update(`pagefind ${version}; unused ${UNUSED.join(',')}\0`);
	for (const path of pageFiles(dir)) hash.update(`${path}\0`).update(readFileSync(join(dir, path))).update('\0');
	return hash.digest('hex');
}

interface IndexRecord {
	/** searchInputHash of the pages the index was made from. */
	input: string;
	/** sha1 of the index's pagefind-entry.json (which names the index files' hashes). */
	entry: string;
	pages: SearchIndexReport['pages'];
}

/** Links (or, across file systems, copies) every file of `from` into `to`. */
function linkTree(from: string, to: string): number {
	mkdirSync(to, { recursive: true });
	let bytes = 0;
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, entry.name);
		const target = join(to, entry.name);
		if (entry.isDirectory()) bytes += linkTree(source, target);
		else {
			try {
				linkSync(source, target);
			} catch {
				copyFileSync(source, target);
			}
			bytes += statSync(target).size;
		}
	}
	return bytes;
}

/**
 * The index of `outDir`: linked from `liveDir`'s when that was made from the same pages, else made by
 * Pagefind. `record` is called once the new site is in place (the build's swap), to note what its index
 * was made from.
 */
export async function indexOrReuse(outDir: string, liveDir: string | undefined): Promise<SearchIndexReport & { reused: boolean; record?: () => void }> {
	const dir = recordDir();
	if (!dir || !liveDir) return { ...(await indexSite(outDir)), reused: false };
	const started = performance.now();
	const input = searchInputHash(outDir);
	const recordFile = join(dir, `${sha1(resolve(liveDir)).slice(0, 16)}.json`);
	try {
		const record = JSON.parse(readFileSync(recordFile, 'utf8')) as IndexRecord;
		if (record.input === input && sha1(readFileSync(join(liveDir, 'pagefind', 'pagefind-entry.json'))) === record.entry) {
			const bytes = linkTree(join(liveDir, 'pagefind'), join(outDir, 'pagefind'));
			return { pages: record.pages, bytes, ms: performance.now() - started, reused: true };
		}
	} catch {
		// No record, or no live index: index the pages.
		rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
	}
	const report = await indexSite(outDir);
	const entry = sha1(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json')));
	const record = () => {
		try {
			mkdirSync(dir, { recursive: true });
			writeFileSync(`${recordFile}.part`, JSON.stringify({ input, entry, pages: report.pages } satisfies IndexRecord));
			renameSync(`${recordFile}.part`, recordFile);
		} catch {
			// The record only saves time.
		}
	};
	return { ...report, ms: performance.now() - started, reused: false, record };
}

/** The build step: indexes the temporary output folder before it is swapped in. */
export const searchStep = {
	name: 'search',
	async run(ctx: { outDir: string; liveDir?: string; log(message: string): void; afterSwap?: (() => void)[] }) {
		if (process.env['KOYAKU_SEARCH'] === 'off') return ctx.log('  – search index skipped (KOYAKU_SEARCH=off)');
		const report = await indexOrReuse(ctx.outDir, ctx.liveDir);
		if (report.record) ctx.afterSwap?.push(report.record);
		const pages = Object.entries(report.pages).map(([lang, n]) => `${lang} ${n}`).join(', ');
		ctx.log(`  · search index: ${pages} pages, ${(report.bytes / 1024).toFixed(0)} KiB${report.reused ? ' (pages unchanged: the live index reused)' : ''}`);
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
