import { z } from 'zod';
import en from './en.ts';
import ja from './ja.ts';

import { siteLocales } from './locales.ts';

export type Lang = 'ja' | 'en';
/** Every language koyaku has a dictionary for; the site's own are `siteLocales().locales`. */
export const LANGS: readonly Lang[] = ['ja', 'en'];
export { siteLocales, useLocales, type LocaleSetup } from './locales.ts';
export type UiKey = keyof typeof ja;

/** Dictionaries are validated once at load: same keys, no empty strings, placeholders kept. */
const DictionarySchema = z.record(z.string().regex(/^[a-z]+(\.[a-zA-Z]+)+$/), z.string().min(1));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

function validate(): Record<Lang, Record<string, string>> {
	const dicts = { ja: DictionarySchema.parse(ja), en: DictionarySchema.parse(en) };
	for (const key of Object.keys(dicts.ja)) {
		if (!(key in dicts.en)) throw new Error(`UI string "${key}" is missing in en.ts`);
		if (placeholders(dicts.ja[key]!) !== placeholders(dicts.en[key]!)) throw new Error(`UI string "${key}" has different {placeholders} in ja and en`);
	}
	for (const key of Object.keys(dicts.en)) if (!(key in dicts.ja)) throw new Error(`UI string "${key}" is in en.ts but not ja.ts`);
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
} as const satisfies Record<string, UiKey>;
export type TermKey = keyof typeof TERM_KEYS;

/**
 * The campaign's word for `key` in `lang`: its own from site.yaml `terms`, else the dictionary's.
 * An override written in Japanese only keeps the dictionary's English.
 * @example term({ pillars: { ja: '政策キーワード' } }, 'ja', 'pillars') // '政策キーワード'
 * @example term({ pillars: { ja: '政策キーワード' } }, 'en', 'pillars') // 'Policy pillars'
 */
export function term(terms: Partial<Record<TermKey, { ja: string; en?: string }>> | undefined, lang: Lang, key: TermKey): string {
	const own = terms?.[key];
	return (lang === 'en' ? own?.en : own?.ja) ?? t(lang, TERM_KEYS[key]);
}

/**
 * Text of a `{ ja, en? }` field in `lang`; English falls back to Japanese.
 * @example text({ ja: '達成' }, 'en') // '達成'
 */
export const text = (value: { ja: string; en?: string }, lang: Lang) => (lang === 'en' ? (value.en ?? value.ja) : value.ja);

/**
 * Whether any `{ ja, en? }` text inside `value` lacks English (the English page then says so).
 * @example hasUntranslated({ title: { ja: '絆' } }) // true
 */
export function hasUntranslated(value: unknown): boolean {
	if (Array.isArray(value)) return value.some(hasUntranslated);
	if (!value || typeof value !== 'object') return false;
	const record = value as Record<string, unknown>;
	if (typeof record['ja'] === 'string') return !!record['ja'] && !record['en'];
	return Object.values(record).some(hasUntranslated);
}

/**
 * Text in the quotation marks of `lang`.
 * @example quoted('しせいを正す', 'ja') // '「しせいを正す」'
 */
export const quoted = (value: string, lang: Lang) => (lang === 'ja' ? `「${value}」` : `“${value}”`);

/**
 * What goes between a title and the quotation after it: nothing in Japanese (「 opens the quote), a space in English.
 * @example `${'後援会報'}${quoteGap('ja')}「…」` // '後援会報「…」'
 */
export const quoteGap = (lang: Lang) => (lang === 'ja' ? '' : ' ');

/**
 * Text in the brackets of `lang`: full-width without spaces in Japanese.
 * @example bracketed('公約5件', 'ja') // '（公約5件）'
 */
export const bracketed = (value: string, lang: Lang) => (lang === 'ja' ? `（${value}）` : `(${value})`);

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
