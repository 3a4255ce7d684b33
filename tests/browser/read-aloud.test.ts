/**
 * What a screen reader is given, read from Chromium's own accessibility tree (CDP
 * `Accessibility.getFullAXTree`; Playwright's ariaSnapshot computes names itself and differs from Chromium
 * on ruby): a chart is one image named by its sentence, not a pile of tick labels; a rating bar's patterns
 * are hidden and each level is announced with its count; ruby is read as its base text once, with the
 * reading as the description (the furigana edition puts ruby on every kanji).
 */
import { describe, expect, test } from 'vitest';
import { axTree } from '../helpers/ax-tree.ts';
import { siteInChromium, skipBrowser } from '../helpers/browser.ts';

describe.skipIf(skipBrowser)('read aloud (Chromium accessibility tree)', () => {
	const site = siteInChromium();

	test('a chart card: the chart is one image named by the figure’s sentence, its tick labels not read out', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.url}/metrics/`, { waitUntil: 'load' });
		expect(await page.locator('figure.metric-card svg.chart').count()).toBeGreaterThan(5);
		// The first chart in Chromium's tree: one image, its name a sentence stating the figure (as the card's
		// summary below it says), and nothing inside it read out.
		const tree = await axTree(page, 'figure.metric-card svg.chart');
		expect(tree[0]).toMatchObject({ role: 'image' });
		expect(tree[0]!.name).toMatch(/^住みよさランキングは812市区中25位です（2023年）。$/);
		expect(tree.slice(1).filter((n) => n.role === 'StaticText').map((n) => n.name)).toEqual([]);
		// Every chart on the page: named (role img with a sentence), its text hidden.
		const unnamed = await page.$$eval('figure.metric-card svg.chart', (svgs) =>
			svgs.filter((svg) => svg.getAttribute('role') !== 'img' || !/。$/.test(svg.getAttribute('aria-label') ?? '') || [...svg.querySelectorAll('text')].some((t) => !t.closest('[aria-hidden="true"]'))).length,
		);
		expect(unnamed).toBe(0);
		await page.close();
	});

	test('a rating bar: the patterned bar is hidden; each level is announced with its count', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.url}/`, { waitUntil: 'load' });
		const tree = await axTree(page, '.rating-bar-wrap');
		// No image, no pattern: the SVG (fills, patterns, titles) is out of the tree.
		expect(tree.filter((n) => ['image', 'graphics-document', 'graphics-symbol', 'SvgRoot'].includes(n.role))).toEqual([]);
		const counted = await page.$eval('.rating-bar-wrap', (wrap) => [...wrap.querySelectorAll('svg.rating-bar rect[data-level]')].map((r) => ({ label: r.querySelector('title')!.textContent!, count: r.getAttribute('data-count')! })));
		expect(counted.length).toBeGreaterThan(1);
		// Each level counted is read as "進行中 25件（73%）": its word, then its count.
		const text = tree.filter((n) => n.role === 'StaticText').map((n) => n.name).join('');
		for (const { label, count } of counted) expect(text).toMatch(new RegExp(`${label} ${count}件（\\d+%）`));
		await page.close();
	});

	test('ruby: the base text is read once (in names too), the reading is the description, the <rp> brackets not at all', async () => {
		const page = await site.browser.newPage();
		await page.setContent(
			'<html lang="ja"><body><h1 id="h"><ruby>小諸<rp>（</rp><rt>こもろ</rt><rp>）</rp></ruby>の<ruby>公約<rp>（</rp><rt>こうやく</rt><rp>）</rp></ruby></h1>' +
				'<p id="p"><a href="#x"><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む</a></p></body></html>',
		);
		const heading = await axTree(page, '#h');
		expect(heading[0]).toMatchObject({ role: 'heading', name: '小諸の公約' });
		const rubies = heading.filter((n) => n.role === 'Ruby');
		expect(rubies.map((r) => r.description)).toEqual(['こもろ', 'こうやく']);
		expect(heading.filter((n) => n.role === 'StaticText').map((n) => n.name)).toEqual(['小諸', 'の', '公約']);
		const link = await axTree(page, '#p a');
		expect(link[0]).toMatchObject({ role: 'link', name: '漢字を読む' });
		await page.close();
	});
});
