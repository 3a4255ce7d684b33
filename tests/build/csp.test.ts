/**
 * The locked-down site, read from the built files: every page carries a Content-Security-Policy that
 * allows nothing from another origin, every inline script and style it has is hashed in that policy,
 * and no page has a style="" attribute or an inline event handler (a policy cannot allow those without
 * allowing injected ones too). Third-party requests and external links: locked-down.test.ts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { tags } from '../helpers/html.ts';
import { builtHtml } from '../helpers/site.ts';

let pages: { path: string; html: string }[];
beforeAll(() => {
	pages = builtHtml();
});

const policyOf = (html: string) => tags(html).find((t) => t.name === 'meta' && t.attrs.some(([k, v]) => k === 'http-equiv' && v.toLowerCase() === 'content-security-policy'))?.attrs.find(([k]) => k === 'content')?.[1];
const directive = (policy: string, name: string) =>
	policy
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([n]) => n === name)
		?.slice(1) ?? [];
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
	it('is on every page, same-origin only, with no unsafe-inline', () => {
		expect(pages.length).toBeGreaterThan(50);
		for (const { path, html } of pages) {
			const policy = policyOf(html);
			expect(policy, path).toBeDefined();
			expect(directive(policy!, 'default-src'), path).toEqual(["'self'"]);
			expect(directive(policy!, 'object-src'), path).toEqual(["'none'"]);
			expect(directive(policy!, 'base-uri'), path).toEqual(["'self'"]);
			expect(policy, path).not.toContain('unsafe-inline');
			expect(policy, path).not.toMatch(/https?:|\*/);
		}
	});

	it('hashes every inline script and style the page has', () => {
		for (const { path, html } of pages) {
			const policy = policyOf(html)!;
			for (const tag of tags(html)) {
				if (tag.raw === undefined || tag.attrs.some(([k]) => k === 'src')) continue;
				if (tag.name === 'script' && tag.attrs.some(([k, v]) => k === 'type' && /json/.test(v))) continue; // data, never run
				const allowed = directive(policy, tag.name === 'script' ? 'script-src' : 'style-src');
				expect(allowed, `${path}: <${tag.name}> ${tag.raw.slice(0, 60)}`).toContain(sha256(tag.raw));
			}
		}
	});

	it('lists only the hashes of what the page has (src/middleware.ts trims the site-wide list)', () => {
		for (const { path, html } of pages) {
			const policy = policyOf(html)!;
			const own = new Set(tags(html).filter((t) => t.raw !== undefined && (t.name === 'script' || t.name === 'style')).map((t) => sha256(t.raw!)));
			const hashes = [...directive(policy, 'script-src'), ...directive(policy, 'style-src')].filter((token) => token.startsWith("'sha"));
			expect(hashes.filter((hash) => !own.has(hash)), path).toEqual([]);
			if (!tags(html).some((t) => t.name === 'script')) expect(directive(policy, 'script-src'), path).toEqual(["'none'"]);
		}
	});

	it('only the search page may run WebAssembly and workers, for Pagefind', () => {
		const wasm = pages.filter(({ html }) => directive(policyOf(html)!, 'script-src').includes("'wasm-unsafe-eval'")).map(({ path }) => path);
		expect(wasm.sort()).toEqual(['easy/search/index.html', 'en/search/index.html', 'search/index.html']);
	});

	it('no style="" attribute and no inline event handler on any page', () => {
		const found = pages.flatMap(({ path, html }) =>
			tags(html).flatMap((tag) => tag.attrs.filter(([k]) => k === 'style' || /^on/.test(k)).map(([k, v]) => `${path}: <${tag.name} ${k}="${v.slice(0, 40)}">`)),
		);
		expect(found).toEqual([]);
	});

	it('no is:inline script or style in the source (Astro cannot hash them)', () => {
		const walk = (sub: string): string[] =>
			readdirSync(join(ROOT, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(sub, e.name)) : e.name.endsWith('.astro') ? [join(sub, e.name)] : []));
		// The flyer's print route is the one exception: it is printed to PDF with the policy bypassed and
		// never published (the next test holds that).
		const found = walk('src').filter((file) => !file.includes('/print/') && /is:inline/.test(readFileSync(join(ROOT, file), 'utf8')));
		expect(found).toEqual([]);
	});

	it('the print pages, which the policy does not cover, are not published', () => {
		expect(pages.filter(({ path }) => path.includes('print')).map(({ path }) => path)).toEqual([]);
		expect(pages.some(({ html }) => html.includes('/print/flyer'))).toBe(false);
	});
});
