/**
 * What check accepts as a link target is what the build writes: every page and site-wide file the rules
 * list (src/model/rules.ts `siteFiles`) is a file of the built site, in every language for a page, and
 * every anchor they accept on a page (`anchorsOf`, beyond the pages' own fixed parts and `#top`) is an id
 * on it; and every page the build writes is listed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_IDS } from '../../src/model/page-ids.ts';
import { contentDir } from '../../src/model/load.ts';
import type { Problem } from '../../src/model/problems.ts';
import { readContent } from '../../src/model/read.ts';
import { readMarkdown } from '../../src/model/read-markdown.ts';
import { anchorsOf, siteFiles } from '../../src/model/rules.ts';
import { validateContent } from '../../src/model/validate.ts';
import { builtSite } from '../helpers/site.ts';

const problems: Problem[] = [];
const read = readContent(contentDir(), problems)!;
const set = validateContent(read, readMarkdown(read, problems).valid, problems);
const { pages, files } = siteFiles(set);
// Every edition's pages: the root one at /, the others under /<lang>/ (Komoro: /en/ and /easy/).
const site = set.site!.data;
const languages = site.locales.map((lang) => (lang === site.rootLocale ? '' : `${lang}/`));
const PREFIXED = new RegExp(`^(${site.locales.filter((lang) => lang !== site.rootLocale).join('|')})(/|$)`);
const fileOf = (prefix: string, page: string) => (page === '' ? `${prefix}index.html` : page.includes('.') ? `${prefix}${page}` : `${prefix}${page}/index.html`);

describe('link targets check accepts', () => {
	it('are files of the built site: every page in every edition, every site-wide file once', () => {
		expect(problems).toEqual([]);
		expect(languages).toEqual(['', 'en/', 'easy/']);
		const dir = builtSite();
		const missing = [...[...pages].flatMap((page) => languages.map((prefix) => fileOf(prefix, page))), ...[...files].map((file) => fileOf('', file))].filter((file) => !existsSync(join(dir, file)));
		expect(missing).toEqual([]);
		for (const file of files) for (const prefix of languages.filter(Boolean)) expect(existsSync(join(dir, prefix, file)), `${prefix}${file}`).toBe(false);
	});

	it('have the anchors check accepts on them', () => {
		const dir = builtSite();
		const missing: string[] = [];
		for (const page of pages) {
			if (page.includes('.')) continue;
			const html = readFileSync(join(dir, fileOf('', page)), 'utf8');
			const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
			for (const anchor of anchorsOf(set, page)) if (anchor !== 'top' && !PAGE_IDS.has(anchor) && !ids.has(anchor)) missing.push(`/${page}/#${anchor}`);
		}
		expect(missing).toEqual([]);
	});

	it('include every page the build writes', () => {
		const dir = builtSite();
		const written = readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && entry.name === 'index.html')
			.map((entry) => relative(dir, entry.parentPath).replace(PREFIXED, ''))
			.filter((page) => !page.startsWith('print'));
		expect(written.filter((page) => !pages.has(page))).toEqual([]);
	});
});
