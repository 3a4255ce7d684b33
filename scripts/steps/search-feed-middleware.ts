/**
 * Added to `npm run build` only (by the search step, scripts/steps/search-index.ts, through an integration):
 * hands every page Astro renders, as it is written, to the search step's Pagefind index, so Pagefind
 * indexes on another core while Astro renders, and the search step never reads the built pages back.
 * Runs outermost (order 'pre'), so it sees the page exactly as Astro writes it. Does nothing unless a
 * build's search step is listening (`npm run dev` never is).
 */
import type { MiddlewareHandler } from 'astro';

/** Where the search step listens: a function of the page's path and HTML, awaited (it holds Astro back when Pagefind lags). */
export const SEARCH_FEED = Symbol.for('koyaku.searchFeed');
export type PageSink = (pathname: string, html: string) => void | Promise<void>;

export const onRequest: MiddlewareHandler = async (context, next) => {
	const response = await next();
	const sink = (globalThis as Record<symbol, PageSink | undefined>)[SEARCH_FEED];
	if (!sink || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	await sink(context.url.pathname, html);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
