import { describe, expect, test } from 'vitest';
import type { Scale } from 'chart.js';
import {
	barColors,
	chartConfig,
	chartKind,
	COLORS,
	koyakuPlugin,
	toChartSpec,
	type ChartSpec,
	type KoyakuChartConfiguration,
	type KoyakuPluginOptions,
} from '../../src/lib/chart-config.ts';
import { periodLabel, tickText } from '../../src/lib/figure-words.ts';
import type { Lang } from '../../src/lib/format.ts';
import type { MetricEntry } from '../../src/model/model.ts';
import { drills, hometownTax, hometownTaxAsPrinted, livability, overtime, stores, storesUndated, womenManagers, womenManagersEra, womenOnCouncils } from '../helpers/metrics.ts';

const config = (m: MetricEntry, lang: Lang = 'ja', reducedMotion = false) => chartConfig(toChartSpec(m, lang), lang, { reducedMotion });
/* Options are typed as deep partials of chart.js's; tests read them loosely. */
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const options = (c: KoyakuChartConfiguration) => c.options as Loose;
const plugin = (c: KoyakuChartConfiguration) => options(c)['plugins']['koyaku'] as KoyakuPluginOptions;
/** Calls a scale's tick callback as chart.js would. */
const tick = (c: KoyakuChartConfiguration, axis: 'x' | 'y', value: number) => options(c)['scales'][axis]['ticks']['callback'].call({} as Scale, value, 0, []);

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];

describe('chartKind', () => {
	test('two points: before-after', () => expect(chartKind(hometownTax)).toBe('before-after'));
	test('three points: series', () => expect(chartKind(womenManagers)).toBe('series'));
	test('a target: target', () => expect(chartKind(womenOnCouncils)).toBe('target'));
	test('unit rank: rank', () => expect(chartKind(livability)).toBe('rank'));
	test('one point out of a total: share', () => expect(chartKind(drills)).toBe('share'));
	test('values that are changes: change', () => expect(chartKind(overtime)).toBe('change'));
	test('one plain point: single', () => expect(chartKind(stores)).toBe('single'));
	test('a spec gives the same kind as its metric', () => expect(chartKind(toChartSpec(drills, 'ja'))).toBe('share'));
});

describe('toChartSpec', () => {
	test('is JSON-safe (survives a round trip unchanged)', () => {
		const spec = toChartSpec(hometownTax, 'en');
		expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
	});
	test('keeps period keys, values and qualifiers', () => {
		expect(toChartSpec(stores, 'ja').points).toEqual([{ period: '2016-04..2023-12', value: 30, qualifier: 'or-more' }]);
	});
	test('has the label and words in the page language', () => {
		const spec = toChartSpec(womenOnCouncils, 'en');
		expect([spec.label, spec.words.target]).toEqual(["Women's share of council and committee seats", 'Target']);
	});
	test('carries the derived change', () => expect(toChartSpec(hometownTax, 'ja').change).toEqual({ kind: 'ratio', value: 50.5 }));
});

describe('chartConfig: one chart per kind', () => {
	test('before-after: a vertical bar chart', () => {
		const c = config(hometownTax);
		expect([c.type, options(c)['indexAxis']]).toEqual(['bar', 'x']);
	});
	test('before-after: both bars labelled with formatValue', () => {
		expect(plugin(config(hometownTax)).labels).toEqual([['679万円', '3億4,300万円']]);
	});
	test('before-after: the change called out in the title', () => {
		expect(options(config(hometownTax))['plugins']['title']['text']).toBe('50.5倍（2015年度→2020年1月）');
	});
	test('before-after: the title in English', () => {
		expect(options(config(hometownTax, 'en'))['plugins']['title']['text']).toBe('50.5× (FY2015 → January 2020)');
	});
	test('series: one bar per point, periods on the axis', () => {
		expect(config(womenManagers, 'en').data.labels).toEqual(['2015', '2019', 'FY2023']);
	});
	test('series: the change in points in the title', () => {
		expect(options(config(womenManagers))['plugins']['title']['text']).toBe('+9.4ポイント（2015年→2023年度）');
	});
	test('long series label only the first and the latest bar', () => {
		const long = { ...toChartSpec(womenManagers, 'ja'), points: [1, 2, 3, 4, 5].map((v, i) => ({ period: `${2015 + i}`, value: v, qualifier: 'exact' as const })) };
		expect(plugin(chartConfig(long, 'ja')).labels[0]).toEqual(['1%', null, null, null, '5%']);
	});
	test('target: horizontal bars', () => expect(options(config(womenOnCouncils))['indexAxis']).toBe('y'));
	test('target: the target line at its value, labelled 目標', () => {
		expect(plugin(config(womenOnCouncils)).target).toEqual({ value: 45, label: '目標 45%' });
	});
	test('target: labelled Target in English', () => {
		expect(plugin(config(womenOnCouncils, 'en')).target?.label).toBe('Target 45%');
	});
	test('target: the axis reaches the target even when every point is below it', () => {
		expect(options(config(womenOnCouncils))['scales']['x']['max']).toBeGreaterThan(45);
	});
	test('rank: horizontal', () => expect(options(config(livability))['indexAxis']).toBe('y'));
	test('rank: a bar from N to the rank on a reversed 1…N axis', () => {
		const c = config(livability);
		const x = options(c)['scales']['x'];
		expect([c.data.datasets[0]?.data, (c.data.datasets[0] as Loose)['base'], x['reverse'], x['min'], x['max']]).toEqual([[25], 812, true, 1, 812]);
	});
	test('rank: ticks only at N and 1', () => {
		const axis = { ticks: [] as { value: number }[] };
		options(config(livability))['scales']['x']['afterBuildTicks'](axis);
		expect(axis.ticks.map((t) => t.value)).toEqual([812, 1]);
	});
	test('rank: the label names the field', () => {
		expect(plugin(config(livability, 'en')).labels).toEqual([['25th of 812 cities and wards']]);
	});
	test('share: the value over a light track of the total', () => {
		const c = config(drills);
		expect(c.data.datasets.map((d) => [d.data, d.backgroundColor])).toEqual([[[61], [COLORS.latest]], [[68], COLORS.track]]);
	});
	test('share: the axis ends at the total', () => expect(options(config(drills))['scales']['x']['max']).toBe(68));
	test('share: labelled with total and percentage', () => {
		expect(plugin(config(drills)).labels[0]).toEqual(['61区（68区中、89.7%）']);
	});
	test('share: labelled in English', () => {
		expect(plugin(config(drills, 'en')).labels[0]).toEqual(['61 of 68 districts (89.7%)']);
	});
	test('change: vertical bars, labelled with the change in words (12.81%減, "12.81% lower")', () => {
		const c = config(overtime);
		expect([options(c)['indexAxis'], plugin(c).labels]).toEqual(['x', [['12.81%減']]]);
		expect(plugin(config(overtime, 'en')).labels).toEqual([['12.81% lower']]);
	});
	test('change: the base period in the title', () => {
		expect(options(config(overtime, 'en'))['plugins']['title']['text']).toBe('Change from FY2017');
	});
	test('change: the zero line stands out', () => {
		const grid = options(config(overtime))['scales']['y']['grid'];
		expect([grid.color({ tick: { value: 0 } }), grid.color({ tick: { value: -5 } })]).toEqual([COLORS.ink, COLORS.grid]);
	});
	test('single: one horizontal bar, labelled with its qualifier', () => {
		const c = config(stores);
		expect([options(c)['indexAxis'], plugin(c).labels]).toEqual(['y', [['30店舗以上']]]);
	});
	test('a single horizontal bar hides the period axis (the caption says when)', () => {
		expect(options(config(stores))['scales']['y']['display']).toBe(false);
	});
});

describe('ticks, tooltips, labels in the page language', () => {
	test('yen axis in Japanese: 3億', () => expect(tick(config(hometownTax, 'ja'), 'y', 300_000_000)).toBe('3億'));
	test('yen axis in English: ¥300M', () => expect(tick(config(hometownTax, 'en'), 'y', 300_000_000)).toBe('¥300M'));
	test('yen axis below 1億: 5,000万', () => expect(tick(config(hometownTax, 'ja'), 'y', 50_000_000)).toBe('5,000万'));
	test('percent axis', () => expect(tick(config(womenManagers, 'en'), 'y', 30)).toBe('30%'));
	test('rank axis in Japanese', () => expect(tick(config(livability, 'ja'), 'x', 812)).toBe('812位'));
	test('rank axis in English', () => expect(tick(config(livability, 'en'), 'x', 1)).toBe('1st'));
	test('change axis is signed', () => expect(tick(config(overtime, 'ja'), 'y', -5)).toBe('−5%'));
	test('count axis groups digits', () => expect(tickText(100_000, { unit: 'people' }, 'en')).toBe('100,000'));
	test('count axis in Japanese counts in 万 from ten thousand', () => {
		expect(tickText(100_000, { unit: 'people' }, 'ja')).toBe('10万');
		expect(tickText(45_000, { unit: 'people' }, 'ja')).toBe('4万5,000');
		expect(tickText(9_000, { unit: 'people' }, 'ja')).toBe('9,000');
	});
	test('tooltip title: the full period', () => {
		const title = options(config(hometownTax, 'en'))['plugins']['tooltip']['callbacks']['title'];
		expect(title([{ dataIndex: 1 }])).toBe('January 2020');
	});
	test('tooltip label: the formatted value', () => {
		const label = options(config(hometownTax, 'en'))['plugins']['tooltip']['callbacks']['label'];
		expect(label({ dataIndex: 0 })).toBe('¥6.79 million');
	});
	test('tooltips skip the share track', () => {
		const filter = options(config(drills))['plugins']['tooltip']['filter'];
		expect([filter({ datasetIndex: 0 }), filter({ datasetIndex: 1 })]).toEqual([true, false]);
	});
	test('a span on the axis takes two lines', () => expect(periodLabel('2016-04..2023-12', 'ja')).toEqual(['2016/4～', '2023/12']));
	test('a month on the axis, English', () => expect(periodLabel('2020-01', 'en')).toBe('Jan 2020'));
	test('a bad period key is a bug, loudly', () => expect(() => periodLabel('someday', 'ja')).toThrow(/someday/));
});

describe('motion and layout', () => {
	test('reduced motion: no animation', () => expect(options(config(hometownTax, 'ja', true))['animation']).toBe(false));
	test('default: animated', () => expect(options(config(hometownTax, 'ja', false))['animation']).not.toBe(false));
	test('fills a fixed-height box (no aspect ratio)', () => expect(options(config(hometownTax))['maintainAspectRatio']).toBe(false));
	test('no legend (one dataset; the caption names it)', () => expect(options(config(hometownTax))['plugins']['legend']['display']).toBe(false));
	test('large enough tick text for elderly readers', () => expect(options(config(hometownTax))['scales']['y']['ticks']['font']['size']).toBeGreaterThanOrEqual(14));
});

describe('colours', () => {
	test('the latest point is the darkest', () => {
		const colors = barColors(4);
		expect(colors.map(luminance).indexOf(Math.min(...colors.map(luminance)))).toBe(3);
	});
	test('bars are Okabe–Ito colours', () => {
		expect([COLORS.latest, COLORS.earlier, COLORS.target].every((c) => OKABE_ITO.includes(c))).toBe(true);
	});
	test('latest and earlier differ in luminance (they survive greyscale print)', () => {
		expect(contrast(COLORS.latest, COLORS.earlier)).toBeGreaterThanOrEqual(2);
	});
	test('every bar has at least 3:1 contrast with the page through its outline', () => {
		expect(contrast(COLORS.latest, '#ffffff')).toBeGreaterThanOrEqual(3);
	});
	test('labels inside the latest bar are white with 4.5:1 contrast', () => {
		expect(contrast(COLORS.onDark, COLORS.latest)).toBeGreaterThanOrEqual(4.5);
	});
	test('one point alone is the latest colour', () => expect(barColors(1)).toEqual([COLORS.latest]));
});

describe('the inline plugin draws', () => {
	/** A canvas context that records what is drawn. */
	function recorder() {
		const calls: string[] = [];
		const ctx = new Proxy({ measureText: (t: string) => ({ width: t.length * 8 }) } as Loose, {
			get: (target, key: string) => target[key] ?? ((...args: unknown[]) => calls.push(`${key}(${args.map((a) => JSON.stringify(a)).join(',')})`)),
			set: (_target, key: string, value) => (calls.push(`${key}=${JSON.stringify(value)}`), true),
		});
		return { ctx, calls };
	}
	const chartWith = (ctx: Loose, indexAxis: 'x' | 'y') => ({
		ctx,
		chartArea: { left: 0, right: 300, top: 30, bottom: 200 },
		options: { indexAxis, font: { family: 'sans-serif' } },
		scales: { x: { getPixelForValue: (v: number) => v * 5 }, y: { getPixelForValue: (v: number) => 200 - v * 2 } },
		getDatasetMeta: () => ({ hidden: false, data: [{ getProps: () => ({ x: 260, y: 100, base: 0 }), options: { backgroundColor: COLORS.latest } }] }),
	});
	test('the target as a dashed line with its label', () => {
		const { ctx, calls } = recorder();
		koyakuPlugin.afterDatasetsDraw?.(chartWith(ctx, 'y') as never, {} as never, { labels: [], target: { value: 45, label: '目標 45%' } }, false);
		expect([calls.includes('setLineDash([7,5])'), calls.some((c) => c.startsWith('fillText("目標 45%"'))]).toEqual([true, true]);
	});
	test('a label beyond the end of a bar when it fits', () => {
		const { ctx, calls } = recorder();
		koyakuPlugin.afterDatasetsDraw?.(chartWith(ctx, 'y') as never, {} as never, { labels: [['30%']] }, false);
		expect(calls).toContain('fillText("30%",266,100)');
	});
	test('a label that does not fit beyond a bar goes inside it, in white', () => {
		const { ctx, calls } = recorder();
		koyakuPlugin.afterDatasetsDraw?.(chartWith(ctx, 'y') as never, {} as never, { labels: [['3億4,300万円']] }, false);
		expect(calls.slice(calls.indexOf('fillStyle="#ffffff"'))).toContain('fillText("3億4,300万円",254,100)');
	});
	test('draws nothing for a null label', () => {
		const { ctx, calls } = recorder();
		koyakuPlugin.afterDatasetsDraw?.(chartWith(ctx, 'x') as never, {} as never, { labels: [[null]] }, false);
		expect(calls.filter((c) => c.startsWith('fillText'))).toEqual([]);
	});
});

describe('spec for a metric without English', () => {
	test('falls back to the Japanese label', () => {
		const spec: ChartSpec = toChartSpec({ ...stores, label: { ja: '新規出店数' } }, 'en');
		expect(spec.label).toBe('新規出店数');
	});
});

describe('points dated in the source\'s words, or undated', () => {
	const tooltipTitle = (c: KoyakuChartConfiguration, i: number) => options(c)['plugins']['tooltip']['callbacks']['title']([{ dataIndex: i }]);
	test('the spec carries the words in the page language, and no period where there is none', () => {
		expect(toChartSpec(hometownTaxAsPrinted, 'en').points.map((p) => [p.period, p.when])).toEqual([[undefined, 'before taking office'], ['2020-01', undefined]]);
	});
	test('axis labels, title and tooltip say 就任前, not a made-up year', () => {
		const c = config(hometownTaxAsPrinted);
		expect(c.data.labels).toEqual(['就任前', '2020/1']);
		expect(options(c)['plugins']['title']['text']).toBe('50.5倍（就任前→2020年1月）');
		expect(tooltipTitle(c, 0)).toBe('就任前');
	});
	test('a year printed in its era keeps it on the axis', () => {
		expect(config(womenManagersEra).data.labels).toEqual(['平成27年', '平成31年', '2023年度']);
	});
	test('an undated point is labelled as such', () => {
		expect(config(storesUndated, 'en').data.labels).toEqual(['date not given']);
		expect(tooltipTitle(config(storesUndated), 0)).toBe('時期の記載なし');
	});
});
