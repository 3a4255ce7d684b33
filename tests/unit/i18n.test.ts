import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import { bracketed, hasUntranslated, localeUrl, pagePath, quoted, t, tCount, text } from '../../src/i18n/index.ts';
import ja from '../../src/i18n/ja.ts';
import { langIdPaths, langOf } from '../../src/lib/routes.ts';

describe('UI dictionaries', () => {
	it('have the same keys in both languages', () => expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort()));
	it('fill placeholders', () => expect(t('en', 'home.pledgeCount', { count: 34 })).toBe('34 pledges'));
	it('fill placeholders in Japanese', () => expect(t('ja', 'home.pledgeCount', { count: 34 })).toBe('公約34件'));
	it('count one thing in the singular in English (issue 21: never "1 results")', () => {
		expect(tCount('en', 'home.pledgeCount', 1)).toBe('1 pledge');
		expect(tCount('en', 'home.pledgeCount', 2)).toBe('2 pledges');
		expect(tCount('en', 'pillar.achievementCount', 1)).toBe('1 achievement');
		expect(tCount('en', 'search.count', 1, { query: 'x' })).toBe('1 result for “x”');
		expect(tCount('ja', 'home.pledgeCount', 1)).toBe('公約1件');
	});
	it('keep the same placeholders in both languages', () => {
		const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		expect(Object.keys(ja).filter((k) => names(ja[k as keyof typeof ja]).join() !== names(en[k as keyof typeof en]).join())).toEqual([]);
	});
	it('have no Japanese in English strings except the language switch', () =>
		expect(Object.entries(en).filter(([k, v]) => k !== 'site.switchTo' && /[\u3040-\u30ff\u4e00-\u9fff]/.test(v))).toEqual([]));
});

describe('helpers', () => {
	it('text falls back to Japanese', () => expect(text({ ja: '達成' }, 'en')).toBe('達成'));
	it('text picks English', () => expect(text({ ja: '達成', en: 'Achieved' }, 'en')).toBe('Achieved'));
	it('quoted uses 「」 in Japanese', () => expect(quoted('絆', 'ja')).toBe('「絆」'));
	it('quoted uses curly quotes in English', () => expect(quoted('Bonds', 'en')).toBe('“Bonds”'));
	it('localeUrl puts Japanese at the root', () => expect(localeUrl('ja', 'metrics/')).toBe('/metrics/'));
	it('localeUrl puts English under /en/', () => expect(localeUrl('en', '/metrics/')).toBe('/en/metrics/'));
	it('localeUrl of the home page', () => expect(localeUrl('en')).toBe('/en/'));
	it('pagePath drops the language prefix', () => expect(pagePath('/en/policies/a/')).toBe('policies/a/'));
	it('pagePath of the Japanese home', () => expect(pagePath('/')).toBe(''));
	it('langOf reads the route parameter', () => expect(langOf(undefined)).toBe('ja'));
	it('langIdPaths gives each id in both languages', () =>
		expect(langIdPaths(['a'])).toEqual([{ params: { lang: undefined, id: 'a' } }, { params: { lang: 'en', id: 'a' } }]));
});

describe('hasUntranslated', () => {
	it('finds Japanese-only text deep inside', () => expect(hasUntranslated({ a: [{ b: { ja: '絆' } }] })).toBe(true));
	it('is false when everything has English', () => expect(hasUntranslated({ a: { ja: '絆', en: 'Bonds' } })).toBe(false));
	it('ignores an empty body', () => expect(hasUntranslated({ body: { ja: '' } })).toBe(false));
});

describe('bracketed', () => {
	it('uses full-width brackets in Japanese', () => expect(bracketed('公約5件', 'ja')).toBe('（公約5件）'));
	it('uses round brackets in English', () => expect(bracketed('5 pledges', 'en')).toBe('(5 pledges)'));
});
