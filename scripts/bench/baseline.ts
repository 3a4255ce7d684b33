/**
 * The bare Astro 7 baseline for `npm run bench`: a plain content collection with the same number of pages
 * in two languages (each page a Markdown file of the same size as a pledge's body) and a minimal layout,
 * written into a temporary project that uses this repository's node_modules.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tests/helpers/build.ts';

/**
 * For `--same-bytes`: the baseline's pages made as heavy as koyaku's, with koyaku's own stylesheet inlined
 * and, after each body, the body and head of a built koyaku page (taken in turn), so the difference left
 * is koyaku's logic, not the bytes it writes.
 */
export interface SameBytes {
	css: string;
	/** Bodies of built koyaku pages, and their heads without the stylesheet (same order). */
	fillers: string[];
	heads: string[];
}

/** How the baseline differs from a default bare Astro project. */
export interface BaselineOptions {
	/** Pages as heavy as koyaku's (`--same-bytes`). */
	sameBytes?: SameBytes;
	/** `build.concurrency`: pages rendered at a time; Astro's default is 1, koyaku's build renders 4. */
	concurrency?: number;
}

/** Writes the baseline project into `dir` with `pages` pages, half Japanese at /, half English at /en/. */
export function writeBaseline(dir: string, campaign: string, pages: number, { sameBytes, concurrency }: BaselineOptions = {}): void {
	for (const sub of ['src/pages/[...lang]', 'src/layouts', 'entries/ja', 'entries/en']) mkdirSync(join(dir, sub), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'koyaku-bench-baseline', private: true, type: 'module' }));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		// Its own cache folder: node_modules is this repository's, shared with koyaku's build.
		`import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory'${sameBytes ? ", inlineStylesheets: 'always'" : ''}${concurrency ? `, concurrency: ${concurrency}` : ''} }, cacheDir: './.astro-cache', devToolbar: { enabled: false } });\n`,
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { glob } from 'astro/loaders';",
			"import { z } from 'astro/zod';",
			"const pages = defineCollection({ loader: glob({ pattern: '**/*.md', base: './entries' }), schema: z.object({ title: z.string() }) });",
			'export const collections = { pages };',
			'',
		].join('\n'),
	);
	if (sameBytes) {
		mkdirSync(join(dir, 'src', 'fillers'), { recursive: true });
		writeFileSync(join(dir, 'src', 'layouts', 'koyaku.css'), sameBytes.css);
		sameBytes.fillers.forEach((html, i) => writeFileSync(join(dir, 'src', 'fillers', `${String(i).padStart(3, '0')}.html`), html));
		sameBytes.heads.forEach((html, i) => writeFileSync(join(dir, 'src', 'fillers', `${String(i).padStart(3, '0')}.head`), html));
	}
	writeFileSync(
		join(dir, 'src', 'layouts', 'Page.astro'),
		[
			'---',
			...(sameBytes
				? [
						"import './koyaku.css';",
						"const fillers = Object.values(import.meta.glob('../fillers/*.html', { query: '?raw', import: 'default', eager: true })) as string[];",
						"const heads = Object.values(import.meta.glob('../fillers/*.head', { query: '?raw', import: 'default', eager: true })) as string[];",
						'const { lang, title, n } = Astro.props;',
					]
				: ['const { lang, title } = Astro.props;']),
			'---',
			'<html lang={lang}><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title>',
			`<style>body { font-family: sans-serif; max-width: 40rem; margin: auto; padding: 1rem; line-height: 1.7 }</style>${sameBytes ? '<Fragment set:html={heads[n % heads.length]} />' : ''}</head>`,
			`<body><header><a href={lang === "ja" ? "/" : "/en/"}>Home</a></header><main><h1>{title}</h1><slot />${sameBytes ? '<Fragment set:html={fillers[n % fillers.length]} />' : ''}</main></body></html>`,
			'',
		].join('\n'),
	);
	writeFileSync(
		join(dir, 'src', 'pages', '[...lang]', '[id].astro'),
		[
			'---',
			"import { getCollection, render } from 'astro:content';",
			"import Page from '../../layouts/Page.astro';",
			'export async function getStaticPaths() {',
			"\treturn (await getCollection('pages')).map((entry) => {",
			"\t\tconst [lang, id] = entry.id.split('/');",
			"\t\treturn { params: { lang: lang === 'ja' ? undefined : lang, id }, props: { entry, lang } };",
			'\t});',
			'}',
			'const { entry, lang } = Astro.props;',
			'const { Content } = await render(entry);',
			'---',
			`<Page lang={lang} title={entry.data.title}${sameBytes ? ' n={Number(entry.id.split("-").at(-1))}' : ''}><Content /></Page>`,
			'',
		].join('\n'),
	);
	// The same words as the campaign's pledges: each policy's Japanese and English bodies, reused in turn.
	const policies = join(campaign, 'policies');
	const bodies = readdirSync(policies)
		.slice(0, 200)
		.map((name) => readFileSync(join(policies, name), 'utf8').split('\n---\n')[1] ?? '')
		.map((body) => body.split('<!-- en -->'));
	for (let i = 0; i < pages / 2; i++) {
		const [ja = '', en = ''] = bodies[i % bodies.length]!;
		const id = `page-${String(i + 1).padStart(5, '0')}`;
		writeFileSync(join(dir, 'entries', 'ja', `${id}.md`), `---\ntitle: ページ${i + 1}\n---\n${ja.trim()}\n`);
		writeFileSync(join(dir, 'entries', 'en', `${id}.md`), `---\ntitle: Page ${i + 1}\n---\n${en.trim()}\n`);
	}
}
