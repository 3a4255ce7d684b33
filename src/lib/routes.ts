import type { Lang } from '../i18n/index.ts';

/** Static paths for a page that exists in both languages: Japanese at the root, English under /en/. */
export const langPaths = () => [{ params: { lang: undefined } }, { params: { lang: 'en' } }];

/**
 * Static paths for one page per id in both languages (`/policies/<id>/` and `/en/policies/<id>/`).
 * @example langIdPaths(['a']) // [{ params: { lang: undefined, id: 'a' } }, { params: { lang: 'en', id: 'a' } }]
 */
export const langIdPaths = (ids: readonly string[]) =>
	ids.flatMap((id) => langPaths().map(({ params }) => ({ params: { ...params, id } })));

/**
 * The page language from the `[...lang]` route parameter.
 * @example langOf('en') // 'en'
 */
export const langOf = (param: string | undefined): Lang => (param === 'en' ? 'en' : 'ja');
