/**
 * The browser editor in the built site: only when site.yaml has `editor`, at /admin/, from the installed
 * CMS (nothing fetched from a CDN), with its own policy on that page alone; published pages are as before.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../helpers/build.ts';
import { builtSite } from '../helpers/site.ts';

let out = '';
beforeAll(async () => {
	const content = mkdtempSync(join(tmpdir(), 'koyaku-admin-content-'));
	cpSync(join(ROOT, 'tests/fixtures/second-campaign'), content, { recursive: true });
	writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8')}\neditor:\n  repo: sakurahama-koenkai/site\n`);
	out = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-admin-')), { KOYAKU_CONTENT: content }, ['--no-pdf']);
}, 300_000);

const admin = (path: string) => readFileSync(join(out, 'admin', path), 'utf8');
const bytesUnder = (dir: string): number =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);

describe('the editor in the built site', () => {
	it('is at /admin/ when site.yaml has editor, saving to that GitHub repository', () => {
		const config = parse(admin('config.yml')) as { backend: unknown; collections: { name: string }[] };
		expect(config.backend).toEqual({ name: 'github', repo: 'sakurahama-koenkai/site', branch: 'main' });
		expect(config.collections.map((c) => c.name)).toEqual(['policies', 'pillars', 'manifestos', 'reports', 'sources', 'settings']);
		expect(admin('index.html')).toContain('<script src="sveltia-cms.js"></script>');
		console.log(`/admin/ adds ${bytesUnder(join(out, 'admin'))} bytes to the built site`);
	});

	it('loads nothing from a CDN: the CMS, its UI strings and its fonts come from the site', () => {
		const script = admin('sveltia-cms.js');
		expect(script).not.toContain('`https://unpkg.com/@sveltia/cms`');
		expect(script).not.toMatch(/cdn\.jsdelivr\.net\/fontsource/);
		expect(existsSync(join(out, 'admin', `cms@${JSON.parse(readFileSync(join(ROOT, 'node_modules/@sveltia/cms/package.json'), 'utf8')).version}/locales/ja.json`))).toBe(true);
		expect(readdirSync(join(out, 'admin', 'fonts')).sort()).toEqual(['material-symbols-outlined-latin-wght-normal.woff2', 'noto-mono-latin-400-normal.woff2', 'source-sans-3-latin-wght-normal.woff2']);
		expect(existsSync(join(out, 'admin', 'yaml', 'index.js'))).toBe(true);
		// The dev server's problem banner needs the dev server: not published.
		expect(existsSync(join(out, 'admin', 'koyaku-problems.js'))).toBe(false);
	});

	it('runs scripts from the site only; only /admin/ allows inline styles', () => {
		const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(admin('index.html'))![1]!;
		expect(policy).toContain("script-src 'self';");
		expect(policy).not.toMatch(/script-src[^;]*(unsafe|https?:)/);
		const home = readFileSync(join(out, 'index.html'), 'utf8');
		expect(home).not.toContain('unsafe-inline');
		expect(home).not.toContain('/admin/');
	});

	it('is not published without editor in site.yaml', () => {
		expect(existsSync(join(builtSite(), 'admin'))).toBe(false);
	});
});
