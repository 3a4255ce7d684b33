/**
 * Draws a metric's chart at build time, as SVG: the same chart.js configuration the site always used
 * (`chartConfig` in src/lib/chart-config.ts), drawn on @napi-rs/canvas with animation and responsiveness
 * off. The result is a small, self-contained `<svg>` for the page and for the printed flyer (vector).
 *
 * Shapes come from the canvas's SVG export. Text does NOT: the export writes one `<text>` per glyph run,
 * maps some glyphs back to the wrong code point (長 → the radical ⻑ with the system Noto CJK font) and
 * drops others when a font is split into subsets. So `fillText` is recorded instead, and each label is
 * written as ONE `<text>` with its whole string, placed on its alphabetic baseline, anchored as chart.js
 * aligned it, and held to the width chart.js measured (`textLength`). Layout is measured with the static
 * Noto Sans JP from @fontsource (registered once per thread), so the page shows real, searchable text
 * in the page's language, and another font on the reader's device cannot make labels collide.
 *
 * Build-time only (native canvas): never import this from client code.
 */
import { createCanvas, GlobalFonts, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, type ChartConfiguration } from 'chart.js';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chartConfig, COLORS, isHorizontal, type ChartSpec } from '../lib/chart-config.ts';
import type { Lang } from '../lib/format.ts';

/**
 * Bump when the drawing changes in a way the spec does not show (this file, the fonts, chart.js): it is
 * part of every cache key (src/charts/chart-cache.ts), so cached SVGs are redrawn.
 */
export const RENDERER_VERSION = 'svg-5';

/** The family the static Noto Sans JP files are registered under, for measuring. */
const MEASURE_FAMILY = 'Koyaku Noto Sans JP';

/**
 * Fonts the browser (or the PDF's Chromium) uses for the SVG's text: the font it was measured with first,
 * then the same design under its system name, then common Japanese UI fonts. `textLength` keeps each
 * label at its measured width whichever one is used.
 */
export const SVG_FONT_FAMILY = "'Noto Sans JP','Noto Sans CJK JP','Hiragino Sans','Hiragino Kaku Gothic ProN','Yu Gothic UI',Meiryo,sans-serif";

/**
 * Drawing size in CSS px. The width is a 360 px phone's content width (viewport minus page and card
 * padding), so labels are drawn at their real size there (15 px ticks, 16 px values) and the SVG scales
 * up from it on wider screens.
 */
export const PHONE_WIDTH = 300;
const VERTICAL_HEIGHT = 260;
/** Horizontal bars: room for the axis, then a band per bar; a target line needs room for its label above. */
const horizontalHeight = (bars: number, target: boolean) => 56 + bars * 56 + (target ? 26 : 0);

/** The drawing size chosen for a spec at `width`. */
export function chartSize(spec: ChartSpec, width = PHONE_WIDTH): { width: number; height: number } {
	const height = isHorizontal(spec.kind) ? horizontalHeight(spec.points.length, spec.kind === 'target') : Math.round(VERTICAL_HEIGHT * Math.max(1, width / PHONE_WIDTH) ** 0.5);
	return { width, height };
}

export interface ChartSvgOptions {
	/** Drawing width in CSS px (default {@link PHONE_WIDTH}); the height follows the kind of chart. */
	width?: number;
	/** Drawing height in CSS px; default from {@link chartSize}. */
	height?: number;
	/** Accessible name: makes the SVG `role="img"` with this `aria-label` (the summary sentence). */
	label?: string;
	/** Prefix for the SVG's internal ids (clip paths), unique per page; default `c-<spec id>-<lang>-`. */
	idPrefix?: string;
	/** `class` on the `<svg>`. */
	className?: string;
	/** `font-family` for the SVG's text; default {@link SVG_FONT_FAMILY}. */
	fontFamily?: string;
}

export interface ChartSvg {
	/** `<svg …>…</svg>`: no XML prologue, ready to inline in HTML. */
	svg: string;
	width: number;
	height: number;
	/** Every label drawn, in drawing order, as measured with Noto Sans JP (for layout checks). */
	labels: ChartLabel[];
}

/** One label of a chart: its text, alphabetic baseline, anchor, measured width and font. */
export interface ChartLabel {
	text: string;
	x: number;
	/** The alphabetic baseline. */
	y: number;
	anchor: 'start' | 'middle' | 'end';
	/** Font size in px. */
	size: number;
	bold: boolean;
	fill: string;
	/** Advance width in px, measured with Noto Sans JP. */
	width: number;
}

/**
 * A label's box in drawing coordinates: the measured width, and Noto Sans JP's em box (0.88 em above
 * the baseline, 0.12 em below).
 */
export function labelBox(label: ChartLabel): { left: number; right: number; top: number; bottom: number } {
	const left = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - label.width / 2 : label.x - label.width;
	return { left, right: left + label.width, top: label.y - 0.88 * label.size, bottom: label.y + 0.12 * label.size };
}

/* ------------------------------------------------------------------ */
/* Fonts and chart.js, once per thread                                 */
/* ------------------------------------------------------------------ */

let ready = false;

/** Registers the static Noto Sans JP (regular and bold, every subset) and the chart.js parts we draw. */
function setUp(): void {
	if (ready) return;
	const files = join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@fontsource/noto-sans-jp/package.json')), 'files');
	let registered = 0;
	for (const file of readdirSync(files)) {
		// The numbered subsets cover Japanese, `latin` the rest of what charts draw; woff2 registers.
		if (/^noto-sans-jp-(\d+|latin)-(400|700)-normal\.woff2$/.test(file) && GlobalFonts.registerFromPath(join(files, file), MEASURE_FAMILY)) registered++;
	}
	if (registered === 0) throw new Error(`No Noto Sans JP font files could be registered from ${files} (is @fontsource/noto-sans-jp installed?)`);
	Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title);
	// Scales and the title take their family from the global defaults, not from the chart's options.
	Chart.defaults.font.family = MEASURE_FAMILY;
	Chart.defaults.color = COLORS.ink;
	ready = true;
}

/* ------------------------------------------------------------------ */
/* Text                                                                */
/* ------------------------------------------------------------------ */

type Label = ChartLabel;

const ANCHOR: Record<string, Label['anchor']> = { left: 'start', start: 'start', center: 'middle', right: 'end', end: 'end' };

/** Records every `fillText` (and draws none of it) so each label can be written as one `<text>`. */
function recordText(ctx: SKRSContext2D): Label[] {
	const labels: Label[] = [];
	ctx.fillText = (text: string, x: number, y: number) => {
		if (!text.trim()) return;
		const m = ctx.getTransform();
		if (Math.abs(m.b) > 1e-6 || Math.abs(m.c) > 1e-6) throw new Error(`Rotated chart text is not supported: "${text}"`);
		const metrics = ctx.measureText(text);
		const { size, bold } = parseFont(ctx.font);
		labels.push({
			text,
			x: m.a * x + m.e,
			// From the canvas's baseline (top, middle, bottom…) to the alphabetic one, which SVG uses everywhere.
			y: m.d * (y - metrics.alphabeticBaseline) + m.f,
			anchor: ANCHOR[ctx.textAlign] ?? 'start',
			size: size * m.a,
			bold,
			fill: String(ctx.fillStyle),
			width: metrics.width * m.a,
		});
	};
	return labels;
}

/** `700 16px Family` / `bold 17px Family` / `15px Family` → size and weight. */
function parseFont(font: string): { size: number; bold: boolean } {
	const size = /(\d+(?:\.\d+)?)px/.exec(font);
	const weight = /(?:^|\s)(bold|bolder|[5-9]00)(?:\s|$)/.exec(font);
	return { size: size ? Number(size[1]) : 10, bold: weight !== null };
}

const round = (n: number) => Math.round(n * 100) / 100;
/** Tenths of a pixel in the markup; the labels' data keep hundredths. */
const num = (n: number) => String(Math.round(n * 10) / 10);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Labels as `<text>`, inside a group carrying the commonest size, weight and colour. */
function textMarkup(labels: Label[]): string {
	if (labels.length === 0) return '';
	const most = <T,>(values: T[]) => [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>())].sort((a, b) => b[1] - a[1])[0]![0];
	const size = most(labels.map((l) => l.size));
	const fill = most(labels.map((l) => l.fill.toLowerCase()));
	const bold = most(labels.map((l) => l.bold));
	const texts = labels.map((l) => {
		let attrs = `x="${num(l.x)}" y="${num(l.y)}"`;
		if (l.anchor !== 'start') attrs += ` text-anchor="${l.anchor}"`;
		if (l.size !== size) attrs += ` font-size="${num(l.size)}"`;
		if (l.bold !== bold) attrs += ` font-weight="${l.bold ? 700 : 400}"`;
		if (l.fill.toLowerCase() !== fill) attrs += ` fill="${escapeAttr(l.fill.toLowerCase())}"`;
		// Held to the measured width, so a wider fallback font cannot push labels into each other.
		if ([...l.text].length > 1) attrs += ` textLength="${num(l.width)}"`;
		return `<text ${attrs}>${escapeText(l.text)}</text>`;
	});
	// Hidden from the accessibility tree: Chromium keeps the text of an SVG with role="img" as its children,
	// and a screen reader would read the axis ticks ("812位 1位 25位／812市区") after the chart's name, which
	// already says the figure (tests/browser/read-aloud.test.ts).
	return `<g aria-hidden="true" font-size="${num(size)}" font-weight="${bold ? 700 : 400}" fill="${escapeAttr(fill)}">${texts.join('')}</g>`;
}

/* ------------------------------------------------------------------ */
/* Shapes: the canvas's SVG export, made small and embeddable          */
/* ------------------------------------------------------------------ */

/**
 * The canvas's SVG export made small and embeddable: no prologue or root, tenths of a pixel, clips that
 * cut nothing unwrapped, bars as outlined rects, grid lines merged, ids prefixed and numbered per chart.
 * Exported for its tests.
 */
export function tidyShapes(raw: string, idPrefix: string): string {
	let body = raw
		.replace(/^<\?xml[^>]*\?>\s*/, '')
		.replace(/^<svg[^>]*>/, '')
		.replace(/<\/svg>\s*$/, '')
		// The transparent background the export always writes.
		.replace(/<rect fill-opacity="0" width="[\d.]+" height="[\d.]+"\/>/, '')
		.replace(/ stroke-miterlimit="10"/g, '')
		// Tenths of a pixel: finer than a phone shows, and 0.03 mm on a 300 dpi print.
		.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/="#([0-9A-F]{6})"/g, (_, hex: string) => `="#${hex.toLowerCase()}"`)
		.replace(/\s+/g, ' ')
		.replace(/> </g, '><');
	// Clip groups left empty by the text that is written separately, and clips that cut nothing.
	for (let before = ''; before !== body; ) {
		before = body;
		body = body.replace(/<g clip-path="url\(#[^)]+\)"><\/g>/g, '');
		body = body.replace(/<g clip-path="url\(#([^)]+)\)">((?:(?!<g[ >]|<\/g>).)*)<\/g>/g, (whole, id: string, inner: string) => (clipsNothing(body, id, inner) ? inner : whole));
	}
	body = body.replace(/<clipPath id="([^"]+)">.*?<\/clipPath>/g, (whole, id: string) => (body.includes(`url(#${id})`) ? whole : ''));
	body = body.replace(BAR, (whole: string, ...groups: string[]) => barRect(whole, groups));
	// Runs of lines with the same stroke (grid lines and their ticks) as one path.
	body = body.replace(/(?:<path fill="none"( [^>]*?) d="([^"]*)"\/>)(?:<path fill="none"\1 d="[^"]*"\/>)+/g, (run: string, attrs: string) => `<path fill="none"${attrs} d="${[...run.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]).join('')}"/>`);
	// Ids unique on a page that inlines many charts, and numbered per chart (the export counts per
	// process), so the same chart always gives the same bytes.
	const renamed = new Map<string, string>();
	return body.replace(/(id="|url\(#)([^")]+)/g, (_, lead: string, id: string) => {
		if (!renamed.has(id)) renamed.set(id, `${idPrefix}${renamed.size.toString(36)}`);
		return `${lead}${renamed.get(id)}`;
	});
}

const N = '(-?[\\d.]+)';
const RECT = `M${N} ${N}L${N} ${N}L${N} ${N}L${N} ${N}L${N} ${N}Z`;
/** A bar as chart.js draws it: its outline as a ring (outer minus inner, even-odd), then its inside. */
const BAR = new RegExp(`<path fill="(#[0-9a-f]{6})" d="${RECT}M${RECT.slice(1)}" fill-rule="evenodd"/><path fill="(#[0-9a-f]{6})" d="${RECT}"/>`, 'g');

/**
 * The ring and the inside as one outlined `<rect>`, the stroke centred between the ring's edges, when the
 * three rectangles line up (the inside is the ring's inner edge, inset evenly): the same pixels, fewer bytes.
 */
function barRect(whole: string, groups: string[]): string {
	const outline = groups[0]!;
	const fill = groups[21]!;
	const [outer, inner, inside] = [groups.slice(1, 11), groups.slice(11, 21), groups.slice(22, 32)].map((g) => g.map(Number));
	const box = (r: number[]) => ({ left: r[0]!, top: r[1]!, right: r[2]!, bottom: r[5]! });
	const closed = (r: number[]) => r[0] === r[6] && r[0] === r[8] && r[2] === r[4] && r[1] === r[3] && r[1] === r[9] && r[5] === r[7];
	if (![outer!, inner!, inside!].every(closed) || inner!.join() !== inside!.join()) return whole;
	const o = box(outer!);
	const i = box(inner!);
	const border = i.left - o.left;
	if (border <= 0 || [o.right - i.right, i.top - o.top, o.bottom - i.bottom].some((d) => Math.abs(d - border) > 0.11)) return whole;
	const r = (v: number) => String(Math.round(v * 100) / 100);
	return `<rect x="${r(o.left + border / 2)}" y="${r(o.top + border / 2)}" width="${r(o.right - o.left - border)}" height="${r(o.bottom - o.top - border)}" fill="${fill}" stroke="${outline}" stroke-width="${r(border)}"/>`;
}

/**
 * Whether a clip changes nothing: its shape is a rectangle and everything inside is filled (not
 * stroked) paths whose every point lies within it — as for each bar, clipped to its own outline.
 */
function clipsNothing(body: string, id: string, inner: string): boolean {
	const rect = new RegExp(`<clipPath id="${id}"><rect([^>]*)/></clipPath>`).exec(body)?.[1];
	if (rect === undefined) return false;
	const value = (name: string) => Number(new RegExp(`\\s${name}="([^"]+)"`).exec(rect)?.[1] ?? 0);
	const [x, y, w, h] = [value('x'), value('y'), value('width'), value('height')];
	// Clip paths of inner groups already unwrapped define nothing visible.
	const paths = inner.replace(/<clipPath [^>]*>.*?<\/clipPath>/g, '').match(/<[^>]+>/g) ?? [];
	return paths.every((tag) => {
		if (!/^<path /.test(tag) || / stroke=/.test(tag) || / fill="none"/.test(tag)) return false;
		const numbers = (/ d="([^"]*)"/.exec(tag)?.[1] ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
		for (let i = 0; i + 1 < numbers.length; i += 2) if (numbers[i]! < x - 0.25 || numbers[i]! > x + w + 0.25 || numbers[i + 1]! < y - 0.25 || numbers[i + 1]! > y + h + 0.25) return false;
		return /^[MLZ\d\s.\-]*$/.test(/ d="([^"]*)"/.exec(tag)?.[1] ?? 'x');
	});
}

/**
 * A title wider than the phone (50.5倍（2015年度→2020年1月）at 17 px bold) goes on two lines, broken
 * before its bracket, rather than being cut off at both ends; a bracket still too wide (a span in the
 * source's own words: “(before taking office → January 2020)”) breaks again after its arrow.
 */
function fitTitle(config: ChartConfiguration<'bar', number[], string | string[]>, ctx: SKRSContext2D, width: number): void {
	const title = config.options?.plugins?.title;
	if (!title || typeof title.text !== 'string' || !title.font || typeof title.font !== 'object' || !('size' in title.font)) return;
	ctx.font = `700 ${title.font.size ?? 17}px ${MEASURE_FAMILY}`;
	if (ctx.measureText(title.text).width <= width - 16) return;
	const at = title.text.search(/（| \(/);
	if (at <= 0) return;
	const head = title.text.slice(0, at);
	const bracket = title.text.slice(at).trim();
	const arrow = bracket.indexOf('→');
	if (ctx.measureText(bracket).width <= width - 16 || arrow < 0) title.text = [head, bracket];
	else title.text = [head, bracket.slice(0, arrow + 1).trim(), bracket.slice(arrow + 1).trim()];
	// Room for the ascenders and descenders of the reader's font (up to ~1.45 em), so the lines never touch.
	title.font = { ...title.font, lineHeight: 1.5 };
}

/* ------------------------------------------------------------------ */
/* API                                                                 */
/* ------------------------------------------------------------------ */

/**
 * A metric's chart as inline SVG, drawn now (synchronously; ~5–20 ms). For the site, prefer the cached
 * {@link import('./chart-cache.ts').chartSvg}, which draws each chart once per build and reuses SVGs across builds.
 * @example renderChartSvg(toChartSpec(metric, 'ja'), 'ja', { label: metricSummary(metric, 'ja') }).svg // '<svg …>…</svg>'
 */
export function renderChartSvg(spec: ChartSpec, lang: Lang, options: ChartSvgOptions = {}): ChartSvg {
	setUp();
	const size = chartSize(spec, options.width);
	const width = options.width ?? size.width;
	const height = options.height ?? size.height;
	const canvas = createCanvas(width, height, SvgExportFlag.NoPrettyXML);
	const ctx = canvas.getContext('2d');
	const labels = recordText(ctx);

	const config = chartConfig(spec, lang, { reducedMotion: true }) as ChartConfiguration<'bar', number[], string | string[]>;
	config.options = {
		...config.options,
		responsive: false,
		animation: false,
		devicePixelRatio: 1,
	};
	fitTitle(config, ctx, width);
	const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, config);
	let raw: string;
	try {
		raw = canvas.getContent().toString('utf8');
	} finally {
		chart.destroy();
	}
	const body = tidyShapes(raw, options.idPrefix ?? `c-${spec.id}-${lang}-`) + textMarkup(labels);
	const attrs = [
		'xmlns="http://www.w3.org/2000/svg"',
		`viewBox="0 0 ${width} ${height}"`,
		`width="${width}"`,
		`height="${height}"`,
		options.className ? `class="${escapeAttr(options.className)}"` : '',
		options.label ? `role="img" aria-label="${escapeAttr(options.label)}"` : 'aria-hidden="true"',
		`font-family="${escapeAttr(options.fontFamily ?? SVG_FONT_FAMILY)}"`,
	].filter(Boolean);
	return { svg: `<svg ${attrs.join(' ')}>${body}</svg>`, width, height, labels: labels.map((l) => ({ ...l, x: round(l.x), y: round(l.y), size: round(l.size), width: round(l.width) })) };
}
