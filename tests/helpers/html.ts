/**
 * Just enough HTML reading for tests of pages we generate ourselves (no parser dependency):
 * elements that do not nest within their own kind, attributes, visible text.
 */

/** Whole elements `<tag …>…</tag>` whose opening tag matches `attrs` (a regex on the attributes). */
export function elements(html: string, tag: string, attrs: RegExp = /[\s\S]*/): string[] {
	const out: string[] = [];
	const open = new RegExp(`<${tag}(\\s[^>]*)?>`, 'g');
	let m: RegExpExecArray | null;
	while ((m = open.exec(html))) {
		if (!attrs.test(m[1] ?? '')) continue;
		const end = html.indexOf(`</${tag}>`, m.index);
		if (end < 0) continue;
		out.push(html.slice(m.index, end + tag.length + 3));
	}
	return out;
}

/** Opening tags `<tag …>` (also for void elements such as canvas' siblings or img). */
export const openingTags = (html: string, tag: string): string[] => html.match(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g')) ?? [];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export const decode = (text: string) =>
	text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
		if (code[0] === '#') return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
		return ENTITIES[code] ?? whole;
	});

/** An attribute of the first opening tag in `html`, decoded; undefined when absent. */
export function attr(html: string, name: string): string | undefined {
	const tag = html.match(/<[^>]+>/)?.[0] ?? '';
	const m = tag.match(new RegExp(`\\s${name}(?:="([^"]*)"|(?=[\\s>/]))`));
	if (!m) return undefined;
	return decode(m[1] ?? '');
}

/** Visible text: scripts, styles and tags removed, entities decoded, spaces collapsed. */
export const textOf = (html: string) =>
	decode(html.replace(/<(script|style|noscript)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '))
		.replace(/\s+/g, ' ')
		.trim();

/** The HTML with its furigana left out (`<ruby>漢字<rp>(<rt>かんじ<rp>)</ruby>` → 漢字): the base text a reader reads. */
export const withoutFurigana = (html: string) => html.replace(/<r[tp]>[^<]*(<\/r[tp]>)?/g, '').replace(/<\/?ruby>/g, '');

/** The HTML with every element marked `lang="<lang>"` removed (innermost first, so nesting is fine). */
export function withoutLang(html: string, lang: string): string {
	const inner = new RegExp(`<(\\w+)(?:\\s[^>]*)?\\slang="${lang}"[^>]*>(?:(?!<\\1[\\s>])[\\s\\S])*?<\\/\\1>`, 'g');
	let out = html;
	for (let previous = ''; previous !== out; ) {
		previous = out;
		out = out.replace(inner, ' ');
	}
	return out;
}

/** One tag as a browser's tokenizer sees it: its name and attributes (values decoded), plus raw text of script/style. */
export interface Tag {
	name: string;
	attrs: [string, string][];
	/** For script and style: the raw text up to the closing tag. */
	raw?: string;
}

/**
 * Every start tag in `html`, read the way the HTML tokenizer does: quoted attribute values may hold `<`
 * and `>`, comments are skipped, script and style content is raw text. Enough for checking our own pages.
 * @example tags('<a href="/" title="<b>">x</a>')[0] // { name: 'a', attrs: [['href', '/'], ['title', '<b>']] }
 */
export function tags(html: string): Tag[] {
	const out: Tag[] = [];
	const attr = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;
	let i = 0;
	while ((i = html.indexOf('<', i)) >= 0) {
		if (html.startsWith('<!--', i)) {
			const end = html.indexOf('-->', i + 4);
			i = end < 0 ? html.length : end + 3;
			continue;
		}
		const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(i, i + 64))?.[1];
		if (!name) {
			i++;
			continue;
		}
		let j = i + 1 + name.length;
		const attrs: [string, string][] = [];
		for (;;) {
			attr.lastIndex = j;
			const m = attr.exec(html);
			if (!m || m[0].trim() === '') break;
			attrs.push([m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? '')]);
			j = attr.lastIndex;
		}
		const close = html.indexOf('>', j);
		i = close < 0 ? html.length : close + 1;
		const tag: Tag = { name: name.toLowerCase(), attrs };
		if (tag.name === 'script' || tag.name === 'style') {
			const end = html.toLowerCase().indexOf(`</${tag.name}`, i);
			tag.raw = html.slice(i, end < 0 ? html.length : end);
			i = end < 0 ? html.length : end;
		}
		out.push(tag);
	}
	return out;
}
