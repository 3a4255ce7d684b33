/**
 * Rebuilding after one changed file (scripts/build.ts, scripts/steps/search-index.ts): a rebuild's
 * search index holds what a fresh build's of the same content holds and finds the same, the changed page's new words included; with nothing changed the live
 * index is reused. The replaced site is kept as the next build's spare (scripts/spare-site.ts); an older one
 * is removed after the swap, by a process of its own, with any leftover of an earlier removal. Real builds of a copy of the small valid fixture; searches run Pagefind's own code.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/steps/search-index.ts';
import { readPage, runBuild } from '../helpers/build.ts';
import { VALID } from '../helpers/content-variants.ts';
import { elements, textOf } from '../helpers/html.ts';
import { searchSite } from '../helpers/pagefind-search.ts';
import { folderSnapshot } from '../helpers/site.ts';
import { htmlPages } from '../helpers/weight.ts';

let work: string;
let content: string;
const dist = () => join(work, 'dist');

/** `npm run build` (without PDFs) of the copied content into `outDir`; resolves to its output. */
const build = (outDir: string, env: Record<string, string> = {}) =>
	runBuild(outDir, { KOYAKU_CONTENT: content, KOYAKU_CACHE: join(work, 'cache'), ...env }, ['--skip', 'pdf']);

/** Folders next to `dist` other than `dist` itself and its spare (replaced sites waiting to be removed). */
const besideDist = () => readdirSync(work).filter((name) => name.startsWith('.dist-') && name !== '.dist-spare');
/** Waits until no replaced site is left beside `dist` (the removal runs on after the build's exit). */
async function removed(): Promise<string[]> {
	for (let i = 0; i < 600 && besideDist().length; i++) await new Promise((r) => setTimeout(r, 100));
	return besideDist();
}

const PAGE = 'policies/child-care-desk/';
const log: Record<'first' | 'rebuild' | 'fresh' | 'again', string> = { first: '', rebuild: '', fresh: '', again: '' };
const index: Record<'rebuild' | 'fresh', Record<string, string>> = { rebuild: {}, fresh: {} };
const before: Record<string, string[]> = {};

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'koyaku-search-rebuild-'));
	content = join(work, 'content');
	cpSync(VALID, content, { recursive: true });
	log.first = await build(dist());
	before['ja'] = await searchSite(dist(), 'ja', 'ズッキーニ');
	before['en'] = await searchSite(dist(), 'en', 'zucchini');
	// One changed file: new words in the pledge's Japanese body and English title.
	const file = join(content, 'policies', 'child-care-desk.md');
	const text = readFileSync(file, 'utf8');
	writeFileSync(file, `${text.replace('en: One desk for child-care questions', 'en: One desk for child-care and zucchini questions')}\nズッキーニ農家の相談も受けます。\n`);
	expect(readFileSync(file, 'utf8')).toContain('zucchini');
	log.rebuild = await build(dist());
	index.rebuild = folderSnapshot(join(dist(), 'pagefind'));
	log.fresh = await build(join(work, 'fresh'), { KOYAKU_CACHE: 'off' });
	index.fresh = folderSnapshot(join(work, 'fresh', 'pagefind'));
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the search index of a rebuild after one changed file', () => {
	it('is made from the built files, never reused, in the rebuild and the fresh build', () => {
		for (const name of ['first', 'rebuild', 'fresh'] as const) expect(log[name], name).toMatch(/search index: .* from the built files/);
	});

	it("holds the same pages as a fresh build's index, and finds the same", async () => {
		// One fragment per page, named by its content (text, address, metadata); the entry counts pages per language.
		const fragments = (files: Record<string, string>) => Object.keys(files).filter((path) => path.startsWith('/fragment/')).sort();
		expect(fragments(index.rebuild).length).toBeGreaterThan(5);
		expect(fragments(index.rebuild)).toEqual(fragments(index.fresh));
		const pageCounts = (dir: string) => (JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages;
		expect(Object.values(pageCounts(dist())).map((l) => l.page_count)).toEqual(Object.values(pageCounts(join(work, 'fresh'))).map((l) => l.page_count));
		for (const [lang, query] of [['ja', 'ズッキーニ'], ['ja', '子育て'], ['ja', '窓口'], ['en', 'zucchini'], ['en', 'desk'], ['en', 'budget']] as const) {
			const found = await searchSite(dist(), lang, query);
			expect(found.length, `${lang} ${query}`).toBeGreaterThan(0);
			expect([...found].sort(), `${lang} ${query}`).toEqual([...(await searchSite(join(work, 'fresh'), lang, query))].sort());
		}
	}, 120_000);

	it("finds the changed page's new words, in both languages, on every page that shows them, which the first build did not", async () => {
		expect(before).toEqual({ ja: [], en: [] });
		/** The indexed pages of a language whose searchable text (their main element) says `word`. */
		const saying = (lang: 'ja' | 'en', word: string) =>
			htmlPages(dist()).filter((page) => page.startsWith('/en/') === (lang === 'en') && textOf(elements(readPage(dist(), page), 'main', /data-pagefind-body/)[0] ?? '').includes(word));
		for (const [lang, word] of [['ja', 'ズッキーニ'], ['en', 'zucchini']] as const) {
			expect(saying(lang, word), word).toContain(`${lang === 'en' ? '/en/' : '/'}${PAGE}`);
			expect((await searchSite(dist(), lang, word)).sort(), word).toEqual(saying(lang, word));
		}
	});

	it('finds what an index Pagefind makes from the built files finds', async () => {
		const copy = join(work, 'from-files');
		cpSync(join(work, 'fresh'), copy, { recursive: true });
		rmSync(join(copy, 'pagefind'), { recursive: true });
		await indexSite(copy);
		const fragments = (dir: string) => readdirSync(join(dir, 'pagefind', 'fragment')).sort();
		// One fragment per page, named by its content: the same pages with the same text and metadata.
		expect(fragments(copy)).toEqual(fragments(join(work, 'fresh')));
		for (const [lang, query] of [['ja', '子育て'], ['ja', '窓口'], ['en', 'desk'], ['en', 'budget']] as const) {
			const found = await searchSite(join(work, 'fresh'), lang, query);
			expect(found.length, `${lang} ${query}`).toBeGreaterThan(0);
			expect([...found].sort(), `${lang} ${query}`).toEqual([...(await searchSite(copy, lang, query))].sort());
		}
	}, 120_000);
});

describe('a rebuild with nothing changed', () => {
	it('reuses the live index, keeps the replaced site as the spare, and removes older ones after the swap, a leftover of an earlier removal too', async () => {
		expect(await removed()).toEqual([]);
		// As a removal cut short would leave it.
		const leftover = join(work, '.dist-building-zzzzzz-old');
		mkdirSync(join(leftover, 'policies'), { recursive: true });
		writeFileSync(join(leftover, 'policies', 'index.html'), '<html></html>');
		log.again = await build(dist());
		expect(log.again).toContain('pages unchanged: the live index reused');
		expect(folderSnapshot(join(dist(), 'pagefind'))).toEqual(index.rebuild);
		expect(existsSync(join(dist(), PAGE, 'index.html'))).toBe(true);
		expect(await removed()).toEqual([]);
		expect(existsSync(join(work, '.dist-spare', PAGE, 'index.html'))).toBe(true);
	}, 300_000);
});
