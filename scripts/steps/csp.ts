/**
 * Build step `csp` (scripts/build.ts): each page's Content-Security-Policy keeps only the hashes of the
 * inline scripts and styles that page has.
 *
 * Astro's `security.csp` (astro.config.mjs) writes one <meta> per page with the hash of every script and
 * style Astro made for the whole site, including its five island loaders that this site never uses:
 * about 450 B gzip on every page, a third of what the heaviest pages have left in their first round trip.
 * Trimming keeps what makes the policy worth having: only what Astro hashed can run, so an inline script
 * that reached a page some other way still has no hash and is blocked — and this step stops the build
 * naming the page, because nothing koyaku writes should be there.
 * Also runs alone on a built folder: `node scripts/steps/csp.ts dist`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BuildStop } from '../build-stop.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
// Every tag in order, its quoted attribute values consumed whole: text inside an attribute (a
// payload such as aria-label="<script>…") is never taken for an element. Text between tags has its `<`
// escaped in Astro's output.
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;

/** The page's <script> and <style> elements: tag name, opening-tag attributes and raw content. */
export function* inlineElements(html: string): Generator<{ tag: 'script' | 'style'; attrs: string; body: string }> {
	const scan = new RegExp(TAG);
	const lower = html.toLowerCase();
	for (let m = scan.exec(html); m; m = scan.exec(html)) {
		const tag = m[2]?.toLowerCase();
		if (m[1] || (tag !== 'script' && tag !== 'style')) continue;
		const close = lower.indexOf(`</${tag}`, scan.lastIndex);
		const end = close < 0 ? html.length : close;
		yield { tag, attrs: m[3] ?? '', body: html.slice(scan.lastIndex, end) };
		scan.lastIndex = end;
	}
}
const HASH = /^'sha(256|384|512)-/;

export interface TrimResult {
	html: string;
	/** Inline scripts and styles on the page whose hash Astro did not list: not written by the build. */
	unknown: string[];
}

/**
 * Keeps in a page's policy only the hashes of its own inline scripts and styles; `script-src 'none'` on a
 * page with no script at all. A page without a policy is returned unchanged.
 * @example trimPolicy(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-…'; style-src 'self' 'sha256-A…' 'sha256-B…';"><style>…</style>`)
 * // → script-src 'none'; style-src 'self' 'sha256-A…' (the hash of that <style>)
 */
export function trimPolicy(html: string): TrimResult {
	const meta = META.exec(html);
	if (!meta) return { html, unknown: [] };
	const present = { script: new Map<string, string>(), style: new Map<string, string>() };
	let anyScript = false;
	for (const { tag, attrs, body } of inlineElements(html)) {
		if (tag === 'script') anyScript = true;
		// External scripts are 'self'; JSON data blocks never run.
		if (/\bsrc=/i.test(attrs) || /\btype="application\/(?:ld\+)?json"/i.test(attrs)) continue;
		present[tag].set(`'sha256-${createHash('sha256').update(body).digest('base64')}'`, body.slice(0, 60));
	}
	const listed = new Set<string>();
	const directives = meta[1]!
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean)
		.map((directive) => {
			const [name, ...tokens] = directive.split(/\s+/);
			const kind = name === 'script-src' ? 'script' : name === 'style-src' ? 'style' : undefined;
			if (!kind) return directive;
			for (const token of tokens) if (HASH.test(token)) listed.add(token);
			if (kind === 'script' && !anyScript) return `${name} 'none'`;
			return [name, ...tokens.filter((token) => !HASH.test(token) || present[kind].has(token))].join(' ');
		});
	const unknown = [...present.script, ...present.style].filter(([hash]) => !listed.has(hash)).map(([, start]) => start);
	return { html: html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${directives.join(';')}">`), unknown };
}

const htmlFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));

/** Trims every page's policy in `dir`; stops on a page with a script or style the build did not write. */
export function trimPolicies(dir: string): { pages: number; bytesSaved: number } {
	let pages = 0;
	let bytesSaved = 0;
	const problems: string[] = [];
	for (const file of htmlFiles(dir)) {
		const before = readFileSync(file, 'utf8');
		const { html, unknown } = trimPolicy(before);
		// The flyer's print pages carry inline fonts and a ready signal, are printed with the policy
		// bypassed and removed by the pdf step (left only when that step is skipped, as the bench does).
		if (unknown.length && !/(?:^|[\\/])print[\\/]/.test(relative(dir, file))) problems.push(`${relative(dir, file)}: ${unknown.map((u) => JSON.stringify(u)).join(', ')}`);
		if (html === before) continue;
		writeFileSync(file, html);
		pages += 1;
		bytesSaved += before.length - html.length;
	}
	if (problems.length)
		throw new BuildStop(
			`✘ ページに、サイトが書いていないスクリプトまたはスタイルがあります（公開しませんでした） / a page has a script or style that the build did not write (not published):\n  ${problems.join('\n  ')}`,
		);
	return { pages, bytesSaved };
}

export const cspStep = {
	name: 'csp',
	run(ctx: { outDir: string; log(message: string): void }) {
		const { pages, bytesSaved } = trimPolicies(ctx.outDir);
		ctx.log(`  · content-security-policy: ${pages} pages, ${(bytesSaved / 1024).toFixed(0)} KiB of unused hashes removed`);
	},
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { pages } = trimPolicies(process.argv[2] ?? 'dist');
	console.log(`${pages} pages`);
}
