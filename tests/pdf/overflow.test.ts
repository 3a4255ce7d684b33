/**
 * Content that does not fit the flyer stops the build, naming what overflowed, and publishes nothing
 * (never a silent third page or clipped text). A copy of the valid fixture with one long slogan.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite, ROOT } from '../helpers/build.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

it('a slogan too long for the front stops the build with a message naming it, and writes no site', async () => {
	const content = mkdtempSync(join(tmpdir(), 'koyaku-flyer-overflow-'));
	const out = mkdtempSync(join(tmpdir(), 'koyaku-flyer-overflow-out-'));
	dirs.push(content, out);
	cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
	const slogan = '子育てと暮らしの安心を、町のすみずみまで届けます。'.repeat(12);
	writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8')}flyer:\n  slogan: ${slogan}\n`);
	const error = await buildSite(out, { KOYAKU_CONTENT: content }).then(
		() => undefined,
		(e: unknown) => e as Error,
	);
	expect(error, 'the build should have failed').toBeInstanceOf(Error);
	const message = error!.message;
	expect(message).toContain('印刷用チラシが2ページに収まりません');
	expect(message).toMatch(/日本語版チラシの表面「名前とスローガン」が枠に入りません（縦に[\d.]+ mmはみ出し）。site\.yaml の flyer\.slogan/);
	expect(message).toMatch(/Japanese flyer, front: the name and slogan do not fit \([\d.]+ mm too tall\)/);
	expect(message).not.toContain('    at ');
	// The last good site stays: nothing was swapped into the output folder, and no PDF was left behind.
	expect(readdirSync(out)).toEqual([]);
	expect(existsSync(join(out, 'flyer-ja.pdf'))).toBe(false);
}, 240_000);
