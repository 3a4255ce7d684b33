import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

/**
 * @astrojs/sitemap's own `i18n` option, in linear time. With `i18n` set, the integration finds each page's
 * language alternates by scanning every URL of the site once per page (quadratic: about 0.7 s at 7,000
 * pages, four times that at 14,000). These options give the same sitemap (tests/build/site.test.ts and
 * tests/unit/sitemap-i18n.test.ts check it): `filter` sees every URL the integration keeps, and the first
 * `serialize` groups them once by their path without the language prefix, as the integration's
 * parseI18nUrl does, listing each group in the integration's URL order.
 *
 * @example sitemap(sitemapI18n({ site: 'https://example.org', base: '/', defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' }, filter }))
 */
export function sitemapI18n(options: {
	site: string;
	base: string;
	defaultLocale: string;
	/** Path prefix → language tag, as the integration's `i18n.locales`. */
	locales: Record<string, string>;
	filter?: (page: string) => boolean;
}): Pick<NonNullable<SitemapOptions>, 'filter' | 'serialize'> {
	const root = new URL(options.base, options.site).href;
	const order = new Intl.Collator('en', { numeric: true }).compare;
	let kept: string[] = [];
	let links: Map<string, SitemapItem['links']> | undefined;

	/** The language and the path without its prefix, as @astrojs/sitemap's parseI18nUrl reads a URL. */
	const parse = (url: string): { locale: string; path: string } | undefined => {
		if (!url.startsWith(root)) return undefined;
		let rest = url.slice(root.length);
		if (!rest || rest === '/') return { locale: options.defaultLocale, path: '/' };
		if (rest[0] !== '/') rest = `/${rest}`;
		const locale = rest.split('/')[1]!;
		if (locale in options.locales) return { locale, path: rest.slice(1 + locale.length) || '/' };
		return { locale: options.defaultLocale, path: rest };
	};

	const group = () => {
		const byPath = new Map<string, { url: string; lang: string }[]>();
		const paths = new Map<string, string>();
		for (const url of [...kept].sort(order)) {
			const parsed = parse(url);
			if (!parsed) continue;
			paths.set(url, parsed.path);
			const list = byPath.get(parsed.path) ?? [];
			list.push({ url, lang: options.locales[parsed.locale]! });
			byPath.set(parsed.path, list);
		}
		return new Map([...paths].map(([url, path]) => {
			const list = byPath.get(path)!;
			return [url, list.length > 1 ? list : undefined];
		}));
	};

	return {
		filter(page) {
			// A new build in this process: the previous one's URLs are done with.
			if (links) [kept, links] = [[], undefined];
			// The status pages the integration leaves out when `i18n` is set (404 and 500, in every language).
			const rest = page.startsWith(root) ? page.slice(root.length).replace(/\/$/, '') : undefined;
			const status = rest?.match(/^(?:([^/]+)\/)?(404|500)$/);
			if (status && (!status[1] || status[1] in options.locales)) return false;
			const keep = options.filter ? options.filter(page) : true;
			if (keep) kept.push(page);
			return keep;
		},
		serialize(item) {
			links ??= group();
			return { ...item, links: links.get(item.url) };
		},
	};
}
