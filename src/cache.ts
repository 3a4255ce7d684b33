/**
 * The one cache mechanism of the build: what it may reuse next time (charts, rendered bodies, share cards,
 * the search index's record) is kept in a folder of its own under `node_modules/.cache/koyaku/<name>/`,
 * each file named by a hash of everything that decides its content, so nothing stale is ever served.
 * `KOYAKU_CACHE=off` keeps nothing (src/settings.ts). A cache file that cannot be read or written costs
 * only the time to make it again. Only Node's own modules and the settings: model, charts, pages and
 * scripts all use it.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from './settings.ts';

/**
 * The folder of cache `name` (`charts`, `bodies`, `og`, `search`), or undefined when caching is off.
 * Not created until something is written.
 * @example cacheFolder('charts') // '/…/node_modules/.cache/koyaku/charts'
 */
export function cacheFolder(name: string): string | undefined {
	const root = cacheRoot();
	return root && join(root, name);
}

/** A hash to feed piece by piece (a big input: every built page); `cacheKey` for the usual case. */
export const contentHash = (): Hash => createHash('sha256');

/**
 * The key of a content: the sha256 of its parts (each followed by a NUL, so parts cannot run together),
 * in hex, cut to `length` characters.
 * @example cacheKey([fingerprint, markdown]) // '3f2a…' (32 characters)
 */
export function cacheKey(parts: (string | Uint8Array)[], length = 32): string {
	const hash = contentHash();
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex').slice(0, length);
}

/** The bytes of `file` in cache folder `folder`, or undefined when it is not there (or cannot be read). */
export function readCached(folder: string, file: string): Buffer | undefined {
	try {
		return readFileSync(join(folder, file));
	} catch {
		return undefined;
	}
}

/**
 * Writes `file` into cache folder `folder`: aside, then renamed, so a parallel build never reads half a
 * file. False when it could not be written (a read-only or full disk).
 */
export function writeCached(folder: string, file: string, data: string | Uint8Array): boolean {
	const path = join(folder, file);
	const aside = `${path}.${process.pid}.part`;
	try {
		mkdirSync(folder, { recursive: true });
		writeFileSync(aside, data);
		renameSync(aside, path);
		return true;
	} catch {
		try {
			rmSync(aside, { force: true });
		} catch {
			// Never written (the folder could not be made): nothing to remove.
		}
		return false;
	}
}
