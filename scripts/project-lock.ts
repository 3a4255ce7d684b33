/**
 * One Astro build at a time per project. Astro writes its prerender chunks into the project's `.astro/`
 * folder, so two builds at once (two terminals, the office's editor and a volunteer, parallel test files)
 * delete each other's files and one fails with "Cannot find module …/.astro/.prerender/…". A lock folder
 * holding the builder's process id: a second build waits and says so once; a lock whose process is gone
 * (a build that was killed) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BuildStop } from './build-stop.ts';

export interface LockOptions {
	pollMs?: number;
	/** How long to wait for another build before giving up; default 20 minutes. */
	timeoutMs?: number;
	log?: (message: string) => void;
}

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/** Runs `run` holding the project's build lock (`node_modules/.cache/koyaku/build.lock` under `root`). */
export async function withProjectLock<T>(root: string, run: () => Promise<T>, options: LockOptions = {}): Promise<T> {
	const { pollMs = 250, timeoutMs = 20 * 60_000, log = () => {} } = options;
	const dir = join(root, 'node_modules', '.cache', 'koyaku');
	const lock = join(dir, 'build.lock');
	mkdirSync(dir, { recursive: true });
	const started = Date.now();
	let said = false;
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		let holder = Number.NaN;
		try {
			holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
		} catch {
			// Just made by another build that has not written its id yet.
		}
		if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
			rmSync(lock, { recursive: true, force: true });
			continue;
		}
		if (!said) log('  … 別の作成が終わるのを待っています / waiting for another build of this project to finish');
		said = true;
		if (Date.now() - started > timeoutMs)
			throw new BuildStop(
				`✘ 別の作成が${Math.max(1, Math.round(timeoutMs / 60_000))}分以上終わりません。ほかの「npm run build」を止めてから、もう一度実行してください / another build of this project has been running for over ${Math.max(1, Math.round(timeoutMs / 60_000))} minutes: stop it, then run this again.`,
			);
		await sleep(pollMs);
	}
	try {
		return await run();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}
