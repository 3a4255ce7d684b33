/**
 * The flyer's font: Noto Sans JP as ONE static TrueType file per weight (@expo-google-fonts/noto-sans-jp,
 * the Google Fonts static TTFs). Chromium subsets each file it prints with into one CID TrueType font, so
 * a flyer embeds one font per weight, under its real name (NotoSansJP-Regular, -Bold, -Black). The
 * @fontsource unicode-range slices the site uses came out as one embedded font per slice and weight (91
 * in the Japanese flyer); the variable font, system Noto CJK and .otf (CFF) fonts as Type 3 fonts.
 *
 * Each file is first cut down (harfbuzz, `subset-font`) to the characters of the page being printed, MINUS
 * the Kangxi and CJK radicals (U+2E80–U+2FDF): the font maps 見 and ⾒ (U+2F92) to one glyph, and Chromium
 * wrote whichever came first into the PDF's ToUnicode, so copied or read-aloud text said ⾒ and ⻑ for 見
 * and 長. A radical the content itself uses is kept. (Smaller files load faster, too.)
 *
 * The font files are NOT copied into the site (about 5.5 MB a weight): the print page points at
 * {@link FONT_ROUTE} and the PDF step serves that path from node_modules while it prints.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Noto Sans JP';
/** Weights the flyer uses: body, bold, and the large figures. */
export const FONT_WEIGHTS = [400, 700, 900] as const;
/** Site path the print page loads the font files from (served by the PDF step, never deployed). */
export const FONT_ROUTE = '/_flyer-fonts/';

const FILES: Record<(typeof FONT_WEIGHTS)[number], string> = {
	400: '400Regular/NotoSansJP_400Regular.ttf',
	700: '700Bold/NotoSansJP_700Bold.ttf',
	900: '900Black/NotoSansJP_900Black.ttf',
};

const packageDir = () => dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/package.json'));

/** The font file behind a {@link FONT_ROUTE} URL path (`/_flyer-fonts/400.ttf`), or undefined for anything else. */
export function fontFile(urlPath: string): string | undefined {
	const match = /^\/_flyer-fonts\/(\d00)\.ttf$/.exec(urlPath);
	const file = match ? FILES[Number(match[1]) as (typeof FONT_WEIGHTS)[number]] : undefined;
	return file ? join(packageDir(), file) : undefined;
}

/** One @font-face per weight in {@link FONT_WEIGHTS}, at {@link FONT_ROUTE}. */
export function fontFaceCss(): string {
	return FONT_WEIGHTS.map(
		(weight) => `@font-face { font-family: '${FONT_FAMILY}'; font-style: normal; font-weight: ${weight}; font-display: block; src: url(${FONT_ROUTE}${weight}.ttf) format('truetype'); }`,
	).join('\n');
}

/** Radicals that share glyphs with ordinary kanji: never in the subset unless the text itself has them. */
const RADICALS = /[\u2E80-\u2FDF]/gu;

const subsets = new Map<string, Promise<Buffer>>();

/**
 * The font file of a weight cut down to the characters of `text` (ASCII always kept), radicals out unless
 * `text` has them. Cached per weight and text for the process.
 */
export function fontSubset(file: string, text: string): Promise<Buffer> {
	const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
	const chars = [...new Set(ascii + text)].sort().join('');
	const key = `${file}|${chars}`;
	const cached = subsets.get(key);
	if (cached) return cached;
	// Radicals written in the content stay (rare); the ones only in the font's own cmap go.
	const keep = chars.replace(RADICALS, (c) => (text.includes(c) ? c : ''));
	const subset = subsetFont(readFileSync(file), keep, { targetFormat: 'truetype' });
	subsets.set(key, subset);
	return subset;
}

const coverage = new Map<string, Set<number>>();

/**
 * The code points a TrueType/OpenType font maps (its `cmap`: format 12, else format 4), read once per
 * process: what the flyer can print in its own font. A character outside it would print in another font.
 */
export function fontCodepoints(file: string): Set<number> {
	const cached = coverage.get(file);
	if (cached) return cached;
	const font = readFileSync(file);
	const tables = font.readUInt16BE(4);
	let cmap = -1;
	for (let i = 0; i < tables; i++) if (font.toString('latin1', 12 + i * 16, 16 + i * 16) === 'cmap') cmap = font.readUInt32BE(12 + i * 16 + 8);
	const out = new Set<number>();
	if (cmap < 0) return out;
	const subtables = Array.from({ length: font.readUInt16BE(cmap + 2) }, (_, i) => cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4));
	const at = subtables.find((o) => font.readUInt16BE(o) === 12) ?? subtables.find((o) => font.readUInt16BE(o) === 4);
	if (at !== undefined && font.readUInt16BE(at) === 12) {
		for (let g = 0, groups = font.readUInt32BE(at + 12); g < groups; g++) {
			const start = font.readUInt32BE(at + 16 + g * 12);
			const end = font.readUInt32BE(at + 20 + g * 12);
			for (let c = start; c <= end; c++) out.add(c);
		}
	} else if (at !== undefined) {
		const segments = font.readUInt16BE(at + 6) / 2;
		for (let s = 0; s < segments; s++) {
			const end = font.readUInt16BE(at + 14 + s * 2);
			const start = font.readUInt16BE(at + 16 + segments * 2 + s * 2);
			for (let c = start; c <= end && c !== 0xffff; c++) out.add(c);
		}
	}
	coverage.set(file, out);
	return out;
}

let bmp: Uint8Array | undefined;
let astral: Set<number> | undefined;
/**
 * What every weight of the flyer's font maps (its cmap, {@link fontCodepoints}), made once: the Basic
 * Multilingual Plane as one bit per code point (8 KB, one lookup a character) and the rest as a set.
 */
function covered(): { bmp: Uint8Array; astral: Set<number> } {
	if (!bmp || !astral) {
		const sets = FONT_WEIGHTS.map((weight) => fontCodepoints(fontFile(`${FONT_ROUTE}${weight}.ttf`)!));
		bmp = new Uint8Array(0x10000 / 8);
		astral = new Set();
		for (const code of sets[0]!) {
			if (!sets.every((set) => set.has(code))) continue;
			if (code <= 0xffff) bmp[code >> 3]! |= 1 << (code & 7);
			else astral.add(code);
		}
	}
	return { bmp, astral };
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
