import { receiveMessageOnPort } from 'node:worker_threads';
import { deferredBody, deferredParts, type Body, type BodyLink } from './body.ts';
import { collectMarkdown, markdownJobs, markdownOutcome, type MarkdownJob, type MarkdownOutcome } from './read-markdown.ts';
import { keepingParsedFiles, type ReadContent } from './read.ts';
import { POOL_LIMITS, poolStats, startWorker, takeWarmWorkers, threadsFor } from './read-threads.ts';
import type { Parsed } from './parsed.ts';
import type { Problem } from './problems.ts';
import { parseLater } from './yaml-source.ts';

/**
 * A big campaign's Markdown files read and validated on several threads (worker_threads), each file on
 * one of them: the threads take chunks of files from one shared counter (so a thread slowed by other
 * work on the machine simply takes fewer), and the chunks are put back in file order, so the problems,
 * their order and the model are the same as on one thread (tests/unit/read-pool.test.ts compares them).
 * The cross-file rules then run on this thread. Small folders stay on one thread: starting a worker
 * (loading the schemas and parsers again) costs more than it saves below a couple of thousand files.
 */

/** What a worker sends for one file: the outcome, with the entry's parse and body in a form that can cross threads. */
interface SentOutcome extends Omit<MarkdownOutcome, 'parsed'> {
	parsed?: { id: string; file: string; data: unknown; links: BodyLink[] | undefined; bodySource: Parsed<unknown>['bodySource']; parts?: { ja: string; en: string; easy: string }; html?: Body };
}

/** An outcome as a worker sends it (functions and lazily rendered bodies cannot cross threads). */
export function sendable({ parsed, ...rest }: MarkdownOutcome): SentOutcome {
	if (!parsed) return rest;
	const parts = parsed.body && deferredParts(parsed.body);
	const { id, file, data, links, bodySource } = parsed;
	return { ...rest, parsed: { id, file, data, links, bodySource, ...(parts ? { parts } : parsed.body ? { html: { ...parsed.body } } : {}) } };
}

/** The outcome again, on this thread: the frontmatter is parsed a second time only if a rule needs a line of it. */
function received({ parsed, ...rest }: SentOutcome): MarkdownOutcome {
	if (!parsed) return rest;
	const { id, file, data, links, bodySource, parts, html } = parsed;
	const body = parts ? deferredBody(parts.ja, parts.en, parts.easy) : html;
	return { ...rest, parsed: { id, file, src: parseLater(file, rest.matter!, 2), data, ...(body ? { body } : {}), ...(links ? { links } : {}), ...(bodySource ? { bodySource } : {}) } };
}

/** What the main thread hands a worker. */
export interface WorkerTask {
	root: string;
	jobs: MarkdownJob[];
	chunkFiles: number;
	/** Int32 [next chunk to take, chunks delivered]: shared by all threads. */
	state: SharedArrayBuffer;
}

/** A message from a worker: one chunk's outcomes, or that it could not send them (this thread then reads the chunk). */
export type WorkerMessage = { chunk: number; outcomes: SentOutcome[] } | { chunk: number; failed: true };

/**
 * The read and validate stages of every Markdown file `readContent` listed (see read-markdown.ts):
 * pushes the read-stage problems, returns what `validateContent` takes and the readable files in order.
 * @example validateContent(read, readMarkdown(read, problems).valid, problems)
 */
export function readMarkdown(read: ReadContent, problems: Problem[]): ReturnType<typeof collectMarkdown> {
	const jobs = markdownJobs(read);
	return collectMarkdown(read, jobs, markdownOutcomes(read.root, jobs), problems);
}

/**
 * The outcome of every job, in job order: on this thread alone for a small folder, else on
 * `threadsFor(jobs.length)` threads. Synchronous (the loader is): this thread reads chunks itself, then
 * waits on the shared counter for the chunks the workers took.
 */
export function markdownOutcomes(root: string, jobs: MarkdownJob[]): MarkdownOutcome[] {
	// The dev server keeps each file's parse on this thread.
	const threads = keepingParsedFiles() ? 1 : threadsFor(jobs.length);
	const workers = takeWarmWorkers();
	Object.assign(poolStats, { threads: 1, workerChunks: 0, mainChunks: 0 });
	if (threads < 2) {
		for (const { worker } of workers) void worker.terminate();
		return jobs.map((job) => markdownOutcome(root, job));
	}
	while (workers.length < threads - 1) {
		const started = startWorker();
		if (!started) break;
		workers.push(started);
	}
	for (const { worker } of workers.splice(threads - 1)) void worker.terminate();
	poolStats.threads = workers.length + 1;

	const chunkFiles = POOL_LIMITS.chunkFiles;
	const chunks = Math.ceil(jobs.length / chunkFiles);
	const state = new SharedArrayBuffer(8);
	const counters = new Int32Array(state);
	const task: WorkerTask = { root, jobs, chunkFiles, state };
	for (const { port } of workers) port.postMessage(task);

	const results: (MarkdownOutcome[] | undefined)[] = new Array(chunks);
	let missing = chunks;
	const readHere = (chunk: number) => {
		if (results[chunk]) return;
		results[chunk] = jobs.slice(chunk * chunkFiles, (chunk + 1) * chunkFiles).map((job) => markdownOutcome(root, job));
		missing--;
		poolStats.mainChunks++;
	};
	const drain = () => {
		for (const { port } of workers)
			for (let received_ = receiveMessageOnPort(port); received_; received_ = receiveMessageOnPort(port)) {
				const message = received_.message as WorkerMessage;
				if ('failed' in message) readHere(message.chunk);
				else if (!results[message.chunk]) {
					results[message.chunk] = message.outcomes.map(received);
					missing--;
					poolStats.workerChunks++;
				}
			}
	};
	if (POOL_LIMITS.mainReads || !workers.length) for (let chunk = Atomics.add(counters, 0, 1); chunk < chunks; chunk = Atomics.add(counters, 0, 1)) readHere(chunk);
	while (missing > 0) {
		const seen = Atomics.load(counters, 1);
		drain();
		if (missing === 0) break;
		// No chunk delivered for a long while: a worker died or hangs; read what it took here.
		if (Atomics.wait(counters, 1, seen, POOL_LIMITS.stallMs) === 'timed-out' && Atomics.load(counters, 1) === seen) {
			drain();
			for (let chunk = 0; chunk < chunks; chunk++) readHere(chunk);
		}
	}
	for (const { worker, port } of workers) {
		port.close();
		void worker.terminate();
	}
	return results.flat() as MarkdownOutcome[];
}
