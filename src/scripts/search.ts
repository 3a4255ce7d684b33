/**
 * The search page's only script: runs the ?q= query against the Pagefind index of the page's language
 * (Pagefind picks it by <html lang>) and lists the matches with their page type and rating. A query that is
 * one of the campaign's synonyms, or part of one (待機 of 待機児童), searches the words listed for it
 * instead. The language switch keeps the query, and a link offers the same search in the other language.
 * Pagefind's own code and index load from /pagefind/ only when there is a query.
 */

interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
}

/** Results shown at most; the count line still says how many matched. */
const LIMIT = 30;

/** The excerpt as DOM: text and Pagefind's <mark> highlights only, never other markup. */
function excerptNodes(html: string): Node[] {
	const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
	const out: Node[] = [];
	for (const node of Array.from(doc.body.firstChild?.childNodes ?? [])) {
		if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent ?? ''));
		else if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent ?? '';
			out.push(mark);
		} else out.push(document.createTextNode(node.textContent ?? ''));
	}
	return out;
}

/**
 * Pagefind joins the blocks of a page with ". ": in Japanese text that reads as a stray full stop, so it
 * becomes 。 (or nothing after a closing mark that ends a phrase already).
 */
export function tidyExcerpt(text: string, lang: string): string {
	// Japanese and the easy Japanese edition (ja-x-easy).
	if (lang !== 'ja' && !lang.startsWith('ja-')) return text;
	return text.replace(/([^\x00-\x7f])\.(?: |$)/g, (_, c: string) => (/[。！？」』）)]/.test(c) ? c : `${c}。`));
}

/**
 * The words to search for: those listed for a synonym the query is, or is part of (two characters or
 * more), else the query itself.
 * @example searchTerms('待機', { 待機児童: ['保育', '子育て'] }) // ['保育', '子育て']
 */
export function searchTerms(query: string, synonyms: Record<string, string[]>): string[] {
	const q = query.toLowerCase();
	const exact = Object.entries(synonyms).find(([word]) => word.toLowerCase() === q);
	if (exact) return exact[1];
	const partial = [...q].length >= 2 ? Object.entries(synonyms).filter(([word]) => word.toLowerCase().includes(q)) : [];
	return partial.length ? [...new Set(partial.flatMap(([, words]) => words))] : [query];
}

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

function resultItem(data: PagefindData, ratingLabel: string): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'search-result';
	const kinds = document.createElement('p');
	kinds.className = 'search-result-kind';
	if (data.meta['type']) {
		const type = document.createElement('span');
		type.className = 'search-type';
		type.textContent = data.meta['type'];
		kinds.append(type);
	}
	if (data.meta['rating']) {
		const rating = document.createElement('span');
		rating.className = 'search-rating';
		rating.textContent = `${ratingLabel}${document.documentElement.lang.startsWith('ja') ? '：' : ': '}${data.meta['rating']}`;
		kinds.append(rating);
	}
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta['title'] ?? data.url;
	const heading = document.createElement('h2');
	heading.append(link);
	const excerpt = document.createElement('p');
	excerpt.className = 'search-excerpt';
	excerpt.append(...excerptNodes(data.excerpt));
	li.append(heading, kinds, excerpt);
	return li;
}

async function run(root: HTMLElement) {
	const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
	const input = root.querySelector<HTMLInputElement>('input[name="q"]');
	if (input) input.value = query;
	if (!query) return;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLElement>('[data-search-results]')!;
	const text = root.dataset;
	const lang = document.documentElement.lang;
	// The language switch and a link under the results keep the query (a static page cannot do it in HTML).
	const param = `?q=${encodeURIComponent(query)}`;
	for (const switcher of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) switcher.href = switcher.href.replace(/[?#].*$/, '') + param;
	const other = root.querySelector<HTMLElement>('[data-search-other]');
	if (other && text['other']) {
		const link = document.createElement('a');
		link.href = text['other'] + param;
		link.hreflang = text['otherLang'] ?? '';
		link.textContent = fill(text['otherLabel'] ?? '', { query });
		other.replaceChildren(link);
		other.hidden = false;
	}
	status.textContent = text['loading'] ?? '';
	try {
		// A path only known at run time, in a variable: Vite must not bundle it (a template literal here
		// makes Vite wrap the import in its preload helper, which breaks it).
		const base = (text['base'] ?? '/').replace(/\/?$/, '/');
		const url = `${base}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Pagefind indexed the folder without the base path: results get it back here (/komoro/metrics/…).
		await pagefind.options({ excerptLength: 40, baseUrl: base });
		const synonyms = text['synonyms'] ? (JSON.parse(text['synonyms']) as Record<string, string[]>) : {};
		// Each word searched on its own, results merged in order: a page found by the first word comes first.
		const terms = searchTerms(query, synonyms);
		const searches = await Promise.all(terms.map((term) => pagefind.search(term)));
		const seen = new Set<string>();
		const matches = searches.flatMap((search) => search.results).filter((result) => {
			const id = result.id;
			if (seen.has(id)) return false;
			seen.add(id);
			return true;
		});
		const found = await Promise.all(matches.slice(0, LIMIT).map((r) => r.data()));
		list.replaceChildren(...found.map((data) => resultItem({ ...data, excerpt: tidyExcerpt(data.excerpt, lang) }, text['rating'] ?? '')));
		const template = found.length === 0 ? text['none'] : matches.length === 1 ? text['countOne'] : text['count'];
		// Said when other words were searched: 「待機」 finds the pages that say 保育 or 子育て.
		const instead = terms.length !== 1 || terms[0] !== query ? fill(text['searchedFor'] ?? '', { words: terms.join(text['wordSep'] ?? ', ') }) : '';
		status.textContent = fill(template ?? '', { query, count: matches.length }) + instead;
	} catch {
		status.textContent = text['failed'] ?? '';
	}
}

// (Loaded by unit tests too, where there is no page.)
const root = typeof document === 'undefined' ? null : document.querySelector<HTMLElement>('[data-search]');
if (root) void run(root);
