/**
 * Charts in the built site: every metric's chart is inline SVG on every page that shows the metric, in
 * both languages, with its axis and value labels in the page's language and formatting; the data table
 * matches the series; no page ships JavaScript (the search page's optional search code aside); and the
 * pages a voter lands on fit one round trip (HTML + CSS + inline SVG ≤ 14 KB gzip).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { chartConfig, isHorizontal, toChartSpec } from '../../src/lib/chart-config.ts';
import { shareText, valueText } from '../../src/lib/figure-words.ts';
import type { Lang } from '../../src/lib/format.ts';
import { metricSummary } from '../../src/lib/metric-text.ts';
import { loadContent } from '../../src/model/load.ts';
import type { MetricEntry, Model } from '../../src/model/model.ts';
import { readPage } from '../helpers/build.ts';
import { attr, decode, elements, openingTags, textOf } from '../helpers/html.ts';
import { editionsOf } from '../helpers/editions.ts';
import { builtSite } from '../helpers/site.ts';
import { gzipSize, pageWeight, sum } from '../helpers/weight.ts';

/** One TCP round trip: the initial congestion window of 10 segments × 1,460 B is 14,600 B; 14 KB leaves room for headers. */
export const ROUND_TRIP = 14 * 1024;
/** The search page's own script, in every edition of the site: an optional enhancement (the GET form works without it), owned by the search feature. */
const scripted = () => new Set(editionsOf(model).map((e) => `${e.prefix}search/`));
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const LANGS = ['ja', 'en'] as const;

let dir: string;
let model: Model;
beforeAll(() => {
	dir = builtSite();
	const loaded = loadContent();
	if (!loaded.model) throw new Error(`content/ has problems: ${loaded.problems.map((p) => p.message).join('; ')}`);
	model = loaded.model;
});

function builtPages(): string[] {
	const found: string[] = [];
	const walk = (sub: string) => {
		for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
			if (entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'pagefind') walk(join(sub, entry.name));
			else if (entry.name === 'index.html') found.push(`/${sub ? `${sub}/` : ''}`);
		}
	};
	walk('');
	return found.sort();
}

const prefix = (lang: Lang) => (lang === 'ja' ? '/' : '/en/');
/** The pages that show a metric's figure: its owner's page (and the pillar above a policy), the metrics page, its own page. */
function pagesOf(metric: MetricEntry, lang: Lang): string[] {
	const pages = [`${prefix(lang)}metrics/`, `${prefix(lang)}metrics/${metric.id}/`];
	const { kind, id } = metric.owner;
	if (kind === 'policy') {
		pages.push(`${prefix(lang)}policies/${id}/`);
		const pillar = model.policies.find((p) => p.id === id)?.pillar;
		if (pillar) pages.push(`${prefix(lang)}pillars/${pillar}/`);
	} else pages.push(`${prefix(lang)}${kind === 'pillar' ? 'pillars' : 'manifestos'}/${id}/`);
	return pages;
}

const figureIn = (html: string, id: string) => elements(html, 'figure', new RegExp(`id="${id}"`))[0];
/** The texts of an SVG's `<text>` elements, decoded. */
const svgTexts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!));

describe.each(LANGS)('%s: every metric’s chart as SVG on its pages', (lang) => {
	test('every page that shows a metric has its chart inline, role img, named by the summary sentence', () => {
		const bad: string[] = [];
		for (const metric of model.metrics) {
			for (const page of pagesOf(metric, lang)) {
				const figure = figureIn(readPage(dir, page), metric.id);
				const svgs = figure ? openingTags(figure, 'svg') : [];
				if (svgs.length !== 1) bad.push(`${page}#${metric.id}: ${svgs.length} svg`);
				else if (attr(svgs[0]!, 'role') !== 'img' || attr(svgs[0]!, 'aria-label') !== metricSummary(metric, lang)) bad.push(`${page}#${metric.id}: role/name`);
			}
		}
		expect(bad).toEqual([]);
	});

	test('the same chart is drawn once and reused: identical SVG on the policy page and the metrics page', () => {
		const metrics = elements(readPage(dir, `${prefix(lang)}metrics/`), 'svg');
		for (const metric of model.metrics) {
			const svg = elements(figureIn(readPage(dir, pagesOf(metric, lang)[2]!), metric.id) ?? '', 'svg')[0];
			expect(metrics, metric.id).toContain(svg);
		}
	});

	test('the chart’s axis and value labels are in the SVG, as the chart configuration words them', () => {
		const html = readPage(dir, `${prefix(lang)}metrics/`);
		const missing: string[] = [];
		for (const metric of model.metrics) {
			const texts = svgTexts(elements(figureIn(html, metric.id) ?? '', 'svg')[0] ?? '');
			const spec = toChartSpec(metric, lang);
			const config = chartConfig(spec, lang);
			const axis = (config.data.labels ?? []).flat();
			const values = ((config.options?.plugins as { koyaku?: { labels: (string | null)[][] } }).koyaku?.labels[0] ?? []).filter((l): l is string => l !== null);
			// A single horizontal bar has no period axis (the caption says when).
			const shown = isHorizontal(spec.kind) && metric.points.length === 1 ? [] : axis;
			// A label too long for the phone is written on two lines (two <text>s, one after the other).
			const lines = texts.map((t, i) => [t, `${t} ${texts[i + 1] ?? ''}`]).flat();
			for (const label of [...shown, ...values]) if (!lines.includes(label)) missing.push(`${metric.id}: "${label}" not in [${texts.join(' | ')}]`);
		}
		expect(missing).toEqual([]);
	});

	test('chart text is in the page’s language and formatting', () => {
		const html = readPage(dir, `${prefix(lang)}metrics/`);
		const wrong: string[] = [];
		for (const metric of model.metrics) {
			const texts = svgTexts(elements(figureIn(html, metric.id) ?? '', 'svg')[0] ?? '');
			if (lang === 'en') for (const t of texts) if (JAPANESE.test(t)) wrong.push(`${metric.id}: Japanese "${t}"`);
			if (lang === 'ja') for (const t of texts) if (/\bFY\d|million|billion|¥/.test(t)) wrong.push(`${metric.id}: English "${t}"`);
			// Fiscal years: 2016年度 / FY2016, on the axis.
			const axis = !(isHorizontal(toChartSpec(metric, lang).kind) && metric.points.length === 1);
			for (const point of axis ? metric.points : []) {
				if (point.period?.kind !== 'fiscal-year' || point.when) continue;
				const year = point.period.key.replace('FY', '');
				if (!texts.includes(lang === 'ja' ? `${year}年度` : `FY${year}`)) wrong.push(`${metric.id}: no ${lang === 'ja' ? `${year}年度` : `FY${year}`}`);
			}
			// Yen in 万/億 (Japanese) or million/billion (English) on the value labels.
			if (metric.unit === 'yen') {
				const big = metric.points.filter((p) => p.value >= 10_000);
				const words = texts.filter((t) => (lang === 'ja' ? /^[^円]*[万億][^円]*円/ : /¥[\d.,]+ (million|billion)/).test(t));
				if (big.length > 0 && words.length === 0) wrong.push(`${metric.id}: no yen value written with ${lang === 'ja' ? '万/億' : 'million/billion'}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('the data table matches the series: a row per point, in order, with the value the chart labels', () => {
		const html = readPage(dir, `${prefix(lang)}metrics/`);
		const bad: string[] = [];
		for (const metric of model.metrics) {
			const figure = figureIn(html, metric.id) ?? '';
			const cells = elements(elements(figure, 'tbody')[0] ?? '', 'tr').map((row) => textOf(elements(row, 'td')[0] ?? ''));
			const spec = toChartSpec(metric, lang);
			const expected = spec.points.map((p) => (p.of !== undefined && metric.unit !== 'rank' ? shareText(spec, p, lang, spec.words.share) : valueText(spec, p, lang)));
			if (cells.join(' | ') !== expected.join(' | ')) bad.push(`${metric.id}: table [${cells.join(' | ')}] vs series [${expected.join(' | ')}]`);
			// …and the chart shows the latest of them.
			const texts = svgTexts(elements(figure, 'svg')[0] ?? '');
			const latest = expected.at(-1)!;
			if (!texts.join(' ').replace(/ /g, '').includes(latest.replace(/ /g, ''))) bad.push(`${metric.id}: chart lacks the latest value "${latest}"`);
		}
		expect(bad).toEqual([]);
	});

	test('the table folds into a <details> (no button, no script); its summary is worded in the page’s language', () => {
		const html = readPage(dir, `${prefix(lang)}metrics/`);
		const figures = elements(html, 'figure', /class="metric-card"/);
		expect(figures.length).toBe(model.metrics.length);
		const bad = figures.filter((f) => {
			const details = elements(f, 'details', /class="metric-data"/)[0] ?? '';
			return openingTags(f, 'button').length > 0 || elements(details, 'table').length !== 1 || textOf(elements(details, 'summary')[0] ?? '') !== (lang === 'ja' ? '数値を表で見る' : 'Figures as a table');
		});
		expect(bad.length).toBe(0);
	});
});

describe('no client JavaScript', () => {
	test('no page ships a <script> (the search page’s optional search code aside)', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(100);
		const SCRIPTED = scripted();
		expect(SCRIPTED.size).toBe(model.site.locales.length);
		expect(pages.filter((page) => !SCRIPTED.has(page) && /<script\b/i.test(readPage(dir, page)))).toEqual([]);
	});

	test('no figure carries an inline style or event handler (ready for a strict CSP)', () => {
		const bad = builtPages().flatMap((page) => elements(readPage(dir, page), 'figure', /class="metric-card"/).filter((f) => /\sstyle=|\son[a-z]+=/i.test(f)).map((f) => `${page}#${attr(f, 'id')}`));
		expect(bad).toEqual([]);
	});

	test('no chart code is built for the client', () => {
		const assets = existsSync(join(dir, '_astro')) ? readdirSync(join(dir, '_astro')) : [];
		expect(assets.filter((f) => /\.m?js$/.test(f) && /chart|MetricCard/i.test(f))).toEqual([]);
	});
});

describe('byte budgets: HTML + CSS + inline SVG, gzip', () => {
	const weigh = (page: string) => {
		const w = pageWeight(dir, page);
		return { page, bytes: w.html.gzip + sum(w.css) + sum(w.js), svgs: openingTags(readPage(dir, page), 'svg').filter((t) => /class="chart"/.test(t)).length };
	};
	const kinds = () => ({
		home: ['/', '/en/'],
		pillar: model.pillars.flatMap((p) => [`/pillars/${p.id}/`, `/en/pillars/${p.id}/`]),
		policy: model.policies.flatMap((p) => [`/policies/${p.id}/`, `/en/policies/${p.id}/`]),
	});

	test.each(['home', 'pillar', 'policy'] as const)('every %s page fits one round trip (14 KB)', (kind) => {
		const pages = kinds()[kind].map(weigh);
		const heaviest = pages.reduce((a, b) => (a.bytes >= b.bytes ? a : b));
		console.log(`${kind}: heaviest ${heaviest.page} ${heaviest.bytes.toLocaleString('en-US')} B gzip with ${heaviest.svgs} chart(s); ${pages.length} pages`);
		expect(pages.filter((p) => p.bytes > ROUND_TRIP).map((p) => `${p.page}: ${p.bytes} B`)).toEqual([]);
	});

	test('the pages with charts do carry them (the budget is not met by leaving charts out)', () => {
		const withCharts = kinds().pillar.map(weigh).filter((p) => p.svgs > 0);
		expect(withCharts.length).toBeGreaterThan(0);
	});

	test.each(['/metrics/', '/en/metrics/'])('%s states its size: every chart on one page', (page) => {
		const w = weigh(page);
		const svgs = elements(readPage(dir, page), 'svg').filter((s) => /class="chart"/.test(s));
		const svgGzip = gzipSize(svgs.join(''));
		console.log(`${page}: ${w.bytes.toLocaleString('en-US')} B gzip (HTML + CSS), ${w.svgs} charts, their SVG ${svgGzip.toLocaleString('en-US')} B gzip on their own`);
		expect(w.svgs).toBe(model.metrics.length);
		// Not held to one round trip (it grows with the campaign's figures), but to what 15 charts should cost.
		expect(w.bytes).toBeLessThanOrEqual(20_000);
	});
});
