/**
 * Content that does not fit a flyer even with every optional item left out (here one Japanese slogan far
 * too long for the title band) is an error for THAT flyer only, naming the part, the language, by how
 * many mm and what to shorten: the site and the English flyer are still published (one language's flyer
 * never holds back the other's or the site's update); never a silent third page or clipped text.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBuild, ROOT } from '../helpers/build.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

it('a Japanese slogan too long for the front: no Japanese flyer, a message naming it; the site and the English flyer are published', async () => {
	const content = mkdtempSync(join(tmpdir(), 'koyaku-flyer-overflow-'));
	const out = join(mkdtempSync(join(tmpdir(), 'koyaku-flyer-overflow-out-')), 'dist');
	dirs.push(content, out);
	cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
	const slogan = '子育てと暮らしの安心を、町のすみずみまで届けます。'.repeat(12);
	writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8')}flyer:\n  slogan: { ja: ${slogan}, en: Peace of mind for every family }\n`);
	const log = await runBuild(out, { KOYAKU_CONTENT: content }, ['--skip', 'search']);
	expect(log).toContain('✘ 日本語版の印刷用チラシが2ページに収まらないため、作成していません / The Japanese printed flyer does not fit on its 2 pages: it was not made');
	expect(log).toMatch(/日本語版チラシの表面「名前とスローガン」が、ほかをすべて省いても枠に入りません（縦に[\d.]+ mmはみ出し）。site\.yaml の flyer\.slogan/);
	expect(log).toMatch(/Japanese flyer, front, name and slogan: does not fit even with everything optional left out \([\d.]+ mm too tall\); shorten flyer\.slogan/);
	expect(log).toContain('flyer-ja.pdf はありません');
	expect(log).not.toContain('    at ');
	expect(existsSync(join(out, 'index.html'))).toBe(true);
	expect(existsSync(join(out, 'flyer-en.pdf'))).toBe(true);
	expect(existsSync(join(out, 'flyer-ja.pdf'))).toBe(false);
}, 240_000);
