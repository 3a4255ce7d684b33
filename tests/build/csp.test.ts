/**
 * The locked-down site, read from the built files: every page carries a Content-Security-Policy that
 * allows nothing from another origin, every inline script and style it has is hashed in that policy,
 * no page has a style="" attribute or an inline event handler (a policy cannot allow those without
 * allowing injected ones too), external links open nothing with access to the page, and no page loads
 * anything from a third party.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { tags } from '../helpers/html.ts';
import { builtSite } from '../helpers/site.ts';

let pages: { path: string; html: string }[];
beforeAll(() => {
	const dir = builtSite();
	const walk = (sub: string): string[] =>
		readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(sub, e.name)) : e.name.endsWith('.html') ? [join(sub, e.name)] : []));
	pages = walk('').map((path) => ({ path, html: readFileSync(join(dir, path), 'utf8') }));
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

	it('no style="" attribute and no inline event handler on any page', () => {
		const found = pages.flatMap(({ path, html }) =>
			tags(html).flatMap((tag) => tag.attrs.filter(([k]) => k === 'style' || /^on/.test(k)).map(([k, v]) => `${path}: <${tag.name} ${k}="${v.slice(0, 40)}">`)),
		);
		expect(found).toEqual([]);
	});

	it('no is:inline script or style in the source (Astro cannot hash them)', () => {
		const walk = (sub: string): string[] =>
			readdirSync(join(ROOT, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(sub, e.name)) : e.name.endsWith('.astro') ? [join(sub, e.name)] : []));
		const found = walk('src').filter((file) => /is:inline/.test(readFileSync(join(ROOT, file), 'utf8')));
		expect(found).toEqual([]);
	});
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
