import { z } from 'zod';
import easy from './easy.ts';
import en from './en.ts';
import ja from './ja.ts';

import { LOCALE_TAGS } from '../schemas/locales.ts';
import { siteLocales } from './locales.ts';

/** An edition of the site: Japanese, English, or やさしい日本語 (`easy`, Japanese in form: see `isJa`). */
export type Lang = 'ja' | 'en' | 'easy';
/** Every edition koyaku has a dictionary for; the site's own are `siteLocales().locales`. */
export const LANGS: readonly Lang[] = ['ja', 'en', 'easy'];
export { siteLocales, useLocales, type LocaleSetup } from './locales.ts';
export { LOCALE_TAGS };

/**
 * Whether `lang` is written as Japanese (punctuation, numbers, counters, brackets): the Japanese and the
 * easy Japanese editions.
 * @example isJa('easy') // true
 */
export const isJa = (lang: Lang): lang is 'ja' | 'easy' => lang !== 'en';

/**
 * The BCP 47 tag of an edition (`<html lang>`, `hreflang`): `ja-x-easy` for the easy Japanese edition.
 * @example langTag('easy') // 'ja-x-easy'
 */
export const langTag = (lang: Lang): string => LOCALE_TAGS[lang];
export type UiKey = keyof typeof ja;

/** Dictionaries are validated once at load: same keys, no empty strings, placeholders kept. */
const DictionarySchema = z.record(z.string().regex(/^[a-z]+(\.[a-zA-Z]+)+$/), z.string().min(1));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

function validate(): Record<Lang, Record<string, string>> {
	const dicts = { ja: DictionarySchema.parse(ja), en: DictionarySchema.parse(en), easy: DictionarySchema.parse(easy) };
	for (const other of ['en', 'easy'] as const) {
		for (const key of Object.keys(dicts.ja)) {
			if (!(key in dicts[other])) throw new Error(`UI string "${key}" is missing in ${other}.ts`);
			if (placeholders(dicts.ja[key]!) !== placeholders(dicts[other][key]!)) throw new Error(`UI string "${key}" has different {placeholders} in ja and ${other}`);
		}
		for (const key of Object.keys(dicts[other])) if (!(key in dicts.ja)) throw new Error(`UI string "${key}" is in ${other}.ts but not ja.ts`);
	}
	return dicts;
}

const dictionaries = validate();

/**
 * A UI string in `lang`, with `{name}` placeholders filled.
 * @example t('en', 'home.pledgeCount', { count: 34 }) // '34 pledges'
 */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
	return dictionaries[lang][key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/**
 * A UI string about `count` things: the key's `…One` form when there is exactly one and the dictionary has
 * it (English "1 result", never "1 results"), else the key itself; `count` fills `{count}`.
 * @example tCount('en', 'home.pledgeCount', 1) // '1 pledge'
 */
export function tCount(lang: Lang, key: UiKey, count: number, vars: Record<string, string | number> = {}): string {
	const one = `${key}One` as UiKey;
	return t(lang, count === 1 && one in dictionaries[lang] ? one : key, { ...vars, count });
}

/** Words a campaign may name in its own way (site.yaml `terms`), and the dictionary key of each default. */
export const TERM_KEYS = {
	pillars: 'home.pillars',
	reports: 'home.reports',
	priorities: 'home.priorities',
	stances: 'manifesto.stances',
	principles: 'manifesto.principles',
	achievements: 'pillar.achievements',
	reportPoints: 'report.points',
} as const satisfies Record<string, UiKey>;
export type TermKey = keyof typeof TERM_KEYS;

/** A noun a campaign may name in its own way, with English plural and singular. */
export interface NounTerm {
	ja: string;
	en?: string;
	enOne?: string;
}
/** The nouns before a count (site.yaml `terms.pledges` / `terms.targets`), and their dictionary defaults. */
export type NounKey = 'pledges' | 'targets';
const NOUNS: Record<NounKey, { ja: string; en: string; enOne: string; key: UiKey }> = {
	pledges: { ja: '公約', en: 'pledges', enOne: 'pledge', key: 'home.pledgeCount' },
	targets: { ja: '目標', en: 'targets', enOne: 'target', key: 'results.targets' },
};
type Terms = Partial<Record<TermKey, { ja: string; en?: string; easy?: string }>> & Partial<Record<NounKey, NounTerm>>;

/**
 * The campaign's own word for `key` in `lang`, or undefined while it keeps the dictionary's.
 * @example ownTerm({ reports: { ja: '検証結果' } }, 'en', 'reports') // undefined
 */
export function ownTerm(terms: Terms | undefined, lang: Lang, key: TermKey | NounKey): string | undefined {
	const own = terms?.[key] as { ja: string; en?: string; easy?: string } | undefined;
	return lang === 'en' ? own?.en : lang === 'easy' ? (own?.easy ?? own?.ja) : own?.ja;
}

/**
 * A UI sentence that names a term: the dictionary's own words while the campaign keeps the default term
 * (so a site without `terms` reads exactly as before), else `composed` with the campaign's word as {term}.
 * @example withTerm({ reports: { ja: '検証結果' } }, 'ja', 'home.allReports', 'reports', 'home.allReportsTerm') // '検証結果の一覧 →'
 */
export function withTerm(terms: Terms | undefined, lang: Lang, key: UiKey, termKey: TermKey | NounKey, composed: UiKey, vars: Record<string, string | number> = {}): string {
	const own = ownTerm(terms, lang, termKey);
	// A term that starts the sentence keeps its capital.
	const starts = dictionaries[lang][composed]!.startsWith('{term}');
	return own === undefined ? t(lang, key, vars) : t(lang, composed, { ...vars, term: lang === 'en' && !starts ? midSentence(own) : own });
}

/** An English term inside a sentence: a capital that only starts the phrase is lowered (Policy keywords → policy keywords; NPO stays). */
const midSentence = (word: string) => (/^[A-Z][a-z]/.test(word) ? word[0]!.toLowerCase() + word.slice(1) : word);

/**
 * A term placed inside a sentence of `lang` (English lowers a leading capital).
 * @example inSentence('Policy keywords', 'en') // 'policy keywords'
 */
export const inSentence = (word: string, lang: Lang) => (lang === 'en' ? midSentence(word) : word);

/**
 * The noun for what is counted, in `lang` (plural in English unless `count` is 1): a result's own `noun`,
 * else the campaign's term, else the dictionary's.
 * @example nounWord(undefined, 'ja', 'targets') // '目標'
 * @example nounWord({ targets: { ja: '成果指標', en: 'outcome indicators', enOne: 'outcome indicator' } }, 'en', 'targets', 1) // 'outcome indicator'
 */
export function nounWord(terms: Terms | undefined, lang: Lang, key: NounKey, count?: number, own?: NounTerm): string {
	const noun = own ?? terms?.[key];
	const fallback = NOUNS[key];
	if (isJa(lang)) return noun?.ja ?? fallback.ja;
	const plural = noun?.en ?? fallback.en;
	return count === 1 ? (noun?.en ? (noun.enOne ?? noun.en) : fallback.enOne) : midSentence(plural);
}

/**
 * A count with its noun: 公約99件 / 99 pledges, or in the campaign's words (成果指標81件 / 81 outcome indicators).
 * Without an own word the dictionary's phrase is used as it always was.
 * @example countOf(undefined, 'ja', 'pledges', 99) // '公約99件'
 * @example countOf({ pledges: { ja: '政策' } }, 'ja', 'pledges', 3) // '政策3件'
 */
export function countOf(terms: Terms | undefined, lang: Lang, key: NounKey, count: number, own?: NounTerm): string {
	if (!own && !ownTerm(terms, lang, key)) return tCount(lang, NOUNS[key].key, count);
	return t(lang, 'terms.count', { count, noun: nounWord(terms, lang, key, count, own) });
}

/**
 * The campaign's word for `key` in `lang`: its own from site.yaml `terms`, else the dictionary's.
 * An override written in Japanese only keeps the dictionary's English.
 * @example term({ pillars: { ja: '政策キーワード' } }, 'ja', 'pillars') // '政策キーワード'
 * @example term({ pillars: { ja: '政策キーワード' } }, 'en', 'pillars') // 'Policy pillars'
 */
export function term(terms: Terms | undefined, lang: Lang, key: TermKey): string {
	return ownTerm(terms, lang, key) ?? t(lang, TERM_KEYS[key]);
}

/**
 * Text of a `{ ja, en?, easy? }` field in `lang`; English and easy Japanese fall back to Japanese.
 * @example text({ ja: '達成' }, 'en') // '達成'
 * @example text({ ja: '達成', easy: 'できた' }, 'easy') // 'できた'
 */
export const text = (value: { ja: string; en?: string; easy?: string }, lang: Lang) => (lang === 'en' ? (value.en ?? value.ja) : lang === 'easy' ? (value.easy ?? value.ja) : value.ja);

/**
 * A rendered body in `lang`: its English or easy part, else its Japanese (undefined when it has no text
 * in `lang` and no Japanese, as before for English).
 * @example bodyIn({ ja: '<p>あ</p>' }, 'easy') // '<p>あ</p>'
 */
export const bodyIn = (body: { ja: string; en?: string; easy?: string }, lang: Lang): string | undefined => (lang === 'easy' ? (body.easy || body.ja) : body[lang]);

/**
 * Whether any `{ ja, en?, easy? }` text inside `value` lacks its English (or, for `easy`, its easy
 * Japanese) version: the page then says that part is shown in Japanese.
 * @example hasUntranslated({ title: { ja: '絆' } }) // true
 * @example hasUntranslated({ title: { ja: '絆', en: 'Bonds' } }, 'easy') // true
 */
export function hasUntranslated(value: unknown, lang: Exclude<Lang, 'ja'> = 'en'): boolean {
	if (Array.isArray(value)) return value.some((item) => hasUntranslated(item, lang));
	if (!value || typeof value !== 'object') return false;
	const record = value as Record<string, unknown>;
	if (typeof record['ja'] === 'string') return !!record['ja'] && !record[lang];
	return Object.values(record).some((item) => hasUntranslated(item, lang));
}

/**
 * Text in the quotation marks of `lang`.
 * @example quoted('しせいを正す', 'ja') // '「しせいを正す」'
 */
export const quoted = (value: string, lang: Lang) => (isJa(lang) ? `「${value}」` : `“${value}”`);

/**
 * What goes between a title and the quotation after it: nothing in Japanese (「 opens the quote), a space in English.
 * @example `${'後援会報'}${quoteGap('ja')}「…」` // '後援会報「…」'
 */
export const quoteGap = (lang: Lang) => (isJa(lang) ? '' : ' ');

/**
 * Text in the brackets of `lang`: full-width without spaces in Japanese.
 * @example bracketed('公約5件', 'ja') // '（公約5件）'
 */
export const bracketed = (value: string, lang: Lang) => (isJa(lang) ? `（${value}）` : `(${value})`);

/** Where astro.config.mjs leaves the base path for the pages (same process, separate module instances). */
export const BASE_KEY = Symbol.for('koyaku.base');

/**
 * The base path the site is served under, with slashes at both ends: `/` at a domain root, `/komoro/` on a
 * GitHub Pages project site. astro.config.mjs sets it (from site.yaml's url or KOYAKU_BASE); plain Node
 * (check, tests) sees `/`. Not import.meta.env.BASE_URL: at prerender time that reads process.env, where a
 * parent process (vitest) may have put its own BASE_URL.
 */
export const BASE: string = (globalThis as { [BASE_KEY]?: string })[BASE_KEY] ?? '/';

/**
 * URL of a file of the site (favicon, feed, data download), under the base path.
 * @example siteUrl('data/metrics.csv') // '/data/metrics.csv'
 */
export const siteUrl = (path = '') => `${BASE}${path.replace(/^\/+/, '')}`;

/**
 * URL of a page in `lang`, under the base path: the root language (site.yaml `rootLocale`, default
 * Japanese) at the root, any other under /<lang>/.
 * @example localeUrl('en', 'metrics/') // '/en/metrics/'
 */
export const localeUrl = (lang: Lang, path = '', setup = siteLocales()) => siteUrl(`${lang === setup.root ? '' : `${lang}/`}${path.replace(/^\/+/, '')}`);

/**
 * The path of the same page with the base path and language prefix removed.
 * @example pagePath('/en/metrics/') // 'metrics/'
 */
export function pagePath(pathname: string, setup = siteLocales()): string {
	const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\/+/, '');
	const prefix = setup.locales.find((lang) => lang !== setup.root && (path === lang || path.startsWith(`${lang}/`)));
	return prefix ? path.slice(prefix.length).replace(/^\//, '') : path;
}

/**
 * The site's other languages than `lang`, for the language switch and alternates (none on a one-language site).
 * @example otherLocales('ja') // ['en']
 */
export const otherLocales = (lang: Lang, setup = siteLocales()): Lang[] => setup.locales.filter((l) => l !== lang);
