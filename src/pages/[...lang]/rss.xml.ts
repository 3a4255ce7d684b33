import { newestFirst } from '../../lib/doc-date.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { bodyIn, isJa, localeUrl, t, text, withTerm } from '../../i18n/index.ts';
import { changesOf } from '../../lib/history.ts';
import { describe } from '../../lib/page-meta.ts';
import { langOf, langPathsIf } from '../../lib/routes.ts';
import { getModel } from '../../model/load.ts';
import { LOCALE_TAGS } from '../../schemas/locales.ts';

export const getStaticPaths = langPathsIf('reports');

/** The newsletter issues (後援会報) and the pledges' rating changes as an RSS feed, one per language, newest first. */
export const GET: APIRoute = ({ params, site }) => {
	const lang = langOf(params['lang']);
	const model = getModel();
	const siteName = text(model.site.siteName ?? model.site.organisation, lang);
	const origin = site ?? new URL(model.site.url);
	const reports = [...model.reports].sort(newestFirst);
	// A change of a pledge's level (not a first rating: today's one-rating content would flood the feed), with its reason.
	const ratingChanges = model.hasScale
		? model.policies.flatMap((policy) =>
				changesOf(policy)
					.filter((c) => c.from !== undefined && c.entry.asOf)
					.map(({ entry, from }) => {
						const url = new URL(`${localeUrl(lang, `policies/${policy.id}/`)}#history`, origin).href;
						const who = model.namedEvaluators ? `${text(model.evaluators.find((e) => e.id === entry.evaluator)!.name, lang)}${isJa(lang) ? '：' : ': '}` : '';
						return {
							title: t(lang, 'feed.ratingChange', { pledge: text(policy.title, lang), from: text(model.levelById(from!).label, lang), to: text(model.levelById(entry.level).label, lang) }),
							link: url,
							customData: `<guid isPermaLink="false">${url}-${entry.evaluator}-${entry.asOf}</guid>`,
							pubDate: new Date(`${entry.asOf}T00:00:00+09:00`),
							description: `${who}${entry.reason ? text(entry.reason, lang) : ''}`,
						};
					}),
			)
		: [];
	return rss({
		title: withTerm(model.site.terms, lang, 'feed.title', 'reports', 'feed.titleTerm', { site: siteName }),
		description: withTerm(model.site.terms, lang, 'reports.intro', 'reports', 'reports.introTerm'),
		site: new URL(localeUrl(lang), origin).href,
		// The edition's language tag (ja-x-easy for やさしい日本語), as its pages' <html lang>: `easy` is no language code.
		customData: `<language>${LOCALE_TAGS[lang]}</language>`,
		items: [...reports.map((report) => ({
			title: text(report.title, lang),
			link: new URL(localeUrl(lang, `reports/${report.id}/`), origin).href,
			// The first day the issue's printed date covers (a month-only date is its 1st).
			// (An issue that prints no date has no pubDate: none is invented.)
			...(report.date ? { pubDate: new Date(`${report.date.start}T00:00:00+09:00`) } : {}),
			description: describe(report.subtitle && text(report.subtitle, lang), bodyIn(report.body, lang) ?? report.body.ja),
			...(report.author ? { author: `${model.site.imprint.email} (${text(report.author, lang)})` } : {}),
		})), ...ratingChanges].sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0)),
	});
};
