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

/** Markdown → HTML, remembered for the process: a dev-server reload re-renders only the bodies that changed. */
const rendered = new Map<string, string>();
const render = (markdown: string) => {
	let html = rendered.get(markdown);
	if (html === undefined) {
		if (rendered.size > 100_000) rendered.clear();
		rendered.set(markdown, (html = String(processor.processSync(markdown)).trim()));
	}
	return html;
};

/**
 * A body's Markdown in its two languages, split at the English marker and trimmed; `en` is '' when absent.
 * @example splitBody('こんにちは\n<!-- en -->\nHello') // { ja: 'こんにちは', en: 'Hello' }
 */
export function splitBody(markdown: string): { ja: string; en: string } {
	const match = EN_MARKER.exec(markdown);
	const ja = (match ? markdown.slice(0, match.index) : markdown).trim();
	const en = match ? markdown.slice(match.index + match[0].length).trim() : '';
	return { ja, en };
}

/**
 * Splits a body at the English marker and renders both parts to HTML.
 * @example renderBody('こんにちは\n<!-- en -->\nHello').en // '<p>Hello</p>'
 */
export function renderBody(markdown: string): Body {
	const { ja, en } = splitBody(markdown);
	return { ja: ja ? render(ja) : '', ...(en ? { en: render(en) } : {}) };
}

/** Which languages a body has text in, known without rendering it. */
const PARTS = Symbol('koyaku.body.parts');

/**
 * The same body as `renderBody`, but each language is rendered only when a page first reads it:
 * `npm run check` never renders Markdown, and a build renders each body once.
 * @example lazyBody('こんにちは\n<!-- en -->\nHello').en // '<p>Hello</p>' (rendered here)
 */
export function lazyBody(markdown: string): Body {
	const parts = splitBody(markdown);
	const body = {} as Body & { [PARTS]: { ja: boolean; en: boolean } };
	Object.defineProperty(body, PARTS, { value: { ja: parts.ja !== '', en: parts.en !== '' } });
	for (const lang of ['ja', 'en'] as const) {
		if (lang === 'en' && !parts.en) continue;
		let html: string | undefined;
		Object.defineProperty(body, lang, { enumerable: true, get: () => (html ??= parts[lang] ? render(parts[lang]) : '') });
	}
	return body;
}

/**
 * Whether a body has text in `lang`, without rendering a lazy body.
 * @example hasBodyText(lazyBody('<!-- en -->\nHello'), 'ja') // false
 */
export function hasBodyText(body: Body, lang: 'ja' | 'en'): boolean {
	const parts = (body as { [PARTS]?: { ja: boolean; en: boolean } })[PARTS];
	return parts ? parts[lang] : !!body[lang];
}
