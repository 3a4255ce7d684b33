/**
 * The やさしい日本語 edition (issue 28), on real built output:
 * - Komoro's site (`locales: [ja, en, easy]`, built by the global setup): every page type under /easy/,
 *   `<html lang="ja-x-easy">`, hreflang and sitemap entries, the three-edition switch, furigana on every
 *   kanji, the edition's own UI strings, search that stays in the edition, share cards and feed;
 * - tests/fixtures/easy-campaign (fictional みなみ野町, a few texts written in やさしい日本語): the easy text
 *   where written, the Japanese where not, the easy body part.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { buildSite, readPage, ROOT } from '../helpers/build.ts';
import { attr, elements, openingTags, textOf } from '../helpers/html.ts';
import { filesOf, pathOf } from '../helpers/links.ts';
import { searchSite } from '../helpers/pagefind-search.ts';
import { builtSite } from '../helpers/site.ts';

/** The text a reader sees, furigana left out (what the base text says). */
const plain = (html: string) => textOf(html.replace(/<r[tp]>[^<]*(<\/r[tp]>)?/g, '').replace(/<\/?ruby>/g, ''));
/** Kanji (and 々) in visible text that is not the base of a <ruby>: what a reader would have to read unaided. */
const bareKanji = (html: string) =>
	textOf(
		html
			.replace(/<(title|script|style|svg|noscript)\b[\s\S]*?<\/\1>/g, ' ')
			.replace(/<ruby>[\s\S]*?<\/ruby>/g, ' ')
			.replace(/<[^>]+>/g, ' '),
	).match(/[\p{Script=Han}々]+/gu) ?? [];
const langAttr = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const alternates = (html: string) => openingTags(html, 'link').filter((tag) => tag.includes('hreflang=')).map((tag) => `${attr(tag, 'hreflang')} ${attr(tag, 'href')}`);
const htmlPages = (dir: string) => filesOf(dir).filter((f) => f.endsWith('.html'));

describe("Komoro's site with the easy edition", () => {
	let dir = '';
	beforeAll(() => {
		dir = builtSite();
	});

	it('has every page of the Japanese edition under /easy/, each <html lang="ja-x-easy">', () => {
		const ja = htmlPages(dir).filter((f) => !/^(en|easy|print|og|pagefind|admin)\//.test(f) && f !== '404.html');
		expect(ja.length).toBeGreaterThan(50);
		for (const kind of ['index.html', 'manifestos/', 'pillars/', 'policies/', 'metrics/index.html', 'metrics/', 'ratings/index.html', 'reports/index.html', 'reports/', 'search/index.html']) expect(ja.some((f) => f.startsWith(kind)), kind).toBe(true);
		const missing = ja.filter((f) => !existsSync(join(dir, 'easy', f)));
		expect(missing).toEqual([]);
		for (const file of ja) expect(langAttr(readFileSync(join(dir, 'easy', file), 'utf8')), file).toBe('ja-x-easy');
		expect(existsSync(join(dir, 'easy', 'rss.xml'))).toBe(true);
	});

	it('lists the edition as ja-x-easy among the alternates of every edition, and in the sitemap', () => {
		const origin = 'https://koyaku.example.jp';
		const expected = (path: string) => [`ja ${origin}/${path}`, `en ${origin}/en/${path}`, `ja-x-easy ${origin}/easy/${path}`, `x-default ${origin}/${path}`];
		for (const path of ['', 'metrics/', 'policies/kenkozukuri/']) {
			for (const prefix of ['', 'en/', 'easy/']) expect(alternates(readPage(dir, `/${prefix}${path}`)), `/${prefix}${path}`).toEqual(expected(path));
			expect(openingTags(readPage(dir, `/easy/${path}`), 'link').find((tag) => tag.includes('rel="canonical"'))).toContain(`href="${origin}/easy/${path}"`);
		}
		const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain(`<loc>${origin}/easy/policies/kenkozukuri/</loc>`);
		expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="ja-x-easy" href="${origin}/easy/policies/kenkozukuri/"/>`);
	});

	it('every page has the switch listing やさしいにほんご / 日本語 / English, the current one not a link, without JavaScript', () => {
		for (const [prefix, current] of [['', '日本語'], ['en/', 'English'], ['easy/', 'やさしいにほんご']] as const) {
			const html = readPage(dir, `/${prefix}policies/kenkozukuri/`);
			const [list] = elements(html, 'p', /class="lang-switches"/);
			expect(list, prefix).toBeDefined();
			expect(plain(list!)).toBe('やさしいにほんご 日本語 English');
			expect(plain(elements(list!, 'b', /aria-current="true"/)[0] ?? '')).toBe(current);
			expect(openingTags(list!, 'a').map((tag) => `${attr(tag, 'lang')} ${attr(tag, 'href')}`)).toEqual(
				[['ja-x-easy', '/easy/policies/kenkozukuri/'], ['ja', '/policies/kenkozukuri/'], ['en', '/en/policies/kenkozukuri/']].filter(([tag]) => tag !== { '': 'ja', 'en/': 'en', 'easy/': 'ja-x-easy' }[prefix]).map((pair) => pair.join(' ')),
			);
			expect(html).not.toMatch(/<script\b/);
		}
	});

	it('puts furigana (<ruby> with <rp>) on every kanji of every edition page, and on the switch link to it', () => {
		const pages = htmlPages(dir).filter((f) => f.startsWith('easy/'));
		const bare = pages.flatMap((file) => bareKanji(readFileSync(join(dir, file), 'utf8')).map((word) => `${file}: ${word}`));
		expect(bare).toEqual([]);
		const home = readPage(dir, '/easy/');
		expect(home).toContain('<ruby>小諸<rp>(<rt>こもろ<rp>)</ruby>');
		expect(home).not.toContain('</rt>');
		// The Japanese and English editions keep their text as it was: the switch names the edition in kana.
		for (const path of ['/', '/en/']) expect(readPage(dir, path)).not.toContain('<ruby>');
		// The 404 page's easy part has furigana, the rest none.
		const notFound = readPage(dir, '/404.html');
		expect(elements(notFound, 'section', /lang="ja-x-easy"/)[0]).toContain('<ruby>');
		expect(bareKanji(elements(notFound, 'section', /lang="ja-x-easy"/)[0]!)).toEqual([]);
	});

	it("speaks in the edition's own UI strings, with dates written 2020年1月15日 (no 和暦)", () => {
		const home = plain(readPage(dir, '/easy/'));
		for (const key of ['site.nav.metrics', 'site.skipToContent', 'dashboard.title'] as const) expect(home).toContain(t('easy', key));
		expect(home).not.toContain(t('ja', 'site.nav.metrics'));
		const metrics = plain(readPage(dir, '/easy/metrics/'));
		expect(metrics).toContain(t('easy', 'metrics.title'));
		// The dates the site writes (a source's own words, quoted, keep their 令和).
		const dates = elements(readPage(dir, '/easy/'), 'time').map(plain);
		expect(dates.length).toBeGreaterThan(0);
		for (const date of dates) expect(date).toMatch(/^\d{4}年(\d{1,2}月(\d{1,2}日)?)?$/);
	});

	it('searches its own index: easy pages never in the Japanese results, Japanese pages never in the easy ones', async () => {
		const easy = await searchSite(dir, 'ja-x-easy', '子育て');
		const ja = await searchSite(dir, 'ja', '子育て');
		expect(easy.length).toBeGreaterThan(0);
		expect(ja.length).toBeGreaterThan(0);
		expect(easy.filter((url) => !url.startsWith('/easy/'))).toEqual([]);
		expect(ja.filter((url) => url.startsWith('/easy/'))).toEqual([]);
		// Furigana stays out of the index (and the excerpts): the page's text is indexed as its base text.
		const fragments = readdirSync(join(dir, 'pagefind', 'fragment')).filter((f) => f.startsWith('ja-x-easy_'));
		const page = fragments.map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', f))).subarray(12).toString('utf8')) as { url: string; content: string }).find((p) => p.url === '/easy/policies/kenkozukuri/');
		expect(page?.content).toContain('健康');
		expect(page?.content).not.toContain('けんこう');
	});

	it('has share cards of its own', () => {
		const html = readPage(dir, '/easy/policies/kenkozukuri/');
		const image = attr(openingTags(html, 'meta').find((tag) => tag.includes('property="og:image"'))!, 'content')!;
		expect(image).toMatch(/\/og\/easy\/.+\.png$/);
		expect(existsSync(join(dir, new URL(image).pathname))).toBe(true);
		expect(openingTags(html, 'meta').find((tag) => tag.includes('property="og:locale"'))).toContain('ja_JP');
	});
});

describe('a campaign with a few texts in やさしい日本語 (tests/fixtures/easy-campaign)', () => {
	let dir = '';
	beforeAll(async () => {
		dir = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-easy-')), { KOYAKU_CONTENT: join(ROOT, 'tests/fixtures/easy-campaign') }, ['--no-pdf']);
	}, 300_000);

	it('shows the easy text where it is written, in titles, reasons and the body', () => {
		const page = readPage(dir, '/easy/policies/kankokyaku/');
		expect(plain(elements(page, 'h1')[0]!)).toBe('町に来る人を多くする');
		expect(plain(page)).toContain('2023年度に来た人は、いちばん多くなりました。');
		expect(plain(elements(page, 'div', /class="prose"/)[0]!)).toBe('町に来る人を、1年に6万人にします。');
		expect(plain(readPage(dir, '/easy/'))).toContain('人がたくさん来る町');
		// The Japanese edition is untouched by it.
		const ja = readPage(dir, '/policies/kankokyaku/');
		expect(plain(elements(ja, 'h1')[0]!)).toBe('観光客をふやす');
		expect(ja).not.toContain('町に来る人');
	});

	it('shows the Japanese where no easy text is written, and says so', () => {
		const page = readPage(dir, '/easy/policies/akiten-zero/');
		expect(plain(elements(page, 'h1')[0]!)).toBe('商店街の空き店舗をなくす');
		expect(plain(page)).toContain(t('easy', 'site.fallbackNotice'));
		expect(bareKanji(page)).toEqual([]);
	});

	it('has no flyer of its own: its pages link to the Japanese and English flyers', () => {
		expect(existsSync(join(dir, 'flyer-easy.pdf'))).toBe(false);
		expect(existsSync(join(dir, 'easy', 'print'))).toBe(false);
		const links = openingTags(readPage(dir, '/easy/'), 'a').filter((tag) => tag.includes('application/pdf'));
		expect([...new Set(links.map((tag) => attr(tag, 'href')))]).toEqual(['/flyer-ja.pdf', '/flyer-en.pdf']);
	});

	it('keeps every page of the Japanese edition in the edition', () => {
		const ja = htmlPages(dir).filter((f) => !/^(en|easy|pagefind|print)\//.test(f) && f !== '404.html');
		expect(ja.filter((f) => !existsSync(join(dir, 'easy', f)))).toEqual([]);
		expect(pathOf('easy/index.html')).toBe('/easy/');
	});
});
