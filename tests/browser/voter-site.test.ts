/**
 * The voter site in Chromium on a phone (390×844, and 320 px for the WCAG reflow case): nothing wider than
 * the screen, large text and tap targets, the language switch keeps the page, printing hides the menus.
 * Saves a screenshot of every page type in both languages to test-output/screenshots/ to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { ROOT } from '../helpers/build.ts';
import { siteInChromium, skipBrowser } from '../helpers/browser.ts';

const SHOTS = join(ROOT, 'test-output', 'screenshots');
const model = loadContent(`${ROOT}/content`).model!;
const policy = model.policies.find((p) => p.rating.reason && model.metrics.some((m) => m.owner.id === p.id))!;
const pillar = model.pillars.find((p) => model.policies.some((x) => x.pillar === p.id))!;
/** One page of every type, named for its screenshot. */
const TYPES: [string, string][] = [
	['home', ''],
	['pillar', `pillars/${pillar.id}/`],
	['pillar-current', `pillars/${model.pillars.find((p) => p.manifesto === model.manifestos.at(-1)!.id)!.id}/`],
	['policy', `policies/${policy.id}/`],
	['priority', `policies/${model.manifestos.at(-1)!.priorityIds[0]}/`],
	['manifesto', `manifestos/${model.manifestos[0]!.id}/`],
	['metrics', 'metrics/'],
	['figure', `metrics/${model.metrics[0]!.id}/`],
	['ratings', 'ratings/'],
	['reports', 'reports/'],
	['report', `reports/${model.reports[0]!.id}/`],
];
const both = TYPES.flatMap(([name, path]) => [[`${name}-ja`, `/${path}`], [`${name}-en`, `/en/${path}`]] as [string, string][]);

describe.skipIf(skipBrowser)('the voter site on a phone', () => {
	const site = siteInChromium();
	beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

	async function open(path: string, width = 390): Promise<Page> {
		const page = await site.browser.newPage({ viewport: { width, height: 844 }, deviceScaleFactor: 1 });
		await page.goto(site.url + path, { waitUntil: 'load' });
		return page;
	}
	/** Elements wider than the viewport or reaching past its right edge. */
	const overflow = (page: Page) =>
		page.evaluate(() => {
			const w = document.documentElement.clientWidth;
			const wide = [...document.querySelectorAll('body *')]
				.filter((el) => !el.closest('.visually-hidden, .skip, [hidden], .chart-box canvas'))
				.filter((el) => {
					const r = el.getBoundingClientRect();
					return r.width > 0 && r.right > w + 1;
				})
				.map((el) => `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}`);
			return { scroll: document.documentElement.scrollWidth - w, wide: [...new Set(wide)].slice(0, 5) };
		});

	test.each(both)('%s (%s) at 390 px: no horizontal scrolling, 16 px text (Japanese line height 1.8), 44 px tap targets; screenshot', async (name, path) => {
		const page = await open(path);
		expect(await overflow(page)).toEqual({ scroll: 0, wide: [] });
		const text = await page.evaluate(() => {
			// The body text's settings, as every paragraph inherits them.
			const style = getComputedStyle(document.querySelector('main')!);
			return { size: parseFloat(style.fontSize), ratio: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
		});
		expect(text.size).toBeGreaterThanOrEqual(16);
		expect(text.ratio).toBeCloseTo(path.startsWith('/en/') ? 1.6 : 1.8, 1);
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.site-nav a, .lang-switch, .site-name, .share-links a, .footer-links a, .imprint a, .card-link, .pager a, .back-link, .download, .breadcrumb a, .progress-title a, .link-list a, .search-form button, .search-form input, .table-toggle')]
				.filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height < 44)
				.map((el) => `${el.className || el.tagName}: ${Math.round(el.getBoundingClientRect().height)}px "${el.textContent?.trim().slice(0, 20)}"`),
		);
		expect(small).toEqual([]);
		await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
		await page.close();
	});

	// One language per page type: the layouts are shared, the words differ in length.
	test.each(both.filter((_, i) => i % 2 === Math.floor(i / 2) % 2))('%s (%s): no horizontal scrolling at 320 px (WCAG reflow, as when zoomed in)', async (_, path) => {
		const page = await open(path, 320);
		expect(await overflow(page)).toEqual({ scroll: 0, wide: [] });
		await page.close();
	});

	test.each([320, 360, 390])('the header at %i px: the search button on one line, the site name broken only at its spaces', async (width) => {
		for (const path of ['/', '/en/']) {
			const page = await open(path, width);
			const header = await page.evaluate(() => {
				const lines = (el: Element) => {
					const range = document.createRange();
					range.selectNodeContents(el);
					return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
				};
				// Each line of the name, as the text it shows: where the browser broke it.
				const name = document.querySelector('.site-name-main')!;
				const text = name.firstChild!;
				const rows = new Map<number, string>();
				for (let i = 0; i < text.textContent!.length; i++) {
					const range = document.createRange();
					range.setStart(text, i);
					range.setEnd(text, i + 1);
					const top = Math.round(range.getBoundingClientRect().top);
					if (range.getBoundingClientRect().width > 0) rows.set(top, (rows.get(top) ?? '') + text.textContent![i]);
				}
				return { button: lines(document.querySelector('.search-form button')!), name: [...rows.values()].map((row) => row.trim()), words: text.textContent!.split(/\s+/) };
			});
			expect(header.button).toBe(1);
			// Every line of the name is whole words of it.
			for (const row of header.name) expect(header.words.join(' ')).toContain(row);
			expect(header.name.every((row) => row.split(' ').every((word) => header.words.includes(word)))).toBe(true);
			await page.close();
		}
	});

	test.each([320, 360, 390])('the language switch at %i px: each edition’s name on one line (やさしいにほんご never split)', async (width) => {
		for (const path of ['/', '/en/', '/easy/']) {
			const page = await open(path, width);
			const names = await page.evaluate(() =>
				[...document.querySelectorAll('.lang-switches > *')].map((el) => {
					// Rows of the name's own text: a ruby's reading (rt, rp) sits above its row and is left out.
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					const rows = new Set<number>();
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						if (node.parentElement?.closest('rt, rp')) continue;
						const range = document.createRange();
						range.selectNodeContents(node);
						for (const r of range.getClientRects()) if (r.width > 0) rows.add(Math.round(r.bottom));
					}
					return { name: el.textContent, rows: rows.size };
				}),
			);
			// The page's own edition (named, not linked) and a link to each other one.
			expect(names.length, path).toBe(3);
			expect(names.filter((n) => n.rows !== 1), path).toEqual([]);
			await page.close();
		}
	});

	test('404 in both languages fits the phone too', async () => {
		const page = await open('/404.html');
		expect(await overflow(page)).toEqual({ scroll: 0, wide: [] });
		await page.screenshot({ path: join(SHOTS, '404.png'), fullPage: true });
		await page.close();
	});

	test('the headings scale with the screen: no more than 28 px on a phone, larger on a desktop', async () => {
		const phone = await open('/en/');
		const h1Phone = await phone.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1 .hero-name') ?? document.querySelector('h1')!).fontSize));
		await phone.close();
		const desk = await open('/en/', 1280);
		const h1Desk = await desk.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1 .hero-name') ?? document.querySelector('h1')!).fontSize));
		await desk.close();
		expect(h1Phone).toBeLessThanOrEqual(28);
		expect(h1Desk).toBeGreaterThan(h1Phone);
	});

	test.each(TYPES.map(([name, path]) => [name, path] as const))('the language switch on %s keeps the page, both ways', async (_, path) => {
		const page = await open(`/${path}`);
		await page.click('a.lang-switch[lang="en"]');
		await page.waitForLoadState('load');
		expect(new URL(page.url()).pathname).toBe(`/en/${path}`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await page.click('a.lang-switch[lang="ja"]');
		await page.waitForLoadState('load');
		expect(new URL(page.url()).pathname).toBe(`/${path}`);
		expect(await page.getAttribute('html', 'lang')).toBe('ja');
		await page.close();
	});

	test('a shared figure link lands on its card', async () => {
		const metric = model.metrics.find((m) => m.owner.kind === 'policy' && m.owner.id === policy.id)!;
		const page = await open(`/policies/${policy.id}/#${metric.id}`);
		const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, metric.id);
		expect(Math.abs(top)).toBeLessThan(5);
		await page.close();
	});

	test('printing hides the menus and share links and keeps the imprint', async () => {
		const page = await open(`/policies/${policy.id}/`);
		await page.emulateMedia({ media: 'print' });
		const shown = await page.evaluate(() =>
			Object.fromEntries(['.site-nav', '.share-links', '.pager', '.imprint'].map((s) => [s, !!document.querySelector(s) && getComputedStyle(document.querySelector(s)!).display !== 'none'])),
		);
		expect(shown).toEqual({ '.site-nav': false, '.share-links': false, '.pager': false, '.imprint': true });
		await page.close();
	});
});
