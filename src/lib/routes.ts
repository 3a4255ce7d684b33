import { siteLocales, type Lang } from '../i18n/index.ts';
import { getModel } from '../model/load.ts';
import type { Model } from '../model/model.ts';

/**
 * Static paths for a page that exists in every language of the site: the root language (site.yaml
 * `rootLocale`, default Japanese) at the root, any other under /<lang>/ (default: English under /en/).
 * @example langPaths() // [{ params: { lang: undefined } }, { params: { lang: 'en' } }]
 */
export function langPaths() {
	// Loads the content if nothing did yet (the dev server): the languages are the content's.
	getModel();
	const { locales, root } = siteLocales();
	return locales.map((lang) => ({ params: { lang: lang === root ? undefined : lang } }));
}

/**
 * Static paths for one page per id in every language (`/policies/<id>/` and `/en/policies/<id>/`).
 * @example langIdPaths(['a']) // [{ params: { lang: undefined, id: 'a' } }, { params: { lang: 'en', id: 'a' } }]
 */
export function langIdPaths(ids: readonly string[]) {
	const langs = langPaths();
	return ids.flatMap((id) => langs.map(({ params }) => ({ params: { ...params, id } })));
}

/**
 * The page language from the `[...lang]` route parameter: the root language when there is none.
 * @example langOf('en') // 'en'
 */
export const langOf = (param: string | undefined): Lang => (param === 'en' || param === 'ja' || param === 'easy' ? param : siteLocales().root);

/**
 * Static paths for the printed flyer's page, in every language that has a flyer (not the easy edition).
 * @example printPaths() // [{ params: { lang: undefined } }, { params: { lang: 'en' } }]
 */
export const printPaths = () => langPaths().filter(({ params }) => params.lang !== 'easy');

/**
 * Which optional page types the content has: no figures, no newsletter or no scale and no grade bands
 * means no such page, and no menu or footer link to an empty one.
 */
export function pageTypes(model: Pick<Model, 'metrics' | 'reports' | 'hasScale' | 'ratings' | 'manifestos' | 'results'>): { metrics: boolean; reports: boolean; ratings: boolean } {
	return {
		metrics: model.metrics.length > 0,
		reports: model.reports.length > 0,
		ratings: model.hasScale || model.ratings.grades.length > 0 || model.manifestos.some((m) => m.grades) || model.results.some((r) => r.grades),
	};
}

/** {@link langPaths} when the content has the page type, else none. */
export const langPathsIf = (type: keyof ReturnType<typeof pageTypes>) => () => (pageTypes(getModel())[type] ? langPaths() : []);
