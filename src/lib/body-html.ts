import { BASE } from '../i18n/index.ts';

/**
 * A rendered body's HTML with its site-root links (`/policies/…`, written so in content) under the base
 * path the site is served from (`/komoro/policies/…` on a GitHub Pages project site). The HTML is the
 * sanitiser's output, so every attribute is double-quoted and this rewrite is exact.
 * @example underBase('<a href="/policies/x/">x</a>', '/komoro/') // '<a href="/komoro/policies/x/">x</a>'
 */
export const underBase = (html: string, base = BASE) =>
	base === '/' ? html : html.replace(/(\s(?:href|src)=")\/(?!\/)/g, (_, attr: string) => `${attr}${base}`);
