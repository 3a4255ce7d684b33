/**
 * The flyer's glyphs: rare kanji the embedded font has (𠮷 𩸽 𡈽, outside the BMP) print in it, as the
 * same CID TrueType subsets as everything else (never a Type 3 system font), and extract as themselves.
 * Characters the font lacks never reach the flyer: check names them (tests/unit/hostile.test.ts).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../helpers/build.ts';
import { fontsOf, openPdf, textOf } from '../helpers/pdf.ts';

let out = '';
beforeAll(async () => {
	const content = mkdtempSync(join(tmpdir(), 'koyaku-glyphs-'));
	cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
	const pledge = join(content, 'policies/town-promotion.md');
	writeFileSync(pledge, readFileSync(pledge, 'utf8').replace('title: { ja: 町の魅力を発信, en: Promote the town }', 'title: { ja: 𠮷野の𩸽と𡈽を発信, en: Promote 𠮷野 }'));
	out = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-glyphs-site-')), { KOYAKU_CONTENT: content, KOYAKU_OG: 'off' }, ['--skip', 'search']);
}, 300_000);

describe('rare kanji on the flyer', () => {
	it.each(['ja', 'en'])('flyer-%s.pdf prints them in the embedded font', async (lang) => {
		const doc = await openPdf(join(out, `flyer-${lang}.pdf`));
		const text = (await textOf(doc, 1)) + (await textOf(doc, 2));
		expect(text).toContain(lang === 'ja' ? '𠮷野の𩸽と𡈽を発信' : 'Promote𠮷野');
		for (const page of [1, 2])
			for (const font of await fontsOf(doc, page)) {
				expect(font.name, font.name).toMatch(/NotoSansJP/);
				expect(font.isType3Font, font.name).toBe(false);
				expect(font.missingFile, font.name).toBe(false);
			}
	});
});
