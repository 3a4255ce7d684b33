/**
 * The built /metrics/ and /en/metrics/ pages: one figure per metric of the model, each with a chart canvas,
 * a data table of every point, a summary sentence with the latest figure, and a source line; English
 * without untranslated UI text; and the client JavaScript within its byte budget.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { ChartSpec } from '../../src/lib/chart-config.ts';
import { decimalsOf, formatChange, formatNumber, formatPeriod, formatRank, formatValue, type Lang } from '../../src/lib/format.ts';
import ja from '../../src/i18n/ja.ts';
import { loadContent } from '../../src/model/load.ts';
import type { MetricEntry, Model } from '../../src/model/model.ts';
import { readPage } from '../helpers/build.ts';
import { attr, elements, openingTags, textOf, withoutLang } from '../helpers/html.ts';
import { builtSite } from '../helpers/site.ts';
import { pageWeight, sum } from '../helpers/weight.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Gzipped bytes of all JavaScript the metrics page loads. Measured 57,051 B (Nov 2025): chart.js core with the
 * bar controller, category and linear scales, tooltip and title is ~53 KB of it; our chart code, format.ts and
 * period.ts ~4 KB. 68,000 B leaves ~19% headroom for new chart kinds; crossing it means something heavy was
 * pulled into the client (zod, the model, chart.js/auto, a plugin): find it rather than raise the budget.
 */
export const JS_BUDGET = 68_000;

const PAGES: Record<Lang, string> = { ja: '/metrics/', en: '/en/metrics/' };
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
	test('every figure has a canvas with role img, an accessible name and a chart spec for it', () => {
		const bad = model.metrics.filter((metric) => {
			const canvas = openingTags(figureOf(lang, metric.id) ?? '', 'canvas');
			if (canvas.length !== 1) return true;
			const spec = JSON.parse(attr(canvas[0]!, 'data-spec') ?? 'null') as ChartSpec | null;
			return attr(canvas[0]!, 'role') !== 'img' || !attr(canvas[0]!, 'aria-label') || spec?.id !== metric.id;
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
	test('every table is visible without JavaScript (not hidden in the HTML)', () => {
		expect(figures(lang).filter((f) => attr(elements(f, 'table')[0] ?? '', 'hidden') !== undefined)).toEqual([]);
	});
	test('every table toggle names the table it controls and starts hidden (only JavaScript shows it)', () => {
		const bad = figures(lang).filter((f) => {
			const button = openingTags(f, 'button')[0] ?? '';
			return attr(button, 'aria-controls') !== `${attr(f, 'id')}-table` || attr(button, 'hidden') === undefined || !attr(button, 'aria-expanded');
		});
		expect(bad.length).toBe(0);
	});
	test('every summary sentence contains the latest figure, and is the chart’s accessible name', () => {
		const bad = model.metrics.filter((metric) => {
			const figure = figureOf(lang, metric.id) ?? '';
			const summary = textOf(elements(figure, 'p', /class="metric-summary"/)[0] ?? '');
			return !summary.includes(latestFigure(metric, lang)) || attr(openingTags(figure, 'canvas')[0] ?? '', 'aria-label') !== summary;
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
		expect(Object.values(ja).filter((ui) => ui.length > 1 && visible.includes(ui))).toEqual([]);
	});
	test('has no Japanese outside lang="ja" elements, except words quoted in English content', () => {
		// English content sometimes quotes the Japanese it explains (“23 億” …); any other Japanese is untranslated.
		const english = englishTexts(model).join('\n');
		const visible = textOf(withoutLang(elements(html.en!, 'body')[0] ?? '', 'ja'));
		const runs = visible.match(new RegExp(`${JAPANESE.source}+`, 'g')) ?? [];
		expect(runs.filter((run) => !english.includes(run))).toEqual([]);
	});
	test('has no Japanese in accessible names', () => {
		const labels = [...html.en!.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]!);
		expect(labels.filter((label) => JAPANESE.test(label))).toEqual([]);
	});
	test('chart specs carry English words', () => {
		const specs = openingTags(html.en!, 'canvas').map((c) => JSON.parse(attr(c, 'data-spec')!) as ChartSpec);
		expect(specs.filter((s) => JAPANESE.test(JSON.stringify(s.words)))).toEqual([]);
	});
});

describe('client JavaScript', () => {
	test.each(['ja', 'en'] as const)('%s: within the byte budget (gzip)', (lang) => {
		const js = pageWeight(dir, PAGES[lang]).js;
		expect(sum(js)).toBeLessThanOrEqual(JS_BUDGET);
	});
	test('both languages share the same bundle', () => {
		expect(pageWeight(dir, PAGES.en).js.map((a) => a.path)).toEqual(pageWeight(dir, PAGES.ja).js.map((a) => a.path));
	});
	test('the bundle holds no zod, content model or UI dictionary', () => {
		const code = pageWeight(dir, PAGES.ja).js.map((a) => readFileSync(join(dir, a.path), 'utf8')).join('\n');
		expect(['ZodError', '$ZodType', 'readdirSync', 'site.skipToContent', 'metric.summary', 'chart.js/auto'].filter((s) => code.includes(s))).toEqual([]);
	});
	test('is loaded as one module script', () => {
		expect(openingTags(html.ja!, 'script').filter((tag) => attr(tag, 'src')).map((tag) => attr(tag, 'type'))).toEqual(['module']);
	});
});
