/**
 * Where the easy edition's furigana goes (src/lib/easy-ruby.ts, called by the middleware on every page): the
 * whole of an edition page, only the marked elements of any other page, and never into markup.
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { addEasyRuby, compact, EASY_CSS } from '../../src/lib/easy-ruby.ts';

const page = (lang: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>小諸</title><meta name="description" content="小諸"></head><body>${body}</body></html>`;

describe('addEasyRuby', () => {
	test('an edition page: every text node, with <rp> brackets, the title and attributes as they were', async () => {
		const out = await addEasyRuby(page('ja-x-easy', '<p title="数字">数字を見る</p>'));
		expect(out.replace(`<style>${EASY_CSS}</style>`, '')).toBe(page('ja-x-easy', '<p title="数字"><ruby>数字<rp>(<rt>すうじ<rp>)</ruby>を<ruby>見<rp>(<rt>み<rp>)</ruby>る</p>'));
	});

	test("an edition page gets the edition's layout rules for ruby, allowed by its Content-Security-Policy", async () => {
		const csp = `<meta http-equiv="content-security-policy" content="default-src 'self';style-src 'self' 'sha256-AAA='">`;
		const out = await addEasyRuby(page('ja-x-easy', '<p>数字</p>').replace('<head>', `<head>${csp}`));
		const hash = createHash('sha256').update(EASY_CSS).digest('base64');
		expect(out).toContain(`style-src 'self' 'sha256-AAA=' 'sha256-${hash}'">`);
		expect(out).toContain(`<style>${EASY_CSS}</style></head>`);
		expect(await addEasyRuby(page('ja', '<a lang="ja-x-easy">数字</a>'))).not.toContain(EASY_CSS);
	});

	test('a <noscript> keeps its markup (a parser that runs scripts reads it as text)', async () => {
		const out = await addEasyRuby(page('ja-x-easy', '<noscript><p class="x">数字</p></noscript>'));
		expect(out).toContain('<noscript><p class="x"><ruby>数字<rp>(<rt>すうじ<rp>)</ruby></p></noscript>');
	});

	test("another edition's page: only what is marked lang=\"ja-x-easy\"", async () => {
		const body = '<p>数字</p><a href="/easy/" lang="ja-x-easy">数字</a><section class="card" lang="ja-x-easy"><h2>数字</h2></section>';
		const out = await addEasyRuby(page('ja', body));
		expect(out).toBe(page('ja', '<p>数字</p><a href="/easy/" lang="ja-x-easy"><ruby>数字<rp>(<rt>すうじ<rp>)</ruby></a><section class="card" lang="ja-x-easy"><h2><ruby>数字<rp>(<rt>すうじ<rp>)</ruby></h2></section>'));
		expect(await addEasyRuby(page('ja', '<p>数字</p>'))).toBe(page('ja', '<p>数字</p>'));
	});

	test('the campaign’s readings win over the analyser', async () => {
		expect(await addEasyRuby(page('ja-x-easy', '<p>健幸</p>'), { 健幸: 'けんこう' })).toContain('<ruby>健幸<rp>(<rt>けんこう<rp>)</ruby>');
	});
});

test('compact leaves out only the end tags HTML lets a page omit', () => {
	expect(compact('<ruby>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>')).toBe('<ruby>字<rp>(<rt>じ<rp>)</ruby>');
	expect(compact('<p>(</p>')).toBe('<p>(</p>');
});

describe('furigana in the cache', () => {
	test('a page read once is served from the cache next time; other readings read it again', async () => {
		const { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const root = mkdtempSync(join(tmpdir(), 'koyaku-ruby-cache-'));
		const before = process.env['KOYAKU_CACHE'];
		process.env['KOYAKU_CACHE'] = root;
		try {
			const html = page('ja-x-easy', '<p>小諸の数字</p>');
			const first = await addEasyRuby(html, { 小諸: 'こもろ' });
			expect(first).toContain('<ruby>小諸<rp>(<rt>こもろ<rp>)</ruby>');
			const folder = join(root, 'furigana');
			const kept = readdirSync(folder);
			expect(kept).toHaveLength(1);
			// The next build's page comes from the file, not from the analyser.
			writeFileSync(join(folder, kept[0]!), readFileSync(join(folder, kept[0]!), 'utf8').replace('こもろ', 'CACHED'));
			expect(await addEasyRuby(html, { 小諸: 'こもろ' })).toContain('<rt>CACHED');
			// Another reading is another key: read again, never the stale page.
			expect(await addEasyRuby(html, { 小諸: 'こもろし' })).toContain('<rt>こもろし');
			expect(readdirSync(folder)).toHaveLength(2);
			// A page of another edition with no easy text is neither read nor kept.
			expect(await addEasyRuby(page('en', '<p>Komoro</p>'))).toBe(page('en', '<p>Komoro</p>'));
			expect(readdirSync(folder)).toHaveLength(2);
		} finally {
			if (before === undefined) delete process.env['KOYAKU_CACHE'];
			else process.env['KOYAKU_CACHE'] = before;
			rmSync(root, { recursive: true, force: true });
		}
	});
});
