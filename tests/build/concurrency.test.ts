/**
 * Astro renders four pages at a time (astro.config.mjs `build.concurrency`), so a page's rendering may
 * interleave with others'. Nothing a page shows may depend on that: the site built one page at a time
 * (`KOYAKU_BUILD_CONCURRENCY=1`) has exactly the same pages, byte for byte, as this run's site.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { builtHtml } from '../helpers/site.ts';

let serial = '';
beforeAll(async () => {
	// Without PDFs (the flyer's print pages, removed by that step, are then left in; only published pages are compared), share images or search index.
	serial = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-serial-')), { KOYAKU_BUILD_CONCURRENCY: '1', KOYAKU_OG: 'off' }, ['--skip', 'pdf,search']);
}, 240_000);
afterAll(() => {
	if (serial) rmSync(serial, { recursive: true, force: true });
});

describe('pages rendered four at a time', () => {
	it('are byte-identical to the same site rendered one page at a time', () => {
		// The accessibility pages' results section is written after Astro, by the axe run, which the serial build
		// skips (it skips the browser steps): the pages are compared without it.
		const RESULTS = /<section class="card a11y-results"[^>]*>[\s\S]*?<\/section>/;
		const withoutResults = (html: string) => html.replace(RESULTS, '');
		const parallelPages = builtHtml();
		expect(parallelPages.filter((page) => RESULTS.test(page.html)).map((page) => page.path).sort()).toEqual(['accessibility/index.html', 'easy/accessibility/index.html', 'en/accessibility/index.html']);
		const parallel = new Map(parallelPages.map((page) => [page.path, withoutResults(page.html)]));
		const one = new Map(builtHtml(serial).map((page) => [page.path, withoutResults(page.html)]));
		expect(parallel.size).toBeGreaterThan(50);
		const published = [...parallel.keys()];
		expect(published.filter((path) => !one.has(path))).toEqual([]);
		const differing = published.filter((path) => one.get(path) !== parallel.get(path));
		expect(differing).toEqual([]);
	});
});
