/**
 * site.yaml `locales` and `rootLocale`: the URL helpers under each setup, and what `npm run check` says
 * about languages (a Japanese-only site needs no English; a site with English pages needs the English
 * counter words; Japanese is always required).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printPath } from '../../src/flyer/files.ts';
import { localeUrl, otherLocales, pagePath } from '../../src/i18n/index.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { localeSetupOf } from '../../src/schemas/locales.ts';
import { ROOT } from '../helpers/build.ts';

const JA_ONLY = { locales: ['ja'], root: 'ja' } as const;
const EN_ROOT = { locales: ['ja', 'en'], root: 'en' } as const;

describe('locale URLs follow the setup', () => {
	it('default: Japanese at /, English at /en/', () => {
		expect([localeUrl('ja', 'metrics/'), localeUrl('en', 'metrics/'), printPath('ja'), printPath('en')]).toEqual(['/metrics/', '/en/metrics/', '/print/flyer/', '/en/print/flyer/']);
		expect(otherLocales('ja')).toEqual(['en']);
	});
	it('English at the root puts Japanese under /ja/', () => {
		expect([localeUrl('en', 'metrics/', EN_ROOT), localeUrl('ja', 'metrics/', EN_ROOT), localeUrl('ja', '', EN_ROOT)]).toEqual(['/metrics/', '/ja/metrics/', '/ja/']);
		expect([pagePath('/ja/policies/a/', EN_ROOT), pagePath('/ja', EN_ROOT), pagePath('/policies/a/', EN_ROOT)]).toEqual(['policies/a/', '', 'policies/a/']);
		// Under English at the root, /en/ is not a prefix but a page path like any other.
		expect(pagePath('/en/x/', EN_ROOT)).toBe('en/x/');
		expect([printPath('en', EN_ROOT), printPath('ja', EN_ROOT)]).toEqual(['/print/flyer/', '/ja/print/flyer/']);
	});
	it('a Japanese-only site has no other language', () => {
		expect(otherLocales('ja', JA_ONLY)).toEqual([]);
		expect(pagePath('/en/metrics/', JA_ONLY)).toBe('en/metrics/');
	});
	it('astro.config reads the setup from raw site.yaml, falling back to the default when it is wrong', () => {
		expect(localeSetupOf({ locales: ['ja'] })).toEqual({ locales: ['ja'], root: 'ja' });
		expect(localeSetupOf({ rootLocale: 'en' })).toEqual({ locales: ['ja', 'en'], root: 'en' });
		expect(localeSetupOf({ locales: ['en'] })).toEqual({ locales: ['ja', 'en'], root: 'ja' });
		expect(localeSetupOf(undefined)).toEqual({ locales: ['ja', 'en'], root: 'ja' });
	});
});

/** A copy of the Japanese-only fixture with `edit` applied to its files; the problems `npm run check` prints. */
function checkCopy(edit: (dir: string) => void): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'koyaku-locales-'));
	cpSync(join(ROOT, 'tests/fixtures/ja-only-campaign'), dir, { recursive: true });
	edit(dir);
	return loadContent(dir).problems.map((p) => formatProblem({ ...p, file: p.file.slice(p.file.indexOf('koyaku-locales-')).replace(/^[^/]+\//, '') }));
}
/** The fixture's `locales:` line (not the comment above it that mentions it). */
const LOCALES_LINE = /^locales: \[ja\]$/m;
const rewrite = (dir: string, file: string, from: string | RegExp, to: string) => {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = before.replace(from, to);
	if (after === before) throw new Error(`${file}: nothing to replace`);
	writeFileSync(path, after);
};

describe('what check says about languages', () => {
	it('a Japanese-only site checks without any English text', () => {
		const result = loadContent(join(ROOT, 'tests/fixtures/ja-only-campaign'));
		expect(result.problems).toEqual([]);
		expect(result.model?.site.locales).toEqual(['ja']);
		expect(result.model?.site.rootLocale).toBe('ja');
	});

	it('with English pages too, a counter word needs its English', () => {
		expect(checkCopy((dir) => rewrite(dir, 'site.yaml', LOCALES_LINE, 'locales: [ja, en]'))).toMatchInlineSnapshot(`
			[
			  "policies/akiten-zero.md:15  metrics.0.counter.en  英語のページもあるため、単位の英語（en）が必要です（例: { ja: 店舗, en: stores }）。日本語だけのサイトなら site.yaml に locales: [ja] と書いてください / The site has English pages, so the counter needs its English word (e.g. { ja: 店舗, en: stores }); for a Japanese-only site write locales: [ja] in site.yaml",
			]
		`);
	});

	it('a text written in English only says that the Japanese is missing', () => {
		expect(checkCopy((dir) => rewrite(dir, 'site.yaml', '  title: みなみ野町長', '  title: { en: Mayor of Minamino }'))).toMatchInlineSnapshot(`
			[
			  "site.yaml:6  candidate.title.ja  日本語の文章（ja）がありません。サイトは日本語が基本なので、{ ja: 日本語, en: English } のように日本語を書いてください / The Japanese text (ja) is missing: the site is Japanese first, so write it, e.g. { ja: 日本語, en: English }",
			]
		`);
	});

	it('Japanese is always one of the languages, each listed once, and the root is one of them', () => {
		expect(checkCopy((dir) => rewrite(dir, 'site.yaml', LOCALES_LINE, 'locales: [en]'))).toMatchInlineSnapshot(`
			[
			  "site.yaml:3  locales  日本語（ja）は必ず入れてください。内容は日本語で書くためです（例: [ja] または [ja, en]） / Japanese (ja) must be one of the languages: the content is written in Japanese first (e.g. [ja] or [ja, en])",
			]
		`);
		expect(checkCopy((dir) => rewrite(dir, 'site.yaml', LOCALES_LINE, 'locales: [ja, ja]'))).toMatchInlineSnapshot(`
			[
			  "site.yaml:3  locales  同じ言語が2回書かれています / A language is listed twice",
			]
		`);
		expect(checkCopy((dir) => rewrite(dir, 'site.yaml', LOCALES_LINE, 'locales: [ja]\nrootLocale: en'))).toMatchInlineSnapshot(`
			[
			  "site.yaml:4  rootLocale  rootLocale の「en」が locales（ja）にありません / rootLocale "en" is not one of the locales (ja)",
			]
		`);
		expect(checkCopy((dir) => rewrite(dir, 'site.yaml', LOCALES_LINE, 'locales: [ja, fr]'))).toMatchInlineSnapshot(`
			[
			  "site.yaml:3  locales.1  次のどれかを書いてください: ja, en, easy / Expected one of ja, en, easy, got "fr"",
			]
		`);
	});

	it('a body link to an English page is a dead link on a Japanese-only site, and to /ja/ fine under English at the root', () => {
		const toEnglish = (dir: string) => rewrite(dir, 'policies/akiten-zero.md', '(/policies/kankokyaku/)', '(/en/policies/kankokyaku/)');
		expect(checkCopy(toEnglish)).toMatchInlineSnapshot(`
			[
			  "policies/akiten-zero.md:21  body  リンク先のページ「/en/policies/kankokyaku/」はありません。「/policies/kankokyaku/」のことですか？ / There is no page "/en/policies/kankokyaku/" on the site: did you mean "/policies/kankokyaku/"?",
			]
		`);
		const enRoot = (dir: string) => rewrite(dir, 'site.yaml', LOCALES_LINE, 'locales: [ja, en]\nrootLocale: en');
		const counter = (dir: string) => rewrite(dir, 'policies/akiten-zero.md', 'counter: { ja: 店舗 }', 'counter: { ja: 店舗, en: shops }');
		expect(
			checkCopy((dir) => {
				enRoot(dir);
				counter(dir);
				rewrite(dir, 'policies/akiten-zero.md', '(/policies/kankokyaku/)', '(/ja/policies/kankokyaku/)');
			}),
		).toEqual([]);
		expect(
			checkCopy((dir) => {
				enRoot(dir);
				counter(dir);
				rewrite(dir, 'policies/akiten-zero.md', '(/policies/kankokyaku/)', '(/ja/policies/kankokyak/)');
			}),
		).toMatchInlineSnapshot(`
			[
			  "policies/akiten-zero.md:21  body  リンク先のページ「/ja/policies/kankokyak/」はありません。「/ja/policies/kankokyaku/」のことですか？ / There is no page "/ja/policies/kankokyak/" on the site: did you mean "/ja/policies/kankokyaku/"?",
			]
		`);
	});
});
