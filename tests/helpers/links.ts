/**
 * Every internal reference of a built site, checked the way a static host serves it: pages, files and
 * `#anchors`, in HTML (href, src, srcset, action, content of og:image) and in the feed and sitemap.
 * With a base path (`/komoro/`), every reference must sit under it. An id given to two elements of a page
 * is a broken reference too: `#id` (and an SVG's `url(#id)`) then lands on whichever comes first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from './html.ts';

/** Every file of the built folder, relative with forward slashes. */
export function filesOf(dir: string, sub = ''): string[] {
	return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(dir, sub ? `${sub}/${e.name}` : e.name) : [sub ? `${sub}/${e.name}` : e.name]));
}

/** URL path of a built HTML file: `en/metrics/index.html` → `/en/metrics/` (under `base`). */
export const pathOf = (file: string, base = '/') => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The file a site URL path is served from, or undefined when the host would answer 404. */
export function served(dir: string, urlPath: string, base = '/'): string | undefined {
	if (!urlPath.startsWith(base)) return undefined;
	const rel = decodeURIComponent(urlPath.slice(base.length));
	const file = join(dir, rel);
	if (rel && !rel.endsWith('/') && existsSync(file) && statSync(file).isFile()) return file;
	const index = join(dir, rel, 'index.html');
	return rel === '' || rel.endsWith('/') ? (existsSync(index) ? index : undefined) : undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let set = ids.get(file);
	if (!set) ids.set(file, (set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)))));
	return set;
}

/** References in one page: [attribute, value] pairs for everything a browser would fetch or follow. */
export function referencesIn(html: string): string[] {
	const refs: string[] = [];
	for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) refs.push(decode(m[1]!));
	for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) for (const part of decode(m[1]!).split(',')) refs.push(part.trim().split(/\s+/)[0]!);
	return refs.filter(Boolean);
}

/** Ids that stand on more than one element of a page, with how many. */
export function repeatedIds(html: string): [id: string, count: number][] {
	const counts = new Map<string, number>();
	for (const m of html.matchAll(/\sid="([^"]+)"/g)) counts.set(decode(m[1]!), (counts.get(decode(m[1]!)) ?? 0) + 1);
	return [...counts].filter(([, n]) => n > 1);
}

/**
 * Problems with the internal references of every HTML page in `dir`, served at `origin` + `base`:
 * a reference outside the base path, a page or file that does not exist, an `#anchor` with no such id,
 * an id on two elements of one page.
 */
export function brokenReferences(dir: string, origin: string, base = '/'): string[] {
	const problems: string[] = [];
	const check = (from: string, ref: string, page: string) => {
		let url: URL;
		try {
			url = new URL(ref, `${origin}${page}`);
		} catch {
			problems.push(`${from}: ${ref} is not a URL`);
			return;
		}
		if (url.origin !== origin || /^(mailto|tel):/.test(ref)) return;
		// A full address on the same domain but outside the site (a campaign's PDF elsewhere) is not ours to check;
		// site-relative references must all sit under the base path.
		if (/^https?:/.test(ref) && !url.pathname.startsWith(base)) return;
		const file = served(dir, url.pathname, base);
		if (!file) return void problems.push(`${from}: ${ref} → ${url.pathname} does not exist${url.pathname.startsWith(base) ? '' : ` (not under ${base})`}`);
		const anchor = decodeURIComponent(url.hash.slice(1));
		if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) problems.push(`${from}: ${ref} → no element with id="${anchor}"`);
	};
	for (const file of filesOf(dir)) {
		if (!file.endsWith('.html')) continue;
		const page = pathOf(file, base);
		const html = readFileSync(join(dir, file), 'utf8');
		for (const [id, n] of repeatedIds(html)) problems.push(`${file}: id="${id}" is on ${n} elements`);
		for (const ref of referencesIn(html)) check(file, ref, page);
		// Absolute addresses the page announces: canonical, alternates, og:image, og:url.
		for (const m of html.matchAll(/<meta (?:property|name)="(?:og:image|og:url|twitter:image)" content="([^"]+)"/g)) check(file, decode(m[1]!), page);
	}
	for (const file of filesOf(dir).filter((f) => /(^|\/)(rss\.xml|sitemap-[\w-]+\.xml)$/.test(f))) {
		const xml = readFileSync(join(dir, file), 'utf8');
		for (const m of xml.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>|<xhtml:link [^>]*href="([^"]+)"/g)) check(file, decode((m[1] ?? m[2])!), base);
	}
	return problems;
}
