/**
 * The search page's only script: runs the ?q= query against the Pagefind index of the page's language
 * (Pagefind picks it by <html lang>) and lists the matches with their page type and rating. Pagefind's own
 * code and index load from /pagefind/ only when there is a query.
 */

interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
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
		rating.textContent = `${ratingLabel}${document.documentElement.lang === 'ja' ? '：' : ': '}${data.meta['rating']}`;
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
	status.textContent = text['loading'] ?? '';
	try {
		// A path only known at run time, in a variable: Vite must not bundle it (a template literal here
		// makes Vite wrap the import in its preload helper, which breaks it).
		const base = (text['base'] ?? '/').replace(/\/?$/, '/');
		const url = `${base}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Pagefind indexed the folder without the base path: results get it back here (/komoro/metrics/…).
		await pagefind.options({ excerptLength: 40, baseUrl: base });
		const search = await pagefind.search(query);
		const found = await Promise.all(search.results.slice(0, LIMIT).map((r) => r.data()));
		list.replaceChildren(...found.map((data) => resultItem(data, text['rating'] ?? '')));
		status.textContent = fill(found.length ? (text['count'] ?? '') : (text['none'] ?? ''), { query, count: search.results.length });
	} catch {
		status.textContent = text['failed'] ?? '';
	}
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void run(root);
