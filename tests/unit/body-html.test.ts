import { describe, expect, test } from 'vitest';
import type { LocaleSetup } from '../../src/i18n/index.ts';
import { bodyHtml } from '../../src/lib/body-html.ts';

const BODY = '<p><a href="/policies/x/">a</a> <a href="/metrics/#m">b</a> <a href="/">c</a> <a href="/en/ratings/">d</a> <a href="/data/metrics.csv">e</a> <img src="/img/map.png" alt=""> <a href="https://x.example/">f</a> <a href="//cdn.example/g">g</a> <a href="#h">h</a></p>';
const hrefs = (html: string) => [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
const JA_ROOT: LocaleSetup = { locales: ['ja', 'en'], root: 'ja' };
const EN_ROOT: LocaleSetup = { locales: ['ja', 'en'], root: 'en' };

describe('bodyHtml: site-root links in a body lead to the page in the language being read', () => {
	test('the root language keeps every link as written', () => {
		expect(bodyHtml(BODY, 'ja', JA_ROOT, '/')).toBe(BODY);
	});

	test('English under /en/: pages move there; a named language, files, images and other sites stay', () => {
		expect(hrefs(bodyHtml(BODY, 'en', JA_ROOT, '/'))).toEqual([
			'/en/policies/x/',
			'/en/metrics/#m',
			'/en/',
			'/en/ratings/',
			'/data/metrics.csv',
			'/img/map.png',
			'https://x.example/',
			'//cdn.example/g',
			'#h',
		]);
	});

	test('Japanese under /ja/ when English is at the root, all under a base path', () => {
		expect(hrefs(bodyHtml(BODY, 'ja', EN_ROOT, '/komoro/'))).toEqual([
			'/komoro/ja/policies/x/',
			'/komoro/ja/metrics/#m',
			'/komoro/ja/',
			'/komoro/en/ratings/',
			'/komoro/data/metrics.csv',
			'/komoro/img/map.png',
			'https://x.example/',
			'//cdn.example/g',
			'#h',
		]);
	});
});
