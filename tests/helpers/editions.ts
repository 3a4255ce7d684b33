/**
 * For build tests: a site's editions (site.yaml `locales`: ja, en, easy …), read from the model, so a test
 * checks every edition the site has rather than a hard-coded ja/en pair.
 */
import type { Model } from '../../src/model/model.ts';
import { LOCALE_TAGS, type Locale } from '../../src/schemas/locales.ts';

export interface Edition {
	lang: Locale;
	/** Its BCP 47 tag: `<html lang>`, `hreflang` (`ja-x-easy` for the easy edition). */
	tag: string;
	/** Its URL prefix: `/` for the root language (site.yaml `rootLocale`), `/<lang>/` for the others. */
	prefix: string;
}

/** Every edition of the site, in site.yaml order. */
export const editionsOf = (model: Model): Edition[] =>
	model.site.locales.map((lang) => ({ lang, tag: LOCALE_TAGS[lang], prefix: lang === model.site.rootLocale ? '/' : `/${lang}/` }));

/** The edition a URL path (e.g. `/easy/metrics/`) belongs to: the prefixed one it starts with, else the root's. */
export const editionOf = (model: Model, path: string): Edition => {
	const editions = editionsOf(model);
	return editions.find((e) => e.prefix !== '/' && path.startsWith(e.prefix)) ?? editions.find((e) => e.prefix === '/')!;
};

/** The same page in edition `lang`: `/easy/metrics/` → `/en/metrics/`. */
export const twinIn = (model: Model, path: string, lang: Locale): string => {
	const target = editionsOf(model).find((e) => e.lang === lang)!;
	return `${target.prefix}${path.slice(editionOf(model, path).prefix.length)}`;
};
