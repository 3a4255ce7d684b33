/**
 * Furigana for the やさしい日本語 edition, added in ONE place (src/middleware.ts) to every page as Astro
 * renders it: the whole page when it is the edition's (`<html lang="ja-x-easy">`), else only the elements
 * marked `lang="ja-x-easy"` (the language switch's link to the edition, the edition's part of the 404 page).
 * Pages and components write plain text; the analyser (src/lib/furigana.ts) with the campaign's `readings:`
 * puts `<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>` on every kanji run of every text node.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder, cacheKey, readCached, writeCached } from '../cache.ts';
import { LOCALE_TAGS } from '../schemas/locales.ts';
import { furiganaCodeKey, loadFurigana, type Furigana } from './furigana.ts';

const TAG = LOCALE_TAGS.easy;
const WHOLE = new RegExp(`^\\s*<!doctype html>\\s*<html[^>]*\\blang="${TAG}"`, 'i');
/** An element marked as the edition's (no element of the same name nested inside: a link or a section). */
const MARKED = new RegExp(`(<(a|section|span)\\b[^>]*\\blang="${TAG}"[^>]*>)([\\s\\S]*?)(</\\2>)`, 'g');

let loaded: { key: string; furigana: Promise<Furigana> } | undefined;

/** The analyser with `readings`, loaded once per set of readings (the dev server reloads content). */
function furiganaWith(readings: Record<string, string>): Promise<Furigana> {
	const key = JSON.stringify(readings);
	if (loaded?.key !== key) loaded = { key, furigana: loadFurigana(readings) };
	return loaded.furigana;
}

/** What marks the edition's text in a page (most pages of the other editions have it only on the switch). */
export const EASY_MARK = `lang="${TAG}"`;

const hasEasyText = (html: string): boolean => html.includes(EASY_MARK);

/**
 * `html` with furigana on the easy edition's text: all of it for an edition page, else inside the marked
 * elements only. `readings` is the campaign's reading dictionary (site.yaml `readings:`).
 * @example await addEasyRuby('<!doctype html><html lang="ja-x-easy"><body><p>小諸</p></body></html>', { 小諸: 'こもろ' }) // '…<p><ruby>小諸<rp>(</rp><rt>こもろ</rt><rp>)</rp></ruby></p>…'
 */
export async function addEasyRuby(html: string, readings: Record<string, string> = {}): Promise<string> {
	if (!hasEasyText(html)) return html;
	// The analyser takes a second or more to load and most of a build's time on the edition's pages: each page's
	// furigana is kept in the cache by the page, the readings and the code that reads them, so a rebuild reads
	// only the pages that changed (and loads no analyser when none did).
	const folder = cacheFolder('furigana');
	const key = `${cacheKey([rubyCodeKey(), JSON.stringify(readings), html])}.html`;
	const cached = folder ? readCached(folder, key) : undefined;
	if (cached) return cached.toString('utf8');
	const out = await withRuby(html, readings);
	if (folder) writeCached(folder, key, out);
	return out;
}

/** What decides furigana besides the page and the readings: the code that reads it, and this module's. */
let codeKey: string | undefined;
function rubyCodeKey(): string {
	let own: Buffer | string;
	try {
		own = readFileSync(join(process.cwd(), 'src/lib/easy-ruby.ts'));
	} catch {
		own = 'easy-ruby.ts not found';
	}
	codeKey ??= cacheKey([furiganaCodeKey(), own]);
	return codeKey;
}

async function withRuby(html: string, readings: Record<string, string>): Promise<string> {
	const furigana = await furiganaWith(readings);
	if (WHOLE.test(html)) return withRubyStyle(compact(withNoscript(html, (part) => furigana.addRubyToHtml(part))));
	return html.replace(MARKED, (_, open: string, _name: string, inner: string, close: string) => open + compact(furigana.addRubyToHtml(inner)) + close);
}

/**
 * `html`, a part of an edition page that a build step writes after Astro (the accessibility page's test
 * results), with the furigana the page's own text got: the same analyser, readings and markup.
 * @example await easyRubyFragment('<p>小諸</p>', { 小諸: 'こもろ' }) // '<p><ruby>小諸<rp>(<rt>こもろ<rp>)</ruby></p>'
 */
export async function easyRubyFragment(html: string, readings: Record<string, string> = {}): Promise<string> {
	return compact((await furiganaWith(readings)).addRubyToHtml(html));
}

/**
 * The edition's own few rules, in its pages only (the other editions' pages stay as they were): an element
 * laid out as a flex row (a heading with its bar, a link with min-height, a legend line) makes each <ruby>
 * an item of its own, so the row spaced words apart (大事 な 数字) and never wrapped (a 390 px phone
 * scrolled sideways to 575 px). Such rows wrap, keep the words together and line up on the text. And
 * lines break between any two words, as in NHK's NEWS WEB EASY: Chromium's phrase breaking
 * (word-break: auto-phrase) found no break in a title of ten <ruby> and let it run 680 px wide; each
 * <ruby> stays whole on its line anyway.
 */
export const EASY_CSS = ':lang(ja){word-break:normal}:root :has(>ruby){flex-wrap:wrap;align-items:baseline;column-gap:0}.section-title:has(>ruby):before{margin-right:.5rem}';
const EASY_STYLE = `<style>${EASY_CSS}</style>`;
const cspHash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const EASY_HASH = cspHash(EASY_CSS);
const CSP = /(<meta http-equiv="content-security-policy" content="[^"]*?style-src [^;"]*)/;

/**
 * The page with the edition's rules at the end of its head, allowed by its Content-Security-Policy. They are
 * appended to the head's last plain <style> (whose hash the policy then names instead): a <style> of their
 * own would cost its tags and a second hash, about 50 B gzip of a first view that has 14 KB in all.
 */
function withRubyStyle(html: string): string {
	const head = html.slice(0, html.indexOf('</head>'));
	const last = [...head.matchAll(/<style>([\s\S]*?)<\/style>/g)].at(-1);
	const policy = head.match(CSP)?.[1];
	const before = last && html.slice(0, last.index);
	if (last && policy && before!.includes(policy) && policy.includes(cspHash(last[1]!))) {
		const css = last[1]! + EASY_CSS;
		return before!.replace(policy, policy.replace(cspHash(last[1]!), cspHash(css))) + `<style>${css}</style>` + html.slice(last.index + last[0].length);
	}
	return html.replace(CSP, `$1 ${EASY_HASH}`).replace('</head>', `${EASY_STYLE}</head>`);
}

const NOSCRIPT = /(<noscript>)([\s\S]*?)(<\/noscript>)/g;

/**
 * `ruby` applied to a page and, separately, to the content of each <noscript> as the fragment of HTML it is:
 * a parser that runs scripts (parse5's default) reads <noscript> as raw text, and ruby added there turned
 * its markup into visible `&lt;p&gt;` (the search page's message for readers without JavaScript).
 */
function withNoscript(html: string, ruby: (html: string) => string): string {
	const inner: string[] = [];
	const masked = html.replace(NOSCRIPT, (_, open: string, body: string, close: string) => `${open}${inner.push(body) && ''}${close}`);
	let i = 0;
	return ruby(masked).replace(/<noscript><\/noscript>/g, () => `<noscript>${ruby(inner[i++] ?? '')}</noscript>`);
}

/**
 * Ruby without the end tags HTML lets a page leave out (an rp or rt followed by rt or rp, or last in its
 * ruby): `<ruby>漢字<rp>(<rt>かんじ<rp>)</ruby>`, the same elements to every browser, screen reader and
 * Pagefind, with the <rp> fallbacks kept. A thousand readings on a long page cost 15 bytes each less
 * (measured: about 0.35 KB gzip on Komoro's longest pillar page).
 * @example compact('<ruby>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>') // '<ruby>字<rp>(<rt>じ<rp>)</ruby>'
 */
export const compact = (html: string): string => html.replaceAll('</rp><rt>', '<rt>').replaceAll('</rt><rp>)</rp></ruby>', '<rp>)</ruby>');
