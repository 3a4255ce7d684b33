/** What a process drew and reused, for the build's report and the benchmark (no imports: the build script reads it cheaply). */
export interface ChartStats {
	/** Charts drawn by chart.js in this process, and the milliseconds that took. */
	drawn: number;
	drawMs: number;
	/** Charts read from the cache folder, and reused from this process's memory. */
	fromDisk: number;
	fromMemory: number;
}

/** On globalThis: the build script and Astro's bundled pages are separate module instances of this file. */
export const chartStats: ChartStats = ((globalThis as { [key: symbol]: ChartStats | undefined })[Symbol.for('koyaku.chart-stats')] ??= { drawn: 0, fromDisk: 0, fromMemory: 0, drawMs: 0 });

/** Where the pages' chart cache (chart-cache.ts) leaves its `packCharts`, for the build script. */
export const PACK_CHARTS = Symbol.for('koyaku.pack-charts');

/**
 * Packs the charts this process's pages used (chart-cache.ts `packCharts`); undefined when no page drew or
 * read a chart in this process.
 * @example packChartsOfThisBuild() // { charts: 5004, written: false } on a warm build
 */
export function packChartsOfThisBuild(): { charts: number; written: boolean } | undefined {
	return ((globalThis as { [key: symbol]: unknown })[PACK_CHARTS] as (() => { charts: number; written: boolean }) | undefined)?.();
}
