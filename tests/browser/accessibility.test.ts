/**
 * axe-core (WCAG 2.1 A and AA rules) in real Chromium on every kind of page, in both languages, at a
 * phone size: contrast, names, landmarks and language attributes as an elderly reader's tools need them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { ROOT } from '../helpers/build.ts';
import { siteInChromium, skipBrowser } from '../helpers/browser.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const model = loadContent(`${ROOT}/content`).model!;
const policy = model.policies.find((p) => p.rating.reason && model.metrics.some((m) => m.owner.id === p.id))!;
const pages = [
	'',
	'metrics/',
	`metrics/${model.metrics[0]!.id}/`,
	'ratings/',
	'reports/',
	`manifestos/${model.manifestos[0]!.id}/`,
	`pillars/${model.pillars[0]!.id}/`,
	`pillars/${model.pillars.at(-1)!.id}/`,
	`policies/${policy.id}/`,
	`policies/${model.manifestos.at(-1)!.priorityIds[0]}/`,
	`reports/${model.reports[0]!.id}/`,
	// Two search forms (header and page): each landmark named, and its own (axe landmark-unique, issue 21).
	'search/?q=%E5%AD%90%E8%82%B2%E3%81%A6',
];

describe.skipIf(skipBrowser)('accessibility (axe-core, WCAG 2.1 AA)', () => {
	const site = siteInChromium();

	test.each([...pages.flatMap((p) => [`/${p}`, `/en/${p}`]), '/404.html'])('%s has no violations', async (path) => {
		// axe-core goes in as an inline script, which the site's Content-Security-Policy rightly blocks
		// (tests/browser/csp.test.ts loads the pages with the policy in force).
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
		await page.goto(site.url + path, { waitUntil: 'load' });
		if (path.includes('search/')) await page.waitForFunction(() => /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
		await page.addScriptTag({ content: AXE });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
			// And landmarks a screen reader can tell apart (issue 21: two unnamed role="search" forms).
			const landmarks = await axe.run(document, { runOnly: { type: 'rule', values: ['landmark-unique'] } });
			return [...result.violations, ...landmarks.violations].map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
		});
		await page.close();
		expect(violations).toEqual([]);
	});
});
