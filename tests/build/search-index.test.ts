/**
 * The site search index on the built site: Pagefind wrote one index per language, holding exactly the pages
 * marked for search (pledges, pillars, manifestos, figures, newsletter issues) with their type and rating;
 * only the search page loads search code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { text } from '../../src/i18n/index.ts';
import { loadContent } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { ROOT, readPage } from '../helpers/build.ts';
import { attr, openingTags } from '../helpers/html.ts';
import { builtSite } from '../helpers/site.ts';
import { htmlPages } from '../helpers/weight.ts';

const model = loadContent(join(ROOT, 'content')).model as Model;
let dir: string;
beforeAll(() => {
	dir = builtSite();
});

const indexed = [
	...model.manifestos.map((m) => `manifestos/${m.id}/`),
	...model.pillars.map((p) => `pillars/${p.id}/`),
	...model.policies.map((p) => `policies/${p.id}/`),
	...model.reports.map((r) => `reports/${r.id}/`),
	...model.metrics.map((m) => `metrics/${m.id}/`),
];

describe('the search index', () => {
	it('exists for every edition (Komoro: ja, en and the easy Japanese ja-x-easy), each with every searchable page of that edition', () => {
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ja', 'ja-x-easy']);
		expect(entry.languages['ja']!.page_count).toBe(indexed.length);
		expect(entry.languages['en']!.page_count).toBe(indexed.length);
		expect(entry.languages['ja-x-easy']!.page_count).toBe(indexed.length);
		expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
		const files = readdirSync(join(dir, 'pagefind'));
		expect(files.some((f) => /^pagefind\.ja_.+\.pf_meta$/.test(f))).toBe(true);
		expect(files.some((f) => /^pagefind\.en_.+\.pf_meta$/.test(f))).toBe(true);
		// Pagefind's ready-made UIs are not shipped: the search page has its own.
		expect(files.filter((f) => /-ui\./.test(f))).toEqual([]);
	});

	it('marks exactly the pledges, pillars, manifestos, figures and newsletter issues for indexing, Japanese as lang="ja" (the easy edition as ja-x-easy)', () => {
		const marked = htmlPages(dir).filter((page) => /<main[^>]*data-pagefind-body/.test(readPage(dir, page)));
		expect(marked).toEqual(indexed.flatMap((p) => [`/${p}`, `/en/${p}`, `/easy/${p}`]).sort());
		for (const page of marked) expect(readPage(dir, page)).toMatch(new RegExp(`<html lang="${page.startsWith('/en/') ? 'en' : page.startsWith('/easy/') ? 'ja-x-easy' : 'ja'}"`));
	});

	it.each(model.policies.map((p) => p.id))('pledge %s carries its page type and rating for the results', (id) => {
		const policy = model.policies.find((p) => p.id === id)!;
		for (const lang of ['ja', 'en'] as const) {
			const html = readPage(dir, `${lang === 'en' ? '/en/' : '/'}policies/${id}/`);
			const tags = openingTags(html, 'span').filter((t) => attr(t, 'data-pagefind-meta'));
			const value = (key: string) => attr(tags.find((t) => attr(t, 'data-pagefind-meta') === `${key}[data-value]`) ?? '', 'data-value');
			expect(value('type')).toBe(lang === 'ja' ? '公約' : 'Pledge');
			expect(value('rating')).toBe(text(model.levelOf(policy).label, lang));
		}
	});
});

describe('search code loads on the search page only', () => {
	/** The JavaScript a page loads: module scripts' sources and inline scripts' text. */
	const scriptsOf = (html: string) =>
		(html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []).map((tag) => {
			const src = attr(tag, 'src');
			return src ? readFileSync(join(dir, src), 'utf8') : tag;
		});

	it('no page but the search pages (/search/, /en/search/, /easy/search/) loads anything that mentions Pagefind', () => {
		for (const page of htmlPages(dir)) {
			const js = scriptsOf(readPage(dir, page)).join('\n');
			if (page === '/search/' || page === '/en/search/' || page === '/easy/search/') expect(js, page).toContain('pagefind/pagefind.js');
			else expect(js, page).not.toMatch(/pagefind/i);
		}
	});

	it('pages without a chart ship no JavaScript at all', () => {
		for (const page of htmlPages(dir)) {
			if (page.endsWith('/search/') || page === '/search/') continue;
			const html = readPage(dir, page);
			if (/<canvas[^>]*data-spec/.test(html)) continue;
			expect(html.match(/<script\b[^>]*>/g) ?? [], page).toEqual([]);
		}
	});

	it('the header search box is a plain GET form to the search page of its language', () => {
		for (const page of ['/', '/en/', '/ratings/', '/en/policies/' + model.policies[0]!.id + '/']) {
			const html = readPage(dir, page);
			const form = openingTags(html, 'form').find((t) => attr(t, 'role') === 'search')!;
			expect(attr(form, 'method')).toBe('get');
			expect(attr(form, 'action')).toBe(page.startsWith('/en/') ? '/en/search/' : '/search/');
			expect(openingTags(html, 'input').some((t) => attr(t, 'name') === 'q')).toBe(true);
		}
	});
});
