/**
 * Charts in a real browser at phone sizes (390×844 and 360×740 CSS px, device scale 2) with JavaScript
 * OFF: every chart is there and painted (the latest bar's blue and dark label text, read from a
 * screenshot), nothing is wider than the phone, no two labels of a chart overlap and all stay inside it,
 * labels render at 14 px or more, the data table folds and unfolds as a <details>, and no script is
 * requested. The same label checks at 360 px for the fixture campaigns' charts (many yearly categories). Needs Chromium at /usr/bin/chromium; skipped outside CI, saying so, if it is missing.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { buildSite, ROOT, serve, type Server } from '../helpers/build.ts';
import { launchChromium, siteInChromium, skipBrowser } from '../helpers/browser.ts';

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, javaScriptEnabled: false };
const SMALL: BrowserContextOptions = { ...PHONE, viewport: { width: 360, height: 740 } };

const model = loadContent(`${ROOT}/content`).model!;
const policy = model.policies.find((p) => model.metrics.some((m) => m.owner.kind === 'policy' && m.owner.id === p.id))!;
const PAGES = ['/metrics/', '/en/metrics/', `/policies/${policy.id}/`, `/en/policies/${policy.id}/`];

/** Pixels of a PNG that are close to a colour, and that are dark (text, axes). */
async function paint(png: Buffer) {
	const image = await loadImage(png);
	const canvas = createCanvas(image.width, image.height);
	const ctx = canvas.getContext('2d');
	ctx.drawImage(image, 0, 0);
	const data = ctx.getImageData(0, 0, image.width, image.height).data;
	let blue = 0;
	let dark = 0;
	for (let p = 0; p < data.length; p += 4) {
		const [r, g, b] = [data[p]!, data[p + 1]!, data[p + 2]!];
		if (Math.abs(r - 0x00) < 16 && Math.abs(g - 0x72) < 16 && Math.abs(b - 0xb2) < 16) blue++;
		if (r < 80 && g < 80 && b < 80) dark++;
	}
	return { blue, dark };
}

/**
 * Every chart's labels on the page (category ticks under the bars included), as the browser lays them out:
 * pairs that overlap, labels that leave their chart or are under 14 px. `ticks`: the category labels of
 * each chart with upright bars (the labels under its plot), for checks of what is shown.
 */
function labelProblems(page: Page): Promise<{ charts: number; problems: string[]; ticks: Record<string, string[]> }> {
	return page.evaluate(() => {
		const found: string[] = [];
		const ticks: Record<string, string[]> = {};
		const charts = document.querySelectorAll<SVGSVGElement>('svg.chart');
		charts.forEach((svg, n) => {
			const frame = svg.getBoundingClientRect();
			const scale = frame.width / svg.viewBox.baseVal.width;
			const labels = [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect(), anchor: text.getAttribute('text-anchor'), size: parseFloat(getComputedStyle(text).fontSize) * scale }));
			if (labels.length === 0) found.push(`chart ${n}: no text`);
			const name = svg.closest('figure')?.id ?? String(n);
			labels.forEach((a, i) => {
				if (a.size < 14) found.push(`chart ${name} "${a.text}": ${a.size.toFixed(1)} px`);
				if (a.box.left < frame.left - 1 || a.box.right > frame.right + 1 || a.box.top < frame.top - 1 || a.box.bottom > frame.bottom + 1) found.push(`chart ${name} "${a.text}" leaves the chart`);
				for (const b of labels.slice(i + 1)) {
					const overlap = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 1 && Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 1;
					if (overlap) found.push(`chart ${name}: "${a.text}" overlaps "${b.text}"`);
				}
			});
			ticks[name] = labels.filter((l) => l.anchor === 'middle' && l.box.top > frame.bottom - 50 * scale).map((l) => l.text);
		});
		return { charts: charts.length, problems: found, ticks };
	});
}

describe.skipIf(skipBrowser)('charts in Chromium on a phone, JavaScript off', () => {
	const site = siteInChromium();
	const scripts: string[] = [];


	async function open(path: string, options: BrowserContextOptions = PHONE): Promise<Page> {
		const context = await site.browser.newContext(options);
		const page = await context.newPage();
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(`${path}: ${request.url()}`);
		});
		await page.goto(site.url + path, { waitUntil: 'load' });
		return page;
	}

	test.each(PAGES)('%s: every chart is visible and painted', async (path) => {
		const page = await open(path);
		const charts = page.locator('figure.metric-card svg.chart');
		const count = await charts.count();
		expect(count).toBe(await page.locator('figure.metric-card').count());
		expect(count).toBeGreaterThan(0);
		const blank: string[] = [];
		for (let i = 0; i < count; i++) {
			const chart = charts.nth(i);
			await chart.scrollIntoViewIfNeeded();
			const box = (await chart.boundingBox())!;
			const { blue, dark } = await paint(await chart.screenshot());
			// At 2× a bar is thousands of device pixels; labels and axes hundreds.
			if (!(await chart.isVisible()) || box.width < 250 || box.height < 80 || blue < 500 || dark < 200) blank.push(`#${i} ${box.width}×${box.height} blue=${blue} dark=${dark}`);
		}
		expect(blank).toEqual([]);
		await page.context().close();
	});

	test.each([...PAGES, '/metrics/ at 360 px', '/en/metrics/ at 360 px'])('%s: no label of a chart overlaps another or leaves the chart; labels are 14 px or more', async (name) => {
		const [path, options] = name.endsWith('360 px') ? [name.split(' ')[0]!, SMALL] : [name, PHONE];
		const page = await open(path, options);
		expect((await labelProblems(page)).problems).toEqual([]);
		await page.context().close();
	});

	test.each([...PAGES, '/metrics/ at 360 px'])('%s: nothing is wider than the phone, tables open', async (name) => {
		const [path, options] = name.endsWith('360 px') ? ['/metrics/', SMALL] : [name, PHONE];
		const page = await open(path, options);
		// Opened by tapping, as a reader would: <details> needs no script.
		const summaries = page.locator('details.metric-data > summary');
		for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
		expect(await page.locator('details.metric-data:not([open])').count()).toBe(0);
		const wide = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			return [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > width + 1).map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`);
		});
		expect(wide).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
		await page.context().close();
	});

	test('the table toggle is a <details>: folded at first, a tap unfolds it, another folds it', async () => {
		const page = await open('/metrics/');
		const figure = page.locator('figure.metric-card').first();
		const summary = figure.locator('details.metric-data > summary');
		const table = figure.locator('table');
		expect([await summary.textContent(), await table.isVisible()]).toEqual(['数値を表で見る', false]);
		await summary.click();
		expect(await table.isVisible()).toBe(true);
		await summary.click();
		expect(await table.isVisible()).toBe(false);
		await page.context().close();
	});

	test('the chart is announced by its summary sentence', async () => {
		const page = await open('/en/metrics/');
		const chart = page.getByRole('img', { name: (await page.locator('.metric-summary').first().textContent())! });
		expect(await chart.count()).toBe(1);
		expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
		await page.context().close();
	});

	test('no page asked for a script', () => {
		expect(scripts).toEqual([]);
	});
});

/**
 * Other campaigns' charts at 360 px: the second fixture campaign (era periods, distributions) and the
 * Japanese-only one, whose twelve fiscal years of visitors ran together as 2012年度2013年度… on a phone.
 */
describe.skipIf(skipBrowser)('fixture campaigns’ charts on a 360 px phone', () => {
	let browser: Browser;
	const sites: Record<string, { server: Server; paths: string[] }> = {};

	beforeAll(async () => {
		// One after the other (Astro's .astro/ folder is shared); the flyers and search are not needed here.
		for (const [name, paths] of [['second-campaign', ['/metrics/', '/en/metrics/']], ['ja-only-campaign', ['/metrics/']]] as const) {
			const dir = await buildSite(mkdtempSync(join(tmpdir(), `koyaku-charts-${name}-`)), { KOYAKU_CONTENT: join(ROOT, 'tests/fixtures', name) }, ['--skip', 'pdf,search']);
			sites[name] = { server: await serve(dir), paths: [...paths] };
		}
		browser = await launchChromium();
	}, 300_000);
	afterAll(async () => {
		await browser?.close();
		for (const site of Object.values(sites)) await site.server.close();
	});

	const check = async (name: string, path: string) => {
		const context = await browser.newContext(SMALL);
		const page = await context.newPage();
		await page.goto(sites[name]!.server.url + path, { waitUntil: 'load' });
		const result = await labelProblems(page);
		await context.close();
		return result;
	};

	test.each([
		['second-campaign', '/metrics/'],
		['second-campaign', '/en/metrics/'],
		['ja-only-campaign', '/metrics/'],
	])('%s %s: every chart’s labels, category ticks included, stay apart and inside the chart', async (name, path) => {
		const { charts, problems } = await check(name, path);
		expect(charts).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	test('twelve fiscal years: evenly spaced years on two lines, counted back from the latest', async () => {
		const ticks = (await check('ja-only-campaign', '/metrics/')).ticks['visitors']!;
		expect(ticks.filter((_, i) => i % 2 === 1).every((line) => line === '年度')).toBe(true);
		const years = ticks.filter((_, i) => i % 2 === 0).map(Number);
		expect(years.at(-1)).toBe(2023);
		const steps = new Set(years.slice(1).map((year, i) => year - years[i]!));
		expect([steps.size, years.length > 2, [...steps][0]! > 1]).toEqual([1, true, true]);
	});
});
