/**
 * The built /metrics/ and /en/metrics/ pages: one figure per metric of the model, each with its chart as
 * inline SVG, a data table of every point, a summary sentence with the latest figure, and a source line;
 * English without untranslated UI text; and no client JavaScript (tests/build/charts.test.ts has the rest).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { decimalsOf, formatChange, formatNumber, formatPeriod, formatRank, formatValue, type Lang } from '../../src/lib/format.ts';
import ja from '../../src/i18n/ja.ts';
import { loadContent } from '../../src/model/load.ts';
import type { MetricEntry, Model } from '../../src/model/model.ts';
import { readPage } from '../helpers/build.ts';
import { attr, elements, openingTags, textOf, withoutLang } from '../helpers/html.ts';
import { editionsOf } from '../helpers/editions.ts';
import { builtSite } from '../helpers/site.ts';
import { pageWeight } from '../helpers/weight.ts';

const PAGES: Record<'ja' | 'en', string> = { ja: '/metrics/', en: '/en/metrics/' };
/** Hiragana, katakana, CJK ideographs, full-width forms and CJK punctuation. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

let dir: string;
let model: Model;
const html: Partial<Record<Lang, string>> = {};

beforeAll(() => {
	dir = builtSite();
	const loaded = loadContent();
	if (!loaded.model) throw new Error(`content/ has problems: ${loaded.problems.map((p) => p.message).join('; ')}`);
	model = loaded.model;
	for (const lang of ['ja', 'en'] as const) html[lang] = readPage(dir, PAGES[lang]);
});

/** Every English text in the content (values of `en` in `{ ja, en }` fields). */
function englishTexts(value: unknown, out: string[] = []): string[] {
	if (Array.isArray(value)) value.forEach((item) => englishTexts(item, out));
	else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record['ja'] === 'string' && typeof record['en'] === 'string') out.push(record['en']);
		Object.values(record).forEach((child) => englishTexts(child, out));
	}
	return out;
}

/** The latest figure as the summary writes it (rank and share word it their own way). */
function latestFigure(metric: MetricEntry, lang: Lang): string {
	const latest = metric.points.at(-1)!;
	if (metric.unit === 'rank') return formatRank(latest.value, undefined, lang);
	if (latest.of !== undefined && lang === 'en') return formatNumber(latest.value, lang);
	// Japanese writes a change as a fall or rise: 3,200時間減, 12.81%減.
	if (metric.changeSince && lang === 'ja' && latest.value !== 0) {
		const abs = Math.abs(latest.value);
		const amount = metric.unit === 'percent' ? `${formatNumber(abs, lang)}%` : formatValue(abs, metric.unit, lang, metric.counter ? { counter: metric.counter } : undefined);
		return `${amount}${latest.value < 0 ? '減' : '増'}`;
	}
	// English too (issue 21): "12.81% lower", "about 3,200 fewer hours", never a signed amount; the number is unsigned.
	if (metric.changeSince && lang === 'en' && latest.value !== 0) return metric.unit === 'percent' ? `${formatNumber(Math.abs(latest.value), lang)}% ${latest.value < 0 ? 'lower' : 'higher'}` : `${formatNumber(Math.abs(latest.value), lang)} ${latest.value < 0 ? 'fewer' : 'more'}`;
	if (metric.changeSince && metric.unit === 'percent') return formatChange(latest.value, lang, decimalsOf(latest.value));
	return formatValue(latest.value, metric.unit, lang, metric.counter ? { counter: metric.counter } : undefined);
}

const figures = (lang: Lang) => elements(html[lang]!, 'figure', /class="metric-card"/);
const figureOf = (lang: Lang, id: string) => figures(lang).find((f) => attr(f, 'id') === id);

describe.each(['ja', 'en'] as const)('%s metrics page', (lang) => {
	test('has one figure per metric of the model', () => {
		expect(figures(lang).length).toBe(loadContent().counts.metrics);
	});
	test('the figures are the model’s metrics, each once, linkable by id', () => {
		expect(figures(lang).map((f) => attr(f, 'id')).sort()).toEqual(model.metrics.map((m) => m.id).sort());
	});
	test('every figure has one inline SVG chart with role img and an accessible name, drawn with bars', () => {
		const bad = model.metrics.filter((metric) => {
			const svg = elements(figureOf(lang, metric.id) ?? '', 'svg');
			if (svg.length !== 1) return true;
			return attr(svg[0]!, 'role') !== 'img' || !attr(svg[0]!, 'aria-label') || !/viewBox="0 0 \d+ \d+"/.test(svg[0]!) || !/fill="#0072B2"/i.test(svg[0]!);
		});
		expect(bad.map((m) => m.id)).toEqual([]);
	});
	test('every figure has a table with a row per point, periods as row headers', () => {
		const bad = model.metrics.filter((metric) => {
			const table = elements(figureOf(lang, metric.id) ?? '', 'table')[0] ?? '';
			const rowHeads = elements(elements(table, 'tbody')[0] ?? '', 'th', /scope="row"/).map(textOf);
			// Japanese tables add the era to years and fiscal years: 2016年度（平成28年度）; the source's own words
			// (平成31年, 就任前) come first, with the year beside them; an undated point says so.
			const expected = metric.points.map((p) => {
				const words = p.when && (lang === 'en' ? (p.when.en ?? p.when.ja) : p.when.ja);
				if (!p.period) return words ?? (lang === 'ja' ? '時期の記載なし' : 'date not given');
				if (words) return lang === 'ja' ? `${words}（${formatPeriod(p.period, lang)}）` : words;
				return lang === 'ja' && (p.period.kind === 'fiscal-year' || p.period.kind === 'year')
					? `${formatPeriod(p.period, lang)}（${formatPeriod(p.period, lang, { era: true })}）`
					: formatPeriod(p.period, lang);
			});
			return !/<caption>/.test(table) || rowHeads.join('|') !== expected.join('|');
		});
		expect(bad.map((m) => m.id)).toEqual([]);
	});
	test('every table is in the HTML, in a <details> that opens without JavaScript (never hidden)', () => {
		const bad = figures(lang).filter((f) => {
			const details = elements(f, 'details', /class="metric-data"/)[0] ?? '';
			const table = elements(details, 'table')[0] ?? '';
			return !table || attr(table, 'hidden') !== undefined || elements(details, 'summary').length !== 1;
		});
		expect(bad).toEqual([]);
	});
	test('every summary sentence contains the latest figure, and is the chart’s accessible name', () => {
		const bad = model.metrics.filter((metric) => {
			const figure = figureOf(lang, metric.id) ?? '';
			const summary = textOf(elements(figure, 'p', /class="metric-summary"/)[0] ?? '');
			return !summary.includes(latestFigure(metric, lang)) || attr(openingTags(figure, 'svg')[0] ?? '', 'aria-label') !== summary;
		});
		expect(bad.map((m) => m.id)).toEqual([]);
	});
	test('every figure has a source line naming the document', () => {
		const bad = model.metrics.filter((metric) => {
			const line = textOf(elements(figureOf(lang, metric.id) ?? '', 'p', /class="metric-source"/)[0] ?? '');
			const doc = model.sources.find((s) => s.id === metric.source.source)!;
			const title = lang === 'en' ? (doc.title.en ?? doc.title.ja) : doc.title.ja;
			return !line.startsWith(lang === 'ja' ? '出典：' : 'Source: ') || !line.includes(title);
		});
		expect(bad.map((m) => m.id)).toEqual([]);
	});
	test('every figure caption has the label and a headline number', () => {
		const bad = figures(lang).filter((f) => !/class="metric-label"/.test(f) || !textOf(elements(f, 'span', /class="metric-value"/)[0] ?? ''));
		expect(bad.length).toBe(0);
	});
	test('has the intro text', () => {
		expect(html[lang]).toContain(lang === 'ja' ? 'すべての数値は公表資料の記載に基づき' : 'Every figure is taken from published material');
	});
});

describe('English metrics page', () => {
	test('shows no Japanese UI string', () => {
		const visible = textOf(withoutLang(elements(html.en!, 'body')[0] ?? '', 'ja'));
		// site.switchTo is the word "English" itself (the Japanese pages' link to this language), not Japanese.
		expect(Object.entries(ja).filter(([key, ui]) => key !== 'site.switchTo' && ui.length > 1 && visible.includes(ui))).toEqual([]);
	});
	test('has no Japanese outside Japanese-tagged elements (lang="ja" or ja-*), except words quoted in English content', () => {
		// English content sometimes quotes the Japanese it explains (“23 億” …); any other Japanese is untranslated.
		// The language switch names each edition in its own language: 日本語 under lang="ja", やさしいにほんご under
		// lang="ja-x-easy" (the easy edition's tag, a Japanese one). Any Japanese tag, nothing else, may hold Japanese.
		const english = englishTexts(model).join('\n');
		const visible = textOf(withoutLang(elements(html.en!, 'body')[0] ?? '', 'ja(?:-[A-Za-z0-9]+)*'));
		const runs = visible.match(new RegExp(`${JAPANESE.source}+`, 'g')) ?? [];
		expect(runs.filter((run) => !english.includes(run))).toEqual([]);
	});
	test('has no Japanese in accessible names', () => {
		const labels = [...html.en!.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]!);
		expect(labels.filter((label) => JAPANESE.test(label))).toEqual([]);
	});
	test('charts carry English words only', () => {
		const words = elements(html.en!, 'svg').flatMap((svg) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!));
		expect(words.length).toBeGreaterThan(model.metrics.length);
		expect(words.filter((w) => JAPANESE.test(w))).toEqual([]);
	});
});

describe('client JavaScript', () => {
	test('none at all, in every edition (charts are drawn at build time)', () => {
		const editions = editionsOf(model);
		expect(editions.map((e) => e.lang)).toEqual(model.site.locales);
		for (const { prefix, lang } of editions) {
			const path = `${prefix}metrics/`;
			expect(pageWeight(dir, path).js, lang).toEqual([]);
			expect(openingTags(readPage(dir, path), 'script'), lang).toEqual([]);
		}
	});
});
