/**
 * Chart configuration for metrics: PURE, and safe for the client bundle.
 *
 * The server turns a metric into a small JSON {@link ChartSpec} (`toChartSpec`) that is embedded in the page;
 * the browser turns the spec into a chart.js configuration (`chartConfig`). Functions (tick and tooltip
 * callbacks, the label plugin) cannot be serialised, which is why the configuration is built client-side.
 *
 * It configures and draws: every word it prints about a figure (values, shares, ticks, periods, titles)
 * comes from figure-words.ts. Runtime imports are limited to figure-words.ts and axis-labels.ts (and the
 * two UI dictionaries, used only by `toChartSpec`, which the client never calls, so the bundler drops
 * them): no zod, no model.
 */
import { isJa, text } from '../i18n/index.ts';
import type { ChartConfiguration, ChartType, Plugin, Scale, TooltipItem } from 'chart.js';
import type { MetricEntry } from '../model/model.ts';
import easy from '../i18n/easy.ts';
import en from '../i18n/en.ts';
import ja from '../i18n/ja.ts';
import type { Counter, Lang, Scope, Unit } from './format.ts';
import { axisLabel, changeSinceText, changeTitle, periodOf, scopeOf, shareText, specWhen, targetFigure, targetLineText, tickText, valueText, type FigureChange, type FigurePoint } from './figure-words.ts';
import { fitCategoryLabels, wrappedPeriod, type AxisLabel } from './axis-labels.ts';

/* ------------------------------------------------------------------ */
/* Spec                                                                */
/* ------------------------------------------------------------------ */

/**
 * What a metric's chart shows:
 * - `before-after`: two points, two bars, the change called out in the title
 * - `series`: three or more points, one bar each
 * - `target`: points against a target (dashed line labelled 目標 / Target)
 * - `rank`: a position on a 1…N scale, 1 best
 * - `share`: one point out of a total (61 of 68 districts)
 * - `change`: values that are themselves changes (−12.81% since FY2017)
 * - `single`: one plain figure
 */
export type ChartKind = 'before-after' | 'series' | 'target' | 'rank' | 'share' | 'change' | 'single';

/** Localised words the chart draws (the client has no dictionary). */
export interface ChartWords {
	/** 目標 / Target */
	target: string;
	/** `{value}（{total}中、{share}）` / `{value} of {total} ({share})` */
	share: string;
	/** `{period}比` / `Change since {period}` */
	changeSince: string;
	/** 時期の記載なし / Date not given: the period of a point the source does not date. */
	undated: string;
}

/** Everything the browser needs to draw one metric: JSON-safe, small. */
export interface ChartSpec {
	id: string;
	kind: ChartKind;
	/** Metric label in the page's language. */
	label: string;
	unit: Unit;
	counter?: Counter;
	scope?: Scope;
	better: 'up' | 'down' | 'neutral';
	/** Period key the values are changes since (`changeSince`). */
	changeSince?: string;
	/** `wari`: percentages and shares read in 割 on Japanese pages; absent for %. */
	style?: 'wari';
	cumulative: boolean;
	points: FigurePoint[];
	/** The target; `text` is its figure in words when it is bounded or recurs (100万人超, 毎年度200億円超). */
	target?: { value: number; period?: string; text?: string };
	/** First → latest, as derived on the server. */
	change?: FigureChange;
	words: ChartWords;
}

/** What {@link chartKind} looks at: a {@link MetricEntry} or a {@link ChartSpec}. */
export interface KindInput {
	unit: Unit;
	changeSince?: unknown;
	target?: unknown;
	points: readonly { of?: number | undefined }[];
}

/**
 * Which chart suits a metric. Changes and ranks first (their values are not levels), then targets.
 * @example chartKind({ unit: 'yen', points: [{}, {}] }) // 'before-after'
 */
export function chartKind(metric: KindInput): ChartKind {
	if (metric.changeSince !== undefined) return 'change';
	if (metric.unit === 'rank') return 'rank';
	if (metric.target !== undefined) return 'target';
	if (metric.points.length >= 3) return 'series';
	if (metric.points.length === 2) return 'before-after';
	return metric.points[0]?.of !== undefined ? 'share' : 'single';
}

const DICTIONARIES = { ja, en, easy } as const;

const word = (lang: Lang, key: 'metric.target' | 'metric.share' | 'chart.changeSince' | 'metric.undated') => DICTIONARIES[lang][key];

/** Server side: the JSON spec for one metric, in `lang`. */
export function toChartSpec(metric: MetricEntry, lang: Lang): ChartSpec {
	const spec: ChartSpec = {
		id: metric.id,
		kind: chartKind(metric),
		label: text(metric.label, lang),
		unit: metric.unit,
		better: metric.better,
		cumulative: metric.cumulative,
		points: metric.points.map((p) => ({
			...(p.period ? { period: p.period.key } : {}),
			...(p.when ? { when: text(p.when, lang) } : {}),
			value: p.value,
			...(p.of === undefined ? {} : { of: p.of }),
			qualifier: p.qualifier,
			...(p.decimals === undefined ? {} : { decimals: p.decimals }),
		})),
		words: { target: word(lang, 'metric.target'), share: word(lang, 'metric.share'), changeSince: word(lang, 'chart.changeSince'), undated: word(lang, 'metric.undated') },
	};
	if (metric.counter) spec.counter = metric.counter;
	const scope = scopeOf(metric);
	if (scope) spec.scope = scope;
	if (metric.changeSince) spec.changeSince = metric.changeSince.key;
	if (metric.style === 'wari') spec.style = 'wari';
	if (metric.target) {
		const { value, period, compare, every } = metric.target;
		spec.target = { value, ...(period ? { period: period.key } : {}), ...(compare || every ? { text: targetFigure(metric, lang) } : {}) };
	}
	if (metric.change) spec.change = { kind: metric.change.kind, value: metric.change.value };
	return spec;
}

/* ------------------------------------------------------------------ */
/* Colours                                                             */
/* ------------------------------------------------------------------ */

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies). The latest point is the
 * darkest (blue, luminance 0.15); earlier points are sky blue (0.40) with a blue outline, so bars
 * stay distinct in greyscale print and every bar has at least 3:1 contrast with the white page.
 */
export const COLORS = {
	latest: '#0072B2',
	earlier: '#56B4E9',
	/** The rest of a total (share) or of a rank scale: light grey with a grey outline. */
	track: '#EEEEEE',
	trackBorder: '#767676',
	/** Target line: vermillion, dashed. */
	target: '#D55E00',
	ink: '#1f2328',
	grid: '#d0d7de',
	onDark: '#ffffff',
} as const;

/** Font sizes in CSS pixels: large enough for elderly readers on a phone. */
export const FONT = { tick: 15, label: 16, title: 17 } as const;

/* ------------------------------------------------------------------ */
/* Inline plugin: value labels and the target line                     */
/* ------------------------------------------------------------------ */

export interface KoyakuPluginOptions {
	/** Per dataset, per point: the label drawn at the end of the bar (null: none). */
	labels: (string | null)[][];
	/** A dashed line across the value axis at `value`, labelled. */
	target?: { value: number; label: string };
}

declare module 'chart.js' {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	interface PluginOptionsByType<TType extends ChartType> {
		koyaku?: KoyakuPluginOptions;
	}
}

type Ctx = CanvasRenderingContext2D;
const font = (family: string | undefined, size: number, bold = true) => `${bold ? '700 ' : ''}${size}px ${family ?? 'sans-serif'}`;

/** Draws a label at the end of a bar: outside if it fits, else inside in a contrasting colour. */
function drawBarLabel(ctx: Ctx, text: string, bar: { x: number; y: number; base: number }, horizontal: boolean, area: { left: number; right: number; top: number; bottom: number }, fillColor: unknown, avoid?: number) {
	const gap = 6;
	const width = ctx.measureText(text).width;
	const inside = fillColor === COLORS.latest ? COLORS.onDark : COLORS.ink;
	if (horizontal) {
		// Wider than the whole chart (5th of 77 municipalities in Nagano Prefecture on a phone): two lines.
		const space = text.lastIndexOf(' ', Math.ceil(text.length / 2) + 4);
		if (width > area.right - area.left - 2 * gap && space > 0) {
			const lineHeight = parseFloat(/(\d+(?:\.\d+)?)px/.exec(ctx.font)?.[1] ?? '16') * 1.5;
			drawBarLabel(ctx, text.slice(0, space), { ...bar, y: bar.y - lineHeight / 2 }, horizontal, area, fillColor, avoid);
			drawBarLabel(ctx, text.slice(space + 1), { ...bar, y: bar.y + lineHeight / 2 }, horizontal, area, fillColor, avoid);
			return;
		}
		const forward = bar.x >= bar.base; // grows to the right
		ctx.textBaseline = 'middle';
		const length = Math.abs(bar.x - bar.base);
		const fitsInside = length >= width + 2 * gap;
		const outsideFrom = forward ? bar.x + gap : bar.x - gap - width;
		// Outside the bar, unless that runs into the chart's edge or across the target line.
		const crosses = avoid !== undefined && avoid >= outsideFrom - 2 && avoid <= outsideFrom + width + 2;
		const outside = (forward ? bar.x + gap + width <= area.right + 2 : bar.x - gap - width >= area.left - 2) && !(crosses && fitsInside);
		if (outside || !fitsInside) {
			ctx.fillStyle = COLORS.ink;
			ctx.textAlign = forward ? 'left' : 'right';
			// When neither fits, keep the label inside the chart area, over the bar's end.
			const x = outside ? bar.x + (forward ? gap : -gap) : forward ? area.right - width : area.left + width;
			ctx.fillText(text, outside ? x : Math.max(area.left, Math.min(x, area.right)), bar.y);
		} else {
			ctx.fillStyle = inside;
			ctx.textAlign = forward ? 'right' : 'left';
			ctx.fillText(text, bar.x + (forward ? -gap : gap), bar.y);
		}
		return;
	}
	const up = bar.y <= bar.base;
	ctx.textAlign = 'center';
	const x = Math.max(area.left + width / 2, Math.min(bar.x, area.right - width / 2));
	ctx.fillStyle = COLORS.ink;
	ctx.textBaseline = up ? 'bottom' : 'top';
	ctx.fillText(text, x, bar.y + (up ? -gap : gap));
}

interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}
/** Where drawBarLabel puts an upright bar's label (centred over the bar, kept inside the chart). */
function uprightLabelBox(width: number, bar: { x: number; y: number; base: number }, area: Box, size: number, gap = 6): Box {
	const x = Math.max(area.left + width / 2, Math.min(bar.x, area.right - width / 2));
	const up = bar.y <= bar.base;
	const top = up ? bar.y - gap - size : bar.y + gap;
	return { left: x - width / 2, right: x + width / 2, top, bottom: top + size };
}
/** Whether two boxes come closer than 4 px across and touch up and down. */
const overlaps = (a: Box, b: Box) => a.left < b.right + 4 && b.left < a.right + 4 && a.top < b.bottom && b.top < a.bottom;
/**
 * The order labels claim their place in: the latest, the first, then back from the latest.
 * @example labelOrder(4) // [3, 0, 2, 1]
 */
export const labelOrder = (n: number): number[] => (n === 0 ? [] : [...new Set([n - 1, 0, ...Array.from({ length: n }, (_, i) => n - 1 - i)])]);

/** Value labels and the target line, drawn after the bars: no chartjs-plugin-datalabels or -annotation. */
export const koyakuPlugin: Plugin<'bar', KoyakuPluginOptions> = {
	id: 'koyaku',
	afterDatasetsDraw(chart, _args, options) {
		const { ctx, chartArea: area } = chart;
		const family = chart.options.font?.family;
		const horizontal = chart.options.indexAxis === 'y';
		ctx.save();
		const target = options.target;
		let targetAt: number | undefined;
		if (target) {
			const scale = horizontal ? chart.scales['x'] : chart.scales['y'];
			if (scale) {
				const at = scale.getPixelForValue(target.value);
				if (horizontal) targetAt = at;
				ctx.strokeStyle = COLORS.target;
				ctx.lineWidth = 3;
				ctx.setLineDash([7, 5]);
				ctx.beginPath();
				if (horizontal) {
					ctx.moveTo(at, area.top - 4);
					ctx.lineTo(at, area.bottom);
				} else {
					ctx.moveTo(area.left, at);
					ctx.lineTo(area.right, at);
				}
				ctx.stroke();
				ctx.setLineDash([]);
				ctx.font = font(family, FONT.label);
				ctx.fillStyle = COLORS.ink;
				ctx.textBaseline = 'bottom';
				const width = ctx.measureText(target.label).width;
				if (horizontal) {
					ctx.textAlign = 'left';
					const x = Math.max(area.left, Math.min(at - width / 2, area.right - width));
					ctx.fillText(target.label, x, area.top - 6);
				} else {
					ctx.textAlign = 'right';
					ctx.fillText(target.label, area.right, at - 4);
				}
			}
		}
		ctx.font = font(family, FONT.label);
		(options.labels ?? []).forEach((labels, datasetIndex) => {
			const meta = chart.getDatasetMeta(datasetIndex);
			if (meta.hidden) return;
			const barOf = (index: number) => meta.data[index]!.getProps(['x', 'y', 'base'], true) as unknown as { x: number; y: number; base: number };
			// Upright bars: the latest's label claims its place first, then the first's, then the others from the
			// latest back; one that would touch a label already placed is left out (the data table has every value).
			const shown = new Set<number>();
			const taken: Box[] = [];
			for (const index of horizontal ? [] : labelOrder(meta.data.length)) {
				const text = labels?.[index];
				if (!text) continue;
				const box = uprightLabelBox(ctx.measureText(text).width, barOf(index), area, FONT.label);
				if (taken.some((other) => overlaps(box, other))) continue;
				taken.push(box);
				shown.add(index);
			}
			meta.data.forEach((element, index) => {
				const text = labels?.[index];
				if (!text || (!horizontal && !shown.has(index))) return;
				drawBarLabel(ctx, text, barOf(index), horizontal, area, (element.options as { backgroundColor?: unknown } | undefined)?.backgroundColor, targetAt);
			});
		});
		ctx.restore();
	},
};

/* ------------------------------------------------------------------ */
/* Configuration                                                       */
/* ------------------------------------------------------------------ */

export type BarData = number;
export type KoyakuChartConfiguration = ChartConfiguration<'bar', BarData[], string | string[]>;

export interface ChartOptions {
	/** `matchMedia('(prefers-reduced-motion: reduce)').matches`: no animation at all. */
	reducedMotion?: boolean;
}

/** Kinds drawn as horizontal bars (a position or an amount along one scale); the others stand upright over time. */
export const isHorizontal = (kind: ChartKind) => kind === 'rank' || kind === 'share' || kind === 'target' || kind === 'single';

/** Bar colours: every point sky blue except the latest, which is the darkest. */
export const barColors = (count: number) => Array.from({ length: count }, (_, i) => (i === count - 1 ? COLORS.latest : COLORS.earlier));

/** Replaces the category axis's labels by ones that fit its width (measured with the axis's own font). */
function fitTicks(scale: Scale, full: readonly AxisLabel[], short: readonly AxisLabel[]): void {
	const ctx = scale.ctx;
	ctx.save();
	ctx.font = font(scale.chart.options.font?.family, FONT.tick, false);
	const fitted = fitCategoryLabels(full, short, scale.width / Math.max(1, full.length), (line) => ctx.measureText(line).width);
	ctx.restore();
	scale.ticks.forEach((tick, i) => (tick.label = fitted[i] ?? ''));
}

/**
 * The chart.js configuration for a spec, built in the browser. Pure: reduced motion is a parameter.
 * @example new Chart(canvas, chartConfig(spec, 'ja', { reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches }))
 */
export function chartConfig(spec: ChartSpec, lang: Lang, options: ChartOptions = {}): KoyakuChartConfiguration {
	const { kind, points } = spec;
	const horizontal = isHorizontal(kind);
	const valueAxis = horizontal ? 'x' : 'y';
	const indexAxis = horizontal ? 'y' : 'x';
	const labels = points.map((p) => axisLabel(p, lang, spec.words.undated));
	// Shorter forms for upright bars, used only when the full ones would run together (see fitTicks).
	const shortLabels = points.map((p, i) => (p.period && !p.when ? wrappedPeriod(periodOf(p.period), lang) : undefined) ?? labels[i]!);
	const colors = barColors(points.length);
	const pointText = (i: number) => {
		const point = points[i];
		if (!point) return '';
		return kind === 'share' ? shareText(spec, point, lang, spec.words.share) : valueText(spec, point, lang);
	};

	const bar = {
		backgroundColor: colors,
		borderColor: points.map(() => COLORS.latest),
		borderWidth: 2,
		borderSkipped: false as const,
		maxBarThickness: horizontal ? 44 : 64,
		categoryPercentage: 0.8,
		barPercentage: 0.9,
	};

	// Which points get a value label: all, except in long series (first and latest only) so labels never overlap.
	const labelled = points.map((_, i) => kind !== 'series' || points.length <= 4 || i === 0 || i === points.length - 1);
	const valueLabels = points.map((_, i) => (labelled[i] ? pointText(i) : null));

	let datasets: KoyakuChartConfiguration['data']['datasets'];
	const valueScale: Record<string, unknown> = {
		type: 'linear',
		beginAtZero: true,
		grace: '12%',
		grid: { color: COLORS.grid },
		border: { display: false },
		ticks: {
			maxTicksLimit: horizontal ? 4 : 5,
			// Level, as on the other axis: chart.js would turn long value labels (a figure of 10¹⁵) on their side,
			// which the SVG writer cannot draw; level ones that do not fit are thinned out instead.
			maxRotation: 0,
			font: { size: FONT.tick },
			color: COLORS.ink,
			callback(this: Scale, value: number | string) {
				return tickText(Number(value), spec, lang);
			},
		},
	};
	let koyaku: KoyakuPluginOptions = { labels: [valueLabels] };
	let title: string | undefined;

	switch (kind) {
		case 'rank': {
			// A position on 1…N, 1 best: the bar runs from N (worst, left) to the rank, so a longer bar is better.
			const of = Math.max(...points.map((p) => p.of ?? p.value));
			datasets = [{ data: points.map((p) => p.value), base: of, ...bar }];
			Object.assign(valueScale, {
				reverse: true,
				beginAtZero: false,
				grace: 0,
				min: 1,
				max: of,
				afterBuildTicks: (axis: Scale) => {
					axis.ticks = [{ value: of }, { value: 1 }];
				},
			});
			break;
		}
		case 'share': {
			// The total as a light track behind the value.
			const of = points[0]?.of ?? 0;
			datasets = [
				{ data: points.map((p) => p.value), ...bar, grouped: false, order: 0 },
				{ data: points.map((p) => p.of ?? of), backgroundColor: COLORS.track, borderColor: COLORS.trackBorder, borderWidth: 1, borderSkipped: false, grouped: false, order: 1, maxBarThickness: 44, categoryPercentage: 0.8, barPercentage: 0.9 },
			];
			Object.assign(valueScale, { max: of, grace: 0 });
			koyaku = { labels: [valueLabels, []] };
			break;
		}
		case 'target': {
			const target = spec.target?.value ?? 0;
			datasets = [{ data: points.map((p) => p.value), ...bar }];
			koyaku = { labels: [valueLabels], target: { value: target, label: targetLineText(spec, target, spec.target?.text, lang, spec.words.target) } };
			// Room for the target line (and its label) even when it lies beyond every point; no odd end tick.
			const top = Math.max(target, ...points.map((p) => p.value));
			Object.assign(valueScale, { max: top * 1.12, grace: 0 });
			(valueScale['ticks'] as Record<string, unknown>)['includeBounds'] = false;
			break;
		}
		case 'change': {
			datasets = [{ data: points.map((p) => p.value), ...bar }];
			if (spec.changeSince) title = changeSinceText(spec.changeSince, lang, spec.words.changeSince);
			Object.assign(valueScale, {
				grace: '25%',
				grid: { color: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? COLORS.ink : COLORS.grid), lineWidth: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? 2 : 1) },
			});
			break;
		}
		default: {
			datasets = [{ data: points.map((p) => p.value), ...bar }];
			if (kind === 'single') Object.assign(valueScale, { grace: '30%' });
			const first = points[0];
			const last = points.at(-1);
			if ((kind === 'before-after' || kind === 'series') && spec.change && first && last) title = changeTitle(spec.change, first, last, lang, spec.words.undated);
		}
	}

	const indexScale = {
		type: 'category' as const,
		// One bar alone needs no period beside it: the caption says when (and the space goes to the bar).
		display: !(horizontal && points.length === 1),
		grid: { display: false },
		border: { color: COLORS.ink },
		// Labels stay level (rotated text reads badly and the SVG writer keeps text upright); under upright
		// bars they are fitted to the width instead: shortened or thinned out, never overlapping.
		ticks: { font: { size: FONT.tick }, color: COLORS.ink, autoSkip: false, maxRotation: 0 },
		...(horizontal
			? {}
			: {
					afterTickToLabelConversion: (scale: Scale) => fitTicks(scale, labels, shortLabels),
					// A label on two lines gets the line spacing CJK fonts need (their boxes are ~1.45 em tall).
					ticks: { font: (context: { tick?: { label?: unknown } }) => ({ size: FONT.tick, lineHeight: Array.isArray(context.tick?.label) ? 1.5 : 1.2 }), color: COLORS.ink, autoSkip: false, maxRotation: 0 },
				}),
	};

	return {
		type: 'bar',
		data: { labels, datasets },
		options: {
			indexAxis,
			responsive: true,
			maintainAspectRatio: false,
			animation: options.reducedMotion ? false : { duration: 500 },
			layout: { padding: { top: kind === 'target' && horizontal ? 26 : 8, right: 8, left: 4, bottom: 0 } },
			scales: { [valueAxis]: valueScale, [indexAxis]: indexScale },
			plugins: {
				legend: { display: false },
				title: title ? { display: true, text: title, color: COLORS.ink, font: { size: FONT.title, weight: 'bold' }, padding: { top: 0, bottom: 18 } } : { display: false },
				tooltip: {
					titleFont: { size: FONT.label },
					bodyFont: { size: FONT.label },
					padding: 10,
					// The track of a share is not a figure.
					filter: (item: TooltipItem<'bar'>) => item.datasetIndex === 0,
					callbacks: {
						title: (items: TooltipItem<'bar'>[]) => {
							const point = points[items[0]?.dataIndex ?? -1];
							return point ? specWhen(point, lang, spec.words.undated) : '';
						},
						label: (item: TooltipItem<'bar'>) => pointText(item.dataIndex),
					},
				},
				koyaku,
			},
		} as KoyakuChartConfiguration['options'],
		plugins: [koyakuPlugin],
	};
}
