/**
 * The ids the pages give their own parts (sections, the skip link's target, search boxes). A metric's or an
 * achievement's id marks its card on the same pages (`/pillars/x/#furusato-citizens`), so content may not
 * use these: the link would land on whichever element comes first (src/model/rules.ts `anchorsUnique`).
 * tests/unit/page-ids.test.ts fails when a page gains a fixed id that is not listed here.
 * @example PAGE_IDS.has('figures') // true
 */
export const PAGE_IDS: ReadonlySet<string> = new Set([
	'main',
	'hero-name',
	'headlines',
	'current',
	'reports',
	'rating',
	'points',
	'pledges',
	'achievements',
	'figures',
	'other-pillars',
	'progress',
	'stances',
	'priorities',
	'pillars',
	'other-pledges',
	'principles',
	'more',
	'featured-pledges',
	'featured-figures',
	'report-results',
	'downloads',
	'downloads-title',
	'site-search-q',
	'search-page-q',
	'share-heading',
	'evaluations',
	'history',
	'roadmap',
	'tally-as-of',
	'pledge-fields',
	'evaluators',
	'a11y-policy',
	'a11y-method',
	'a11y-results',
	'a11y-pages',
]);
