/**
 * Trimming a page's policy (src/lib/csp.ts, applied to every page by src/middleware.ts): each page keeps
 * only its own hashes, and a page with an inline script the build did not hash is reported by name.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePolicy, sha256Of, trimPolicy, trimPolicyBytes, unknownInlineMessage } from '../../src/lib/csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const CSS = 'body{margin:0}';
const JS = 'console.log(1)';
const OTHER_CSS = '.x{color:red}';
const page = (policy: string, body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;
const siteWide = `default-src 'self';object-src 'none'; script-src 'self' ${hash(JS)} ${hash('other()')}; style-src 'self' ${hash(CSS)} ${hash(OTHER_CSS)};`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('trimPolicy', () => {
	it("keeps the page's own style hash and closes script-src on a page without scripts", () => {
		const { html, unknown } = trimPolicy(page(siteWide, `<style>${CSS}</style>`));
		expect(policyOf(html)).toBe(`default-src 'self';object-src 'none';script-src 'none';style-src 'self' ${hash(CSS)}`);
		expect(unknown).toEqual([]);
	});

	it('keeps the hash of an inline script the page has, and external scripts need no hash', () => {
		const { html } = trimPolicy(page(siteWide, `<script type="module">${JS}</script><script type="module" src="/_astro/a.js"></script><style>${CSS}</style>`));
		expect(policyOf(html)).toBe(`default-src 'self';object-src 'none';script-src 'self' ${hash(JS)};style-src 'self' ${hash(CSS)}`);
	});

	it('reports an inline script whose hash the build did not list, and does not allow it', () => {
		const { html, unknown } = trimPolicy(page(siteWide, `<script>alert(1)</script><style>${CSS}</style>`));
		expect(unknown).toEqual(['alert(1)']);
		expect(policyOf(html)).not.toContain(hash('alert(1)'));
	});

	it('takes a script written inside an attribute value (escaped text) for text, not for a script', () => {
		const { html, unknown } = trimPolicy(page(siteWide, `<style>${CSS}</style></head><body><span aria-label="<script>alert(1)</script>" title='<style>x</style>'>a</span>`));
		expect(unknown).toEqual([]);
		expect(policyOf(html)).toContain("script-src 'none'");
	});

	it('leaves a page without a policy as it is', () => {
		const html = '<html><head><style>a{}</style></head></html>';
		expect(trimPolicy(html)).toEqual({ html, unknown: [] });
	});
});

describe('trimPolicyBytes (the middleware: the page as bytes, never decoded)', () => {
	// Japanese text around and inside the elements: their UTF-8 bytes are hashed as they are.
	const JA_CSS = '.q::before{content:"「"}.q::after{content:"」"}';
	const body = `<style>${JA_CSS}</style></head><body><h1 title="公約　一覧">公約と実績</h1><p>小諸市の「健幸都市」</p>`;

	it('gives the same page, byte for byte, as trimming its text', () => {
		const text = page(siteWide.replace(hash(CSS), hash(JA_CSS)), body);
		const { bytes, unknown } = trimPolicyBytes(Buffer.from(text));
		expect(unknown).toEqual([]);
		expect(Buffer.from(bytes).toString('utf8')).toBe(trimPolicy(text).html);
		expect(policyOf(Buffer.from(bytes).toString('utf8'))).toContain(`style-src 'self' ${hash(JA_CSS)}`);
		expect(Buffer.from(bytes).toString('utf8')).toContain('<h1 title="公約　一覧">公約と実績</h1>');
	});

	it('names an unknown Japanese script by its first 60 characters, decoded', () => {
		const script = `document.title="${'公約'.repeat(40)}"`;
		const { unknown } = trimPolicyBytes(Buffer.from(page(siteWide.replace(hash(CSS), hash(JA_CSS)), `<script>${script}</script>${body}`)));
		expect(unknown).toEqual([script.slice(0, 60)]);
	});

	it('reads tags as a browser does: U+3000 in a tag is part of its name, an ASCII space ends it', () => {
		// A browser reads `<script　>` as an element named "script　" whose content is text: nothing runs.
		expect(trimPolicyBytes(Buffer.from(page(siteWide, `<style>${CSS}</style><p>a</p><script\u3000>alert(1)</script>`))).unknown).toEqual([]);
		expect(trimPolicyBytes(Buffer.from(page(siteWide, `<style>${CSS}</style><p>a</p><script >alert(1)</script>`))).unknown).toEqual(['alert(1)']);
	});
});

describe('what is worked out once per build', () => {
	it('a large element hashed again gives its hash, and an element of the same size with other bytes its own', () => {
		const big = `body{margin:0}${'.a{color:red}'.repeat(200)}`;
		const twin = big.replace('red}', 'tan}');
		expect(twin.length).toBe(big.length);
		for (const text of [big, big, twin, twin, big]) expect(sha256Of(Buffer.from(text))).toBe(hash(text));
		// A page whose stylesheet was remembered from an earlier page keeps exactly that hash, and only on a page that has it.
		const policy = siteWide.replace(hash(CSS), hash(big));
		for (const css of [big, twin]) {
			const { html, unknown } = trimPolicy(page(policy, `<style>${css}</style>`));
			expect(policyOf(html)).toBe(css === big ? `default-src 'self';object-src 'none';script-src 'none';style-src 'self' ${hash(big)}` : `default-src 'self';object-src 'none';script-src 'none';style-src 'self'`);
			expect(unknown).toEqual(css === big ? [] : [twin.slice(0, 60)]);
		}
	});

	it('a policy is read into its directives and listed hashes', () => {
		const { directives, listed } = parsePolicy(siteWide);
		expect(directives.map((d) => [d.name, d.kind])).toEqual([['default-src', undefined], ['object-src', undefined], ['script-src', 'script'], ['style-src', 'style']]);
		expect([...listed]).toEqual([hash(JS), hash('other()'), hash(CSS), hash(OTHER_CSS)]);
		expect(parsePolicy(siteWide)).toBe(parsePolicy(siteWide));
	});
});

describe('unknownInlineMessage', () => {
	it('names the page and the start of what it found', () => {
		expect(unknownInlineMessage('/pledges/x/', ['steal()'])).toMatchInlineSnapshot(`
			"✘ ページに、サイトが書いていないスクリプトまたはスタイルがあります（公開しませんでした） / a page has a script or style that the build did not write (not published):
			  /pledges/x/: "steal()""
		`);
	});
});
