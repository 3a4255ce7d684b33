/**
 * What a voter notices first (issue 21), measured in Chromium at the widths the review used: the back link
 * on every pledge page keeps its words on a line, the header's search hint is not cut, the progress
 * legend keeps a count with its share, and Japanese card text breaks between words, never inside one.
 */
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { loadContent } from '../../src/model/load.ts';
import { ROOT } from '../helpers/build.ts';
import { siteInChromium, skipBrowser } from '../helpers/browser.ts';

const model = loadContent(`${ROOT}/content`).model!;

describe.skipIf(skipBrowser)('what a voter notices first', () => {
	const site = siteInChromium();
	const pages = new Map<number, Page>();
	/** One tab per width, reused page after page (76 pledge pages × 2 widths × 2 languages). */
	async function at(width: number, path: string): Promise<Page> {
		let page = pages.get(width);
		// bypassCSP: the page's policy rightly refuses the style a test injects to play a browser without auto-phrase.
		if (!page) pages.set(width, (page = await site.browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true })));
		await page.goto(site.url + path, { waitUntil: 'load' });
		return page;
	}
	beforeAll(() => pages.clear());
	afterAll(async () => {
		for (const page of pages.values()) await page.close();
	});

	test.each([320, 390])('at %i px, the back link on every pledge page keeps 「戻る：」 / "Back to" on one line, with room for its words', async (width) => {
		const squeezed: string[] = [];
		for (const lang of ['ja', 'en'] as const)
			for (const policy of model.policies) {
				const path = `${lang === 'en' ? '/en' : ''}/policies/${policy.id}/`;
				const page = await at(width, path);
				const box = await page.evaluate((words) => {
					const link = document.querySelector<HTMLElement>('a.back-link')!;
					const main = document.querySelector('main')!.getBoundingClientRect().width;
					// The lines the link's opening words fall on: one, whatever the label's length.
					const range = document.createRange();
					const text = [...link.querySelectorAll('*'), link].flatMap((el) => [...el.childNodes]).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(words.trim()))!;
					range.setStart(text, text.textContent!.indexOf(words.trim()));
					range.setEnd(text, text.textContent!.indexOf(words.trim()) + words.trim().length);
					const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
					return { lines: tops.size, width: link.getBoundingClientRect().width, main };
				}, t(lang, 'policy.backTo'));
				// Squeezed, the link was a 1–2 character column (戻 / る：): now its words run the width of the page.
				if (box.lines !== 1 || box.width < Math.min(box.main * 0.6, 200)) squeezed.push(`${path}: ${box.lines} lines, ${Math.round(box.width)} of ${Math.round(box.main)} px`);
			}
		expect(squeezed).toEqual([]);
	}, 240_000);

	test.each([320, 390, 1280])('at %i px, the header search hint is shown whole in both languages', async (width) => {
		for (const path of ['/', '/en/']) {
			const page = await at(width, path);
			const fit = await page.evaluate(() => {
				const input = document.querySelector<HTMLInputElement>('header input[name="q"]')!;
				const style = getComputedStyle(input);
				const context = document.createElement('canvas').getContext('2d')!;
				context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				return { hint: input.placeholder, needs: Math.ceil(context.measureText(input.placeholder).width), room };
			});
			expect(fit.needs, `${path} "${fit.hint}"`).toBeLessThanOrEqual(fit.room);
		}
	});

	test.each(['/', '/en/'])('%s at 1280 px: the progress legend keeps each count with its share on one line', async (path) => {
		const page = await at(1280, path);
		// Each level with a count (the levels at zero are folded into one line of names, which may wrap).
		const { counted, split } = await page.evaluate(() => {
			const figures = [...document.querySelectorAll('.legend li .legend-figure')];
			return {
				counted: figures.length,
				split: figures.filter((figure) => new Set([...figure.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((figure) => figure.closest('li')!.textContent),
			};
		});
		expect(counted).toBeGreaterThan(0);
		expect(split).toEqual([]);
		// English: "Not rated 4 (100%)", with a space before the bracket.
		if (path === '/en/') expect(await page.locator('.legend li').first().textContent()).toMatch(/\d \(\d+%\)$/);
	});

	// A sample of card text: the home page (tiles, pillar and priority cards) and two pillar pages. Chromium
	// keeps phrases with word-break: auto-phrase; Safari and Firefox have no such value, which is simulated
	// by setting it back to normal: the phrases cut at build time (<wbr>, Phrased.astro) must hold alone.
	test.each([
		[320, 'Chromium'],
		[390, 'Chromium'],
		[320, 'a browser without auto-phrase'],
		[390, 'a browser without auto-phrase'],
	] as const)('at %i px in %s, Japanese card text breaks between words, never inside one (明る/い未来, 15/日)', async (width, browser) => {
		const broken: string[] = [];
		for (const path of ['/', '/pillars/kizuna/', '/pillars/area-01-kosodate-kyoiku/', `/manifestos/${model.manifestos.at(-1)!.id}/`]) {
			const page = await at(width, path);
			if (browser !== 'Chromium') await page.addStyleTag({ content: ':lang(ja) { word-break: normal; }' });
			broken.push(
				...(await page.evaluate(() => {
					const out: string[] = [];
					const words = new Intl.Segmenter('ja', { granularity: 'word' });
					for (const el of document.querySelectorAll('main :is(.card-title, .card-text, .pledge-reason, .tile-label, .tile-value, .tile-period, .hero-slogan, .card-meta)')) {
						// Every character's line; a new line starting inside a word is a broken word.
						const chars: { c: string; top: number }[] = [];
						const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
						for (let node = walker.nextNode(); node; node = walker.nextNode())
							for (let i = 0; i < node.textContent!.length; i++) {
								const range = document.createRange();
								range.setStart(node, i);
								range.setEnd(node, i + 1);
								const rect = range.getClientRects()[0];
								chars.push({ c: node.textContent![i]!, top: rect ? Math.round(rect.top) : NaN });
							}
						const text = chars.map((x) => x.c).join('');
						const inside = new Set<number>();
						for (const seg of words.segment(text)) for (let i = seg.index + 1; i < seg.index + seg.segment.length; i++) inside.add(i);
						// A number keeps its unit: 15日, 3,682人, 2020年.
						for (const m of text.matchAll(/[0-9０-９][0-9０-９,.]*(?:[年月日件人円万億倍位%％]|時点)/g)) for (let i = m.index! + 1; i < m.index! + m[0].length; i++) inside.add(i);
						for (let i = 1; i < chars.length; i++)
							if (chars[i]!.top > chars[i - 1]!.top + 2 && !/\s/.test(chars[i - 1]!.c) && inside.has(i)) out.push(`${location.pathname} ${text.slice(Math.max(0, i - 5), i)}/${text.slice(i, i + 5)}`);
					}
					return out;
				})),
			);
		}
		expect(broken).toEqual([]);
	}, 120_000);
});
