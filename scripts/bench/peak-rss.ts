/**
 * Preloaded into every Node process the bench starts (NODE_OPTIONS=--import): on exit, appends the
 * process's peak resident memory (KB) and its user and system CPU time (µs) to the file named by
 * KOYAKU_BENCH_RSS. CPU time drifts less than wall time when other users load the machine.
 */
import { appendFileSync } from 'node:fs';
import { benchRssFile } from '../../src/settings.ts';

const file = benchRssFile();
if (file)
	process.on('exit', () => {
		const usage = process.resourceUsage();
		appendFileSync(file, `${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}\n`);
	});
