/**
 * The settings (src/settings.ts) and the one cache helper (src/cache.ts): defaults, `KOYAKU_CACHE` as a
 * folder and as `off`, content keys, and `settingsEnv` giving a child process exactly what the functions read.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheFolder, cacheKey, readCached, writeCached } from '../../src/cache.ts';
import { basePath, buildConcurrency, cacheRoot, chromiumPath, contentDir, fixedNow, settingsEnv, shareImages, systemBrowser } from '../../src/settings.ts';

afterEach(() => vi.unstubAllEnvs());

const unset = ['KOYAKU_CONTENT', 'KOYAKU_NOW', 'KOYAKU_BASE', 'KOYAKU_CHROMIUM', 'KOYAKU_SYSTEM_BROWSER', 'KOYAKU_CACHE', 'KOYAKU_OG', 'KOYAKU_BUILD_CONCURRENCY'];

describe('settings', () => {
	it('have their documented defaults when unset (or empty)', () => {
		for (const name of unset) vi.stubEnv(name, '');
		expect(contentDir()).toBe(resolve('content'));
		expect([fixedNow(), basePath(), chromiumPath()]).toEqual([undefined, undefined, undefined]);
		expect([systemBrowser(), shareImages(), buildConcurrency()]).toEqual([true, true, 4]);
		expect(cacheRoot()).toBe(resolve('node_modules/.cache/koyaku'));
	});

	it('read what settingsEnv writes', () => {
		const values = settingsEnv({ content: '/tmp/campaign', now: '2027-04-25T03:00:00Z', base: '/komoro/', chromium: '/opt/chrome', systemBrowser: false, cache: false, shareImages: false, buildConcurrency: 1 });
		for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
		expect(contentDir()).toBe('/tmp/campaign');
		expect([fixedNow(), basePath(), chromiumPath(), systemBrowser(), cacheRoot(), shareImages(), buildConcurrency()]).toEqual(['2027-04-25T03:00:00Z', '/komoro/', '/opt/chrome', false, undefined, false, 1]);
		expect(Object.keys(values).every((name) => unset.includes(name))).toBe(true);
	});
});

describe('the cache helper', () => {
	it('keeps each cache in a folder of the cache root, and nothing with KOYAKU_CACHE=off', () => {
		const root = mkdtempSync(join(tmpdir(), 'koyaku-cache-'));
		try {
			vi.stubEnv('KOYAKU_CACHE', root);
			const folder = cacheFolder('charts')!;
			expect(folder).toBe(join(root, 'charts'));
			expect(readCached(folder, 'a.json')).toBeUndefined();
			expect(writeCached(folder, 'a.json', '{"a":1}')).toBe(true);
			expect(readCached(folder, 'a.json')?.toString()).toBe('{"a":1}');
			// Written aside and renamed: no part file is left.
			expect(readdirSync(folder)).toEqual(['a.json']);
			expect(readFileSync(join(folder, 'a.json'), 'utf8')).toBe('{"a":1}');
			vi.stubEnv('KOYAKU_CACHE', 'off');
			expect(cacheFolder('charts')).toBeUndefined();
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('keys a content by all its parts, which cannot run together', () => {
		const key = cacheKey(['renderer', '**本文**']);
		expect(key).toMatch(/^[0-9a-f]{32}$/);
		expect(cacheKey(['renderer', '**本文**'])).toBe(key);
		expect(cacheKey(['renderer', '**本文**。'])).not.toBe(key);
		expect(cacheKey(['rendere', 'r**本文**'])).not.toBe(key);
		expect(cacheKey(['x'], 16)).toHaveLength(16);
	});

	it('reports a folder it cannot write, without throwing', () => {
		const root = mkdtempSync(join(tmpdir(), 'koyaku-cache-'));
		try {
			// A file where the folder should be.
			writeFileSync(join(root, 'charts'), 'not a folder');
			expect(writeCached(join(root, 'charts'), 'a.json', 'x')).toBe(false);
			expect(readdirSync(root)).toEqual(['charts']);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
