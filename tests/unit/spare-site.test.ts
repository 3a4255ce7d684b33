/**
 * The spare (scripts/spare-site.ts): taken whole into a build's folder, its hard links removed at once,
 * and after the build only what the build did not write removed, with the folders left empty.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interruptedBuilds, recoverInterrupted, spareOf, sweepUnwritten, takeSpare } from '../../scripts/spare-site.ts';

let work: string;
const final = () => join(work, 'dist');
/** A file as an earlier build wrote it: an hour old. */
const old = (path: string, text: string) => {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
	const then = new Date(Date.now() - 3_600_000);
	utimesSync(path, then, then);
};

beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'koyaku-spare-unit-'));
});
afterEach(() => {
	rmSync(work, { recursive: true, force: true });
});

describe('takeSpare', () => {
	it('is undefined without a spare, and leaves the new folder empty', () => {
		const temp = mkdtempSync(join(work, '.dist-building-'));
		expect(takeSpare(final(), temp)).toBeUndefined();
		expect(existsSync(temp)).toBe(true);
	});

	it('moves the spare into the new folder and lists its files; a hard link is removed, its other name untouched', () => {
		old(join(spareOf(final()), 'index.html'), 'home');
		old(join(spareOf(final()), 'policies', 'a', 'index.html'), 'a');
		writeFileSync(join(work, 'live.json'), 'live');
		mkdirSync(join(spareOf(final()), 'pagefind'));
		linkSync(join(work, 'live.json'), join(spareOf(final()), 'pagefind', 'entry.json'));
		const temp = mkdtempSync(join(work, '.dist-building-'));
		const files = takeSpare(final(), temp)!;
		expect([...files.keys()].sort()).toEqual(['index.html', 'policies/a/index.html']);
		expect(existsSync(spareOf(final()))).toBe(false);
		expect(existsSync(join(temp, 'pagefind', 'entry.json'))).toBe(false);
		expect(readFileSync(join(work, 'live.json'), 'utf8')).toBe('live');
	});
});

describe('sweepUnwritten', () => {
	it('removes what the build did not write and the folders left empty; keeps what it wrote, the same bytes too', () => {
		old(join(spareOf(final()), 'index.html'), 'home');
		old(join(spareOf(final()), 'policies', 'kept', 'index.html'), 'kept');
		old(join(spareOf(final()), 'policies', 'removed', 'index.html'), 'removed');
		old(join(spareOf(final()), 'policies', 'removed', 'card', 'x.png'), 'png');
		old(join(spareOf(final()), 'stale.txt'), 'stale');
		const temp = mkdtempSync(join(work, '.dist-building-'));
		const files = takeSpare(final(), temp)!;
		// The build: the home page written again with the same bytes, one pledge page, one new page.
		writeFileSync(join(temp, 'index.html'), 'home');
		writeFileSync(join(temp, 'policies', 'kept', 'index.html'), 'kept, new words');
		mkdirSync(join(temp, 'reports'));
		writeFileSync(join(temp, 'reports', 'index.html'), 'new');
		expect(sweepUnwritten(temp, files)).toBe(3);
		expect(existsSync(join(temp, 'index.html'))).toBe(true);
		expect(readFileSync(join(temp, 'policies', 'kept', 'index.html'), 'utf8')).toBe('kept, new words');
		expect(existsSync(join(temp, 'reports', 'index.html'))).toBe(true);
		expect(existsSync(join(temp, 'policies', 'removed'))).toBe(false);
		expect(existsSync(join(temp, 'stale.txt'))).toBe(false);
		expect(existsSync(join(temp, 'policies'))).toBe(true);
	});
});

describe('a build that was killed while writing', () => {
	it("its folder becomes the spare again when there is none; others are renamed for removal; a running build's folder is left alone", () => {
		const dir = mkdtempSync(join(work, 'interrupted-'));
		const dist = join(dir, 'dist');
		// A process id that is not running: a child that has exited.
		const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
		const older = mkdtempSync(join(dir, `.dist-building-${gone}-`));
		writeFileSync(join(older, 'index.html'), 'older');
		const newer = mkdtempSync(join(dir, `.dist-building-${gone}-`));
		writeFileSync(join(newer, 'index.html'), 'newer');
		utimesSync(older, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
		const legacy = mkdtempSync(join(dir, '.dist-building-'));
		utimesSync(legacy, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
		const runningBuild = mkdtempSync(join(dir, `.dist-building-${process.ppid}-`));
		const beingRemoved = join(dir, `.dist-building-${gone}-zzzzzz-old`);
		mkdirSync(beingRemoved);
		expect(interruptedBuilds(dist)).toEqual([newer, older, legacy]);
		expect(recoverInterrupted(dist).sort()).toEqual([`${older}-old`, `${legacy}-old`].sort());
		expect(readFileSync(join(spareOf(dist), 'index.html'), 'utf8')).toBe('newer');
		expect(readdirSync(dir).sort()).toEqual([basename(spareOf(dist)), basename(runningBuild), basename(beingRemoved), `${basename(older)}-old`, `${basename(legacy)}-old`].sort());
		expect(interruptedBuilds(dist)).toEqual([]);
	});
});
