/**
 * Draws a share card (share-card.ts) as a 1200×630 PNG: satori lays it out to SVG with the static
 * @fontsource/noto-sans-jp WOFF2 slices, resvg rasterises it. Each PNG carries the card data it was drawn
 * from (an iTXt chunk, keyword `koyaku:card`), and is cached under node_modules/.cache/koyaku/og by a hash
 * of that data, so a rebuild only draws cards whose words changed.
 */
import { isJa } from '../i18n/index.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { cacheFolder, cacheKey, readCached, writeCached } from '../cache.ts';
import { OG_HEIGHT, OG_WIDTH } from './og-size.ts';
import type { ShareCard } from './share-card.ts';

export { OG_HEIGHT, OG_WIDTH };
/** Bump when the drawing changes: it is part of the cache key. */
const DESIGN = 2;
/** The PNG text chunk's keyword for the card data. */
export const CARD_KEYWORD = 'koyaku:card';

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));
const FONT_VERSION = (JSON.parse(readFileSync(join(FONT_DIR, 'package.json'), 'utf8')) as { version: string }).version;
const WEIGHTS = [400, 700] as const;

interface Slice {
	/** A name of its own: slices sharing one family name drew every glyph blank. */
	name: string;
	file: string;
	weight: (typeof WEIGHTS)[number];
	ranges: [number, number][];
	data?: Buffer;
}

/** The unicode-range slices of a weight, read from @fontsource's CSS. */
function readSlices(weight: (typeof WEIGHTS)[number]): Slice[] {
	const css = readFileSync(join(FONT_DIR, `${weight}.css`), 'utf8');
	const slices: Slice[] = [];
	for (const face of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(face)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
		const index = /noto-sans-jp-(\w+)-\d+-normal\.woff2/.exec(file ?? '')?.[1];
		if (!file || !range || index === undefined) continue;
		const ranges = range.split(',').map((part): [number, number] => {
			const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
		});
		slices.push({ name: `Noto Sans JP ${index}`, file: join(FONT_DIR, 'files', file), weight, ranges });
	}
	return slices;
}

let slicesCache: Slice[] | undefined;
const allSlices = () => (slicesCache ??= WEIGHTS.flatMap(readSlices));

/** Only the slices that hold the card's characters: satori parses every font it is given, and a longer list is slower. */
function fontsFor(chars: string) {
	const points = new Set([...chars].map((c) => c.codePointAt(0)!));
	const used = allSlices().filter((slice) => [...points].some((p) => slice.ranges.some(([a, b]) => p >= a && p <= b)));
	return used.map((slice) => ({ name: slice.name, data: (slice.data ??= readFileSync(slice.file)), weight: slice.weight, style: 'normal' as const }));
}

// A tiny hyperscript for satori's element tree (no JSX in .ts files).
type Node = { type: string; props: Record<string, unknown> };
const h = (style: Record<string, unknown>, ...children: (Node | string | false | undefined)[]): Node => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, children: children.filter((c) => c !== false && c !== undefined && c !== '') },
});

const INK = '#1f2328';
const MUTED = '#57606a';
const ACCENT = '#0b5cad';
const CHANGE = '#00507d';

/** Title size steps down for long titles so they fit in three lines. */
const titleSize = (title: string, figure: boolean) => {
	const len = [...title].length;
	if (figure) return len > 22 ? 40 : 48;
	return len > 48 ? 44 : len > 28 ? 52 : 64;
};

function tree(card: ShareCard, families: string): Node {
	const { figure } = card;
	const clamp = (lines: number) => ({ lineClamp: lines, overflow: 'hidden', display: 'block' });
	const body = figure
		? h(
				{ flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
				h({ fontSize: titleSize(card.title, true), fontWeight: 700, color: INK, lineHeight: 1.3, ...clamp(2) }, card.title),
				h(
					{ alignItems: 'baseline', flexWrap: 'wrap', marginTop: 12 },
					h({ fontSize: figure.change ? 110 : 96, fontWeight: 700, color: ACCENT, lineHeight: 1.15, marginRight: 36 }, figure.change ?? figure.value),
					figure.change ? h({ fontSize: 52, fontWeight: 700, color: INK }, figure.value) : undefined,
				),
				h({ fontSize: 32, color: INK, marginTop: 8 }, [figure.when, figure.basis].filter(Boolean).join(isJa(card.lang) ? '・' : ' · ')),
				h({ fontSize: 26, color: MUTED, marginTop: 14, ...clamp(2) }, figure.source),
			)
		: h(
				{ flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
				h({ fontSize: titleSize(card.title, false), fontWeight: 700, color: INK, lineHeight: 1.35, ...clamp(3) }, card.title),
				card.subtitle ? h({ fontSize: 32, color: MUTED, marginTop: 16, lineHeight: 1.4, ...clamp(2) }, card.subtitle) : undefined,
				card.rating
					? h(
							{ marginTop: 24, alignItems: 'center' },
							h({ fontSize: 32, fontWeight: 700, color: '#ffffff', background: card.rating.color, borderRadius: 999, padding: '6px 28px' }, card.rating.label),
							card.rating.asOf ? h({ fontSize: 28, color: MUTED, marginLeft: 20 }, card.rating.asOf) : undefined,
						)
					: undefined,
				card.fact ? h({ fontSize: 30, fontWeight: 700, color: INK, marginTop: 20, lineHeight: 1.4, ...clamp(2) }, card.fact) : undefined,
			);
	return h(
		{ width: OG_WIDTH, height: OG_HEIGHT, flexDirection: 'column', background: '#ffffff', fontFamily: families, color: INK },
		h({ height: 18, background: ACCENT, width: '100%' }),
		h(
			{ flexDirection: 'column', flexGrow: 1, padding: '40px 64px 0' },
			h({ fontSize: 30, fontWeight: 700, color: ACCENT, letterSpacing: 1 }, card.eyebrow),
			body,
		),
		h(
			{ justifyContent: 'space-between', alignItems: 'center', padding: '20px 64px', background: '#f6f8fa', borderTop: '2px solid #d0d7de' },
			h({ fontSize: 30, fontWeight: 700, color: INK }, card.candidate),
			h({ fontSize: 24, color: MUTED, maxWidth: 560, ...clamp(1) }, card.site),
		),
	);
}

/** Every string the card draws, for picking font slices. */
const charsOf = (card: ShareCard) => JSON.stringify([card.eyebrow, card.title, card.subtitle, card.rating, card.fact, card.figure, card.candidate, card.site]) + '…';

/** The data a card's picture is drawn from: what the hash covers and what the PNG carries. */
export const drawnData = (card: ShareCard) => {
	const { page: _page, image: _image, alt: _alt, ...shown } = card;
	return shown;
};

/** The cache key: the card's words and rating colour, the design version and the font version. */
export const cardHash = (card: ShareCard) => cacheKey([JSON.stringify({ DESIGN, FONT_VERSION, card: drawnData(card) })], 20);

/** Adds an iTXt chunk (UTF-8 text) right after the PNG's IHDR chunk. */
export function withTextChunk(png: Uint8Array, keyword: string, value: string): Buffer {
	const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(value, 'utf8')]);
	const type = Buffer.from('iTXt', 'latin1');
	const chunk = Buffer.alloc(12 + data.length);
	chunk.writeUInt32BE(data.length, 0);
	type.copy(chunk, 4);
	data.copy(chunk, 8);
	chunk.writeUInt32BE(crc32(Buffer.concat([type, data])) >>> 0, 8 + data.length);
	const ihdrEnd = 8 + 12 + Buffer.from(png).readUInt32BE(8);
	return Buffer.concat([Buffer.from(png.subarray(0, ihdrEnd)), chunk, Buffer.from(png.subarray(ihdrEnd))]);
}

/** Draws a card without the cache. satori and resvg load only when a card is drawn: a warm rebuild never needs them. */
export async function drawCard(card: ShareCard): Promise<Buffer> {
	const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
	const fonts = fontsFor(charsOf(card));
	const families = [...new Set(fonts.map((f) => `'${f.name}'`))].join(', ');
	const svg = await satori(tree(card, families) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
	const png = new Resvg(svg, { fitTo: { mode: 'original' }, background: '#ffffff' }).render().asPng();
	return withTextChunk(png, CARD_KEYWORD, JSON.stringify(drawnData(card)));
}

/** The card's PNG: from the cache folder `og` (src/cache.ts) when the same words were drawn before, else drawn and cached. */
export async function renderCard(card: ShareCard): Promise<Buffer> {
	const dir = cacheFolder('og');
	const file = `${cardHash(card)}.png`;
	const cached = dir && readCached(dir, file);
	if (cached) return cached;
	const png = await drawCard(card);
	if (dir) writeCached(dir, file, png);
	return png;
}
