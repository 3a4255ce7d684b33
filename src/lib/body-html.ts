import { BASE, siteLocales, type Lang, type LocaleSetup } from '../i18n/index.ts';

/**
 * A rendered body's HTML with its site-root links (`/policies/…`, written so in content) under the base
 * path the site is served from (`/komoro/policies/…` on a GitHub Pages project site). The HTML is the
 * sanitiser's output, so every attribute is double-quoted and this rewrite is exact.
 * @example underBase('<a href="/policies/x/">x</a>', '/komoro/') // '<a href="/komoro/policies/x/">x</a>'
 */
export const underBase = (html: string, base = BASE) =>
	base === '/' ? html : html.replace(/(\s(?:href|src)=")\/(?!\/)/g, (_, attr: string) => `${attr}${base}`);

/**
 * A rendered body's HTML for a page in `lang`: a link to a page written from the site root
 * (`/policies/x/`) leads to that page in `lang` (`/en/policies/x/` on an English page, `/ja/policies/x/`
 * where English is at the root), so one body text serves every language. A link that names a language
 * (`/en/…`), a file (`/flyer-ja.pdf`, an image) and anything off the site stay as written, under the base path.
 * @example bodyHtml('<a href="/policies/x/">x</a>', 'en') // '<a href="/en/policies/x/">x</a>'
 */
export function bodyHtml(html: string, lang: Lang, setup: LocaleSetup = siteLocales(), base = BASE): string {
	const moved = lang === setup.root ? html : html.replace(/(\shref=")\/(?!\/)([^"]*)"/g, (whole, attr: string, rest: string) => {
		const path = rest.split(/[?#]/)[0]!;
		const named = setup.locales.some((l) => path === l || path.startsWith(`${l}/`));
		// A file's last segment has an extension; pages end in / (or are written without it).
		const file = /\.[a-z0-9]+$/i.test(path);
		return named || file ? whole : `${attr}/${lang}/${rest}"`;
	});
	return underBase(moved, base);
}
