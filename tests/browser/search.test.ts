/**
 * Site search in a real browser (Chromium): the words voters remember find the pages that say them, in
 * Japanese and English; results show the page type and a pledge's rating; the header box works without
 * JavaScript; and pages other than the search page request no search code. Expected pages are found in the
 * built HTML, not listed by hand.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readPage } from '../helpers/build.ts';
import { siteInChromium, skipBrowser } from '../helpers/browser.ts';
import { elements, textOf } from '../helpers/html.ts';
import { builtSite } from '../helpers/site.ts';

/** Indexed pages of a language, with the text of their main element. */
function indexedPages(dir: string, lang: 'ja' | 'en'): { path: string; text: string }[] {
	const out: { path: string; text: string }[] = [];
	const walk = (sub: string) => {
		for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(sub, entry.name));
			else if (entry.name === 'index.html') {
				const path = `/${sub ? `${sub}/` : ''}`;
				if (path.startsWith('/en/') !== (lang === 'en')) continue;
				// The easy Japanese edition's pages are in an index of their own (tests/build/easy-edition.test.ts).
				if (path.startsWith('/easy/')) continue;
				const html = readPage(dir, path);
				const main = elements(html, 'main', /data-pagefind-body/)[0];
				// Pagefind leaves out whole elements marked data-pagefind-ignore (menus, pager, share links).
				if (main) out.push({ path, text: textOf(main.replace(/<(\w+)\b[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, '')) });
			}
		}
	};
	walk('');
	return out;
}

describe.skipIf(skipBrowser)('site search in Chromium', () => {
	const site = siteInChromium(() => dir);
	const dir = builtSite();
	const errors: string[] = [];


	async function search(lang: 'ja' | 'en', query: string): Promise<{ page: Page; status: string; results: { href: string; type: string; rating: string }[] }> {
		const page = await site.browser.newPage();
		page.on('pageerror', (error) => errors.push(error.message));
		// A Content-Security-Policy that blocks Pagefind's script, WebAssembly or worker shows up here.
		page.on('console', (message) => {
			if (message.type() === 'error' || /Content Security Policy/.test(message.text())) errors.push(message.text());
		});
		// Type into the header box and press Enter, as a voter does.
		await page.goto(`${site.url}${lang === 'en' ? '/en/' : '/'}`);
		await page.fill('header input[name="q"]', query);
		await page.press('header input[name="q"]', 'Enter');
		await page.waitForURL(/\/search\/\?q=/);
		await page.waitForFunction(() => {
			const status = document.querySelector('[data-search-status]')?.textContent ?? '';
			return status !== '' && !status.endsWith('…');
		});
		const status = (await page.locator('[data-search-status]').textContent()) ?? '';
		const results = await page.locator('.search-result').evaluateAll((items) =>
			items.map((li) => ({
				href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
				type: li.querySelector('.search-type')?.textContent ?? '',
				rating: li.querySelector('.search-rating')?.textContent ?? '',
			})),
		);
		return { page, status, results };
	}

	// 待機児童 is in no source document, and こそだて is written 子育て: the campaign's synonyms (site.yaml
	// search.synonyms) send them, and the part 待機, to the pages that say 保育 or 子育て (issue 21).
	test.each([
		['ja', '待機', ['保育', '子育て']],
		['ja', '待機児童', ['保育', '子育て']],
		['ja', 'こそだて', ['子育て']],
		['ja', 'ふるさと納税', ['ふるさと納税']],
		['en', 'women', ['women']],
	] as const)('%s: searching %s finds every page that says %s, best first', async (lang, query, words) => {
		const expected = indexedPages(dir, lang)
			.filter((p) => words.some((word) => p.text.toLowerCase().includes(word)))
			.map((p) => p.path);
		expect(expected.length).toBeGreaterThan(0);
		const { page, status, results } = await search(lang, query);
		const found = results.map((r) => new URL(r.href, site.url).pathname);
		expect(found).toEqual(expect.arrayContaining(expected));
		expect(expected).toContain(found[0]);
		expect(status).toContain(query);
		// The count line counts in the page's language: "1 result", never "1 results".
		expect(status).not.toMatch(/\b1 results\b/);
		// Results stay in the page's language.
		for (const path of found) expect(path.startsWith('/en/')).toBe(lang === 'en');
		// Every result says what kind of page it is; pledges also their rating, as their page shows it.
		for (const result of results) {
			expect(result.type, result.href).not.toBe('');
			if (result.href.includes('/policies/')) {
				// The badge's label, after its aria-hidden symbol (△, ○ …).
				const badge = /class="badge"[^>]*>(?:<span[^>]*>[^<]*<\/span>)?([^<]+)<\/span>/.exec(readPage(dir, new URL(result.href, site.url).pathname))?.[1];
				expect(badge).toBeDefined();
				expect(result.rating).toContain(badge);
			}
		}
		await page.close();
		expect(errors).toEqual([]);
	});

	test('a figure is found as a figure: ふるさと納税 lists the hometown-tax figure pages typed 数値', async () => {
		const { page, results } = await search('ja', 'ふるさと納税');
		const figures = results.filter((r) => r.href.startsWith('/metrics/'));
		expect(figures.length).toBeGreaterThan(0);
		for (const figure of figures) expect(figure.type).toBe('数値');
		await page.close();
	});

	test('without JavaScript, the header box still lands on the search page with the words', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/ratings/`);
		await page.fill('header input[name="q"]', 'ふるさと納税');
		await page.press('header input[name="q"]', 'Enter');
		await page.waitForURL(/\/search\/\?q=/);
		expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=ふるさと納税');
		expect(await page.locator('h1').textContent()).toBe('サイト内検索');
		expect(await page.locator('main').textContent()).toContain('JavaScript');
		// The no-script note offers the other language's search page too.
		expect(await page.locator('noscript').innerHTML()).toContain('href="/en/search/"');
		await context.close();
	});

	test('the language switch keeps the query, and a link offers the same search in the other language', async () => {
		const { page } = await search('ja', '待機');
		const target = `/en/search/?q=${encodeURIComponent('待機')}`;
		const english = page.locator('a.lang-switch[lang="en"]');
		expect(new URL((await english.getAttribute('href'))!, site.url).pathname + new URL((await english.getAttribute('href'))!, site.url).search).toBe(target);
		// The switch to the easy Japanese edition keeps it too.
		expect(new URL((await page.locator('a.lang-switch[lang="ja-x-easy"]').getAttribute('href'))!, site.url).search).toBe(`?q=${encodeURIComponent('待機')}`);
		const other = page.locator('[data-search-other] a');
		expect(await other.textContent()).toBe('「待機」を英語のページで検索する →');
		expect(await other.getAttribute('href')).toBe(target);
		await page.close();
	});

	test('excerpts read as sentences: no value run into its label, no stray ". " in Japanese', async () => {
		for (const [lang, query] of [['en', 'women'], ['en', 'target'], ['ja', '子育て'], ['ja', '女性']] as const) {
			const { page } = await search(lang, query);
			const excerpts = await page.locator('.search-excerpt').allTextContents();
			expect(excerpts.length).toBeGreaterThan(0);
			// "seats40.4%April 2019", "rate89.8%", "GradeC": a letter and a digit glued together.
			for (const excerpt of excerpts) expect(excerpt, excerpt).not.toMatch(/[a-z][0-9]|%[A-Z]|Grade[A-D]\b/);
			if (lang === 'ja') for (const excerpt of excerpts) expect(excerpt, excerpt).not.toMatch(/[^\x00-\x7f]\. /);
			await page.close();
		}
	});

	test('other pages request no search code and no index', async () => {
		const page = await site.browser.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		for (const path of ['/', '/en/', '/ratings/', '/metrics/', '/en/metrics/hometown-tax-donations/']) await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
		expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
		const { page: searchPage } = await search('en', 'women');
		await searchPage.close();
		await page.close();
	});
});
