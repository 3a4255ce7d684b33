/**
 * A build writes over the site the build before replaced (its spare, scripts/spare-site.ts): what it
 * publishes is exactly what a build into an empty folder publishes. Nothing the spare had and this build
 * did not write survives (a removed pledge's page), no file linked with the live site is written through,
 * and a spare in the way (a file where a folder must go) costs only a second Astro run. Real builds of a
 * copy of the small valid fixture, without PDFs.
 */
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { VALID } from '../helpers/content-variants.ts';
import { folderSnapshot } from '../helpers/site.ts';

let work: string;
let content: string;
const dist = () => join(work, 'dist');
const spare = () => join(work, '.dist-spare');

/** `npm run build` (without PDFs) of the copied content into `outDir`; resolves to its output. */
const build = (outDir: string, env: Record<string, string> = {}) =>
	runBuild(outDir, { KOYAKU_CONTENT: content, KOYAKU_CACHE: join(work, 'cache'), ...env }, ['--skip', 'pdf']);

/** Every file under `dir`, dated an hour ago: written by an earlier build, as a spare's files are. */
function age(dir: string) {
	const then = new Date(Date.now() - 3_600_000);
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), then, then);
}

let fresh: Record<string, string>;
const log: Record<'over' | 'inTheWay', string> = { over: '', inTheWay: '' };
const live = { file: '', text: 'the live site’s own bytes' };

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'koyaku-spare-'));
	content = join(work, 'content');
	cpSync(VALID, content, { recursive: true });
	// Into a folder that has no spare: what a build into an empty folder publishes.
	await build(join(work, 'fresh'));
	fresh = folderSnapshot(join(work, 'fresh'));

	// A spare as a build leaves it, plus what a removed pledge leaves behind, and a page that is a hard
	// link with a file of the live site (the search step links the live index's files).
	cpSync(join(work, 'fresh'), spare(), { recursive: true });
	mkdirSync(join(spare(), 'policies', 'removed-pledge'), { recursive: true });
	writeFileSync(join(spare(), 'policies', 'removed-pledge', 'index.html'), '<html>removed</html>');
	writeFileSync(join(spare(), 'stale.txt'), 'stale');
	live.file = join(work, 'live.html');
	writeFileSync(live.file, live.text);
	rmSync(join(spare(), 'index.html'));
	linkSync(live.file, join(spare(), 'index.html'));
	age(spare());
	log.over = await build(dist());

	// A spare with a file where this build needs a folder.
	cpSync(join(work, 'fresh'), spare(), { recursive: true });
	rmSync(join(spare(), 'policies'), { recursive: true });
	writeFileSync(join(spare(), 'policies'), 'in the way');
	age(spare());
	log.inTheWay = await build(dist());
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build over the spare', () => {
	it('publishes, file by file, what a build into an empty folder publishes: nothing of the spare it did not write', () => {
		expect(existsSync(join(dist(), 'policies', 'removed-pledge'))).toBe(false);
		expect(existsSync(join(dist(), 'stale.txt'))).toBe(false);
		expect(folderSnapshot(dist())).toEqual(fresh);
	});

	it('never writes through a file linked with the live site', () => {
		expect(readFileSync(live.file, 'utf8')).toBe(live.text);
	});

	it('builds again into an empty folder when the spare is in the way, with the same result, and keeps the replaced site as the next spare', () => {
		expect(log.inTheWay).toContain('building again into an empty folder');
		expect(folderSnapshot(dist())).toEqual(fresh);
		expect(folderSnapshot(spare())).toEqual(fresh);
	});
});
