/**
 * The files of the editor at `/admin/`: its page, its generated configuration, the CMS script from the
 * installed package (never a CDN) and koyaku's small stylesheet and problem banner. Served by the dev
 * server (src/cms/integration.ts) and written into the built site when site.yaml has `editor`
 * (scripts/steps/cms-admin.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { cmsConfig, type CmsSetup } from './config.ts';

/** The installed CMS package's folder (its version is pinned in package.json). */
const cmsPackage = (): string => join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');

/** The installed CMS's version, e.g. `0.221.1`. */
export const cmsVersion = (): string => (JSON.parse(readFileSync(join(cmsPackage(), 'package.json'), 'utf8')) as { version: string }).version;

/** Where the CMS's files come from in its published form, and where it fetches its UI strings at run time. */
const CDN = '`https://unpkg.com/@sveltia/cms`';

/**
 * The CMS's self-contained browser build, from node_modules, made to fetch its UI strings (ja.json…) from
 * this site: the published build fetches them from unpkg.com, which the editor page's policy does not allow
 * (no CDN). Its other CDN uses (code highlighting, maps) belong to widgets the configuration never uses.
 * Fails loudly if a new version of the CMS changed that line, rather than publishing an editor without words.
 */
export function cmsScript(): string {
	let text = readFileSync(join(cmsPackage(), 'dist', 'sveltia-cms.js'), 'utf8');
	const at = text.indexOf(CDN);
	if (at < 0 || text.indexOf(CDN, at + 1) >= 0) throw new Error(`@sveltia/cms ${cmsVersion()}: its CDN address (${CDN}) is no longer written once in dist/sveltia-cms.js; update src/cms/admin.ts`);
	text = text.slice(0, at) + '`./cms`' + text.slice(at + CDN.length);
	for (const font of cmsFonts()) text = text.replace(font.cdn, font.path);
	return text;
}

const FONT_CDN = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * The CMS's fonts (its icons, as a font, and its Latin UI faces): the browser build loads them from
 * jsDelivr; the package ships the same files for bundlers (npm/assets/), served from this site instead.
 */
export function cmsFonts(): { cdn: string; path: string; file: string }[] {
	const text = readFileSync(join(cmsPackage(), 'dist', 'sveltia-cms.js'), 'utf8');
	const assets = readdirSync(join(cmsPackage(), 'npm', 'assets'));
	return [...new Set([...text.matchAll(FONT_CDN)].map((m) => m[0]))].map((cdn) => {
		const [, family, face] = FONT_CDN.exec(cdn) ?? (FONT_CDN.lastIndex = 0, FONT_CDN.exec(cdn))!;
		FONT_CDN.lastIndex = 0;
		const asset = assets.find((name) => name.startsWith(`${family}-${face}-`) && name.endsWith('.woff2'));
		if (!asset) throw new Error(`@sveltia/cms ${cmsVersion()}: no font file for ${cdn} in npm/assets/; update src/cms/admin.ts`);
		return { cdn, path: `fonts/${family}-${face}.woff2`, file: join(cmsPackage(), 'npm', 'assets', asset) };
	});
}

/** The YAML library `check` uses (eemeli/yaml), as its browser build (ES modules), under admin/yaml/. */
function yamlFiles(): AdminFile[] {
	const dir = join(dirname(createRequire(import.meta.url).resolve('yaml')), '..', 'browser', 'dist');
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((name) => name.endsWith('.js'))
		.map((name) => ({ path: `yaml/${name.split('\\').join('/')}`, type: 'text/javascript; charset=utf-8', body: () => readFileSync(join(dir, name)) }));
}

/** A file of the editor: its path under `admin/`, its type and its bytes. */
export interface AdminFile {
	path: string;
	type: string;
	body: () => string | Buffer;
}

/** Every file of the editor at `admin/`. `dev`: with the banner of check's problems (it needs the dev server's problems.json). */
export function adminFiles(setup: CmsSetup, { dev }: { dev: boolean }): AdminFile[] {
	return [
		{ path: 'index.html', type: 'text/html; charset=utf-8', body: () => adminPage({ dev }) },
		{ path: 'config.yml', type: 'application/yaml; charset=utf-8', body: () => configYaml(setup) },
		{ path: 'sveltia-cms.js', type: 'text/javascript; charset=utf-8', body: cmsScript },
		{ path: 'koyaku-admin.css', type: 'text/css; charset=utf-8', body: () => ADMIN_CSS },
		// The CMS starts once koyaku-format.js has registered koyaku's file formats.
		{ path: 'koyaku-manual-init.js', type: 'text/javascript; charset=utf-8', body: () => 'window.CMS_MANUAL_INIT = true;\n' },
		{ path: 'koyaku-format.js', type: 'text/javascript; charset=utf-8', body: () => readFileSync(join(import.meta.dirname, 'koyaku-format.js')) },
		...yamlFiles(),
		...(dev ? [{ path: 'koyaku-problems.js', type: 'text/javascript; charset=utf-8', body: () => PROBLEMS_JS }] : []),
		...cmsLocaleFiles().map((l) => ({ path: l.path, type: 'application/json', body: () => l.text })),
		...cmsFonts().map((f) => ({ path: f.path, type: 'font/woff2', body: () => readFileSync(f.file) })),
	];
}

/** The UI languages the editor is offered in (English is built into the CMS). */
export const CMS_LOCALES = ['ja'] as const;

/** The path (under admin/) and text of each UI strings file the patched CMS fetches. */
export function cmsLocaleFiles(): { path: string; text: string }[] {
	return CMS_LOCALES.map((locale) => ({ path: `cms@${cmsVersion()}/locales/${locale}.json`, text: readFileSync(join(cmsPackage(), 'locales', `${locale}.json`), 'utf8') }));
}

/**
 * The editor page's policy: only scripts from this site (the CMS and koyaku's banner), as on every page.
 * The CMS adds its own <style> elements and style attributes as it draws (Svelte), hence 'unsafe-inline'
 * for styles on this page only; the published pages keep their hashed styles. With the GitHub backend it
 * talks to GitHub's API; images it previews are blob: URLs.
 */
export const ADMIN_POLICY = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
	"font-src 'self' data:",
	"connect-src 'self' blob: data: https://api.github.com",
	"worker-src 'self' blob:",
	"frame-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');

/** The editor's page. `dev` adds the banner that shows `check`'s problems after each save. */
export function adminPage({ dev }: { dev: boolean }): string {
	return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="content-security-policy" content="${ADMIN_POLICY}">
<title>koyaku 編集 / Editor</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
<link rel="stylesheet" href="koyaku-admin.css">
</head>
<body>
<script src="koyaku-manual-init.js"></script>
<script src="sveltia-cms.js"></script>
<script type="module" src="koyaku-format.js"></script>
${dev ? '<script src="koyaku-problems.js"></script>\n' : ''}</body>
</html>
`;
}

/** The configuration as the CMS reads it. */
export function configYaml(setup: CmsSetup): string {
	const { config } = cmsConfig(setup);
	return `# Generated by koyaku from src/schemas/ (src/cms/config.ts): do not edit; change the schemas instead.\n${stringify(config, { lineWidth: 0 })}`;
}

/**
 * Lays out every `{ ja, en }` text as two inputs side by side on wide screens (the CMS draws an object's
 * subfields one under the other). The configuration marks those objects by their two subfields' labels.
 */
export const ADMIN_CSS = readFileSync(join(import.meta.dirname, 'admin.css'), 'utf8');

/** The dev server's banner: polls `problems.json` and shows check's problems over the editor. */
export const PROBLEMS_JS = readFileSync(join(import.meta.dirname, 'problems-banner.js'), 'utf8');
