/**
 * Rendered bodies kept between builds (src/model/body-cache.ts): a part is rendered once and then read from
 * the cache folder; a changed body, or a changed renderer, is rendered afresh; the loader's renderer uses it.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyCache, rendererFingerprint, type RenderedPart } from '../../src/model/body-cache.ts';
import { ROOT } from '../helpers/build.ts';

const BODY_TS = pathToFileURL(join(ROOT, 'src', 'model', 'body.ts')).href;
const fresh = () => mkdtempSync(join(tmpdir(), 'koyaku-body-cache-'));
/** A renderer that counts its calls. */
const counting = () => {
	const render = vi.fn((markdown: string): RenderedPart => ({ html: `<p>${markdown}</p>`, urls: [] }));
	return render;
};

afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

describe('bodyCache', () => {
	it('renders a part once: the next build reads it from the folder', () => {
		const dir = fresh();
		const render = counting();
		expect(bodyCache(BODY_TS, { dir: () => dir, fingerprint: 'a' })('公約の本文', render).html).toBe('<p>公約の本文</p>');
		// A new process: nothing in memory, the same folder.
		expect(bodyCache(BODY_TS, { dir: () => dir, fingerprint: 'a' })('公約の本文', render).html).toBe('<p>公約の本文</p>');
		expect(render).toHaveBeenCalledTimes(1);
		expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toHaveLength(1);
	});

	it('renders a changed body afresh', () => {
		const dir = fresh();
		const render = counting();
		const cached = bodyCache(BODY_TS, { dir: () => dir, fingerprint: 'a' });
		cached('公約の本文', render);
		expect(cached('公約の本文（改訂）', render).html).toBe('<p>公約の本文（改訂）</p>');
		expect(render).toHaveBeenCalledTimes(2);
	});

	it('renders afresh when the renderer changed (another fingerprint), never serving the old HTML', () => {
		const dir = fresh();
		bodyCache(BODY_TS, { dir: () => dir, fingerprint: 'old renderer' })('本文', () => ({ html: '<p>old</p>', urls: [] }));
		expect(bodyCache(BODY_TS, { dir: () => dir, fingerprint: 'new renderer' })('本文', () => ({ html: '<p>new</p>', urls: [] })).html).toBe('<p>new</p>');
	});

	it("fingerprints the renderer's source: an edited body.ts is another renderer", () => {
		const dir = fresh();
		const copy = join(dir, 'body.ts');
		writeFileSync(copy, readFileSync(new URL(BODY_TS)));
		const before = rendererFingerprint(pathToFileURL(copy).href);
		expect(rendererFingerprint(pathToFileURL(copy).href)).toBe(before);
		writeFileSync(copy, `${readFileSync(new URL(BODY_TS), 'utf8')}\n// an edit to the allow-list`);
		expect(rendererFingerprint(pathToFileURL(copy).href)).not.toBe(before);
	});

	it('keeps the URLs a part links to, for the loader to check', () => {
		const dir = fresh();
		const urls: RenderedPart['urls'] = [{ kind: 'link', url: '/policies/x/', line: 2 }];
		bodyCache(BODY_TS, { dir: () => dir, fingerprint: 'a' })('x', () => ({ html: '<p>x</p>', urls }));
		expect(bodyCache(BODY_TS, { dir: () => dir, fingerprint: 'a' })('x', counting())).toEqual({ html: '<p>x</p>', urls });
	});

	it('renders (and stores nothing) when turned off, and renders again over an unreadable cache file', () => {
		const render = counting();
		bodyCache(BODY_TS, { dir: () => undefined })('x', render);
		bodyCache(BODY_TS, { dir: () => undefined })('x', render);
		expect(render).toHaveBeenCalledTimes(2);
		const dir = fresh();
		const cached = bodyCache(BODY_TS, { dir: () => dir, fingerprint: 'a' });
		cached('y', render);
		for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"html":');
		expect(bodyCache(BODY_TS, { dir: () => dir, fingerprint: 'a' })('y', render).html).toBe('<p>y</p>');
		expect(render).toHaveBeenCalledTimes(4);
	});
});

describe('the loader’s bodies', () => {
	it('are rendered through the cache folder (KOYAKU_CACHE, folder bodies): the same HTML, from disk the second time', async () => {
		const root = fresh();
		const dir = join(root, 'bodies');
		vi.stubEnv('KOYAKU_CACHE', root);
		const markdown = '**太字**の本文と[リンク](/policies/x/)\n<!-- en -->\nA body';
		const first = (await import('../../src/model/body.ts')).readBody(markdown);
		expect(first.body).toEqual({ ja: '<p><strong>太字</strong>の本文と<a href="/policies/x/">リンク</a></p>', en: '<p>A body</p>' });
		const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
		expect(files).toHaveLength(2);
		// Mark the stored Japanese part: a fresh module (a new build) must show what the folder holds.
		for (const name of files) {
			const file = join(dir, name);
			const stored = JSON.parse(readFileSync(file, 'utf8')) as RenderedPart;
			if (stored.html.includes('太字')) writeFileSync(file, JSON.stringify({ ...stored, html: stored.html.replace('太字', '（保存済み）') }));
		}
		vi.resetModules();
		const second = (await import('../../src/model/body.ts')).readBody(markdown);
		expect(second.body.ja).toContain('（保存済み）');
		expect(second.links).toEqual(first.links);
	});

	it('are rendered without the folder when it is off', async () => {
		vi.stubEnv('KOYAKU_CACHE', 'off');
		expect((await import('../../src/model/body.ts')).renderBody('本文').ja).toBe('<p>本文</p>');
	});
});
