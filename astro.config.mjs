// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import cmsAdmin from './src/cms/integration.ts';
import contentReload from './src/content-reload.ts';
import flyerDevFonts from './src/flyer/dev-fonts.ts';
import { basePath, buildConcurrency, contentDir } from './src/settings.ts';
import { LOCALE_TAGS, localeSetupOf } from './src/schemas/locales.ts';
import { sitemapI18n } from './src/sitemap-i18n.ts';
import portraitModule from './src/portrait-module.ts';
import themeStylesheet from './src/theme-css.ts';

/**
 * The public address from site.yaml. The base path is the address's path (https://user.github.io/komoro/
 * → /komoro/) unless KOYAKU_BASE says otherwise (the Pages workflow sets it from the repository name).
 */
function address() {
	let url = 'https://example.invalid/';
	/** @type {unknown} */
	let data;
	try {
		data = parse(readFileSync(join(contentDir(), 'site.yaml'), 'utf8'));
		url = /** @type {{ url?: string } | null} */ (data)?.url ?? url;
	} catch {
		// `npm run check` reports a missing or broken site.yaml before Astro starts.
	}
	const parsed = new URL(url);
	const base = basePath() || parsed.pathname;
	return { site: parsed.origin, base: `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'), languages: localeSetupOf(data) };
}
const { site, base, languages } = address();
// For src/i18n/index.ts (BASE): every URL the pages write goes under the base path.
/** @type {Record<symbol, string>} */ (globalThis)[Symbol.for('koyaku.base')] = base;

/** @param {string} page */
const sitemapFilter = (page) => !/\/404\/?$/.test(page) && !/\/print\/flyer\/?$/.test(page);

export default defineConfig({
	site,
	base,
	// Pages link with trailing slashes; static hosts serve folder/index.html.
	trailingSlash: 'always',
	// CSS goes in every page: no render-blocking request on slow rural connections.
	// Four pages at a time: with one, the build waits for each page's file to be written before rendering the
	// next (the main thread sat idle a third of the time on a big campaign). Pages are the same either way
	// (tests/build/concurrency.test.ts builds with KOYAKU_BUILD_CONCURRENCY=1 and compares).
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: buildConcurrency() },
	// Content-Security-Policy as a <meta> on every page. Astro hashes the scripts and styles it wrote itself
	// (bundled and inlined); an injected inline script has no hash and stays blocked. Astro lists every
	// hash of the whole site on every page (about 450 B gzip), so src/middleware.ts keeps on each page,
	// as it is rendered, only the hashes of what that page has. default-src covers
	// images, fonts, fetches and workers; the search page adds what Pagefind needs (search.astro). No
	// style="" or is:inline on published pages (Astro cannot hash those); the flyer's print pages are
	// printed with the policy bypassed and never published. frame-ancestors needs a header: public/_headers.
	security: {
		csp: {
			directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'"],
		},
	},
	// Bodies go through koyaku's own remark pipeline (src/model/body.ts), never Astro's Markdown; its Shiki
	// highlighter would only write inline styles that the policy above forbids.
	markdown: { syntaxHighlight: false },
	// No client JavaScript (charts are drawn at build time); no prefetching on slow rural connections.
	prefetch: false,
	devToolbar: { enabled: false },
	integrations: [
		contentReload(),
		// The browser editor at /admin/ in `npm run dev` (src/cms/integration.ts).
		cmsAdmin(),
		flyerDevFonts(),
		sitemap({
			// The root language's pages at the root, the other's under /<lang>/ (site.yaml `locales`, `rootLocale`;
			// default ja at /, en at /en/): each entry lists both as alternates. One language: no alternates.
			// Not the 404 page, nor the flyer's print pages (the PDF step prints and then removes them).
			// The alternates as the integration's `i18n` option lists them, found in linear time (src/sitemap-i18n.ts).
			...(languages.locales.length > 1
				? sitemapI18n({ site, base, defaultLocale: languages.root, locales: Object.fromEntries(languages.locales.map((l) => [l, LOCALE_TAGS[l]])), filter: sitemapFilter })
				: { filter: sitemapFilter }),
		}),
	],
	vite: {
		// The portrait is the one image of the content folder the pages import (src/portrait-module.ts).
		plugins: [themeStylesheet(), portraitModule()],
	},
});
