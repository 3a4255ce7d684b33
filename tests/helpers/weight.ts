/**
 * What a built page weighs on the wire: its HTML, and the scripts and stylesheets it loads (with the
 * modules those scripts import), raw and gzipped. gzip level 9 through node:zlib is deterministic.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
	/** Site path, e.g. `/_astro/charts.Bx1.js`. */
	path: string;
	raw: number;
	gzip: number;
}

export interface PageWeight {
	page: string;
	html: Asset;
	/** Scripts loaded from files, with the modules they import. */
	js: Asset[];
	/** Stylesheets loaded from files (styles inlined in the HTML are counted in `html`). */
	css: Asset[];
	/** Bytes of JavaScript written into the page itself (`<script>` without src; JSON data blocks excluded). */
	inlineJs: number;
}

/**
 * HTML + the CSS it needs, gzipped: 14 KB, what a server sends in its first round trip (TCP's initial
 * window of 10 segments of about 1,460 bytes), so the page can be drawn before a second one.
 */
export const FIRST_VIEW_BUDGET = 14 * 1024;

export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const asset = (path: string, data: Buffer): Asset => ({ path, raw: data.length, gzip: gzipSize(data) });
export const sum = (assets: Asset[], key: 'raw' | 'gzip' = 'gzip') => assets.reduce((total, a) => total + a[key], 0);

/** The file of a site path in the build folder. */
function fileOf(dir: string, path: string): string {
	const file = join(dir, path.replace(/^\//, ''));
	return path.endsWith('/') || !existsSync(file) ? join(file, 'index.html') : file;
}

/** Resolves `./x.js` or `/_astro/x.js` against the importing module's path. */
const resolveFrom = (from: string, spec: string) => (spec.startsWith('/') ? spec : new URL(spec, `http://site${from}`).pathname);

/** A page and everything it loads (module scripts followed through their static and dynamic imports). */
export function pageWeight(dir: string, page: string): PageWeight {
	const html = readFileSync(fileOf(dir, page));
	const text = html.toString('utf8');
	const scripts = [...text.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
	const styles = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link\b[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) => (m[1] ?? m[2])!);
	const seen = new Set<string>();
	const js: Asset[] = [];
	const queue = [...scripts];
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path) || /^[a-z]+:/i.test(path)) continue;
		seen.add(path);
		const data = readFileSync(fileOf(dir, path));
		js.push(asset(path, data));
		for (const m of data.toString('utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([./][^"']+\.js)["']/g)) queue.push(resolveFrom(path, m[1]!));
	}
	const inlineJs = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attrs]) => !/\ssrc=/.test(attrs!) && !/type="(?:application\/(?:ld\+)?json|importmap)"/.test(attrs!))
		.reduce((total, m) => total + Buffer.byteLength(m[2]!.trim()), 0);
	return { page, html: asset(page, html), js, css: [...new Set(styles)].map((path) => asset(path, readFileSync(fileOf(dir, path)))), inlineJs };
}

/** All JavaScript a page runs, in bytes: its script files (gzipped, as served) plus inline scripts (raw). */
export const jsBytes = (weight: PageWeight) => sum(weight.js) + weight.inlineJs;

/** What the first round trip must carry: the HTML and the stylesheets it needs before it can render, gzipped. */
export const firstViewBytes = (weight: PageWeight) => weight.html.gzip + sum(weight.css);

/**
 * Every HTML page of a built site as its URL path (`/`, `/en/policies/x/`), sorted.
 * @example htmlPages(dir).includes('/en/') // true
 */
export function htmlPages(dir: string, prefix = '/'): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
		if (entry.isDirectory()) out.push(...htmlPages(dir, `${prefix}${entry.name}/`));
		else if (entry.name === 'index.html') out.push(prefix);
	}
	return out.sort();
}
