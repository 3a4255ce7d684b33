/**
 * Which languages a site has and which is at the root are site.yaml settings (`locales`, `rootLocale`).
 * Built through the real build script:
 * - tests/fixtures/ja-only-campaign (`locales: [ja]`, fictional みなみ野町): Japanese pages only — no /en/,
 *   no link or alternate to English, no language switch, one flyer, one feed, one search index;
 * - a copy of tests/fixtures/valid with `rootLocale: en`: English at /, Japanese under /ja/, nothing at /en/.
 * The Komoro site's default (ja at /, en at /en/) is pinned by the other build tests.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readPage, ROOT } from '../helpers/build.ts';
import { openingTags, textOf, elements } from '../helpers/html.ts';
import { brokenReferences, filesOf, pathOf } from '../helpers/links.ts';

const JA_ONLY = join(ROOT, 'tests/fixtures/ja-only-campaign');
let jaOnly = '';
let enRoot = '';
beforeAll(async () => {
	const content = mkdtempSync(join(tmpdir(), 'koyaku-en-root-content-'));
	cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
	appendFileSync(join(content, 'site.yaml'), '\nrootLocale: en\n');
	// Body links written from the site root, in both languages (and one that names a language, one to a file).
	const pledge = join(content, 'policies', 'town-promotion.md');
	writeFileSync(
		pledge,
		readFileSync(pledge, 'utf8')
			.replace('最重点政策の一つです。', '最重点政策の一つです。[窓口の公約](/policies/child-care-desk/)と[数値](/metrics/)もご覧ください。')
			.replace('One of the top priorities.', 'One of the top priorities. See [the desk pledge](/policies/child-care-desk/) ([in Japanese](/ja/policies/child-care-desk/)) and [the flyer](/flyer-ja.pdf).'),
	);
	// One after the other: Astro's prerender folder (.astro/) is the project's, shared by builds.
	jaOnly = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-ja-only-')), { KOYAKU_CONTENT: JA_ONLY });
	enRoot = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-en-root-')), { KOYAKU_CONTENT: content });
}, 300_000);

const htmlFiles = (dir: string) => filesOf(dir).filter((f) => f.endsWith('.html'));
const langOf = (html: string) => /<html lang="(\w+)"/.exec(html)?.[1];
const alternates = (html: string) => openingTags(html, 'link').filter((tag) => tag.includes('hreflang='));
const searchLanguages = (dir: string) => Object.keys((JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: object }).languages).sort();

describe('a Japanese-only site (locales: [ja])', () => {
	it('builds Japanese pages only: every page is lang="ja" and nothing is under /en/', () => {
		const pages = htmlFiles(jaOnly);
		expect(pages).toContain('index.html');
		expect(pages).toContain('policies/kankokyaku/index.html');
		// home, manifesto, pillar, 2 pledges, figures + 2 figure pages, ratings, reports + 1 issue, search, 404, accessibility
		expect(pages).toHaveLength(14);
		expect(pages.filter((f) => f.startsWith('en/'))).toEqual([]);
		expect(existsSync(join(jaOnly, 'en'))).toBe(false);
		for (const file of pages) expect(langOf(readFileSync(join(jaOnly, file), 'utf8')), file).toBe('ja');
	});

	it('has no language switch, no hreflang alternates and no link to English anywhere', () => {
		for (const file of [...htmlFiles(jaOnly), 'sitemap-0.xml', 'rss.xml']) {
			const html = readFileSync(join(jaOnly, file), 'utf8');
			expect(html, file).not.toMatch(/["'(]\/en(\/|["'])|example\/en\/|flyer-en/);
			expect(html, file).not.toContain('class="lang-switch"');
			expect(alternates(html), file).toEqual([]);
			expect(html, file).not.toContain('og:locale:alternate');
		}
		expect(brokenReferences(jaOnly, 'https://minamino.example')).toEqual([]);
	});

	it('prints one flyer, writes one feed, one search index and share cards in Japanese only', () => {
		const files = filesOf(jaOnly);
		expect(files.filter((f) => f.endsWith('.pdf'))).toEqual(['flyer-ja.pdf']);
		expect(files.filter((f) => f.endsWith('rss.xml'))).toEqual(['rss.xml']);
		expect(searchLanguages(jaOnly)).toEqual(['ja']);
		const cards = files.filter((f) => f.startsWith('og/'));
		expect(cards).toContain('og/ja/home.png');
		expect(cards).toContain('og/ja/policies/kankokyaku.png');
		expect(cards.filter((f) => !f.startsWith('og/ja/'))).toEqual([]);
		// The footer links the one flyer there is.
		const flyerLinks = elements(readPage(jaOnly, '/'), 'p', /class="flyer-links"/)[0]!;
		expect([...flyerLinks.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/flyer-ja.pdf']);
	});

	it('lists only Japanese pages in the sitemap, without alternates', () => {
		const sitemap = readFileSync(join(jaOnly, 'sitemap-0.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		expect(locs.sort()).toEqual(htmlFiles(jaOnly).filter((f) => f !== '404.html').map((f) => pathOf(f)).sort());
		expect(sitemap).not.toContain('xhtml:link');
	});

	it('shows its Japanese-only text: the counter word without English, and a 404 page in Japanese alone', () => {
		expect(textOf(readPage(jaOnly, '/metrics/new-shops/'))).toContain('12店舗');
		const notFound = readPage(jaOnly, '/404.html');
		expect(elements(notFound, 'section')).toHaveLength(1);
		expect(notFound).toContain('ページが見つかりません');
		expect(notFound).not.toContain('lang="en"');
	});
});

describe('English at the root (rootLocale: en)', () => {
	it('puts English pages at / and Japanese under /ja/, with nothing under /en/', () => {
		const pages = htmlFiles(enRoot);
		expect(existsSync(join(enRoot, 'en'))).toBe(false);
		const root = pages.filter((f) => !f.startsWith('ja/') && f !== '404.html');
		const ja = pages.filter((f) => f.startsWith('ja/'));
		expect(ja.map((f) => f.slice(3)).sort()).toEqual(root.sort());
		expect(root.length).toBeGreaterThan(10);
		for (const file of root) expect(langOf(readFileSync(join(enRoot, file), 'utf8')), file).toBe('en');
		for (const file of ja) expect(langOf(readFileSync(join(enRoot, file), 'utf8')), file).toBe('ja');
	});

	it('links each page to its other language: switch, hreflang alternates and x-default at the root', () => {
		const en = readPage(enRoot, '/policies/town-promotion/');
		const ja = readPage(enRoot, '/ja/policies/town-promotion/');
		const origin = 'https://sample-town.example';
		for (const html of [en, ja])
			expect(alternates(html)).toEqual([
				`<link rel="alternate" hreflang="ja" href="${origin}/ja/policies/town-promotion/">`,
				`<link rel="alternate" hreflang="en" href="${origin}/policies/town-promotion/">`,
				`<link rel="alternate" hreflang="x-default" href="${origin}/policies/town-promotion/">`,
			]);
		expect(openingTags(en, 'a').find((t) => t.includes('lang-switch'))).toContain('href="/ja/policies/town-promotion/"');
		expect(openingTags(ja, 'a').find((t) => t.includes('lang-switch'))).toContain('href="/policies/town-promotion/"');
		expect(en).toContain('href="/rss.xml"');
		expect(ja).toContain('href="/ja/rss.xml"');
		// (The fixture's source document is a made-up address on the site's domain, not a page of the site.)
		expect(brokenReferences(enRoot, origin).filter((p) => !p.includes('/newsletter-2020-01.pdf → '))).toEqual([]);
	});

	it('leads a body link written from the root to the page in the language being read', () => {
		const links = (html: string) => openingTags(elements(html, 'div', /class="prose"/)[0]!, 'a').map((tag) => /href="([^"]*)"/.exec(tag)![1]);
		expect(links(readPage(enRoot, '/policies/town-promotion/'))).toEqual(['/policies/child-care-desk/', '/ja/policies/child-care-desk/', '/flyer-ja.pdf']);
		expect(links(readPage(enRoot, '/ja/policies/town-promotion/'))).toEqual(['/ja/policies/child-care-desk/', '/ja/metrics/']);
	});

	it('has both flyers, both feeds, both search indexes and share cards, and a sitemap with the root language as default', () => {
		const files = filesOf(enRoot);
		expect(files.filter((f) => f.endsWith('.pdf')).sort()).toEqual(['flyer-en.pdf', 'flyer-ja.pdf']);
		expect(files.filter((f) => f.endsWith('rss.xml')).sort()).toEqual(['ja/rss.xml', 'rss.xml']);
		expect(readFileSync(join(enRoot, 'rss.xml'), 'utf8')).toContain('<language>en</language>');
		expect(searchLanguages(enRoot)).toEqual(['en', 'ja']);
		expect(files.some((f) => f.startsWith('og/en/')) && files.some((f) => f.startsWith('og/ja/'))).toBe(true);
		const sitemap = readFileSync(join(enRoot, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('<url><loc>https://sample-town.example/</loc><xhtml:link rel="alternate" hreflang="en" href="https://sample-town.example/"/><xhtml:link rel="alternate" hreflang="ja" href="https://sample-town.example/ja/"/></url>');
		expect(sitemap).not.toContain('/en/');
	});

	it('serves one 404 page with the root language first', () => {
		const notFound = readPage(enRoot, '/404.html');
		expect(langOf(notFound)).toBe('en');
		const sections = elements(notFound, 'section');
		expect(sections.map((s) => /lang="(\w+)"/.exec(s)?.[1])).toEqual([undefined, 'ja']);
		expect(sections[0]).toContain('href="/"');
		expect(sections[1]).toContain('href="/ja/"');
	});

	it('tests the accessibility of every page type in each edition at its own address, and says so on each edition’s page', () => {
		const report = JSON.parse(readFileSync(join(enRoot, 'data/accessibility.json'), 'utf8')) as { tested: boolean; pages: { type: string; lang: string; url: string }[] };
		expect(report.tested).toBe(true);
		expect(report.pages.filter((p) => p.type === 'home').map((p) => `${p.lang} ${p.url}`).sort()).toEqual(['en /', 'ja /ja/']);
		expect(report.pages.find((p) => p.type === 'notFound')).toMatchObject({ lang: 'en', url: '/404.html' });
		expect(readPage(enRoot, '/accessibility/')).toContain('data-a11y-results="tested"');
		expect(textOf(readPage(enRoot, '/ja/accessibility/'))).toContain('対応度：配慮');
	});
});

describe('accessibility results of a Japanese-only site', () => {
	it('are of Japanese pages only', () => {
		const report = JSON.parse(readFileSync(join(jaOnly, 'data/accessibility.json'), 'utf8')) as { tested: boolean; pages: { lang: string }[] };
		expect(report.tested).toBe(true);
		expect(new Set(report.pages.map((p) => p.lang))).toEqual(new Set(['ja']));
		expect(textOf(readPage(jaOnly, '/accessibility/'))).not.toContain('英語版');
	});
});
