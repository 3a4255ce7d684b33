/**
 * A build killed during the Astro step (a closed terminal, a power cut) leaves its temporary folder, which
 * holds the spare it had taken: the next build takes that folder back as its spare (writing over the same
 * files) and leaves no `.dist-building-*` folder behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { spareOf } from '../../scripts/spare-site.ts';
import { ROOT, runBuild } from '../helpers/build.ts';

const ENV = { KOYAKU_CONTENT: join(ROOT, 'tests/fixtures/valid'), KOYAKU_OG: 'off' };
const ARGS = ['--no-pdf', '--skip', 'search'];

describe('a build killed while Astro writes', () => {
	it('leaves nothing behind after the next build, which writes over the spare the killed one had taken', async () => {
		const work = mkdtempSync(join(tmpdir(), 'koyaku-interrupted-'));
		const dist = join(work, 'dist');
		const building = () => readdirSync(work).filter((name) => name.startsWith('.dist-building-') && !name.endsWith('-old'));
		await runBuild(dist, ENV, ARGS);
		await runBuild(dist, ENV, ARGS);
		expect(existsSync(spareOf(dist))).toBe(true);

		// The third build is killed as soon as it has taken the spare into its folder.
		const child = spawn(process.execPath, [join(ROOT, 'scripts', 'build.ts'), '--outDir', dist, '--allow-election-day', ...ARGS], {
			cwd: ROOT,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...ENV },
			stdio: 'ignore',
			detached: true,
		});
		const exited = new Promise((done) => child.on('exit', done));
		for (let i = 0; i < 2_400 && existsSync(spareOf(dist)); i++) await sleep(25);
		process.kill(-child.pid!, 'SIGKILL');
		await exited;
		const left = building();
		expect(left).toHaveLength(1);
		const inode = statSync(join(work, left[0]!, 'index.html')).ino;

		await runBuild(dist, ENV, ARGS);
		expect(building()).toEqual([]);
		// The killed build's folder served as the spare: the page was written over the same file.
		expect(statSync(join(dist, 'index.html')).ino).toBe(inode);
		// Replaced sites are removed by a background process the build does not wait for.
		for (let i = 0; i < 400 && readdirSync(work).some((name) => name.endsWith('-old')); i++) await sleep(25);
		expect(readdirSync(work).sort()).toEqual(['.dist-spare', 'dist']);
	}, 300_000);
});
