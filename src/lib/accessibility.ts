/**
 * The accessibility page's measured part (ウェブアクセシビリティ方針と試験結果, JIS X 8341-3:2016 in the form of
 * the WAIC guidelines): which pages are tested, what a test run found, and the results section and the
 * conformance sentence, both derived from that run — never typed by hand.
 *
 * The page (src/pages/[...lang]/accessibility.astro) is built with {@link resultsHtml} of "not tested"; the
 * build's `accessibility` step (scripts/steps/accessibility.ts) then runs axe-core in Chromium over one
 * page of every type in every edition and replaces exactly that markup with the results. A build without
 * the step (no browser, `--skip accessibility`) publishes the page saying no test was run.
 */
import { BASE_KEY, isJa, siteLocales, t, type Lang, type UiKey } from '../i18n/index.ts';
import type { Model } from '../model/model.ts';
import { formatPeriod } from './format.ts';
import { parsePeriod, type Period } from '../schemas/period-key.ts';
import { pageTypes } from './routes.ts';

/**
 * axe-core's rule tags run: WCAG 2.0 A and AA (JIS X 8341-3:2016 is identical to WCAG 2.0) and WCAG 2.1's
 * additions at A and AA.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** Every kind of page the site has; tests/build/accessibility-page.test.ts fails when a route is missing here. */
export const PAGE_TYPES = ['home', 'manifesto', 'pillar', 'pledge', 'metrics', 'figure', 'reports', 'report', 'ratings', 'search', 'notFound', 'accessibility'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** One rule axe-core found broken on a page. */
export interface A11yViolation {
	/** axe-core's rule id, e.g. `color-contrast`. */
	rule: string;
	/** axe-core's impact: `critical`, `serious`, `moderate` or `minor`. */
	impact: string;
	/** What the rule asks, in each language of the site that axe-core has words for (else English). */
	help: Partial<Record<Lang, string>> & { en: string };
	/** axe-core's page about the rule. */
	helpUrl: string;
	/** How many elements break it. */
	nodes: number;
	/** CSS selectors of the first few of them. */
	targets: string[];
}

/** One tested page. */
export interface A11yPageResult {
	type: PageType;
	/** The edition (the page's language). */
	lang: Lang;
	/** URL under the base path, without it, e.g. `/en/pillars/kosodate/`. */
	url: string;
	violations: A11yViolation[];
	/** Checks axe-core could not decide by machine (a person has to look). */
	incomplete: number;
	/** The rules of those checks, e.g. `color-contrast` where text lies on an image. */
	incompleteRules: string[];
	/** Checks passed. */
	passes: number;
}

/** What a build's test run found. */
export interface A11yReport {
	tested: true;
	/** Day of the test (Japan time), YYYY-MM-DD. */
	date: string;
	tool: { name: 'axe-core'; version: string };
	/** The browser, e.g. `Chromium 143.0.7499.169`. */
	browser: string;
	tags: readonly string[];
	/** Viewport the pages were tested at (a phone). */
	viewport: { width: number; height: number };
	pages: A11yPageResult[];
}

/** No test run in this build. */
export interface A11yUntested {
	tested: false;
	/** `not-run`: the build's test step did not run (skipped, or a build without it); `no-browser`: no browser was found. */
	reason: 'not-run' | 'no-browser';
}

export type A11yState = A11yReport | A11yUntested;

/** The viewport pages are tested at: a common phone, as most voters read the site. */
export const A11Y_VIEWPORT = { width: 390, height: 844 } as const;

/**
 * The page of each type that is tested, site-relative without the language prefix (the 404 page only in
 * the root language: it is one page for every language). Types the content does not have are left out.
 * @example testedPages(model)[0] // { type: 'home', path: '' }
 */
export function testedPages(model: Pick<Model, 'metrics' | 'reports' | 'hasScale' | 'ratings' | 'manifestos' | 'results' | 'pillars' | 'policies'>): { type: PageType; path: string; rootOnly?: boolean }[] {
	const has = pageTypes(model);
	// The pledge page with the most on it: a figure (chart) and a rating with its reason.
	const pledge =
		model.policies.find((p) => p.rating?.reason && model.metrics.some((m) => m.owner.id === p.id)) ?? model.policies.find((p) => model.metrics.some((m) => m.owner.id === p.id)) ?? model.policies[0];
	const pages: { type: PageType; path: string; rootOnly?: boolean }[] = [{ type: 'home', path: '' }];
	if (model.manifestos[0]) pages.push({ type: 'manifesto', path: `manifestos/${model.manifestos[0].id}/` });
	if (model.pillars[0]) pages.push({ type: 'pillar', path: `pillars/${model.pillars[0].id}/` });
	if (pledge) pages.push({ type: 'pledge', path: `policies/${pledge.id}/` });
	if (has.metrics) pages.push({ type: 'metrics', path: 'metrics/' }, { type: 'figure', path: `metrics/${model.metrics[0]!.id}/` });
	if (has.reports) pages.push({ type: 'reports', path: 'reports/' }, { type: 'report', path: `reports/${model.reports[0]!.id}/` });
	if (has.ratings) pages.push({ type: 'ratings', path: 'ratings/' });
	pages.push({ type: 'search', path: 'search/' }, { type: 'notFound', path: '404.html', rootOnly: true }, { type: 'accessibility', path: ACCESSIBILITY_PATH });
	return pages;
}

/** The accessibility page, site-relative without the language prefix. */
export const ACCESSIBILITY_PATH = 'accessibility/';
/** The test results as open data, site-relative. */
export const ACCESSIBILITY_JSON = 'data/accessibility.json';

/**
 * Every tested page's URL (without the base path) in every edition of the site, in test order (the
 * accessibility page last).
 */
export function testedUrls(model: Parameters<typeof testedPages>[0]): { type: PageType; lang: Lang; url: string }[] {
	const { locales, root } = siteLocales();
	return testedPages(model).flatMap(({ type, path, rootOnly }) => (rootOnly ? [root] : locales).map((lang) => ({ type, lang, url: `/${lang === root ? '' : `${lang}/`}${path}` })));
}

/**
 * The base path, read when called: the build script's own copy of src/i18n/index.ts was loaded before
 * astro.config.mjs set it, and the results are rendered there as well as in the pages.
 */
const base = () => (globalThis as { [BASE_KEY]?: string })[BASE_KEY] ?? '/';
const under = (url: string) => `${base()}${url.replace(/^\/+/, '')}`;

const TYPE_KEYS: Record<PageType, UiKey> = {
	home: 'accessibility.type.home',
	manifesto: 'accessibility.type.manifesto',
	pillar: 'accessibility.type.pillar',
	pledge: 'accessibility.type.pledge',
	metrics: 'accessibility.type.metrics',
	figure: 'accessibility.type.figure',
	reports: 'accessibility.type.reports',
	report: 'accessibility.type.report',
	ratings: 'accessibility.type.ratings',
	search: 'accessibility.type.search',
	notFound: 'accessibility.type.notFound',
	accessibility: 'accessibility.type.accessibility',
};
const IMPACT_KEYS: Record<string, UiKey> = {
	critical: 'accessibility.impact.critical',
	serious: 'accessibility.impact.serious',
	moderate: 'accessibility.impact.moderate',
	minor: 'accessibility.impact.minor',
};
const LANG_KEYS: Record<Lang, UiKey> = { ja: 'accessibility.edition.ja', en: 'accessibility.edition.en', easy: 'accessibility.edition.easy' };

/** Every violation of the run, one entry per rule, with the pages it was found on. */
export function violationsByRule(report: A11yReport): { rule: string; impact: string; help: A11yViolation['help']; helpUrl: string; pages: A11yPageResult[]; nodes: number }[] {
	const rules = new Map<string, { rule: string; impact: string; help: A11yViolation['help']; helpUrl: string; pages: A11yPageResult[]; nodes: number }>();
	for (const page of report.pages)
		for (const v of page.violations) {
			const entry = rules.get(v.rule) ?? { rule: v.rule, impact: v.impact, help: v.help, helpUrl: v.helpUrl, pages: [], nodes: 0 };
			entry.pages.push(page);
			entry.nodes += v.nodes;
			rules.set(v.rule, entry);
		}
	return [...rules.values()];
}

const RULE_MARK = '\u0000rule\u0000';
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const dateText = (date: string, lang: Lang) => formatPeriod(parsePeriod(date) as Period, lang);

/**
 * The results section's conformance sentence. An automated test covers only part of the success criteria
 * and decides none of them alone, so it can never support 「準拠」 or 「一部準拠」 (both need every
 * criterion of the level tested, WAIC 試験結果表示ガイドライン): with a run, 「配慮」 and what the run found;
 * without one, no claim at all.
 */
export function conformanceText(state: A11yState, lang: Lang): string {
	if (!state.tested) return t(lang, state.reason === 'no-browser' ? 'accessibility.untested.noBrowser' : 'accessibility.untested.notRun');
	const failing = violationsByRule(state);
	if (!failing.length) return t(lang, 'accessibility.conformance.clean', { pages: state.pages.length });
	const types = [...new Set(failing.flatMap((v) => v.pages.map((p) => t(lang, TYPE_KEYS[p.type]))))];
	return t(lang, 'accessibility.conformance.failing', { rules: failing.length, types: types.join(t(lang, 'accessibility.listSep')) });
}

/**
 * The results section as HTML (the same function for the built page's "not tested" state and for the test
 * step's results, so the step can find and replace it exactly). No newlines: Astro's output keeps it as is.
 * @example resultsHtml({ tested: false, reason: 'not-run' }, 'ja') // '<section class="card a11y-results" …>…</section>'
 */
export function resultsHtml(state: A11yState, lang: Lang): string {
	const h = (key: UiKey, vars?: Record<string, string | number>) => escapeHtml(t(lang, key, vars));
	const out: string[] = [`<section class="card a11y-results" aria-labelledby="a11y-results" data-a11y-results="${state.tested ? 'tested' : 'untested'}">`];
	out.push(`<h2 id="a11y-results">${h('accessibility.results.title')}</h2>`);
	out.push(`<p class="a11y-conformance" data-a11y-conformance>${escapeHtml(conformanceText(state, lang))}</p>`);
	if (state.tested) {
		out.push('<dl class="a11y-run">');
		out.push(`<dt>${h('accessibility.results.date')}</dt><dd><time datetime="${state.date}">${escapeHtml(dateText(state.date, lang))}</time></dd>`);
		out.push(`<dt>${h('accessibility.results.tool')}</dt><dd>${escapeHtml(`${state.tool.name} ${state.tool.version}`)}</dd>`);
		out.push(`<dt>${h('accessibility.results.browser')}</dt><dd>${escapeHtml(state.browser)}</dd>`);
		out.push(`<dt>${h('accessibility.results.rules')}</dt><dd>${h('accessibility.results.rulesValue', { tags: state.tags.join(', '), width: state.viewport.width })}</dd>`);
		out.push('</dl>');
		// One row per page type, one column per edition: short enough to read on a phone.
		const editions = siteLocales().locales.filter((l) => state.pages.some((p) => p.lang === l));
		const cols = editions.map((l) => h(LANG_KEYS[l]));
		out.push(`<h3 id="a11y-pages">${h('accessibility.results.caption', { pages: state.pages.length })}</h3>`);
		out.push(`<div class="audit-scroll" role="region" aria-labelledby="a11y-pages" tabindex="0"><table class="audit-table" aria-labelledby="a11y-pages">`);
		out.push(`<thead><tr><th scope="col">${h('accessibility.results.type')}</th>${cols.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>`);
		for (const type of PAGE_TYPES) {
			const tested = state.pages.filter((p) => p.type === type);
			if (!tested.length) continue;
			const cells = editions.map((lang, i) => {
				const page = tested.find((p) => p.lang === lang);
				if (!page) return `<td data-label="${cols[i]}">${h('accessibility.results.shared')}</td>`;
				const violations = page.violations.length ? h('accessibility.results.violated', { rules: page.violations.map((v) => v.rule).join(', ') }) : h('accessibility.results.none');
				return `<td data-label="${cols[i]}" data-a11y-page="${type}-${lang}" data-violations="${page.violations.length}">${violations}${h('accessibility.results.review', { count: page.incomplete })}</td>`;
			});
			out.push(`<tr><th scope="row">${h(TYPE_KEYS[type])}</th>${cells.join('')}</tr>`);
		}
		out.push('</tbody></table></div>');
		const failing = violationsByRule(state);
		if (failing.length) {
			out.push(`<h3>${h('accessibility.results.failingTitle')}</h3><ul class="a11y-failing">`);
			for (const v of failing) {
				const impact = IMPACT_KEYS[v.impact] ? t(lang, IMPACT_KEYS[v.impact]!) : v.impact;
				const where = [...new Set(v.pages.map((p) => t(lang, 'accessibility.results.pageIn', { type: t(lang, TYPE_KEYS[p.type]), edition: t(lang, LANG_KEYS[p.lang]) })))].join(t(lang, 'accessibility.listSep'));
				// The rule's name is a link: the sentence is escaped first, then the marker becomes the link.
				const item = h('accessibility.results.failingItem', { rule: RULE_MARK, impact, help: v.help[lang] ?? (isJa(lang) ? v.help.ja : undefined) ?? v.help.en, pages: where, nodes: v.nodes });
				out.push(`<li data-a11y-rule="${escapeHtml(v.rule)}">${item.replace(RULE_MARK, `<a href="${escapeHtml(v.helpUrl)}">${escapeHtml(v.rule)}</a>`)}</li>`);
			}
			out.push('</ul>');
		}
		out.push(`<p class="muted">${h('accessibility.results.incompleteNote')}</p>`);
	}
	out.push(`<p><a href="${escapeHtml(under(ACCESSIBILITY_JSON))}">${h('accessibility.results.json')}</a></p>`);
	out.push('</section>');
	return out.join('');
}
