/**
 * The locked-down site, read from the built files: no page loads anything from a third party, external
 * links open nothing with access to the page, and the _headers example for static hosts is published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tags } from '../helpers/html.ts';
import { builtHtml, builtSite } from '../helpers/site.ts';

let pages: { path: string; html: string }[];
beforeAll(() => {
	pages = builtHtml();
});


describe('no third-party requests, safe external links', () => {
	it('every resource a page loads is on the site itself', () => {
		const found: string[] = [];
		for (const { path, html } of pages)
			for (const tag of tags(html)) {
				const get = (name: string) => tag.attrs.find(([k]) => k === name)?.[1];
				const rel = get('rel') ?? '';
				const urls =
					tag.name === 'link' && !/^(canonical|alternate)$/.test(rel)
						? [get('href')]
						: ['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object', 'track', 'input'].includes(tag.name)
							? [get('src'), get('data'), ...(get('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0])]
							: tag.name === 'form'
								? [get('action')]
								: [];
				for (const url of urls) if (url && /^(https?:)?\/\//i.test(url)) found.push(`${path}: <${tag.name}> ${url}`);
			}
		expect(found).toEqual([]);
	});

	it('every link to another site has rel="noopener noreferrer"', () => {
		const found: string[] = [];
		let external = 0;
		for (const { path, html } of pages)
			for (const tag of tags(html)) {
				const href = tag.name === 'a' ? tag.attrs.find(([k]) => k === 'href')?.[1] : undefined;
				if (!href || !/^(https?:)?\/\//i.test(href)) continue;
				external++;
				const rel = (tag.attrs.find(([k]) => k === 'rel')?.[1] ?? '').split(/\s+/);
				if (!rel.includes('noopener') || !rel.includes('noreferrer')) found.push(`${path}: ${href}`);
			}
		expect(found).toEqual([]);
		expect(external).toBeGreaterThan(0);
	});
});

describe('_headers for static hosts', () => {
	it('is published at the site root and forbids framing, sniffing and plug-ins', () => {
		const headers = readFileSync(join(builtSite(), '_headers'), 'utf8');
		expect(headers).toMatch(/^\/\*\n(  \S[^\n]*\n)+$/m);
		expect(headers).toContain("Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
		expect(headers).toContain('X-Content-Type-Options: nosniff');
		expect(headers).toContain('X-Frame-Options: DENY');
	});
});
