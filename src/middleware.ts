/**
 * Runs on every page as Astro renders it (at build time; the site is static): puts furigana on the
 * やさしい日本語 edition's text (src/lib/easy-ruby.ts), then trims the page's Content-Security-Policy to the
 * hashes of what the page has (src/lib/csp.ts), so no second pass reads and rewrites every built file. A
 * page with an inline script or style the build did not hash stops the build.
 */
// The type from 'astro' rather than defineMiddleware from the virtual 'astro:middleware', whose types exist
// only after a build or `astro sync` (a fresh clone type-checks before either).
import type { MiddlewareHandler } from 'astro';
import { trimPolicyBytes, unknownInlineMessage } from './lib/csp.ts';
import { addEasyRuby, EASY_MARK } from './lib/easy-ruby.ts';
import { getModel } from './model/load.ts';

// The flyer's print pages carry inline fonts and a ready signal: printed with the policy bypassed and
// removed by the pdf step, never published.
const PRINT = /\/print\//;

export const onRequest: MiddlewareHandler = async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html') || PRINT.test(context.url.pathname)) return response;
	// The page's bytes as Astro encoded them, trimmed in place: decoded to text only for the easy edition's furigana.
	let page = new Uint8Array(await response.arrayBuffer());
	if (Buffer.from(page.buffer, page.byteOffset, page.byteLength).includes(EASY_MARK)) {
		const readings = (getModel().site as { readings?: Record<string, string> }).readings ?? {};
		page = new TextEncoder().encode(await addEasyRuby(new TextDecoder().decode(page), readings));
	}
	const { bytes, unknown } = trimPolicyBytes(page);
	if (unknown.length) throw new Error(unknownInlineMessage(context.url.pathname, unknown));
	const headers = new Headers(response.headers);
	if (headers.has('content-length')) headers.set('content-length', String(bytes.byteLength));
	return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
};
