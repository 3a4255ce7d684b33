/**
 * Each page's Content-Security-Policy keeps only the hashes of the inline scripts and styles that page has
 * (src/middleware.ts applies it to every page as Astro renders it).
 *
 * Astro's `security.csp` (astro.config.mjs) writes one <meta> per page with the hash of every script and
 * style Astro made for the whole site, including its five island loaders that this site never uses:
 * about 450 B gzip on every page, a third of what the heaviest pages have left in their first round trip.
 * Trimming keeps what makes the policy worth having: only what Astro hashed can run, so an inline script
 * that reached a page some other way still has no hash and is blocked — and the build stops naming the
 * page, because nothing koyaku writes should be there.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
// Every tag in order, its quoted attribute values consumed whole: text inside an attribute (a
// payload such as aria-label="<script>…") is never taken for an element. Text between tags has its `<`
// escaped in Astro's output. Names and attributes are separated by ASCII whitespace only, as HTML does (a
// browser reads U+3000 as part of a name): the scan then finds the same elements in a page's UTF-8 bytes
// read one character per byte (latin1) as in its decoded text, since every character it looks for is ASCII.
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\t\n\f\r />]*)((?:[\t\n\f\r ]+[^\t\n\f\r "'>/=]+(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r "'>]+))?)*)[\t\n\f\r ]*\/?>/g;

const OPENING = /<(script|style)\b/gi;
const PLAIN_STYLE = /^<style(?:[\t\n\f\r ][^<>"']*)?>$/;

/**
 * The page's <script> and <style> elements: tag name, opening-tag attributes and raw content, with the
 * content's offsets in `html`.
 */
export function* inlineElements(html: string): Generator<{ tag: 'script' | 'style'; attrs: string; body: string; start: number; end: number }> {
	// Most pages have one <style> and no <script> anywhere, not even as text in an attribute: then that one
	// is the element and the scan of every tag (a fifth of the step on a large site) is not needed.
	const openings = [...html.matchAll(OPENING)];
	if (openings.length === 0) return;
	if (openings.length === 1 && openings[0]![1] === 'style') {
		const at = openings[0]!.index;
		const open = html.slice(at, html.indexOf('>', at) + 1);
		if (PLAIN_STYLE.test(open)) {
			const start = at + open.length;
			const close = html.indexOf('</style', start);
			const end = close < 0 ? html.length : close;
			yield { tag: 'style', attrs: open.slice(6, -1), body: html.slice(start, end), start, end };
			return;
		}
	}
	const scan = new RegExp(TAG);
	const lower = html.toLowerCase();
	for (let m = scan.exec(html); m; m = scan.exec(html)) {
		const tag = m[2]?.toLowerCase();
		if (m[1] || (tag !== 'script' && tag !== 'style')) continue;
		const start = scan.lastIndex;
		const close = lower.indexOf(`</${tag}`, start);
		const end = close < 0 ? html.length : close;
		yield { tag, attrs: m[3] ?? '', body: html.slice(start, end), start, end };
		scan.lastIndex = end;
	}
}
const HASH = /^'sha(256|384|512)-/;

/** Elements of at least this many bytes have their hash remembered (a page's stylesheet), smaller ones are hashed each time. */
const REMEMBERED_BYTES = 1024;
/** At most this many remembered elements: a site has a stylesheet or two per kind of page. */
const REMEMBERED = 64;
const remembered = new Map<number, { bytes: Buffer; hash: string }[]>();
let rememberedCount = 0;

/**
 * The CSP source of an element's bytes (`'sha256-…'`). Every page of a kind inlines the same stylesheet, so
 * a large element's hash is remembered by its bytes: comparing them again costs a fraction of hashing them.
 * @example sha256Of(Buffer.from('body{margin:0}')) // "'sha256-…='"
 */
export function sha256Of(bytes: Buffer): string {
	const large = bytes.length >= REMEMBERED_BYTES;
	const same = large ? remembered.get(bytes.length)?.find((seen) => seen.bytes.equals(bytes)) : undefined;
	if (same) return same.hash;
	const hash = `'sha256-${createHash('sha256').update(bytes).digest('base64')}'`;
	if (large && rememberedCount < REMEMBERED) {
		const list = remembered.get(bytes.length) ?? [];
		list.push({ bytes: Buffer.from(bytes), hash });
		remembered.set(bytes.length, list);
		rememberedCount++;
	}
	return hash;
}

interface Directive {
	/** The directive as written (trimmed). */
	text: string;
	name: string;
	/** Which elements a -src directive with hashes is about; undefined for the others. */
	kind?: 'script' | 'style';
	tokens: string[];
}

const parsedPolicies = new Map<string, { directives: Directive[]; listed: Set<string> }>();

/**
 * A policy's directives and every hash it lists. Astro writes the same site-wide policy on every page (the
 * search page adds its own), so each distinct policy is read once per build.
 * @example parsePolicy("default-src 'self'; style-src 'self' 'sha256-A='").listed // Set { "'sha256-A='" }
 */
export function parsePolicy(policy: string): { directives: Directive[]; listed: Set<string> } {
	const known = parsedPolicies.get(policy);
	if (known) return known;
	const listed = new Set<string>();
	const directives = policy
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean)
		.map((text): Directive => {
			const [name = '', ...tokens] = text.split(/\s+/);
			const kind = name === 'script-src' ? 'script' : name === 'style-src' ? 'style' : undefined;
			if (kind) for (const token of tokens) if (HASH.test(token)) listed.add(token);
			return kind ? { text, name, kind, tokens } : { text, name, tokens };
		});
	const parsed = { directives, listed };
	// A handful of policies per site; bounded all the same.
	if (parsedPolicies.size < 64) parsedPolicies.set(policy, parsed);
	return parsed;
}

export interface TrimResult {
	html: string;
	/** Inline scripts and styles on the page whose hash Astro did not list: not written by the build. */
	unknown: string[];
}

/**
 * Keeps in a page's policy only the hashes of its own inline scripts and styles; `script-src 'none'` on a
 * page with no script at all. A page without a policy is returned unchanged.
 * @example trimPolicy(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-…'; style-src 'self' 'sha256-A…' 'sha256-B…';"><style>…</style>`)
 * // → script-src 'none'; style-src 'self' 'sha256-A…' (the hash of that <style>)
 */
export function trimPolicy(html: string): TrimResult {
	const { bytes, unknown } = trimPolicyBytes(Buffer.from(html));
	return { html: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), unknown };
}

/**
 * {@link trimPolicy} on a page's UTF-8 bytes, as Astro renders it: the page is never decoded nor encoded
 * again (on a large site that was most of the cost); only the policy's <meta> is rewritten and each inline
 * element's bytes are hashed as they are.
 */
export function trimPolicyBytes(bytes: Uint8Array<ArrayBuffer>): { bytes: Uint8Array<ArrayBuffer>; unknown: string[] } {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// One character per byte: offsets in this text are offsets in the bytes.
	const page = buffer.toString('latin1');
	const meta = META.exec(page);
	if (!meta) return { bytes, unknown: [] };
	const utf8 = (from: number, to: number) => buffer.toString('utf8', from, to);
	const present = { script: new Map<string, () => string>(), style: new Map<string, () => string>() };
	let anyScript = false;
	for (const { tag, attrs, start, end } of inlineElements(page)) {
		if (tag === 'script') anyScript = true;
		// External scripts are 'self'; JSON data blocks never run.
		if (/\bsrc=/i.test(attrs) || /\btype="application\/(?:ld\+)?json"/i.test(attrs)) continue;
		// The first 60 characters (at most 240 bytes), decoded only to name an unknown element.
		present[tag].set(sha256Of(buffer.subarray(start, end)), () => utf8(start, Math.min(end, start + 240)).slice(0, 60));
	}
	const contentEnd = meta.index + meta[0].length - '">'.length;
	const { directives: parsed, listed } = parsePolicy(utf8(contentEnd - meta[1]!.length, contentEnd));
	const directives = parsed.map(({ text, name, kind, tokens }) => {
		if (!kind) return text;
		if (kind === 'script' && !anyScript) return `${name} 'none'`;
		return [name, ...tokens.filter((token) => !HASH.test(token) || present[kind].has(token))].join(' ');
	});
	const unknown = [...present.script, ...present.style].filter(([hash]) => !listed.has(hash)).map(([, start]) => start());
	const trimmed = Buffer.from(`<meta http-equiv="content-security-policy" content="${directives.join(';')}">`);
	return { bytes: Buffer.concat([buffer.subarray(0, meta.index), trimmed, buffer.subarray(meta.index + meta[0].length)]), unknown };
}

/**
 * The message that stops the build when a page has an inline script or style the build did not hash.
 * @example unknownInlineMessage('/pledges/x/', ['steal()'])
 */
export function unknownInlineMessage(page: string, unknown: string[]): string {
	return `✘ ページに、サイトが書いていないスクリプトまたはスタイルがあります（公開しませんでした） / a page has a script or style that the build did not write (not published):\n  ${page}: ${unknown.map((u) => JSON.stringify(u)).join(', ')}`;
}
