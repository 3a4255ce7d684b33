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
