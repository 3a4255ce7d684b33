/**
 * Build-time SVG charts (src/charts/): real drawings with chart.js on @napi-rs/canvas, checked as text
 * (the SVG) and as geometry (the labels as measured): every kind, both languages, the glyphs that a
 * CJK font mapping gets wrong, labels that fit a phone without touching, and the cache.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chartKey, chartStats, chartSvg, packCharts, packFile } from '../../src/charts/chart-cache.ts';
import { chartSize, labelBox, PHONE_WIDTH, renderChartSvg, tidyShapes, type ChartSvg } from '../../src/charts/render-svg.ts';
import { toChartSpec } from '../../src/lib/chart-config.ts';
import type { Lang } from '../../src/lib/format.ts';
import { loadContent } from '../../src/model/load.ts';
import type { MetricEntry } from '../../src/model/model.ts';
import { drills, hometownTax, livability, metric, overtime, stores, womenManagers, womenOnCouncils } from '../helpers/metrics.ts';

const draw = (m: MetricEntry, lang: Lang, options = {}) => renderChartSvg(toChartSpec(m, lang), lang, options);
/** The text of every `<text>` in an SVG, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<'));
const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

/** Pairs of labels whose boxes overlap (more than a hair), and labels that leave the drawing. */
function collisions(chart: ChartSvg): string[] {
	const found: string[] = [];
	const boxes = chart.labels.map((label) => ({ label, box: labelBox(label) }));
	boxes.forEach(({ label, box }, i) => {
		if (box.left < -0.5 || box.right > chart.width + 0.5 || box.top < -0.5 || box.bottom > chart.height + 0.5) found.push(`"${label.text}" leaves the ${chart.width}×${chart.height} drawing`);
		for (const other of boxes.slice(i + 1)) {
			const o = other.box;
			if (box.left < o.right - 0.5 && o.left < box.right - 0.5 && box.top < o.bottom - 0.5 && o.top < box.bottom - 0.5) found.push(`"${label.text}" overlaps "${other.label.text}"`);
		}
	});
	return found;
}

const KINDS = { hometownTax, womenManagers, womenOnCouncils, livability, drills, overtime, stores };

describe('every kind of chart, in both languages', () => {
	test.each(Object.entries(KINDS).flatMap(([name, m]) => (['ja', 'en'] as const).map((lang) => [name, lang, m] as const)))('%s (%s): an embeddable SVG with its bars and labels', (_name, lang, m) => {
		const chart = draw(m, lang, { label: 'summary' });
		expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+" /);
		expect(chart.svg.endsWith('</svg>')).toBe(true);
		expect(chart.svg).not.toMatch(/<\?xml|<script|\son\w+=|style=/);
		// The latest bar's blue is drawn, and there is text.
		expect(chart.svg).toMatch(/fill="#0072B2"/i);
		expect(texts(chart.svg).length).toBeGreaterThan(1);
		expect(chart.labels.map((l) => l.text)).toEqual(texts(chart.svg));
	});

	test('the summary is the accessible name; without one the drawing is hidden from assistive technology', () => {
		expect(draw(hometownTax, 'ja', { label: '寄付額は50.5倍に' }).svg).toMatch(/^<svg [^>]*role="img" aria-label="寄付額は50.5倍に"/);
		const bare = draw(hometownTax, 'ja').svg;
		expect(bare).toMatch(/^<svg [^>]*aria-hidden="true"/);
		expect(bare).not.toMatch(/role="img"/);
	});

	test('Japanese text: 万/億 and 年度, as the page writes them', () => {
		const all = texts(draw(hometownTax, 'ja').svg);
		expect(all).toEqual(expect.arrayContaining(['679万円', '3億4,300万円', '2015年度', '1億']));
	});

	test('English text: million/¥ and FY', () => {
		const all = texts(draw(hometownTax, 'en').svg);
		expect(all).toEqual(expect.arrayContaining(['¥6.79 million', '¥343 million', 'FY2015', '¥100M']));
	});

	test('each label is one <text> with its whole string (not one per glyph)', () => {
		const all = texts(draw(womenOnCouncils, 'ja').svg);
		expect(all.some((t) => t.startsWith('目標'))).toBe(true);
		expect(all.every((t) => t.trim() === t && t.length > 0)).toBe(true);
	});

	test('长 vs 長: the Japanese glyphs come out as written, not as Kangxi radicals (⻑ U+2ED1, ⼦ U+2F26)', () => {
		const scoped = metric({ unit: 'rank', scope: { ja: '長野県内の子育て市町村', en: 'municipalities' }, points: [{ period: '2023', value: 5, of: 77 }] });
		const all = texts(draw(scoped, 'ja').svg).join('');
		expect(all).toContain('長野県内の子育て市町村');
		expect(all).not.toMatch(/[\u2E80-\u2FDF]/);
	});

	test('labels are measured with the static Noto Sans JP (not a system fallback font)', () => {
		const fonts = join(process.cwd(), 'node_modules/@fontsource/noto-sans-jp/files');
		GlobalFonts.registerFromPath(join(fonts, 'noto-sans-jp-latin-700-normal.woff2'), 'Test Noto Sans JP Bold');
		const ctx = createCanvas(10, 10).getContext('2d');
		ctx.font = '700 16px Test Noto Sans JP Bold';
		const label = draw(hometownTax, 'en').labels.find((l) => l.text === '¥343 million')!;
		expect(label.bold).toBe(true);
		expect(label.width).toBeCloseTo(ctx.measureText('¥343 million').width, 1);
		// …and the SVG holds the browser to that width, whatever font it has.
		expect(draw(hometownTax, 'en').svg).toMatch(new RegExp(`textLength="${label.width}">¥343 million<`));
	});

	test('the same chart always gives the same bytes', () => {
		const first = draw(womenManagers, 'ja').svg;
		draw(hometownTax, 'en');
		expect(draw(womenManagers, 'ja').svg).toBe(first);
	});

	test('clips that cut something are kept, with ids prefixed and numbered per chart (many charts share a page)', () => {
		// A stroked line reaching past its clip: the clip matters.
		const raw = '<?xml version="1.0"?><svg width="10" height="10"><clipPath id="cl_41"><rect x="1" width="5" height="5"/></clipPath><g clip-path="url(#cl_41)"><path fill="none" stroke="#000000" d="M0 0L9 9"/></g></svg>';
		expect(tidyShapes(raw, 'c-x-ja-')).toBe('<clipPath id="c-x-ja-0"><rect x="1" width="5" height="5"/></clipPath><g clip-path="url(#c-x-ja-0)"><path fill="none" stroke="#000000" d="M0 0L9 9"/></g>');
		expect(tidyShapes(raw.replace(/cl_41/g, 'cl_97'), 'c-x-ja-')).toBe(tidyShapes(raw, 'c-x-ja-'));
	});

	test('a clip around filled shapes inside it is dropped; a bar’s ring and inside become one outlined rect', () => {
		const bar = '<path fill="#0072B2" d="M10 10L20 10L20 50L10 50L10 10ZM12 12L18 12L18 48L12 48L12 12Z" fill-rule="evenodd"/><path fill="#56B4E9" d="M12 12L18 12L18 48L12 48L12 12Z"/>';
		const raw = `<svg><clipPath id="cl_1"><rect x="10" y="10" width="10" height="40"/></clipPath><g clip-path="url(#cl_1)">${bar}</g></svg>`;
		expect(tidyShapes(raw, 'p-')).toBe('<rect x="11" y="11" width="8" height="38" fill="#56b4e9" stroke="#0072b2" stroke-width="2"/>');
		// Uneven insets are not a plain outline: left as drawn.
		const uneven = bar.replace(/M12 12L18 12L18 48L12 48L12 12Z/g, 'M12 12L19 12L19 48L12 48L12 12Z');
		expect(tidyShapes(`<svg>${uneven}</svg>`, 'p-')).toMatch(/fill-rule="evenodd"/);
	});

	test('ids never clash between the charts of one page', () => {
		const a = ids(draw(hometownTax, 'ja').svg);
		const b = ids(draw(womenManagers, 'ja').svg);
		expect(a.every((id) => id.startsWith(`c-${hometownTax.id}-ja-`))).toBe(true);
		expect(new Set([...a, ...b]).size).toBe(a.length + b.length);
	});

	test('every clip path that is referenced exists, and every one that exists is used', () => {
		const svg = draw(womenManagers, 'en').svg;
		const refs = new Set([...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!));
		expect(new Set(ids(svg))).toEqual(refs);
	});

	test('drawn for a 360 px phone; the size follows the kind', () => {
		expect(draw(hometownTax, 'ja')).toMatchObject({ width: PHONE_WIDTH, height: 260 });
		expect(chartSize(toChartSpec(stores, 'ja'))).toEqual({ width: PHONE_WIDTH, height: 112 });
		expect(chartSize(toChartSpec(womenOnCouncils, 'ja')).height).toBeGreaterThan(chartSize(toChartSpec(stores, 'ja')).height);
		expect(draw(hometownTax, 'ja', { width: 600, height: 300 })).toMatchObject({ width: 600, height: 300 });
		expect(draw(hometownTax, 'ja', { width: 600, height: 300 }).svg).toMatch(/viewBox="0 0 600 300"/);
	});

	test('labels are at least 14 px on the phone', () => {
		for (const m of Object.values(KINDS)) for (const lang of ['ja', 'en'] as const) expect(Math.min(...draw(m, lang).labels.map((l) => l.size))).toBeGreaterThanOrEqual(14);
	});

	test('a title wider than the phone goes on two lines, not off the edges', () => {
		const long = metric({ unit: 'percent', points: [{ period: '2013', value: 34.5 }, { period: 'FY2017', value: 39.7 }] });
		const chart = draw(long, 'ja');
		const title = chart.labels.filter((l) => l.size === 17);
		expect(title.map((l) => l.text)).toEqual(['+5.2ポイント', '（2013年→2017年度）']);
		expect(collisions(chart)).toEqual([]);
	});
});

describe('no label touches another at 360 px, for every figure in the content', () => {
	const { model } = loadContent();
	test.each(model!.metrics.flatMap((m) => (['ja', 'en'] as const).map((lang) => [m.id, lang, m] as const)))('%s (%s)', (_id, lang, m) => {
		expect(collisions(draw(m, lang))).toEqual([]);
	});
});

describe('category labels under upright bars are fitted to a 360 px phone, never run together', () => {
	/** A yearly series of `n` points from 2012, as fiscal years (FY2012) or calendar years. */
	const yearly = (n: number, fiscal: boolean) =>
		metric({ unit: 'people', points: Array.from({ length: n }, (_, i) => ({ period: `${fiscal ? 'FY' : ''}${2012 + i}`, value: 40000 + ((i * 7919) % 13) * 1000 })) });
	const ticks = (chart: ChartSvg) => chart.labels.filter((l) => l.size === 15 && l.anchor === 'middle' && l.y > chart.height - 40).map((l) => l.text);
	const cases = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20].flatMap((n) => [true, false].flatMap((fiscal) => (['ja', 'en'] as const).map((lang) => [n, fiscal ? 'fiscal years' : 'years', lang] as const)));
	test.each(cases)('%i %s (%s)', (n, kind, lang) => {
		const chart = draw(yearly(n, kind === 'fiscal years'), lang);
		expect(collisions(chart)).toEqual([]);
		// The latest period is always labelled (one bar alone has its period in the caption instead).
		if (n > 1) expect(ticks(chart).join(' ')).toContain(String(2011 + n));
	});

	test('twelve fiscal years: full labels do not fit, so every k-th year (k > 1) is labelled on two lines, back from the latest', () => {
		const ja = ticks(draw(yearly(12, true), 'ja'));
		expect(ja.filter((_, i) => i % 2 === 1).every((line) => line === '年度')).toBe(true);
		const en = ticks(draw(yearly(12, true), 'en'));
		expect(en.filter((_, i) => i % 2 === 0).every((line) => line === 'FY')).toBe(true);
		for (const years of [ja.filter((_, i) => i % 2 === 0), en.filter((_, i) => i % 2 === 1)].map((list) => list.map(Number))) {
			expect(years.at(-1)).toBe(2023);
			const steps = new Set(years.slice(1).map((year, i) => year - years[i]!));
			expect(steps.size).toBe(1);
			expect([...steps][0]).toBeGreaterThan(1);
			expect(years[0]! - [...steps][0]!).toBeLessThan(2012);
		}
	});

	test('few years keep their labels in full, on one line', () => {
		expect(ticks(draw(yearly(3, true), 'ja'))).toEqual(['2012年度', '2013年度', '2014年度']);
		expect(ticks(draw(yearly(3, false), 'en'))).toEqual(['2012', '2013', '2014']);
	});
});

describe('the chart cache', () => {
	// KOYAKU_CACHE names the cache root (src/cache.ts); the charts are in its folder `charts`.
	let root: string;
	let dir: string;
	const saved = process.env['KOYAKU_CACHE'];
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'koyaku-chart-cache-'));
		dir = join(root, 'charts');
		process.env['KOYAKU_CACHE'] = root;
	});
	afterAll(() => {
		if (saved === undefined) delete process.env['KOYAKU_CACHE'];
		else process.env['KOYAKU_CACHE'] = saved;
		rmSync(root, { recursive: true, force: true });
	});

	test('the key changes with the figures, the language and the options, and only with them', () => {
		const spec = toChartSpec(hometownTax, 'ja');
		const key = chartKey(spec, 'ja');
		expect(chartKey(structuredClone(spec), 'ja')).toBe(key);
		expect(chartKey({ ...spec, points: spec.points.map((p, i) => (i === 0 ? { ...p, value: p.value + 1 } : p)) }, 'ja')).not.toBe(key);
		expect(chartKey(spec, 'en')).not.toBe(key);
		expect(chartKey(spec, 'ja', { label: 'x' })).not.toBe(key);
	});

	test('drawn once, then read back from its file (not kept in memory); a stored file is reused without drawing', () => {
		const spec = toChartSpec(womenManagers, 'en');
		const before = { ...chartStats };
		const first = chartSvg(spec, 'en', { label: 'a' });
		const again = chartSvg(spec, 'en', { label: 'a' });
		expect(again).toEqual(first);
		expect(again).not.toBe(first);
		expect([chartStats.drawn - before.drawn, chartStats.fromDisk - before.fromDisk, chartStats.fromMemory - before.fromMemory]).toEqual([1, 1, 0]);
		const files = readdirSync(dir);
		expect(files).toEqual([`${chartKey(spec, 'en', { label: 'a' })}.json`]);
		expect(first).toEqual(renderChartSvg(spec, 'en', { label: 'a' }));

		// A file in the folder (as a previous build left it) is used as it is: nothing is drawn.
		const other = toChartSpec(stores, 'en');
		const planted = { svg: '<svg>planted</svg>', width: 1, height: 2, labels: [] };
		writeFileSync(join(dir, `${chartKey(other, 'en')}.json`), JSON.stringify(planted));
		const drawn = chartStats.drawn;
		expect(chartSvg(other, 'en')).toEqual(planted);
		expect(chartStats.drawn).toBe(drawn);
	});

	test('with the cache folder off, drawn once per build and kept in memory', () => {
		process.env['KOYAKU_CACHE'] = 'off';
		try {
			const spec = toChartSpec(livability, 'en');
			const before = { ...chartStats };
			const first = chartSvg(spec, 'en', { label: 'off' });
			expect(chartSvg(spec, 'en', { label: 'off' })).toBe(first);
			expect([chartStats.drawn - before.drawn, chartStats.fromMemory - before.fromMemory]).toEqual([1, 1]);
		} finally {
			process.env['KOYAKU_CACHE'] = root;
		}
	});

	test('a damaged cache file is redrawn, not trusted', () => {
		const spec = toChartSpec(livability, 'ja');
		writeFileSync(join(dir, `${chartKey(spec, 'ja')}.json`), '{"svg": 4');
		expect(chartSvg(spec, 'ja').svg).toMatch(/^<svg /);
	});

	test('packed after a build: one file holds the charts that build used, read back without drawing; unused ones are dropped', () => {
		packCharts(); // what the tests above used
		const [a, b] = [toChartSpec(drills, 'ja'), toChartSpec(overtime, 'en')];
		const first = { a: chartSvg(a, 'ja'), b: chartSvg(b, 'en') };
		expect(packCharts()).toEqual({ charts: 2, written: true });
		// Their own files are gone: the pack alone holds them.
		expect(readdirSync(dir).sort()).toEqual([packFile(dir).slice(dir.length + 1)]);

		const before = { ...chartStats };
		expect(chartSvg(a, 'ja')).toEqual(first.a);
		expect(first.a).toEqual(renderChartSvg(a, 'ja'));
		expect([chartStats.drawn - before.drawn, chartStats.fromDisk - before.fromDisk]).toEqual([0, 1]);
		// The pack already holds exactly the charts used, and nothing else: not written again.
		chartSvg(b, 'en');
		expect(packCharts()).toEqual({ charts: 2, written: false });

		// A build that no longer shows b: the new pack leaves it out, so b is drawn when it comes back.
		chartSvg(a, 'ja');
		expect(packCharts()).toEqual({ charts: 1, written: true });
		const drawn = chartStats.drawn;
		expect(chartSvg(b, 'en')).toEqual(first.b);
		expect(chartStats.drawn).toBe(drawn + 1);
	});

	test('a damaged pack is not trusted: its charts come from their files or are drawn', () => {
		const spec = toChartSpec(womenOnCouncils, 'ja');
		const chart = chartSvg(spec, 'ja');
		packCharts();
		writeFileSync(packFile(dir), 'damaged');
		const drawn = chartStats.drawn;
		expect(chartSvg(spec, 'ja')).toEqual(chart);
		expect(chartStats.drawn).toBe(drawn + 1);
	});
});
