/**
 * src/sitemap-i18n.ts lists every page's language alternates as @astrojs/sitemap's own `i18n` option does
 * (its generateSitemap is the reference), for root and sub-path sites, pages in one language only, and the
 * status pages the integration leaves out.
 */
import { describe, expect, it } from 'vitest';
// The integration's own (quadratic) grouping, by file: the package does not export it.
import { generateSitemap } from '../../node_modules/@astrojs/sitemap/dist/generate-sitemap.js';
import { sitemapI18n } from '../../src/sitemap-i18n.ts';

const filter = (page: string) => !/\/print\/flyer\/?$/.test(page);

/** The integration's steps with our options: its status-page and user filters, its sort, then serialize. */
function ours(urls: string[], site: string, base: string, defaultLocale: string, locales: Record<string, string>) {
	const options = sitemapI18n({ site, base, defaultLocale, locales, filter });
	const kept = urls.filter((url) => options.filter!(url));
	return generateSitemap(kept, new URL(base, site).href, {}).map((item: object) => options.serialize!(item as never));
}

/** The integration with `i18n` set: status pages (404, 500 in every language) and our filter left out. */
function reference(urls: string[], site: string, base: string, defaultLocale: string, locales: Record<string, string>) {
	const root = new URL(base, site).href;
	const status = new RegExp(`^(?:(?:${Object.keys(locales).join('|')})/)?(?:404|500)$`);
	const kept = urls.filter((url) => !status.test(url.slice(root.length).replace(/\/$/, ''))).filter(filter);
	return generateSitemap(kept, root, { i18n: { defaultLocale, locales } });
}

const pages = (root: string, prefix: string[]) =>
	prefix.flatMap((p) => ['', 'metrics/', 'policies/a-2/', 'policies/a-10/', 'policies/b/', '404/', '500/', 'print/flyer/', 'en-only/'].map((path) => `${root}${p}${path}`));

describe('sitemap alternates', () => {
	it('match the integration for ja at the root and en under /en/', () => {
		const urls = [...pages('https://example.org/', ['', 'en/']), 'https://example.org/ja-only/'];
		const expected = reference(urls, 'https://example.org', '/', 'ja', { ja: 'ja', en: 'en' });
		expect(expected.some((item: { links?: unknown[] }) => item.links?.length === 2)).toBe(true);
		expect(ours(urls, 'https://example.org', '/', 'ja', { ja: 'ja', en: 'en' })).toEqual(expected);
	});

	it('match the integration under a base path, with English at the root', () => {
		const urls = pages('https://user.github.io/komoro/', ['', 'ja/']);
		expect(ours(urls, 'https://user.github.io', '/komoro/', 'en', { en: 'en', ja: 'ja' })).toEqual(reference(urls, 'https://user.github.io', '/komoro/', 'en', { en: 'en', ja: 'ja' }));
	});

	it('start again for a second build in the same process', () => {
		const options = sitemapI18n({ site: 'https://example.org', base: '/', defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' } });
		for (const url of ['https://example.org/a/', 'https://example.org/en/a/']) options.filter!(url);
		expect(options.serialize!({ url: 'https://example.org/a/' } as never)).toMatchObject({ links: [{ lang: 'ja' }, { lang: 'en' }] });
		options.filter!('https://example.org/b/');
		expect(options.serialize!({ url: 'https://example.org/b/' } as never)).toEqual({ url: 'https://example.org/b/', links: undefined });
	});
});
