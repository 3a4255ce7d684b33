/**
 * A worker of the read pool (read-pool.ts): waits for the main thread's task, then takes chunks of
 * Markdown files from the shared counter, reads and validates each file, and sends the outcomes back,
 * until no chunk is left.
 */
import { enableCompileCache } from 'node:module';
import { workerData, type MessagePort } from 'node:worker_threads';

// The same compiled modules as the main thread's, from the disk cache.
enableCompileCache?.();
const { markdownOutcome } = await import('./read-markdown.ts');
const { sendable } = await import('./read-pool.ts');
type Task = import('./read-pool.ts').WorkerTask;
type Message = import('./read-pool.ts').WorkerMessage;

const port = (workerData as { port: MessagePort }).port;
port.once('message', ({ root, jobs, chunkFiles, state }: Task) => {
	const counters = new Int32Array(state);
	const chunks = Math.ceil(jobs.length / chunkFiles);
	for (let chunk = Atomics.add(counters, 0, 1); chunk < chunks; chunk = Atomics.add(counters, 0, 1)) {
		let message: Message;
		try {
			const outcomes = jobs.slice(chunk * chunkFiles, (chunk + 1) * chunkFiles).map((job) => sendable(markdownOutcome(root, job)));
			port.postMessage({ chunk, outcomes } satisfies Message);
		} catch {
			// Something in an outcome that cannot cross threads: the main thread reads this chunk itself.
			message = { chunk, failed: true };
			port.postMessage(message);
		}
		Atomics.add(counters, 1, 1);
		Atomics.notify(counters, 1);
	}
	port.close();
});
