import { z } from 'zod';

/**
 * An edition the site can be published in: Japanese, English, or やさしい日本語 (`easy`: easy Japanese, with
 * furigana on every kanji, under /easy/).
 */
export const LocaleSchema = z.enum(['ja', 'en', 'easy']);
export type Locale = z.output<typeof LocaleSchema>;

/** The languages a site's root may be in: a full edition (the easy one shows the Japanese where no easy text is written). */
export const RootLocaleSchema = z.enum(['ja', 'en'], { message: 'トップの言語は ja か en です（やさしい日本語版 easy は /easy/ に出ます） / The root language is ja or en (the easy Japanese edition is published under /easy/)' });

/**
 * The BCP 47 tag of each edition, for `<html lang>`, `hreflang` and the sitemap. The easy edition is Japanese
 * with a private-use subtag: `ja` is the Japanese edition's in the hreflang set (two pages under one tag
 * would be ambiguous to search engines); screen readers, fonts and CSS `:lang(ja)` read `ja-x-easy` as
 * Japanese, and Pagefind gives it its own index (so its search results stay in the edition), segmented as
 * Japanese.
 */
export const LOCALE_TAGS: Record<Locale, string> = { ja: 'ja', en: 'en', easy: 'ja-x-easy' };

/** The editions with a printed flyer (the easy edition has none: the flyer is the Japanese one). */
export const printedLocales = (locales: readonly Locale[]): ('ja' | 'en')[] => locales.filter((lang): lang is 'ja' | 'en' => lang !== 'easy');

/** The default: Japanese at the root, English under /en/. */
export const DEFAULT_LOCALES: readonly Locale[] = ['ja', 'en'];

/**
 * site.yaml `locales`: the languages the site has pages in. Japanese is always one of them (the content is
 * written in Japanese first).
 */
export const LocalesSchema = z
	.array(LocaleSchema)
	.min(1, { message: '言語を1つ以上書いてください（例: [ja] または [ja, en]。やさしい日本語版も出すなら [ja, en, easy]） / Write at least one language, e.g. [ja] or [ja, en] ([ja, en, easy] with the easy Japanese edition)' })
	.superRefine((list, ctx) => {
		if (new Set(list).size !== list.length) ctx.addIssue({ code: 'custom', message: '同じ言語が2回書かれています / A language is listed twice' });
		if (!list.includes('ja'))
			ctx.addIssue({
				code: 'custom',
				message: '日本語（ja）は必ず入れてください。内容は日本語で書くためです（例: [ja] または [ja, en]） / Japanese (ja) must be one of the languages: the content is written in Japanese first (e.g. [ja] or [ja, en])',
			});
	});

/** Which languages a site has and which is at its root address: from site.yaml `locales` and `rootLocale`. */
export interface LocaleSetup {
	/** The languages with pages, as site.yaml lists them. */
	locales: readonly Locale[];
	/** The language at `/`; every other one is under `/<lang>/`. */
	root: 'ja' | 'en';
}

/**
 * The locale setup of raw (unvalidated) site.yaml data, or the default when it is missing or wrong (for
 * astro.config.mjs, which runs before or without the check; `npm run check` reports what is wrong).
 * @example localeSetupOf({ locales: ['ja'] }) // { locales: ['ja'], root: 'ja' }
 * @example localeSetupOf({ rootLocale: 'en' }) // { locales: ['ja', 'en'], root: 'en' }
 */
export function localeSetupOf(site: unknown): LocaleSetup {
	const raw = (site ?? {}) as { locales?: unknown; rootLocale?: unknown };
	const locales = raw.locales === undefined ? { success: true as const, data: [...DEFAULT_LOCALES] } : LocalesSchema.safeParse(raw.locales);
	const root = RootLocaleSchema.safeParse(raw.rootLocale ?? 'ja');
	if (!locales.success || !root.success || !locales.data.includes(root.data)) return { locales: DEFAULT_LOCALES, root: 'ja' };
	return { locales: locales.data, root: root.data };
}
