/**
 * In a real browser (Chromium): every request every kind of page makes — styles, fonts, images, search
 * code and its index — goes to the site itself, never to a third party; and if a Content-Security-Policy
 * is in force, nothing of the site's own breaks it.
 */
import { describe, expect, test } from 'vitest';
import { siteInChromium, skipBrowser } from '../helpers/browser.ts';

const PAGES = ['/', '/en/', '/metrics/', '/en/metrics/', '/ratings/', '/policies/josei-hiritsu/', '/en/pillars/egao/', '/reports/komoro-newsletter-2020-01/', '/search/?q=%E5%AD%90%E8%82%B2%E3%81%A6', '/en/search/?q=women'];

describe.skipIf(skipBrowser)('no third-party requests, in Chromium', () => {
	const site = siteInChromium();

	test.each(PAGES)('%s: no violation, no request to another origin', async (path) => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		const violations: string[] = [];
		const foreign: string[] = [];
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				(window as unknown as { __csp: string[] }).__csp ??= [];
				(window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
			});
		});
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		page.on('request', (request) => {
			if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) foreign.push(request.url());
		});
		await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
		if (path.includes('/search/')) await page.waitForSelector('.search-result', { timeout: 20_000 });
		violations.push(...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[]));
		await page.close();
		expect(violations).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
