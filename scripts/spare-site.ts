/**
 * The site a build replaces is kept beside the output folder as its "spare" and the next build writes over
 * it, instead of removing it and creating every file again: on a big campaign that is 14,000 files and
 * folders, and creating a file costs the file system far more than rewriting one (on this project's
 * journal-less ext4, 2.1–2.4 s of system time for 7,000 pages created just after 7,000 were removed,
 * against 0.5 s to write them over the same files). What the spare had and this build did not write (a
 * removed pledge's page) is removed before any post-build step runs, so the published site is exactly
 * what this build made.
 */
import { existsSync, lstatSync, readdirSync, renameSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The folder a build's replaced site is kept in: `.dist-spare` beside `dist`. */
export const spareOf = (finalDir: string) => join(dirname(finalDir), `.${basename(finalDir)}-spare`);

/**
 * What the spare held before this build wrote into it: every file with its modification time. A file
 * that is a hard link (the search step links the live site's unchanged index into the new one) is
 * removed at once, so that nothing can ever write through it into the live site.
 */
export type SpareFiles = Map<string, number>;

/**
 * Moves the spare of `finalDir` into the (empty, just made) `tempDir` and lists its files; undefined when
 * there is no spare, and then `tempDir` stays empty.
 * @example takeSpare('/site/dist', '/site/.dist-building-x1') // Map { 'index.html' => 1764608400000.1, … }
 */
export function takeSpare(finalDir: string, tempDir: string): SpareFiles | undefined {
	try {
		// Replaces the empty folder: one rename, so two builds never take the same spare.
		renameSync(spareOf(finalDir), tempDir);
	} catch {
		return undefined;
	}
	return listFiles(tempDir);
}

/**
 * Every file under `dir` (paths relative to it) with its modification time; hard links are removed instead.
 * @example listFiles('/site/.dist-building-x1').get('index.html') // 1764608400000.1
 */
export function listFiles(dir: string): SpareFiles {
	const files: SpareFiles = new Map();
	const walk = (sub: string) => {
		for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
			const path = sub ? `${sub}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				walk(path);
				continue;
			}
			const stat = lstatSync(join(dir, path));
			if (stat.nlink > 1) unlinkSync(join(dir, path));
			else files.set(path, stat.mtimeMs);
		}
	};
	walk('');
	return files;
}

/**
 * Removes from `dir` the spare's files that this build did not write (their modification time is the one
 * listed before it ran: any write changes it, whatever the clock says), then the folders that left empty.
 * Returns how many files it removed.
 * @example sweepUnwritten('/site/.dist-building-x1', spare) // 2 (a removed pledge's page, in both languages)
 */
export function sweepUnwritten(dir: string, before: SpareFiles): number {
	let removed = 0;
	const folders = new Set<string>();
	for (const [path, mtime] of before) {
		let now: number;
		try {
			now = lstatSync(join(dir, path)).mtimeMs;
		} catch {
			continue; // Gone already (replaced by a folder, say).
		}
		if (now !== mtime) continue;
		unlinkSync(join(dir, path));
		removed++;
		for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) folders.add(folder);
	}
	// Deepest first, so a folder is tried after its subfolders; a folder that still has files stays.
	for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
		try {
			rmdirSync(join(dir, folder));
		} catch {
			// Not empty: this build wrote into it.
		}
	}
	return removed;
}

/**
 * The name a build's temporary folder starts with: `.dist-building-<pid>-`. The process id tells the
 * folder of a build still running from one a killed build left behind.
 */
export const buildingPrefix = (finalDir: string, pid = process.pid) => join(dirname(finalDir), `.${basename(finalDir)}-building-${pid}-`);

/** Whether process `pid` is running (signal 0 tests without signalling; EPERM: running, as another user). */
const running = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/**
 * The temporary folders of builds of `finalDir` that were interrupted (killed, or the machine stopped)
 * while writing: their process is gone. Newest first. (A folder named before process ids were in the name
 * counts as interrupted too.) Replaced sites waiting for removal (`…-old`) are not listed.
 * @example interruptedBuilds('/site/dist') // ['/site/.dist-building-4242-AbC123']
 */
export function interruptedBuilds(finalDir: string): string[] {
	const prefix = `.${basename(finalDir)}-building-`;
	let names: string[];
	try {
		names = readdirSync(dirname(finalDir));
	} catch {
		return [];
	}
	return names
		.filter((name) => name.startsWith(prefix) && !name.endsWith('-old'))
		.filter((name) => {
			const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
			return !pid || (pid !== process.pid && !running(pid));
		})
		.map((name) => join(dirname(finalDir), name))
		.sort((a, b) => mtimeOf(b) - mtimeOf(a));
}

const mtimeOf = (path: string) => {
	try {
		return statSync(path).mtimeMs;
	} catch {
		return 0;
	}
};

/**
 * What interrupted builds left beside `finalDir` is put to use: the newest becomes the spare when there is
 * none (a killed build had moved the spare into its folder; whatever it holds, the next build sweeps what it
 * does not write, so any folder serves), and the others are renamed `…-old`, to be removed with the replaced
 * sites after the next successful build. Returns the folders renamed for removal.
 * @example recoverInterrupted('/site/dist') // ['/site/.dist-building-4242-AbC123-old']
 */
export function recoverInterrupted(finalDir: string): string[] {
	const left = interruptedBuilds(finalDir);
	const removed: string[] = [];
	for (const dir of left) {
		try {
			if (!existsSync(spareOf(finalDir))) renameSync(dir, spareOf(finalDir));
			else {
				renameSync(dir, `${dir}-old`);
				removed.push(`${dir}-old`);
			}
		} catch {
			// Another build starting at the same moment took it first.
		}
	}
	return removed;
}
