/**
 * Which characters the flyer's font can print, for the check (rules.ts `flyerGlyphsExist`) and the PDF
 * step (src/flyer/pdf.ts): read from the font files' own character maps, so it sits below both. The font
 * is Noto Sans JP as one static TrueType file per weight (src/flyer/fonts.ts says why).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Weights the flyer uses: body, bold, and the large figures. */
export const FONT_WEIGHTS = [400, 700, 900] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

const FILES: Record<FontWeight, string> = {
	400: '400Regular/NotoSansJP_400Regular.ttf',
	700: '700Bold/NotoSansJP_700Bold.ttf',
	900: '900Black/NotoSansJP_900Black.ttf',
};

const packageDir = () => dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/package.json'));

/** The font file of a weight of the flyer's font. */
export const weightFile = (weight: FontWeight): string => join(packageDir(), FILES[weight]);

/** `length` bytes of the open file `fd` from `position`. */
function bytesAt(fd: number, position: number, length: number): Buffer {
	const buffer = Buffer.alloc(length);
	readSync(fd, buffer, 0, length, position);
	return buffer;
}

const coverage = new Map<string, Set<number>>();

/**
 * The code points a TrueType/OpenType font maps (its `cmap`: format 12, else format 4), read once per
 * process: what the flyer can print in its own font. A character outside it would print in another font.
 * Only the table directory and the cmap are read (a weight's file is about 5.5 MB; its cmap a few hundred KB).
 */
export function fontCodepoints(file: string): Set<number> {
	const cached = coverage.get(file);
	if (cached) return cached;
	const out = new Set<number>();
	const fd = openSync(file, 'r');
	try {
		const tables = bytesAt(fd, 0, 12).readUInt16BE(4);
		const directory = bytesAt(fd, 12, tables * 16);
		let cmapAt = -1;
		let cmapLength = 0;
		for (let i = 0; i < tables; i++)
			if (directory.toString('latin1', i * 16, i * 16 + 4) === 'cmap') {
				cmapAt = directory.readUInt32BE(i * 16 + 8);
				cmapLength = directory.readUInt32BE(i * 16 + 12);
			}
		if (cmapAt < 0) return out;
		const cmap = bytesAt(fd, cmapAt, cmapLength);
		const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => cmap.readUInt32BE(4 + i * 8 + 4));
		const at = subtables.find((o) => cmap.readUInt16BE(o) === 12) ?? subtables.find((o) => cmap.readUInt16BE(o) === 4);
		if (at !== undefined && cmap.readUInt16BE(at) === 12) {
			for (let g = 0, groups = cmap.readUInt32BE(at + 12); g < groups; g++) {
				const start = cmap.readUInt32BE(at + 16 + g * 12);
				const end = cmap.readUInt32BE(at + 20 + g * 12);
				for (let c = start; c <= end; c++) out.add(c);
			}
		} else if (at !== undefined) {
			const segments = cmap.readUInt16BE(at + 6) / 2;
			for (let s = 0; s < segments; s++) {
				const end = cmap.readUInt16BE(at + 14 + s * 2);
				const start = cmap.readUInt16BE(at + 16 + segments * 2 + s * 2);
				for (let c = start; c <= end && c !== 0xffff; c++) out.add(c);
			}
		}
	} finally {
		closeSync(fd);
	}
	coverage.set(file, out);
	return out;
}

let covers: { bmp: Uint8Array; astral: Set<number> } | undefined;
/**
 * What every weight of the flyer's font maps (its cmap, {@link fontCodepoints}), made once: the Basic
 * Multilingual Plane as one bit per code point (8 KB, one lookup a character) and the rest as a set.
 */
function covered(): { bmp: Uint8Array; astral: Set<number> } {
	if (!covers) {
		const sets = FONT_WEIGHTS.map((weight) => fontCodepoints(weightFile(weight)));
		const bmp = new Uint8Array(0x10000 / 8);
		const astral = new Set<number>();
		for (const code of sets[0]!) {
			if (!sets.every((set) => set.has(code))) continue;
			if (code <= 0xffff) bmp[code >> 3]! |= 1 << (code & 7);
			else astral.add(code);
		}
		covers = { bmp, astral };
	}
	return covers;
}

/** Line breaks and tabs, and the invisible joiners and variation selectors emoji are made of: not characters that print. */
const invisible = (code: number) => code < 0x20 || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef);

/**
 * The characters of `text` the flyer's fonts cannot print (emoji, right-to-left scripts, symbols outside
 * the Japanese font), each once, in order: at `check`, before anything is printed.
 * @example missingGlyphs('祝😀当選') // ['😀']
 */
export function missingGlyphs(text: string): string[] {
	if (!lacksGlyph(text)) return [];
	const { bmp: inBmp, astral: far } = covered();
	const found = new Set<string>();
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (invisible(code) || (code <= 0xffff ? inBmp[code >> 3]! & (1 << (code & 7)) : far.has(code))) continue;
		found.add(char);
	}
	return [...found];
}

/**
 * Whether `text` has a character the flyer's fonts cannot print ({@link missingGlyphs}, without naming
 * them): nothing allocated, since it runs over every label of a big campaign.
 */
export function lacksGlyph(text: string): boolean {
	const { bmp: inBmp, astral: far } = covered();
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (inBmp[unit >> 3]! & (1 << (unit & 7))) continue;
		const code = text.codePointAt(i)!;
		if (code > 0xffff) i++;
		if (invisible(code) || (code > 0xffff && far.has(code))) continue;
		return true;
	}
	return false;
}
