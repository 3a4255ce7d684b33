/**
 * Charts for the site: each SVG drawn once per build and language (the policy page and the metrics page
 * share it), and kept between builds in a cache folder keyed by a hash of everything that decides the
 * drawing — the spec, the language, the options, the renderer's version and source (with the chart
 * configuration and formatting code it uses), and the versions of chart.js, @napi-rs/canvas and the
 * font — so a rebuild redraws only the charts whose figures changed.
 *
 * The folder is `node_modules/.cache/koyaku/charts` (`KOYAKU_CHART_CACHE` names another; `off` turns the
 * disk cache off). A cache file that cannot be read or written is simply redrawn: the cache only saves time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { ChartSpec } from '../lib/chart-config.ts';
import type { Lang } from '../lib/format.ts';
import { renderChartSvg, RENDERER_VERSION, type ChartSvg, type ChartSvgOptions } from './render-svg.ts';
import { chartStats } from './chart-stats.ts';

/** The cache folder, or undefined when the disk cache is off. */
export function cacheDir(): string | undefined {
	const setting = process.env['KOYAKU_CHART_CACHE'];
	if (setting === 'off') return undefined;
	return resolve(setting || join('node_modules', '.cache', 'koyaku', 'charts'));
}

/** Source files whose every change can change a drawing. */
const DRAWING_CODE = ['src/charts/render-svg.ts', 'src/lib/chart-config.ts', 'src/lib/format.ts', 'src/lib/period.ts'];

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
	const code = createHash('sha256');
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
	return createHash('sha256').update(JSON.stringify([drawingVersions(), lang, spec, options])).digest('hex').slice(0, 32);
}

export { chartStats };

/** This build's drawings, kept only when they have no file (KOYAKU_CHART_CACHE=off, or the folder cannot be written). */
const memory = new Map<string, ChartSvg>();

/**
 * A chart's SVG: from the cache folder, else drawn now (and stored). A chart drawn earlier in this build
 * (the policy page and the figure page share it) is read back from its file rather than kept in memory,
 * so a build's memory does not grow with its number of charts (about 4 KB a page at 7,000 pages); only
 * with the folder off does this build's memory keep each drawing.
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
	const file = dir && join(dir, `${key}.json`);
	let chart: ChartSvg | undefined;
	if (file) {
		try {
			const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<ChartSvg>;
			if (typeof stored.svg === 'string' && typeof stored.width === 'number' && typeof stored.height === 'number' && Array.isArray(stored.labels)) {
				chart = { svg: stored.svg, width: stored.width, height: stored.height, labels: stored.labels };
				chartStats.fromDisk++;
			}
		} catch {
			// Not cached yet (or unreadable): draw it.
		}
	}
	if (!chart) {
		const start = performance.now();
		chart = renderChartSvg(spec, lang, options);
		chartStats.drawMs += performance.now() - start;
		chartStats.drawn++;
		if (file && dir) {
			try {
				mkdirSync(dir, { recursive: true });
				// Written aside and renamed, so a parallel build never reads half a file.
				const part = `${file}.${process.pid}.part`;
				writeFileSync(part, JSON.stringify(chart));
				renameSync(part, file);
			} catch {
				// A read-only or full disk costs only the time to redraw: kept in memory for this build instead.
				memory.set(key, chart);
			}
		}
	}
	if (!dir) memory.set(key, chart);
	return chart;
}
