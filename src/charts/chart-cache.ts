/**
 * Charts for the site: each SVG drawn once per build and language (the policy page and the metrics page
 * share it), and kept between builds in a cache folder keyed by a hash of everything that decides the
 * drawing — the spec, the language, the options, the renderer's version and source (with the chart
 * configuration and formatting code it uses), and the versions of chart.js, @napi-rs/canvas and the
 * font — so a rebuild redraws only the charts whose figures changed.
 *
 * The folder is the cache folder `charts` (src/cache.ts; `KOYAKU_CACHE=off` draws every chart). A cache file
 * that cannot be read or written is simply redrawn: the cache only saves time.
 */
import { closeSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cacheFolder, cacheKey, contentHash, readCached, writeCached } from '../cache.ts';
import { contentDir } from '../settings.ts';
import type { ChartSpec } from '../lib/chart-config.ts';
import type { Lang } from '../lib/format.ts';
import { renderChartSvg, RENDERER_VERSION, type ChartSvg, type ChartSvgOptions } from './render-svg.ts';
import { chartStats, PACK_CHARTS } from './chart-stats.ts';

/** The cache folder, or undefined when the disk cache is off. */
export const cacheDir = (): string | undefined => cacheFolder('charts');

/** Source files whose every change can change a drawing. */
/** The source files whose code decides a chart's drawing and its words (a test checks each exists). */
export const DRAWING_CODE = ['src/charts/render-svg.ts', 'src/lib/chart-config.ts', 'src/lib/figure-words.ts', 'src/lib/axis-labels.ts', 'src/lib/format.ts', 'src/schemas/period-key.ts', 'src/model/rounding.ts', 'src/i18n/ja.ts', 'src/i18n/en.ts', 'src/i18n/easy.ts'];

let versions: string | undefined;
/** Versions of what draws, so that upgrading any of them redraws every chart. */
function drawingVersions(): string {
	if (versions) return versions;
	const require = createRequire(join(process.cwd(), 'package.json'));
	const version = (name: string) => {
		try {
			return (require(`${name}/package.json`) as { version: string }).version;
		} catch {
			return '?';
		}
	};
	// The code that turns a spec into a drawing, as it stands: an edit redraws without a version bump.
	const code = contentHash();
	for (const file of DRAWING_CODE) {
		try {
			code.update(readFileSync(join(process.cwd(), file)));
		} catch {
			code.update(`${file}?`);
		}
	}
	versions = [RENDERER_VERSION, code.digest('hex').slice(0, 16), ...['chart.js', '@napi-rs/canvas', '@fontsource/noto-sans-jp'].map((name) => `${name}@${version(name)}`)].join(' ');
	return versions;
}

/** The cache key of one drawing. */
export function chartKey(spec: ChartSpec, lang: Lang, options: ChartSvgOptions = {}): string {
	return cacheKey([JSON.stringify([drawingVersions(), lang, spec, options])]);
}

export { chartStats };

/** This build's drawings, kept only when they have no file (KOYAKU_CACHE=off, or the folder cannot be written). */
const memory = new Map<string, ChartSvg>();

/**
 * One content folder's charts in one file: a warm build of a big campaign read 10,000 small files (an
 * open, a read and a close each, a second of its time); from the pack each chart is one positioned read
 * of an open file. Only the index is held in memory (a key and two numbers a chart), not the drawings,
 * so a build's memory still does not grow with its charts.
 *
 * The file: a 4-byte little-endian length, then that many bytes of JSON `{ key: [offset, length] }`, then
 * the charts' JSON, each at its offset after the index. A chart drawn (or not yet packed) is still written
 * as its own file first; the build then packs every chart it used into a new pack (`packCharts`, after the
 * Astro step: scripts/build.ts), so a pack holds exactly its folder's current charts and drops the
 * redrawn ones. One pack per content folder, so that two sites built with the same cache folder (tests,
 * a second campaign) do not drop each other's charts.
 */
interface Pack {
	file: string;
	fd: number | undefined;
	/** Where the charts start in the file. */
	start: number;
	index: Map<string, [number, number]>;
}

/** The pack file of the content folder being built (src/settings.ts) in `dir`. */
export function packFile(dir: string): string {
	return join(dir, `pack-${cacheKey([contentDir()], 16)}.bin`);
}

let pack: Pack | undefined;
/** What this build used: each chart's key, and whether it came from the pack (else from its own file). */
const used = new Map<string, 'pack' | 'file'>();

/** The open pack of `dir` (empty when there is none or it cannot be read). */
function packOf(dir: string): Pack {
	const file = packFile(dir);
	if (pack?.file === file) return pack;
	closePack();
	pack = { file, fd: undefined, start: 0, index: new Map() };
	try {
		const fd = openSync(file, 'r');
		pack.fd = fd;
		const size = Buffer.alloc(4);
		readSync(fd, size, 0, 4, 0);
		const header = Buffer.alloc(size.readUInt32LE(0));
		if (readSync(fd, header, 0, header.length, 4) !== header.length) throw new Error('short pack');
		pack.index = new Map(Object.entries(JSON.parse(header.toString('utf8')) as Record<string, [number, number]>));
		pack.start = 4 + header.length;
	} catch {
		// No pack yet, or a damaged one: every chart comes from its own file or is drawn.
		closePack();
		pack = { file, fd: undefined, start: 0, index: new Map() };
	}
	return pack;
}

function closePack() {
	if (pack?.fd !== undefined) {
		try {
			closeSync(pack.fd);
		} catch {
			// Already closed.
		}
	}
	pack = undefined;
}

/** A chart's stored JSON from the pack, or undefined. */
function fromPack(dir: string, key: string): Buffer | undefined {
	const { fd, start, index } = packOf(dir);
	const at = index.get(key);
	if (fd === undefined || !at) return undefined;
	const bytes = Buffer.allocUnsafe(at[1]);
	try {
		return readSync(fd, bytes, 0, at[1], start + at[0]) === at[1] ? bytes : undefined;
	} catch {
		return undefined;
	}
}

/** A stored chart, when it has the shape of one. */
function parseStored(json: string): ChartSvg | undefined {
	try {
		const stored = JSON.parse(json) as Partial<ChartSvg>;
		if (typeof stored.svg === 'string' && typeof stored.width === 'number' && typeof stored.height === 'number' && Array.isArray(stored.labels)) {
			return { svg: stored.svg, width: stored.width, height: stored.height, labels: stored.labels };
		}
	} catch {
		// Damaged: drawn again.
	}
	return undefined;
}

/**
 * A chart's SVG: from the cache folder (the pack, else the chart's own file), else drawn now (and stored
 * in its own file). A chart drawn earlier in this build (the policy page and the figure page share it) is
 * read back from disk rather than kept in memory, so a build's memory does not grow with its number of
 * charts (about 4 KB a page at 7,000 pages); only with the folder off does this build's memory keep each
 * drawing.
 * @example chartSvg(toChartSpec(metric, lang), lang, { label: summary, className: 'chart' }).svg
 */
export function chartSvg(spec: ChartSpec, lang: Lang, options: ChartSvgOptions = {}): ChartSvg {
	const key = chartKey(spec, lang, options);
	const dir = cacheDir();
	const known = memory.get(key);
	if (known) {
		chartStats.fromMemory++;
		return known;
	}
	const file = `${key}.json`;
	let chart: ChartSvg | undefined;
	if (dir) {
		const packed = fromPack(dir, key);
		chart = packed && parseStored(packed.toString('utf8'));
		if (chart) used.set(key, 'pack');
		else {
			const stored = readCached(dir, file);
			chart = stored && parseStored(stored.toString('utf8'));
			if (chart) used.set(key, 'file');
		}
		if (chart) chartStats.fromDisk++;
	}
	if (!chart) {
		const start = performance.now();
		chart = renderChartSvg(spec, lang, options);
		chartStats.drawMs += performance.now() - start;
		chartStats.drawn++;
		if (dir) {
			if (writeCached(dir, file, JSON.stringify(chart))) used.set(key, 'file');
			// A read-only or full disk costs only the time to redraw: kept in memory for this build instead.
			else memory.set(key, chart);
		}
	}
	if (!dir) memory.set(key, chart);
	return chart;
}

/**
 * Packs every chart this build used into its content folder's pack (see {@link Pack}) and removes their
 * own files; nothing to do when the pack already holds exactly those. Called once the pages are built
 * (scripts/build.ts, through chart-stats.ts). A pack that cannot be written leaves the files as they are:
 * the next build reads them instead.
 * @example packCharts() // { charts: 5004, written: true }
 */
export function packCharts(): { charts: number; written: boolean } {
	const dir = cacheDir();
	const charts = used.size;
	if (!dir || charts === 0) return { charts, written: false };
	const current = packOf(dir);
	const fresh = [...used.values()].every((from) => from === 'pack') && current.index.size === charts;
	if (fresh) {
		used.clear();
		return { charts, written: false };
	}
	const keys = [...used.keys()].sort();
	const bodies: Buffer[] = [];
	const index: Record<string, [number, number]> = {};
	const packed: string[] = [];
	let offset = 0;
	for (const key of keys) {
		let bytes: Buffer | undefined;
		if (used.get(key) === 'pack') bytes = fromPack(dir, key);
		else {
			try {
				bytes = readFileSync(join(dir, `${key}.json`));
				packed.push(key);
			} catch {
				// Removed meanwhile (a parallel build packed it): left out, drawn again when next needed.
			}
		}
		if (!bytes) continue;
		index[key] = [offset, bytes.length];
		bodies.push(bytes);
		offset += bytes.length;
	}
	const header = Buffer.from(JSON.stringify(index));
	const size = Buffer.alloc(4);
	size.writeUInt32LE(header.length, 0);
	const part = `${current.file}.${process.pid}.part`;
	try {
		writeFileSync(part, Buffer.concat([size, header, ...bodies]));
		closePack();
		renameSync(part, current.file);
	} catch {
		rmSync(part, { force: true });
		return { charts, written: false };
	}
	for (const key of packed) rmSync(join(dir, `${key}.json`), { force: true });
	used.clear();
	return { charts, written: true };
}

// For scripts/build.ts, whose copy of this module is not the one Astro's pages use (see chart-stats.ts).
(globalThis as { [key: symbol]: unknown })[PACK_CHARTS] = packCharts;
