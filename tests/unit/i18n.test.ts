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
	it("langIdPaths gives each id in every edition of the site (Komoro's: ja, en and easy)", () =>
		expect(langIdPaths(['a'])).toEqual([{ params: { lang: undefined, id: 'a' } }, { params: { lang: 'en', id: 'a' } }, { params: { lang: 'easy', id: 'a' } }]));
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

describe('the やさしい日本語 dictionary (issue 28)', async () => {
	const easy = (await import('../../src/i18n/easy.ts')).default;
	const { isJa, langTag } = await import('../../src/i18n/index.ts');
	const { formatPeriod } = await import('../../src/lib/format.ts');
	const { parsePeriod } = await import('../../src/schemas/period-key.ts');
	it('has every key of the Japanese one, with the same placeholders', () => {
		const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
		expect(Object.keys(easy).sort()).toEqual(Object.keys(ja).sort());
		expect(Object.keys(ja).filter((k) => names(ja[k as keyof typeof ja]) !== names(easy[k as keyof typeof easy]))).toEqual([]);
	});
	it('uses no honorifics and no kanji numerals for counts (the 2020 guideline)', () => {
		const honorific = /ご覧|いただ|お試し|下さい|致し|申し|ございます|なさい|お待ち|ご確認/;
		expect(Object.entries(easy).filter(([, v]) => honorific.test(v))).toEqual([]);
		expect(Object.entries(easy).filter(([, v]) => /[一二三四五六七八九十百千万][件人つ回]/.test(v))).toEqual([]);
	});
	it('keeps sentences short: at most 40 characters between full stops', () => {
		const long = Object.entries(easy).flatMap(([k, v]) => v.split(/[。！？]/).filter((s) => s.replace(/\{\w+\}/g, '').length > 40).map((s) => `${k}: ${s}`));
		expect(long).toEqual([]);
	});
	it('differs from the Japanese where the Japanese uses hard words', () => {
		for (const key of ['home.pillars', 'policy.rating', 'site.nav.metrics', 'metric.achievementRate'] as const) expect(t('easy', key)).not.toBe(t('ja', key));
	});
	it('is Japanese in form, and tagged ja-x-easy', () => {
		expect([isJa('easy'), isJa('ja'), isJa('en')]).toEqual([true, true, false]);
		expect(langTag('easy')).toBe('ja-x-easy');
		expect(quoted('絆', 'easy')).toBe('「絆」');
		expect(bracketed('1こ', 'easy')).toBe('（1こ）');
	});
	it('writes dates in the Western calendar, never 和暦', () => {
		expect(formatPeriod(parsePeriod('2026-12-07') as never, 'easy', { era: true })).toBe('2026年12月7日');
		expect(formatPeriod(parsePeriod('2026-12-07') as never, 'ja', { era: true })).not.toBe('2026年12月7日');
	});
	it('falls back to the Japanese text, and reports text not yet written in it', () => {
		expect(text({ ja: '達成', easy: 'できた' }, 'easy')).toBe('できた');
		expect(text({ ja: '達成', en: 'Achieved' }, 'easy')).toBe('達成');
		expect(hasUntranslated({ a: { ja: '絆', en: 'Bonds' } }, 'easy')).toBe(true);
		expect(hasUntranslated({ a: { ja: '絆', easy: 'きずな' } }, 'easy')).toBe(false);
	});
});
