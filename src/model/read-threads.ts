import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/**
 * How many threads read a content folder, and starting the workers (read-pool.ts uses them). Only
 * Node's own modules here: `npm run check` starts the workers before it loads the loader.
 */

/**
 * Below `minFiles` Markdown files, one thread; `KOYAKU_THREADS` overrides the number of threads (1: never
 * a worker). `mainReads: false` leaves every chunk to the workers (for tests of what crosses threads).
 */
export const POOL_LIMITS = { minFiles: 2000, maxThreads: 4, chunkFiles: 32, stallMs: 15_000, mainReads: true };

/** What the last pooled load did: chunks read by workers and by this thread (for tests and the bench). */
export const poolStats = { threads: 1, workerChunks: 0, mainChunks: 0 };

// Not `new URL('./read-worker.ts', import.meta.url)` written out: bundlers rewrite that pattern; this module is also bundled by Astro.
const WORKER_FILE = './read-worker.ts';
const workerUrl = () => new URL(WORKER_FILE, import.meta.url);

/**
 * How many threads to read `files` Markdown files on: one unless `KOYAKU_THREADS` asks for more. Measured
 * on 2 cores (the bench at 10,000 files, load 1–2), the default of one thread took 3.07 s and workers on
 * idle cores 5.03 s (3.10–6.96): sending the results back costs the main thread about what it saves.
 * With `KOYAKU_THREADS=auto`: this one and one per core that is idle by the last minute's load average,
 * up to `maxThreads`, for a folder of `minFiles` or more (for machines with more cores; measure first).
 */
export function threadsFor(files: number): number {
	const setting = process.env['KOYAKU_THREADS'];
	const asked = Number(setting);
	if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
	if (setting !== 'auto' || files < POOL_LIMITS.minFiles) return 1;
	// Cores not taken by what already runs: 2 cores at load 1.2 leave one, at load 2.5 none.
	const idle = Math.ceil(availableParallelism() - (loadavg()[0] ?? 0));
	return Math.max(1, Math.min(1 + idle, availableParallelism(), POOL_LIMITS.maxThreads));
}

/** Workers started ahead (`warmReadPool`), loading their modules while this thread loads its own. */
const warm: { worker: Worker; port: MessagePort }[] = [];

/** A worker, waiting for its task on `port`; undefined where there is no worker file (a bundled copy of this module). */
export function startWorker(): { worker: Worker; port: MessagePort } | undefined {
	const url = workerUrl();
	if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return undefined;
	const { port1, port2 } = new MessageChannel();
	const worker = new Worker(url, { workerData: { port: port2 }, transferList: [port2] });
	// A worker that fails (it cannot load, or dies) only leaves its chunks to this thread.
	worker.on('error', () => {});
	worker.unref();
	return { worker, port: port1 };
}

/**
 * Starts the workers for a content folder whose `policies/` alone makes it big enough, before the loader
 * needs them (`npm run check` calls this first thing): they load the parsers and schemas meanwhile.
 */
export function warmReadPool(dir: string): void {
	let files = 0;
	try {
		files = readdirSync(join(dir, 'policies')).length;
	} catch {
		return;
	}
	const threads = threadsFor(files);
	while (warm.length < threads - 1) {
		const started = startWorker();
		if (!started) break;
		warm.push(started);
	}
}

/** The workers `warmReadPool` started, now the caller's. */
export const takeWarmWorkers = () => warm.splice(0);
