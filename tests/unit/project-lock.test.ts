/**
 * The project build lock (scripts/project-lock.ts): two builds of one project take turns at the Astro
 * step, the second saying it waits; a lock left by a build that was killed is taken over.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { withProjectLock } from '../../scripts/project-lock.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('withProjectLock', () => {
	it('runs two builds of one project one after the other, and the second says it waits', async () => {
		root = mkdtempSync(join(tmpdir(), 'koyaku-lock-'));
		const events: string[] = [];
		const logs: string[] = [];
		const build = (name: string) =>
			withProjectLock(
				root,
				async () => {
					events.push(`${name} start`);
					await sleep(150);
					events.push(`${name} end`);
				},
				{ pollMs: 20, log: (m) => logs.push(m) },
			);
		await Promise.all([build('a'), sleep(10).then(() => build('b'))]);
		expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
		expect(logs).toEqual(['  … 別の作成が終わるのを待っています / waiting for another build of this project to finish']);
	});

	it('releases the lock when the build fails', async () => {
		root = mkdtempSync(join(tmpdir(), 'koyaku-lock-'));
		await expect(withProjectLock(root, () => Promise.reject(new Error('astro failed')))).rejects.toThrow('astro failed');
		await expect(withProjectLock(root, async () => 'next')).resolves.toBe('next');
	});

	it('takes over a lock whose build is gone', async () => {
		root = mkdtempSync(join(tmpdir(), 'koyaku-lock-'));
		const lock = join(root, 'node_modules', '.cache', 'koyaku', 'build.lock');
		mkdirSync(lock, { recursive: true });
		writeFileSync(join(lock, 'pid'), '2147483646');
		await expect(withProjectLock(root, async () => 'ran', { timeoutMs: 1000 })).resolves.toBe('ran');
	});

	it('gives up with a message when another build never ends', async () => {
		root = mkdtempSync(join(tmpdir(), 'koyaku-lock-'));
		const lock = join(root, 'node_modules', '.cache', 'koyaku', 'build.lock');
		mkdirSync(lock, { recursive: true });
		writeFileSync(join(lock, 'pid'), String(process.pid));
		await expect(withProjectLock(root, async () => 'ran', { pollMs: 10, timeoutMs: 50 })).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: ✘ 別の作成が1分以上終わりません。ほかの「npm run build」を止めてから、もう一度実行してください / another build of this project has been running for over 1 minutes: stop it, then run this again.]`);
	});
});
