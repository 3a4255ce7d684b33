/** Debian's Chromium for browser tests, launched as this machine needs it (no network, no sandbox as root). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve, type Server } from './build.ts';
import { builtSite } from './site.ts';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Skip browser suites only outside CI: in CI a missing browser is a failure, since .ci/run installs it. */
export const skipBrowser = !existsSync(CHROMIUM) && !process.env['CI'];
if (!existsSync(CHROMIUM)) console.warn(`\n⚠ ${CHROMIUM} is not installed (apt-get install chromium); browser tests ${skipBrowser ? 'are SKIPPED' : 'will fail'}.\n`);

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ARGS });

/**
 * Inside a describe: Chromium and a local server of a built folder (default: this run's site), started
 * before its tests and closed after them.
 * @example const site = siteInChromium(); … await site.browser.newPage(); page.goto(site.url + '/en/')
 */
export function siteInChromium(dir: () => string = builtSite): { readonly browser: Browser; readonly url: string } {
	let browser: Browser | undefined;
	let server: Server | undefined;
	beforeAll(async () => {
		server = await serve(dir());
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get browser() {
			return browser!;
		},
		get url() {
			return server!.url;
		},
	};
}
