/**
 * The metrics page in a real browser at a phone size (390×844 CSS px, device scale 2): charts draw when
 * scrolled into view and not before, the table toggle works, tables show without JavaScript, and reduced
 * motion turns animation off. Needs Chromium at /usr/bin/chromium; skipped outside CI, saying so, if it is missing.
 */
import { type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve, type Server } from '../helpers/build.ts';
import { launchChromium, skipBrowser } from '../helpers/browser.ts';
import { builtSite } from '../helpers/site.ts';

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
/** Must match the IntersectionObserver rootMargin in src/scripts/charts.ts. */
const ROOT_MARGIN = 200;


/** Pixels drawn on a canvas: any non-transparent, and those of the latest bar's blue (#0072B2). */
async function pixels(page: Page, index: number) {
	return page.evaluate((i) => {
		const canvas = document.querySelectorAll<HTMLCanvasElement>('canvas[data-spec]')[i]!;
		const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
		let painted = 0;
		let blue = 0;
		for (let p = 0; p < data.length; p += 4) {
			if (data[p + 3]! > 0) painted++;
			if (data[p + 3]! > 200 && Math.abs(data[p]! - 0x00) < 16 && Math.abs(data[p + 1]! - 0x72) < 16 && Math.abs(data[p + 2]! - 0xb2) < 16) blue++;
		}
		return { painted, blue, state: canvas.dataset['state'] ?? null };
	}, index);
}

describe.skipIf(skipBrowser)('charts in Chromium on a phone', () => {
	let browser: Browser;
	let server: Server;
	const errors: string[] = [];

	beforeAll(async () => {
		server = await serve(builtSite());
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
		const context = await browser.newContext({ ...PHONE, ...options });
		const page = await context.newPage();
		page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error' && !/favicon/.test(message.location().url)) errors.push(`${path}: ${message.text()}`);
		});
		await page.goto(server.url + path, { waitUntil: 'load' });
		return page;
	}

	test('charts far below the fold are not initialised on load', async () => {
		const page = await open('/metrics/');
		// Let the script run and the observer report what is in view.
		await page.waitForFunction(() => document.querySelector('canvas[data-state]') !== null);
		const below = await page.evaluate((margin) => {
			return [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-spec]')]
				.filter((c) => c.getBoundingClientRect().top > innerHeight + margin + 50)
				.map((c) => c.dataset['state'] ?? 'none');
		}, ROOT_MARGIN);
		expect(below.length).toBeGreaterThan(0);
		expect(below.every((state) => state === 'none')).toBe(true);
		await page.context().close();
	});

	test.each(['/metrics/', '/en/metrics/'])('%s: every canvas draws its bars once scrolled into view', async (path) => {
		const page = await open(path);
		const count = await page.locator('canvas[data-spec]').count();
		expect(count).toBeGreaterThan(0);
		const blank: string[] = [];
		for (let i = 0; i < count; i++) {
			await page.locator('canvas[data-spec]').nth(i).scrollIntoViewIfNeeded();
			// Drawn, and the animation has put the bars in place: the latest bar's blue is there.
			const ok = await page
				.waitForFunction(
					(i) => {
						const canvas = document.querySelectorAll<HTMLCanvasElement>('canvas[data-spec]')[i]!;
						if (canvas.dataset['state'] !== 'drawn') return false;
						const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
						let blue = 0;
						for (let p = 0; p < data.length; p += 4) if (data[p + 3]! > 200 && Math.abs(data[p]!) < 16 && Math.abs(data[p + 1]! - 0x72) < 16 && Math.abs(data[p + 2]! - 0xb2) < 16) blue++;
						return blue > 200;
					},
					i,
					{ timeout: 5_000 },
				)
				.then(() => true, () => false);
			const { painted, blue, state } = await pixels(page, i);
			if (!ok || painted < 1000) blank.push(`#${i} state=${state} painted=${painted} blue=${blue}`);
		}
		expect(blank).toEqual([]);
		await page.context().close();
	});

	test('the table toggle hides and shows the table and updates aria-expanded', async () => {
		const page = await open('/metrics/');
		const figure = page.locator('figure.metric-card').first();
		const button = figure.locator('button[data-table-toggle]');
		const table = figure.locator('table');
		const state = async () => [await button.isVisible(), await button.getAttribute('aria-expanded'), await table.isVisible(), await button.textContent()];
		expect(await state()).toEqual([true, 'false', false, '表を表示']);
		await button.click();
		expect(await state()).toEqual([true, 'true', true, '表を隠す']);
		await button.click();
		expect(await state()).toEqual([true, 'false', false, '表を表示']);
		await page.context().close();
	});

	test('the toggle names its table', async () => {
		const page = await open('/en/metrics/');
		const button = page.locator('button[data-table-toggle]').first();
		const controls = await button.getAttribute('aria-controls');
		expect(await page.locator(`#${controls}`).evaluate((el) => el.tagName)).toBe('TABLE');
		await page.context().close();
	});

	test('without JavaScript every table is visible and no toggle is shown', async () => {
		const page = await open('/metrics/', { javaScriptEnabled: false });
		const tables = page.locator('figure.metric-card table');
		const count = await tables.count();
		const visible = await Promise.all(Array.from({ length: count }, (_, i) => tables.nth(i).isVisible()));
		expect([count > 0, visible.every(Boolean), await page.locator('button[data-table-toggle]:visible').count()]).toEqual([true, true, 0]);
		await page.context().close();
	});

	test('without JavaScript the empty chart boxes give their space to the tables', async () => {
		const page = await open('/metrics/', { javaScriptEnabled: false });
		expect(await page.locator('.chart-box:visible').count()).toBe(0);
		await page.context().close();
	});

	test.each(['/metrics/', '/en/metrics/'])('%s: nothing in the content is wider than the phone, tables open', async (path) => {
		const page = await open(path);
		await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('button[data-table-toggle]').forEach((b) => b.click()));
		const wide = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			return [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > width + 1).map((el) => `${el.tagName}.${el.className}`);
		});
		expect(wide).toEqual([]);
		await page.context().close();
	});

	test.each([
		['reduce', 'off'],
		['no-preference', 'on'],
	] as const)('prefers-reduced-motion: %s → animation %s', async (reducedMotion, expected) => {
		const page = await open('/metrics/', { reducedMotion });
		await page.locator('canvas[data-spec]').first().scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('canvas[data-spec]')?.dataset['state'] === 'drawn');
		expect(await page.locator('canvas[data-spec]').first().getAttribute('data-animation')).toBe(expected);
		await page.context().close();
	});

	test('no script errors on the way', () => {
		expect(errors).toEqual([]);
	});
});
