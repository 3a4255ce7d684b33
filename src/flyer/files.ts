/** Where the flyer lives in the built site: tiny and import-free, so pages can link to it. */
import type { Lang } from '../i18n/index.ts';
import { siteLocales } from '../i18n/locales.ts';

/**
 * The file name of a language's flyer in the site root: `flyer-ja.pdf` (A4, for home printers; the site
 * links to it) or, with bleed, `flyer-ja-bleed.pdf` (216 × 303 mm for a print shop).
 * @example flyerFile('en') // 'flyer-en.pdf'
 */
export const flyerFile = (lang: Lang, bleed = false) => `flyer-${lang}${bleed ? '-bleed' : ''}.pdf`;

/**
 * The print route of a language, a site path (the PDF's source; removed from the site after printing):
 * under the language's prefix, none for the root language.
 * @example printPath('en') // '/en/print/flyer/'
 */
export const printPath = (lang: Lang, setup = siteLocales()) => (lang === setup.root ? '/print/flyer/' : `/${lang}/print/flyer/`);
