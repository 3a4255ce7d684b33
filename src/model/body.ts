import type { Element, Root as HastRoot } from 'hast';
import { createRequire } from 'node:module';
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import { browserUrl, linkProblem, urlScheme } from '../schemas/url.ts';
import { bodyCache, type RenderedPart } from './body-cache.ts';
import { referencedChars, unsafeChar, unsafeCharMessage } from './read-file.ts';

/**
 * A Markdown body holds Japanese first; the English version follows a line that reads exactly
 * `<!-- en -->`. An HTML comment keeps the marker invisible in any Markdown preview.
 */
export const EN_MARKER = /^<!--\s*en\s*-->\s*$/m;

/**
 * The やさしい日本語 (easy Japanese) version follows a line that reads exactly `<!-- easy -->`, after the
 * Japanese, before or after the English.
 */
export const EASY_MARKER = /^<!--\s*easy\s*-->\s*$/m;

/** The parts a body may have: Japanese (first, unmarked), English and easy Japanese (each after its marker). */
export type BodyPart = 'ja' | 'en' | 'easy';

/** The field name problems in each part are reported under. */
export const BODY_FIELD: Record<BodyPart, string> = { ja: 'body', en: 'body.en', easy: 'body.easy' };

/** A rendered body in its languages. `en` and `easy` are absent when not written. */
export interface Body {
	ja: string;
	en?: string;
	easy?: string;
}

/** Something wrong in a body, at a 1-based line of the body text. */
export interface BodyIssue {
	line: number;
	/** `body`, `body.en` or `body.easy` */
	field: string;
	message: string;
}

/** A link or image in a body that points inside the site or the content folder (checked by the loader). */
export interface BodyLink {
	kind: 'link' | 'image';
	/** As written, e.g. `/policies/hometown-tax/` or `images/map.png`. */
	url: string;
	line: number;
	field: string;
}

/**
 * THE ALLOW-LIST for HTML in bodies (Markdown, and raw HTML written in it). Everything else is removed;
 * `script` and `style` with their content, any other unknown element is replaced by its text.
 * - elements: headings, paragraphs, line breaks, lists, quotes, tables, emphasis (strong, em, b, i, u,
 *   s, del, ins, mark, small, sub, sup), ruby (ruby, rt, rp), abbr, q, code, pre, kbd, hr, dl/dt/dd,
 *   details/summary, figure/figcaption, images, links, span/div, GFM footnotes and task lists;
 *   (no iframe, object, embed, svg, math, form, input other than task-list checkboxes, video, audio);
 * - attributes: `href` (a), `src`/`alt`/`width`/`height` (img), `title`, `lang`, `start` (ol), `align`
 *   and `scope` (table cells), `cite`, and the ids (`user-content-…`) and classes GFM footnotes and task lists generate;
 *   NO `style`, `class` (beyond those), `dir`, event handlers (`on…`) or forms;
 * - URLs: http, https and mailto, or relative. The loader reports any other scheme (javascript:,
 *   data:, vbscript:…) as a problem at check time, so this is the second line of defence.
 */
export const BODY_SCHEMA: SanitizeSchema = {
	tagNames: [
		'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote',
		'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins',
		'mark', 'small', 'sub', 'sup', 'ruby', 'rt', 'rp', 'abbr', 'q', 'code', 'pre', 'kbd', 'details', 'summary',
		'figure', 'figcaption', 'img', 'a', 'span', 'div', 'section', 'input',
	],
	attributes: {
		a: ['href', ['id', /^user-content-/], 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
		img: ['src', 'alt', 'width', 'height'],
		ol: ['start', ['className', 'contains-task-list']],
		ul: [['className', 'contains-task-list']],
		li: [['id', /^user-content-/], ['className', 'task-list-item']],
		th: ['align', 'scope'],
		td: ['align'],
		blockquote: ['cite'],
		q: ['cite'],
		del: ['cite'],
		ins: ['cite'],
		h2: [['id', /^(user-content-|footnote-label$)/], ['className', 'sr-only']],
		section: ['dataFootnotes', ['className', 'footnotes']],
		sup: [],
		input: [['type', 'checkbox'], ['disabled', true], 'checked'],
		code: [['className', /^language-[\w-]+$/]],
		'*': ['title', 'lang'],
	},
	required: { input: { type: 'checkbox', disabled: true } },
	protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
	// Only the ids GFM footnotes generate (already prefixed `user-content-`, so they cannot clobber globals).
	clobberPrefix: '',
	strip: ['script', 'style'],
	ancestors: { tbody: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
};

/**
 * Limits that keep a hostile or broken body from exhausting the build, far above any real pledge text
 * (Komoro's longest body: about 1,000 characters, 10 markup characters, no list). The Markdown parser
 * takes time growing with the SQUARE of emphasis markers, brackets, table cells, footnotes or nested
 * list items in a paragraph (measured: 25,000 nested `*` took 259 s), and recurses once per nesting level;
 * these counts are taken in one linear pass before it runs, so every body renders in well under a second.
 */
export const BODY_LIMITS = {
	/** Characters per language part. */
	chars: 20_000,
	/** Lines per part (a paragraph of 10,000 one-letter lines took 2.8 s). */
	lines: 1_000,
	/** Markup characters (`* _ ~ [ ] \` < > | & ^ #`) per part. */
	markup: 300,
	/** List items per part. */
	listItems: 100,
	/** Nesting levels of quotes, lists and HTML elements. */
	depth: 24,
};

/**
 * The Markdown pipeline's packages (remark, GFM, rehype, sanitize: about 0.2 s to load), loaded when the
 * first body is rendered, so `npm run check` of bodies without links or HTML never loads them. By
 * `require` (Node loads these ES modules that way too), because rendering is synchronous.
 */
const pipeline = () => {
	const load = createRequire(import.meta.url);
	return {
		unified: (load('unified') as typeof import('unified')).unified,
		remarkParse: (load('remark-parse') as typeof import('remark-parse')).default,
		remarkGfm: (load('remark-gfm') as typeof import('remark-gfm')).default,
		remarkRehype: (load('remark-rehype') as typeof import('remark-rehype')).default,
		rehypeRaw: (load('rehype-raw') as typeof import('rehype-raw')).default,
		rehypeSanitize: (load('rehype-sanitize') as typeof import('rehype-sanitize')).default,
		rehypeStringify: (load('rehype-stringify') as typeof import('rehype-stringify')).default,
		visit: (load('unist-util-visit') as typeof import('unist-util-visit')).visit,
	};
};
type Visit = ReturnType<typeof pipeline>['visit'];

/** External links open nothing with access to the page, and send no referrer (any http(s) address, however written). */
function externalLinks(visit: Visit) {
	return (tree: HastRoot) =>
		visit(tree, 'element', (node: Element) => {
			const href = node.tagName === 'a' ? node.properties['href'] : undefined;
			if (typeof href === 'string' && (/^(https?:)?\/\//i.test(browserUrl(href)) || urlScheme(href) === 'http' || urlScheme(href) === 'https')) node.properties['rel'] = ['noopener', 'noreferrer'];
		});
}

/**
 * Addresses as a browser reads them before the allow-list looks at their scheme: `Https://…` and
 * `MAILTO:…` are ordinary links to a browser, but the sanitiser compares schemes in lower case only and
 * would drop the href (a link that goes nowhere).
 */
function browserUrls(visit: Visit) {
	return (tree: HastRoot) =>
		visit(tree, 'element', (node: Element) => {
			for (const key of ['href', 'src', 'cite']) {
				const value = node.properties[key];
				if (typeof value !== 'string') continue;
				const url = browserUrl(value);
				const scheme = urlScheme(url);
				node.properties[key] = scheme ? scheme + url.slice(url.indexOf(':')) : url;
			}
		});
}

type FoundUrl = RenderedPart['urls'][number];

/** Collects every URL in the (raw-HTML-parsed, not yet sanitised) tree into `file.data.urls`, to check and report them. */
function collectUrls(visit: Visit) {
	return (tree: HastRoot, file: { data: Record<string, unknown> }) => {
		const found: FoundUrl[] = [];
		file.data['urls'] = found;
		visit(tree, 'element', (node: Element) => {
			const line = node.position?.start.line ?? 1;
			for (const [key, value] of Object.entries(node.properties)) {
				if (typeof value !== 'string') continue;
				if (key === 'href' || key === 'src' || key === 'cite' || key === 'srcSet' || key === 'action' || key === 'formAction' || key === 'poster' || key === 'data' || key === 'xLinkHref')
					found.push({ kind: node.tagName === 'img' && key === 'src' ? 'image' : 'link', url: value, line });
			}
		});
	};
}

/**
 * One processor for every body (building it per body cost more than rendering), built when the first
 * body is rendered: `npm run check` of plain bodies never pays for it (GFM's syntax tables alone took
 * ~0.1 s of its start-up).
 */
let processor: ReturnType<typeof makeProcessor> | undefined;
const makeProcessor = () => {
	const { unified, remarkParse, remarkGfm, remarkRehype, rehypeRaw, rehypeSanitize, rehypeStringify, visit } = pipeline();
	return unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypeRaw)
		.use(collectUrls, visit)
		.use(browserUrls, visit)
		.use(rehypeSanitize, BODY_SCHEMA)
		.use(externalLinks, visit)
		.use(rehypeStringify)
		.freeze();
};

/** Each part rendered once, then kept on disk between builds (src/model/body-cache.ts). */
const cached = bodyCache(import.meta.url);
const render = (markdown: string): RenderedPart => {
	const file = (processor ??= makeProcessor()).processSync(markdown);
	return { html: String(file).trim(), urls: (file.data['urls'] as FoundUrl[] | undefined) ?? [] };
};

/**
 * The length of the list marker (`-`, `*`, `+`, `1.`, `1)`) at `i` on the line ending at `end` that a
 * space, a tab or the line's end follows, or 0.
 */
function listMarkerAt(text: string, i: number, end: number): number {
	const c = text.charCodeAt(i);
	let length = 0;
	if (c === 0x2d || c === 0x2a || c === 0x2b /* - * + */) length = 1;
	else {
		let j = i;
		while (j < end && j - i < 10 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
		const digits = j - i;
		if (digits < 1 || digits > 9 || j >= end) return 0;
		const punct = text.charCodeAt(j);
		if (punct !== 0x2e && punct !== 0x29 /* . ) */) return 0;
		length = digits + 1;
	}
	const after = i + length < end ? text.charCodeAt(i + length) : 0x20;
	return after === 0x20 || after === 0x09 ? length : 0;
}

const HTML_TAG = /<(\/?)[a-zA-Z][^<>]*?(\/?)>/g;

/**
 * How deeply a Markdown text nests containers (block quotes, list items), estimated line by line in
 * linear time, so a pathological body is refused before remark recurses into it. (Character codes, no
 * line strings: this runs on every body check reads; tags are looked for only in a text with a `<`.)
 * @example markdownDepth('> > a\n- b\n  - c') // 2
 */
export function markdownDepth(markdown: string): { depth: number; line: number } {
	let worst = { depth: 0, line: 1 };
	let line = 0;
	const html = markdown.includes('<');
	const n = markdown.length;
	for (let start = 0; start <= n; ) {
		line++;
		let end = markdown.indexOf('\n', start);
		if (end < 0) end = n;
		let i = start;
		let depth = 0;
		for (;;) {
			// Indentation counts only before a container marker (nested lists), not in plain or code lines.
			let indent = 0;
			for (let c = markdown.charCodeAt(i); i < end && (c === 0x20 || c === 0x09); c = markdown.charCodeAt(++i)) indent += c === 0x09 ? 4 : 1;
			const marker = i >= end ? 0 : markdown.charCodeAt(i) === 0x3e /* > */ ? 1 : listMarkerAt(markdown, i, end);
			if (!marker) break;
			depth += 1 + Math.floor(indent / 2);
			i += marker;
		}
		// Raw HTML nests too: count how far opening tags run ahead of closing ones on the line.
		if (html) {
			let open = 0;
			let most = 0;
			for (const tag of markdown.slice(start, end).matchAll(HTML_TAG)) {
				open += tag[1] ? -1 : tag[2] ? 0 : 1;
				most = Math.max(most, open);
			}
			depth += most;
		}
		if (depth > worst.depth) worst = { depth, line };
		start = end + 1;
	}
	return worst;
}

/** The markup characters `BODY_LIMITS.markup` counts (counted by the pattern: about twice as fast as a loop over the characters). */
const MARKUP = /[*_~[\]`<>|&^#]/g;

/**
 * Lines that open a list item (after any indentation and quote markers), as `^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)` counts them.
 * @example listItems('- a\n> 1. b\nc') // 2
 */
export function listItems(markdown: string): number {
	// The pattern's lines also end at \r, U+2028 and U+2029: a text with those is counted by the pattern itself.
	if (/[\r\u2028\u2029]/.test(markdown)) return markdown.match(/^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/gm)?.length ?? 0;
	let items = 0;
	const n = markdown.length;
	for (let start = 0; start <= n; ) {
		let end = markdown.indexOf('\n', start);
		if (end < 0) end = n;
		let i = start;
		for (let c = markdown.charCodeAt(i); i < end && (c === 0x20 || c === 0x09 || c === 0x3e); c = markdown.charCodeAt(++i));
		if (i < end && listMarkerAt(markdown, i, end)) items++;
		start = end + 1;
	}
	return items;
}

/** The first limit a body part breaks, as a message, at a line; undefined within limits. Linear time. */
export function bodyLimitProblem(markdown: string): { line: number; message: string } | undefined {
	const n = (value: number) => value.toLocaleString('en');
	if (markdown.length > BODY_LIMITS.chars)
		return {
			line: 1,
			message: `本文が長すぎます（${n(markdown.length)}文字、上限${n(BODY_LIMITS.chars)}文字）。別のページに分けてください / The body is too long (${n(markdown.length)} characters; the limit is ${n(BODY_LIMITS.chars)}): split it into several pages`,
		};
	let lines = 1;
	for (let i = markdown.indexOf('\n'); i >= 0; i = markdown.indexOf('\n', i + 1)) lines++;
	if (lines > BODY_LIMITS.lines)
		return {
			line: BODY_LIMITS.lines + 1,
			message: `本文の行が多すぎます（${n(lines)}行、上限${n(BODY_LIMITS.lines)}行）。別のページに分けてください / The body has too many lines (${n(lines)}; the limit is ${n(BODY_LIMITS.lines)}): split it into several pages`,
		};
	const { depth, line } = markdownDepth(markdown);
	if (depth > BODY_LIMITS.depth)
		return {
			line,
			message: `本文の入れ子（引用「>」やリストの字下げ、HTMLのタグ）が深すぎます（${depth}段、上限${BODY_LIMITS.depth}段）。入れ子を浅くしてください / The body nests too deeply (${depth} levels of quotes, indented lists or HTML tags; the limit is ${BODY_LIMITS.depth}): flatten it`,
		};
	let markup = 0;
	MARKUP.lastIndex = 0;
	while (MARKUP.exec(markdown)) markup++;
	if (markup > BODY_LIMITS.markup)
		return {
			line: 1,
			message: `本文の記号（* _ ~ [ ] \` < > | & ^ #）が多すぎます（${n(markup)}個、上限${n(BODY_LIMITS.markup)}個）。装飾を減らしてください / The body has too much markup (${n(markup)} of the characters * _ ~ [ ] \` < > | & ^ #; the limit is ${n(BODY_LIMITS.markup)}): use less formatting`,
		};
	const items = listItems(markdown);
	if (items > BODY_LIMITS.listItems)
		return {
			line: 1,
			message: `本文のリスト項目が多すぎます（${n(items)}個、上限${n(BODY_LIMITS.listItems)}個）。別のページに分けてください / The body has too many list items (${n(items)}; the limit is ${n(BODY_LIMITS.listItems)}): split it into several pages`,
		};
	return undefined;
}

/**
 * The first character a body part may not publish, written as itself or as an HTML character reference
 * (`&#x202E;`, `&#8238;`, `&rlm;`: the text a reader gets, not the bytes), with its line; undefined when none.
 * @example bodyCharProblem('a\n&#x202E;') // { line: 2, message: '文字の並ぶ向き… (U+202E) …' }
 */
export function bodyCharProblem(markdown: string): { line: number; message: string } | undefined {
	const lineAt = (index: number) => {
		let line = 1;
		for (let i = markdown.indexOf('\n'); i >= 0 && i < index; i = markdown.indexOf('\n', i + 1)) line++;
		return line;
	};
	const raw = unsafeChar(markdown);
	const rawAt = raw === undefined ? -1 : markdown.indexOf(String.fromCharCode(raw));
	const referenced = referencedChars(markdown).find(({ code }) => unsafeChar(String.fromCharCode(code)) !== undefined);
	if (rawAt < 0 && !referenced) return undefined;
	const first = rawAt >= 0 && (!referenced || rawAt < referenced.index) ? { code: raw!, index: rawAt } : referenced!;
	return { line: lineAt(first.index), message: unsafeCharMessage(first.code) };
}

/** One part of a body as written: its untrimmed text and where it starts in the body. */
interface RawPart {
	part: BodyPart;
	raw: string;
	/** Index in the body where `raw` starts (after its marker line). */
	start: number;
}

/**
 * A body cut at its markers: the Japanese before the first marker, then each marked part up to the next
 * marker. Only the first marker of each kind splits (a second `<!-- en -->` stays in the text, as before).
 */
export function bodyParts(markdown: string): RawPart[] {
	const markers: { part: BodyPart; index: number; end: number }[] = [];
	for (const [part, pattern] of [['en', EN_MARKER], ['easy', EASY_MARKER]] as const) {
		const match = pattern.exec(markdown);
		if (match) markers.push({ part, index: match.index, end: match.index + match[0].length });
	}
	markers.sort((a, b) => a.index - b.index);
	const parts: RawPart[] = [{ part: 'ja', raw: markdown.slice(0, markers[0]?.index ?? markdown.length), start: 0 }];
	markers.forEach((marker, i) => parts.push({ part: marker.part, raw: markdown.slice(marker.end, markers[i + 1]?.index ?? markdown.length), start: marker.end }));
	return parts;
}

/**
 * The part a 0-based line of a body belongs to.
 * @example partAtLine('あ\n<!-- easy -->\nやさしい', 2) // 'easy'
 */
export function partAtLine(markdown: string, line: number): BodyPart {
	let index = 0;
	for (let i = 0; i < line && index >= 0; i++) index = markdown.indexOf('\n', index) + 1 || -1;
	if (index < 0) index = markdown.length;
	let found: BodyPart = 'ja';
	for (const part of bodyParts(markdown)) if (part.start <= index && part.part !== 'ja') found = part.part;
	return found;
}

/**
 * A body's Markdown in its languages, split at the markers and trimmed; `en` and `easy` are '' when absent.
 * @example splitBody('こんにちは\n<!-- en -->\nHello') // { ja: 'こんにちは', en: 'Hello', easy: '' }
 */
export function splitBody(markdown: string): Record<BodyPart, string> {
	const out: Record<BodyPart, string> = { ja: '', en: '', easy: '' };
	for (const { part, raw } of bodyParts(markdown)) out[part] = raw.trim();
	return out;
}

/** Renders one language's part; `offset` = lines before it in the body. */
function renderPart(markdown: string, field: string, offset: number, issues: BodyIssue[], links: BodyLink[]): string {
	const limit = bodyLimitProblem(markdown);
	if (limit) {
		issues.push({ line: limit.line + offset, field, message: limit.message });
		return '';
	}
	const char = bodyCharProblem(markdown);
	if (char) issues.push({ line: char.line + offset, field, message: char.message });
	let found: FoundUrl[] = [];
	let html: string;
	try {
		({ html, urls: found } = cached(markdown, render));
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		issues.push({ line: 1 + offset, field, message: `本文の入れ子が深すぎて処理できません。入れ子を浅くしてください / The body nests too deeply to process: flatten it` });
		return '';
	}
	for (const { kind, url, line } of found) {
		const problem = linkProblem(url, kind);
		const cleaned = browserUrl(url);
		if (problem) issues.push({ line: line + offset, field, message: problem });
		// Within the site (a path, or an anchor on the same page): checked against the site's pages.
		else if (urlScheme(cleaned) === undefined) links.push({ kind, url: cleaned, line: line + offset, field });
	}
	return html;
}

/**
 * Splits a body at its markers (English, easy Japanese), renders every part to sanitised HTML, and reports what is wrong
 * (unsafe URLs, absurd nesting or size) with the links to check against the site and the content folder.
 * @example readBody('こんにちは\n<!-- en -->\nHello').body.en // '<p>Hello</p>'
 */
export function readBody(markdown: string): { body: Body; issues: BodyIssue[]; links: BodyLink[] } {
	const issues: BodyIssue[] = [];
	const links: BodyLink[] = [];
	const linesBefore = (text: string) => text.length - text.replace(/\n/g, '').length;
	const body: Body = { ja: '' };
	for (const { part, raw, start } of bodyParts(markdown)) {
		const text = raw.trim();
		const offset = linesBefore(markdown.slice(0, start)) + linesBefore(raw.slice(0, raw.length - raw.trimStart().length));
		if (part === 'ja') body.ja = text ? renderPart(text, BODY_FIELD.ja, offset, issues, links) : '';
		else if (text) body[part] = renderPart(text, BODY_FIELD[part], offset, issues, links);
	}
	return { body, issues, links };
}

/**
 * The HTML of a body (issues aside; the loader reports those).
 * @example renderBody('こんにちは\n<!-- en -->\nHello').en // '<p>Hello</p>'
 */
export function renderBody(markdown: string): Body {
	return readBody(markdown).body;
}

/** Which languages a body has text in, known without rendering it. */
const PARTS = Symbol('koyaku.body.parts');

/** Rendered parts, remembered for the process by their text: a dev-server reload re-renders only what changed. */
const rendered = new Map<string, string>();

/**
 * `readBody`, but when the body cannot have anything to report, its HTML is rendered only when a page
 * first reads it: `npm run check` renders no Markdown for plain text, and a build renders each body once.
 * Nothing to report means, per language part: within the limits, and no `[` or `<` (so no link, image,
 * footnote or raw HTML; GFM's bare web and e-mail addresses only become http(s) and mailto links, which
 * are allowed and point outside the site). Anything else is read at once by `readBody`.
 * @example readBodyDeferred('こんにちは\n<!-- en -->\nHello').body.en // '<p>Hello</p>' (rendered here)
 */
export function readBodyDeferred(markdown: string): ReturnType<typeof readBody> {
	const { ja, en, easy } = splitBody(markdown);
	const plain = (part: string) => !part.includes('[') && !part.includes('<') && !bodyLimitProblem(part) && !bodyCharProblem(part);
	if (!plain(ja) || !plain(en) || !plain(easy)) return readBody(markdown);
	return { body: deferredBody(ja, en, easy), issues: [], links: [] };
}

/**
 * The parts of a body `readBodyDeferred` found nothing to report in, or undefined for a rendered body:
 * what another thread needs to make the same body again with `deferredBody`.
 */
export const deferredParts = (body: Body): Record<BodyPart, string> | undefined => (body as { [PARTS]?: { text: Record<BodyPart, string> } })[PARTS]?.text;

/** A body of split, plain parts (see `readBodyDeferred`), rendered when a page first reads it. */
export function deferredBody(ja: string, en: string, easy = ''): Body {
	const body = {} as Body & { [PARTS]: Record<BodyPart, boolean> };
	Object.defineProperty(body, PARTS, { value: { ja: ja !== '', en: en !== '', easy: easy !== '', text: { ja, en, easy } } });
	const define = (lang: BodyPart, part: string) => {
		let html: string | undefined;
		Object.defineProperty(body, lang, {
			enumerable: true,
			get: () => {
				if (html !== undefined) return html;
				html = rendered.get(part);
				if (html === undefined) {
					if (rendered.size > 50_000) rendered.clear();
					rendered.set(part, (html = part ? renderPart(part, BODY_FIELD[lang], 0, [], []) : ''));
				}
				return html;
			},
		});
	};
	define('ja', ja);
	if (en) define('en', en);
	if (easy) define('easy', easy);
	return body;
}

/**
 * Whether a body has text in `lang`, without rendering a deferred body.
 * @example hasBodyText(readBodyDeferred('<!-- en -->\nHello').body, 'ja') // false
 */
export function hasBodyText(body: Body, lang: BodyPart): boolean {
	const parts = (body as { [PARTS]?: Record<BodyPart, boolean> })[PARTS];
	return parts ? parts[lang] : !!body[lang];
}
