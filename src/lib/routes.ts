import type { Lang } from '../i18n/index.ts';

/** Static paths for a page that exists in both languages: Japanese at the root, English under /en/. */
export const langPaths = () => [{ params: { lang: undefined } }, { params: { lang: 'en' } }];

/**
 * The page language from the `[...lang]` route parameter.
 * @example langOf('en') // 'en'
 */
export const langOf = (param: string | undefined): Lang => (param === 'en' ? 'en' : 'ja');
