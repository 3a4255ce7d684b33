/**
 * The one build script (scripts/build.ts): a failing build never touches the last good site, and on
 * election day (Japan time) the build stops unless told otherwise.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { electionDayStop, japanDate } from '../../scripts/build.ts';
import { ROOT } from '../helpers/build.ts';
import { builtSite, folderSnapshot } from '../helpers/site.ts';

const SCRIPT = join(ROOT, 'scripts', 'build.ts');

/** Runs the build's command line with `code` run first (to add a failing step, as a real step would fail). */
const run = (args: string[], env: Record<string, string> = {}, setup = '') => {
	const program = `import { main } from ${JSON.stringify(SCRIPT)};\n${setup};\nawait main(${JSON.stringify(args)}, typeof extra === 'undefined' ? {} : extra);`;
	return spawnSync(process.execPath, ['--input-type=module', '-e', program], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		timeout: 240_000,
	});
};

/** A copy of the last good site, as `dist/` would hold it. */
let good: string;
let before: Record<string, string>;
beforeAll(() => {
	good = join(mkdtempSync(join(tmpdir(), 'koyaku-atomic-')), 'dist');
	cpSync(builtSite(), good, { recursive: true });
	before = folderSnapshot(good);
});

const leftovers = () => readdirSync(dirname(good)).filter((name) => name !== 'dist');

describe('a failing build keeps the last good site', () => {
	it('when a post-build step fails after Astro wrote every page', () => {
		const result = run(['--outDir', good], {}, `import { existsSync } from 'node:fs'; const extra = { postBuild: [{ name: 'pdf', run(ctx) { if (!existsSync(ctx.outDir + '/index.html')) throw new Error('no pages'); throw new Error('printer on fire'); } }] }`);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Internal error in koyaku during the "pdf" step (not a mistake in your content). The previous site was kept.');
		expect(result.stderr).toContain('printer on fire');
		expect(result.stderr).not.toMatch(/^\s+at /m);
		expect(folderSnapshot(good)).toEqual(before);
		expect(Object.keys(before)).toContain('/index.html');
		expect(leftovers()).toEqual([]);
	}, 240_000);

	it('--debug shows the stack of an internal error', () => {
		const result = run(['--outDir', good, '--debug'], {}, `const extra = { postBuild: [{ name: 'pdf', run() { throw new Error('printer on fire'); } }] }`);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^\s+at /m);
		expect(folderSnapshot(good)).toEqual(before);
	}, 240_000);

	it('when the content has a mistake', () => {
		const content = mkdtempSync(join(tmpdir(), 'koyaku-atomic-content-'));
		cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
		writeFileSync(join(content, 'site.yaml'), readFileSync(join(content, 'site.yaml'), 'utf8').replace('email:', 'emial:'));
		const result = run(['--outDir', good], { KOYAKU_CONTENT: content });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('知らない項目「emial」です');
		expect(result.stderr).toContain('nothing was built');
		expect(result.stderr).not.toContain('Internal error');
		expect(folderSnapshot(good)).toEqual(before);
		expect(leftovers()).toEqual([]);
	});
});

describe('election-day guard', () => {
	const electionContent = () => {
		const content = mkdtempSync(join(tmpdir(), 'koyaku-election-'));
		cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
		const file = join(content, 'site.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^electionDate:.*$/m, 'electionDate: 2027-04-25'));
		return content;
	};

	it('stops on the day in Japan time, with the reason, and keeps the site', () => {
		// 2027-04-24 15:30 UTC is 00:30 on the 25th in Japan.
		const result = run(['--outDir', good], { KOYAKU_CONTENT: electionContent(), KOYAKU_NOW: '2027-04-24T15:30:00Z' });
		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toMatchInlineSnapshot(`"✘ 今日（2027-04-25、日本時間）は site.yaml の electionDate に書かれた投票日です。投票日当日は選挙運動ができないため（公職選挙法129条）、サイトを更新しませんでした。選挙運動ではない更新（誤りの訂正など）を選挙管理委員会に確認済みの場合だけ、--allow-election-day を付けて実行してください。 / Today (2027-04-25, Japan time) is election day as set in site.yaml's electionDate. Campaigning, including updating a campaign site, is not allowed on election day (Public Offices Election Act art. 129), so nothing was built. Only for an update that is not campaigning and that you have cleared with the election board, run again with --allow-election-day."`);
		expect(folderSnapshot(good)).toEqual(before);
	});

	it('builds on the day with --allow-election-day, and says so', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'koyaku-election-out-')), 'dist');
		const result = run(['--outDir', out, '--allow-election-day'], { KOYAKU_CONTENT: electionContent(), KOYAKU_NOW: '2027-04-25T03:00:00Z' });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('election day: building because of --allow-election-day');
		expect(readdirSync(out)).toContain('index.html');
	}, 240_000);

	it('the day boundaries are Japan midnight, not UTC', () => {
		expect(electionDayStop('2027-04-25', new Date('2027-04-24T14:59:59Z'))).toBeUndefined(); // 23:59:59 JST on the 24th
		expect(electionDayStop('2027-04-25', new Date('2027-04-24T15:00:00Z'))).toContain('2027-04-25'); // 00:00 JST
		expect(electionDayStop('2027-04-25', new Date('2027-04-25T14:59:59Z'))).toContain('2027-04-25'); // 23:59:59 JST
		expect(electionDayStop('2027-04-25', new Date('2027-04-25T15:00:00Z'))).toBeUndefined(); // the day after
		expect(electionDayStop(undefined, new Date('2027-04-25T03:00:00Z'))).toBeUndefined();
		expect(japanDate(new Date('2027-12-31T15:00:00Z'))).toBe('2028-01-01');
	});
});
