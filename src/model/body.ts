import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * A Markdown body holds Japanese first; the English version follows a line that reads exactly
 * `<!-- en -->`. An HTML comment keeps the marker invisible in any Markdown preview.
 */
export const EN_MARKER = /^<!--\s*en\s*-->\s*$/m;

/** A rendered body in both languages. `en` is absent when not translated. */
export interface Body {
	ja: string;
	en?: string;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

/**
 * Splits a body at the English marker and renders both parts to HTML.
 * @example renderBody('こんにちは\n<!-- en -->\nHello').en // '<p>Hello</p>'
 */
export function renderBody(markdown: string): Body {
	const match = EN_MARKER.exec(markdown);
	const ja = (match ? markdown.slice(0, match.index) : markdown).trim();
	const en = match ? markdown.slice(match.index + match[0].length).trim() : '';
	const render = (md: string) => String(processor.processSync(md)).trim();
	return { ja: ja ? render(ja) : '', ...(en ? { en: render(en) } : {}) };
}
