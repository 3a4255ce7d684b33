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
import subsetFont from 'subset-font';
import { FONT_WEIGHTS, weightFile, type FontWeight } from '../model/font-glyphs.ts';

// What the font covers is read below the flyer (the check needs it too); the flyer's modules import it from here.
export { fontCodepoints } from '../model/font-glyphs.ts';

export const FONT_FAMILY = 'Noto Sans JP';
/** Site path the print page loads the font files from (served by the PDF step, never deployed). */
export const FONT_ROUTE = '/_flyer-fonts/';

/** The font file behind a {@link FONT_ROUTE} URL path (`/_flyer-fonts/400.ttf`), or undefined for anything else. */
export function fontFile(urlPath: string): string | undefined {
	const match = /^\/_flyer-fonts\/(\d00)\.ttf$/.exec(urlPath);
	const weight = match ? (Number(match[1]) as FontWeight) : undefined;
	return weight !== undefined && FONT_WEIGHTS.includes(weight) ? weightFile(weight) : undefined;
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
