import { newestFirst } from '../../lib/doc-date.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeUrl, text, withTerm } from '../../i18n/index.ts';
import { describe } from '../../lib/page-meta.ts';
import { langOf, langPathsIf } from '../../lib/routes.ts';
import { getModel } from '../../model/load.ts';

export const getStaticPaths = langPathsIf('reports');

/** The newsletter issues (後援会報) as an RSS feed, one per language, newest first. */
export const GET: APIRoute = ({ params, site }) => {
	const lang = langOf(params['lang']);
	const model = getModel();
	const siteName = text(model.site.siteName ?? model.site.organisation, lang);
	const origin = site ?? new URL(model.site.url);
	const reports = [...model.reports].sort(newestFirst);
	return rss({
		title: withTerm(model.site.terms, lang, 'feed.title', 'reports', 'feed.titleTerm', { site: siteName }),
		description: withTerm(model.site.terms, lang, 'reports.intro', 'reports', 'reports.introTerm'),
		site: new URL(localeUrl(lang), origin).href,
		customData: `<language>${lang}</language>`,
		items: reports.map((report) => ({
			title: text(report.title, lang),
			link: new URL(localeUrl(lang, `reports/${report.id}/`), origin).href,
			// The first day the printed date covers (a month-only date is its 1st).
			// (An issue that prints no date has no pubDate: none is invented.)
			...(report.date ? { pubDate: new Date(`${report.date.start}T00:00:00+09:00`) } : {}),
			description: describe(report.subtitle && text(report.subtitle, lang), report.body[lang] ?? report.body.ja),
			...(report.author ? { author: `${model.site.imprint.email} (${text(report.author, lang)})` } : {}),
		})),
	});
};
