/**
 * Byte budgets on what a phone downloads, read from the built site (deterministic: gzip -9 of the built
 * files). Voters on slow rural connections should get the first view in one round trip, and pages
 * without charts should need no JavaScript at all. A failure lists each page over budget with its bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIRST_VIEW_BUDGET, firstViewBytes, htmlPages, jsBytes, pageWeight } from '../helpers/weight.ts';
import { builtSite } from '../helpers/site.ts';


/** Pages allowed JavaScript whatever they show: search runs in the browser (its form still works without it). */
const NEEDS_JS = [/^\/(?:en\/|easy\/)?search\/$/];

let dir: string;
let pages: string[];
beforeAll(() => {
	dir = builtSite();
	pages = htmlPages(dir);
});

// Every edition: Japanese, English and the やさしい日本語 edition with its furigana (Komoro has all three).
const kinds = {
	home: (page: string) => page === '/' || page === '/en/' || page === '/easy/',
	pillar: (page: string) => /^\/(?:en\/|easy\/)?pillars\/[^/]+\/$/.test(page),
	policy: (page: string) => /^\/(?:en\/|easy\/)?policies\/[^/]+\/$/.test(page),
};

describe('first view within one round trip (HTML + CSS ≤ 14 KB gzip)', () => {
	test.each(Object.keys(kinds) as (keyof typeof kinds)[])('every %s page', (kind) => {
		const chosen = pages.filter(kinds[kind]);
		expect(chosen.length).toBeGreaterThan(0);
		const over = chosen
			.map((page) => ({ page, bytes: firstViewBytes(pageWeight(dir, page)) }))
			.filter(({ bytes }) => bytes > FIRST_VIEW_BUDGET)
			.map(({ page, bytes }) => `${page}: ${bytes} B gzip (budget ${FIRST_VIEW_BUDGET} B)`);
		expect(over).toEqual([]);
	});
});

describe('no JavaScript where nothing needs it', () => {
	test('pages without charts load no script and have no inline script', () => {
		const html = (page: string) => readFileSync(join(dir, page, 'index.html'), 'utf8');
		const withJs = pages
			.filter((page) => !NEEDS_JS.some((re) => re.test(page)) && !/<canvas\b/.test(html(page)))
			.map((page) => ({ page, bytes: jsBytes(pageWeight(dir, page)) }))
			.filter(({ bytes }) => bytes > 0)
			.map(({ page, bytes }) => `${page}: ${bytes} B of JavaScript`);
		expect(withJs).toEqual([]);
	});
	test('the budget test sees every page kind of the site, in every edition', () => {
		for (const kind of Object.values(kinds)) for (const edition of ['/en/', '/easy/']) expect(pages.some((page) => kind(page) && page.startsWith(edition)), edition).toBe(true);
		for (const kind of Object.values(kinds)) expect(pages.some((page) => kind(page) && !/^\/(en|easy)\//.test(page))).toBe(true);
		expect(pages.length).toBeGreaterThan(50);
	});
});
