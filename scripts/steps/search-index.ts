/**
 * Build step `search` (scripts/build.ts): Pagefind indexes the built pages into <out>/pagefind/, one index per
 * language (Pagefind splits by <html lang>; Japanese words are segmented only under lang="ja"). Only pages
 * marked data-pagefind-body are indexed (pledges, pillars, manifestos, figures, newsletter issues; see
 * Base.astro's `search` prop). KOYAKU_SEARCH=off skips it (for `npm run bench`'s comparison only).
 * Also runs alone on a built folder: `node scripts/steps/search-index.ts dist`.
 *
 * Or, with KOYAKU_SEARCH_FEED=on, indexed while Astro renders: Pagefind has no incremental mode, and
 * indexing 7,000 pages costs it 13–15 s of CPU (about half parsing the pages, half writing the index). So
 * before the Astro step (`prepare`) the step starts Pagefind and adds a middleware
 * (./search-feed-middleware.ts) that hands it each page as Astro renders it, without the inlined CSS and
 * the charts' SVG, which Pagefind skips (the index is the same). Pagefind parses on another core
 * meanwhile, and the step itself then only writes the index. Off by default: it pays only with cores to
 * spare. On a 2-core machine Pagefind's parsing slowed the Astro step by as much as it saved the search
 * step (a rebuild after one changed file 26.9 s fed against 25.5 s from the files; a build with nothing
 * changed, which reuses the live index and needs no parsing at all, 21.4 s against 14.8 s). The pages
 * reach Pagefind in the order Astro finishes them (several at a time), so the index files' bytes may
 * differ from build to build; the pages a search finds, and their scores, do not. When a page did not pass
 * through (Astro restored it from a cache, say) or a file on disk differs from what passed, the step
 * indexes the built folder from disk instead.
 *
 * Unchanged pages, unchanged index: the step hashes what Pagefind reads (each indexed page's address and
 * HTML, and Pagefind's version). When the live site's index was made from exactly that, it is linked into
 * the new site instead of written again (Pagefind's output is deterministic, so the files are the ones it
 * would write). The record of what the live index was made from is kept in `node_modules/.cache/koyaku/search/`
 * (`KOYAKU_SEARCH_CACHE` names another folder; `off` always indexes), with the hash of the live index's
 * entry file, so an index that was replaced or never swapped in is never reused.
 */
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, fstatSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_FEED, type PageSink } from './search-feed-middleware.ts';

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

/** What marks a page for the index (this site marks every indexed page's main element). */
const MARK = 'data-pagefind-body';

/** Elements whose content Pagefind never indexes and that make most of a page's bytes here (inlined CSS, charts). */
const SKIPPED = /<style\b[^>]*>[\s\S]*?<\/style>|<svg\b[\s\S]*?<\/svg>/g;

/**
 * What Pagefind needs of a built page: undefined when Pagefind leaves the page out (this site marks what to
 * index with data-pagefind-body, and Pagefind then skips every page without it), else the page without
 * its <style> and <svg> elements, whose content Pagefind skips anyway (the index is the same).
 * @example searchInput('<html lang="en"><style>a{}</style><main data-pagefind-body>Hi</main></html>') // '<html lang="en"><main data-pagefind-body>Hi</main></html>'
 */
export function searchInput(html: string): string | undefined {
	if (!html.includes(MARK)) return undefined;
	return html.replace(SKIPPED, '');
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
	const recordFile = recordFileOf(dir, liveDir);
	const record = liveIndexMatches(liveDir, recordFile, input);
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
		if (record.input === input && sha1(readFileSync(join(liveDir, 'pagefind', 'pagefind-entry.json'))) === record.entry) return record;
	} catch {
		// No record, or no live index.
	}
	return undefined;
}

const recordFileOf = (dir: string, liveDir: string) => join(dir, `${sha1(resolve(liveDir)).slice(0, 16)}.json`);

/** A function that notes, once the new site is in place, what its index (just written into `outDir`) was made from. */
const recorder = (dir: string, recordFile: string, input: string, outDir: string, pages: SearchIndexReport['pages']) => {
	const entry = sha1(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json')));
	return () => {
		try {
			mkdirSync(dir, { recursive: true });
			writeFileSync(`${recordFile}.part`, JSON.stringify({ input, entry, pages } satisfies IndexRecord));
			renameSync(`${recordFile}.part`, recordFile);
		} catch {
			// The record only saves time.
		}
	};
};

/** Pages in flight to Pagefind before Astro waits for it (about 15 KB each): bounds what waits in memory when Pagefind lags far behind. */
const IN_FLIGHT = 256;

/**
 * A Pagefind index that gets the pages as Astro renders them (see the file's comment). `sink` is what the
 * middleware calls; `integration` adds the middleware to the Astro build; `finish` says whether the index
 * holds exactly the built folder's pages.
 */
export class SearchFeed {
	/** Every page fed: its file in the built folder, its bytes there, and the hash of what Pagefind got. */
	private readonly fed: { file: string; bytes: number; hash: string }[] = [];
	private readonly inFlight = new Set<Promise<void>>();
	private readonly errors: string[] = [];
	private base = '/';
	/** HTML pages seen, indexed or not; and the pages Astro says it built. */
	private seen = 0;
	private built: number | undefined;
	/** Why a page could not be fed, if one could not. */
	private unsure: string | undefined;

	private readonly index: pagefind.PagefindIndex;

	private constructor(index: pagefind.PagefindIndex) {
		this.index = index;
	}

	static async start(): Promise<SearchFeed> {
		return new SearchFeed(await newIndex());
	}

	/** For the middleware: one rendered page. Resolves when Pagefind is close enough behind. */
	readonly sink: PageSink = (pathname, bytes) => {
		this.seen++;
		// Most pages are not indexed: looked at as bytes, decoded only when Pagefind needs them.
		const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		if (!page.includes(MARK)) return;
		const content = searchInput(page.toString('utf8'));
		if (content === undefined) return;
		const path = pathname.startsWith(this.base) ? pathname.slice(this.base.length) : undefined;
		// Pagefind's address for <out>/a/b/index.html is /a/b/: only such plain paths are fed (others: from disk).
		if (path === undefined || !(path === '' || path.endsWith('/')) || path.includes('%')) {
			this.unsure ??= `${pathname} is not a folder address`;
			return;
		}
		const url = `/${path}`;
		this.fed.push({ file: `${path}index.html`, bytes: bytes.byteLength, hash: createHash('sha1').update(`${url}\0`).update(content).digest('hex') });
		const added = this.index.addHTMLFile({ url, content }).then(
			(response) => {
				if (response.errors.length) this.errors.push(`${url}: ${response.errors.join('; ')}`);
			},
			(error: unknown) => {
				this.errors.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
			},
		);
		const done = added.finally(() => this.inFlight.delete(done));
		this.inFlight.add(done);
		if (this.inFlight.size >= IN_FLIGHT) return Promise.race(this.inFlight);
	};

	/** The Astro integration that adds the middleware and learns the base path and the pages built. */
	integration(): AstroIntegration {
		return {
			name: 'koyaku-search-feed',
			hooks: {
				'astro:config:setup': ({ addMiddleware }) => addMiddleware({ order: 'pre', entrypoint: new URL('./search-feed-middleware.ts', import.meta.url) }),
				'astro:config:done': ({ config }) => {
					this.base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				},
				'astro:build:done': ({ pages }) => {
					this.built = pages.length;
				},
			},
		};
	}

	/** Listens to the middleware until `stop`. */
	listen() {
		(globalThis as Record<symbol, PageSink | undefined>)[SEARCH_FEED] = this.sink;
	}

	stop() {
		const global = globalThis as Record<symbol, PageSink | undefined>;
		if (global[SEARCH_FEED] === this.sink) delete global[SEARCH_FEED];
	}

	/**
	 * Waits for Pagefind; the hash of what it got, or why the built folder `outDir` must be indexed from disk
	 * instead. Throws with Pagefind's errors.
	 */
	async finish(outDir: string): Promise<{ input: string } | { fallback: string }> {
		this.stop();
		await Promise.all(this.inFlight);
		if (this.errors.length) throw new Error(`Pagefind could not index ${this.errors.slice(0, 5).join('; ')}`);
		if (this.unsure) return { fallback: this.unsure };
		if (this.built === undefined || this.seen < this.built) return { fallback: `${this.seen} of ${this.built ?? '?'} pages were rendered (the others came from a cache)` };
		if (!this.fed.length) return { fallback: 'no page is marked data-pagefind-body' };
		// A step after Astro's (or Astro itself) changed a page: what Pagefind got is not what is published.
		for (const { file, bytes } of this.fed) {
			let size = -1;
			try {
				size = statSync(join(outDir, file)).size;
			} catch {
				// Removed: not what was fed.
			}
			if (size !== bytes) return { fallback: `${file} changed after it was rendered` };
		}
		// Astro renders several pages at a time, so they arrive in no fixed order: the same pages, the same hash.
		const hash = createHash('sha1').update(`fed; ${pagefindVersion()}; unused ${UNUSED.join(',')}\0`);
		for (const page of this.fed.map((p) => p.hash).sort()) hash.update(page);
		return { input: hash.digest('hex') };
	}

	/** Writes the index into `outDir`/pagefind/. */
	write(outDir: string, started: number): Promise<SearchIndexReport> {
		return writeIndex(this.index, outDir, started);
	}
}

const pagefindVersion = () => `pagefind ${(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version}`;

/**
 * The index of `outDir` from the pages `feed` got as Astro rendered them: linked from `liveDir`'s when
 * that was made from the same pages, else written now. `{ fallback }` (the reason) when the pages must be
 * read from disk instead.
 */
export async function finishFeed(feed: SearchFeed, outDir: string, liveDir: string | undefined): Promise<(SearchIndexReport & { reused: boolean; record?: () => void }) | { fallback: string }> {
	const started = performance.now();
	const result = await feed.finish(outDir);
	if ('fallback' in result) return result;
	const dir = recordDir();
	if (dir && liveDir) {
		const recordFile = recordFileOf(dir, liveDir);
		const record = liveIndexMatches(liveDir, recordFile, result.input);
		if (record) {
			const bytes = linkTree(join(liveDir, 'pagefind'), join(outDir, 'pagefind'));
			return { pages: record.pages, bytes, ms: performance.now() - started, reused: true };
		}
		rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
		const report = await feed.write(outDir, started);
		return { ...report, reused: false, record: recorder(dir, recordFile, result.input, outDir, report.pages) };
	}
	return { ...(await feed.write(outDir, started)), reused: false };
}

/** The feeds of the builds under way, by their build context. */
const feeds = new WeakMap<object, SearchFeed>();

interface SearchStepContext {
	outDir: string;
	liveDir?: string;
	log(message: string): void;
	afterSwap?: (() => void)[];
	/** Integrations for the Astro step, and what to run when the build ends, either way (scripts/build.ts). */
	integrations?: AstroIntegration[];
	cleanup?: (() => void | Promise<void>)[];
}

/** The build step: indexes the pages as Astro renders them (or, failing that, the temporary output folder) before the swap. */
export const searchStep = {
	name: 'search',
	/** Before the Astro step, with KOYAKU_SEARCH_FEED=on: starts Pagefind and the middleware that feeds it. */
	async prepare(ctx: SearchStepContext) {
		if (process.env['KOYAKU_SEARCH'] === 'off' || process.env['KOYAKU_SEARCH_FEED'] !== 'on' || !ctx.integrations || !ctx.cleanup) return;
		const feed = await SearchFeed.start();
		feeds.set(ctx, feed);
		ctx.integrations.push(feed.integration());
		ctx.cleanup.push(async () => {
			feed.stop();
			await pagefind.close();
		});
		feed.listen();
	},
	async run(ctx: SearchStepContext) {
		if (process.env['KOYAKU_SEARCH'] === 'off') return ctx.log('  – search index skipped (KOYAKU_SEARCH=off)');
		const feed = feeds.get(ctx);
		let report = feed && (await finishFeed(feed, ctx.outDir, ctx.liveDir));
		let how = feed ? 'from the pages as Astro rendered them' : 'from the built files';
		if (report && 'fallback' in report) {
			how = `from the built files, because ${report.fallback}`;
			report = undefined;
		}
		if (feed) await pagefind.close();
		report ??= await indexOrReuse(ctx.outDir, ctx.liveDir);
		if (report.record) ctx.afterSwap?.push(report.record);
		const pages = Object.entries(report.pages).map(([lang, n]) => `${lang} ${n}`).join(', ');
		ctx.log(`  · search index: ${pages} pages, ${(report.bytes / 1024).toFixed(0)} KiB, ${report.reused ? 'pages unchanged: the live index reused' : how}`);
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
