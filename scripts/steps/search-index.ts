/**
 * Build step `search` (scripts/build.ts): Pagefind indexes the built pages into <out>/pagefind/, one index per
 * language (Pagefind splits by <html lang>; Japanese words are segmented only under lang="ja"). Only pages
 * marked data-pagefind-body are indexed (pledges, pillars, manifestos, figures, newsletter issues; see
 * Base.astro's `search` prop), from the built files.
 * Also runs alone on a built folder: `node scripts/steps/search-index.ts dist`.
 *
 * Unchanged pages, unchanged index: the step hashes what Pagefind reads (each indexed page's address and
 * HTML, and Pagefind's version). When the live site's index was made from exactly that, it is linked into
 * the new site instead of written again (Pagefind's output is deterministic, so the files are the ones it
 * would write). The record of what the live index was made from is kept in the cache folder `search`
 * (src/cache.ts; `KOYAKU_CACHE=off` always indexes), with the hash of the live index's
 * entry file, so an index that was replaced or never swapped in is never reused.
 */
import { closeSync, copyFileSync, fstatSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { cacheFolder, contentHash, writeCached } from '../../src/cache.ts';

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

/**
 * Furigana (the easy Japanese edition's <ruby>) is read, not searched: its readings and brackets stay out of
 * the index and the excerpts (小諸 is found as 小諸, never as 小諸こもろ).
 */
const INDEX_OPTIONS = { excludeSelectors: ['rt', 'rp'] };

async function newIndex(): Promise<pagefind.PagefindIndex> {
	const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	return index;
}

/** Writes `index` into `dir`/pagefind/ and reports it. */
async function writeIndex(index: pagefind.PagefindIndex, dir: string, started: number): Promise<SearchIndexReport> {
	const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
	if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	// Pagefind also writes its ready-made UIs; the search page uses its own few lines on the JS API instead.
	for (const file of UNUSED) rmSync(join(dir, 'pagefind', file), { force: true });
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	const pages = Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
	return { pages, bytes: folderBytes(join(dir, 'pagefind')), ms: performance.now() - started };
}

/** Indexes the built site in `dir` into `dir`/pagefind/, reading every page from disk. Throws with Pagefind's own errors. */
export async function indexSite(dir: string): Promise<SearchIndexReport> {
	const started = performance.now();
	const index = await newIndex();
	try {
		const added = await index.addDirectory({ path: dir });
		if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
		return await writeIndex(index, dir, started);
	} finally {
		await pagefind.close();
	}
}

/** The folder of records of what each live index was made from, or undefined when reuse is off. */
const recordDir = (): string | undefined => cacheFolder('search');

const pagefindVersion = () => `pagefind ${(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version}`;

const hashOf = (data: string | Buffer) => contentHash().update(data).digest('hex');

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
	const hash = contentHash();
	hash.update(`${pagefindVersion()}; unused ${UNUSED.join(',')}; ${JSON.stringify(INDEX_OPTIONS)}\0`);
	// Read into one buffer, reused: a new buffer for each of 7,000 pages cost more than reading them.
	let buffer = Buffer.allocUnsafe(1 << 20);
	for (const path of pageFiles(dir)) {
		const fd = openSync(join(dir, path), 'r');
		try {
			const size = fstatSync(fd).size;
			if (size > buffer.length) buffer = Buffer.allocUnsafe(size);
			let read = 0;
			while (read < size) {
				const n = readSync(fd, buffer, read, size - read, read);
				if (n === 0) break;
				read += n;
			}
			hash.update(`${path}\0`).update(buffer.subarray(0, read)).update('\0');
		} finally {
			closeSync(fd);
		}
	}
	return hash.digest('hex');
}

interface IndexRecord {
	/** searchInputHash of the pages the index was made from. */
	input: string;
	/** Hash of the index's pagefind-entry.json (which names the index files' hashes). */
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
	const recordFile = recordFileOf(liveDir);
	const record = liveIndexMatches(liveDir, join(dir, recordFile), input);
	if (record) {
		const bytes = linkTree(join(liveDir, 'pagefind'), join(outDir, 'pagefind'));
		return { pages: record.pages, bytes, ms: performance.now() - started, reused: true };
	}
	rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
	const report = await indexSite(outDir);
	return { ...report, ms: performance.now() - started, reused: false, record: recorder(dir, recordFile, input, outDir, report.pages) };
}

/** The record of what `liveDir`'s index was made from, when that was `input` and the index is still the recorded one. */
function liveIndexMatches(liveDir: string, recordFile: string, input: string): IndexRecord | undefined {
	try {
		const record = JSON.parse(readFileSync(recordFile, 'utf8')) as IndexRecord;
		if (record.input === input && hashOf(readFileSync(join(liveDir, 'pagefind', 'pagefind-entry.json'))) === record.entry) return record;
	} catch {
		// No record, or no live index.
	}
	return undefined;
}

const recordFileOf = (liveDir: string) => `${hashOf(resolve(liveDir)).slice(0, 16)}.json`;

/** A function that notes, once the new site is in place, what its index (just written into `outDir`) was made from. */
const recorder = (dir: string, recordFile: string, input: string, outDir: string, pages: SearchIndexReport['pages']) => {
	const entry = hashOf(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json')));
	// The record only saves time: one that cannot be written is not an error.
	return () => void writeCached(dir, recordFile, JSON.stringify({ input, entry, pages } satisfies IndexRecord));
};

interface SearchStepContext {
	outDir: string;
	liveDir?: string;
	log(message: string): void;
	afterSwap?: (() => void)[];
}

/** The build step: indexes the temporary output folder (or reuses the live index) before the swap. */
export const searchStep = {
	name: 'search',
	async run(ctx: SearchStepContext) {
		const report = await indexOrReuse(ctx.outDir, ctx.liveDir);
		if (report.record) ctx.afterSwap?.push(report.record);
		const pages = Object.entries(report.pages).map(([lang, n]) => `${lang} ${n}`).join(', ');
		ctx.log(`  · search index: ${pages} pages, ${(report.bytes / 1024).toFixed(0)} KiB, ${report.reused ? 'pages unchanged: the live index reused' : 'from the built files'}`);
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
