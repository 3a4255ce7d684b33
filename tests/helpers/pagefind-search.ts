/**
 * Searches a built site's Pagefind index with Pagefind's own search code (the site's pagefind/pagefind.js,
 * as the search page loads it), run in Node against a local server of the folder: what a voter's search
 * finds, without a browser.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from './build.ts';

interface PagefindModule {
	options(options: { basePath: string }): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
	destroy(): Promise<void>;
}

/** Each round loads its own copy of the module (Pagefind keeps one index per module). */
let round = 0;

/**
 * The addresses (paths, e.g. `/en/policies/x/`) of every page a search finds, best first.
 * @example await searchSite(dir, 'en', 'women') // ['/en/policies/women-on-boards/', …]
 */
export async function searchSite(dir: string, lang: string, query: string): Promise<string[]> {
	const server = await serve(dir);
	// Pagefind picks the index by the page's <html lang>; in Node there is no page, so it is told here.
	const global = globalThis as { document?: unknown };
	const before = global.document;
	global.document = { currentScript: null, querySelector: (selector: string) => (selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null) };
	try {
		const pagefind = (await import(`${pathToFileURL(join(dir, 'pagefind', 'pagefind.js')).href}?round=${round++}`)) as PagefindModule;
		await pagefind.options({ basePath: `${server.url}/pagefind/` });
		const found = await pagefind.search(query);
		const urls = await Promise.all(found.results.map(async (result) => new URL((await result.data()).url, server.url).pathname));
		await pagefind.destroy();
		return urls;
	} finally {
		global.document = before;
		await server.close();
	}
}
