/**
 * The flyer's font: the STATIC @fontsource/noto-sans-jp weights. Chromium embeds these as CID TrueType
 * subsets; the variable package, system Noto CJK and .otf (CFF) fonts came out as Type 3 fonts, and the
 * system font made pdf.js extract Kangxi radicals (⼦ for 子). So the print page names only this font.
 *
 * The font files are NOT copied into the site (about 9 MB a weight): the print page points at
 * {@link FONT_ROUTE} and the PDF step serves that path from node_modules while it prints.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

export const FONT_FAMILY = 'Noto Sans JP';
/** Weights the flyer uses: body, bold, and the large figures. */
export const FONT_WEIGHTS = [400, 700, 900] as const;
/** Site path the print page loads the font files from (served by the PDF step, never deployed). */
export const FONT_ROUTE = '/_flyer-fonts/';

const packageDir = () => dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/package.json'));

/** The font file behind a {@link FONT_ROUTE} URL path, or undefined for anything else. */
export function fontFile(urlPath: string): string | undefined {
	if (!urlPath.startsWith(FONT_ROUTE)) return undefined;
	const name = basename(urlPath);
	return /^noto-sans-jp-[\w-]+\.woff2$/.test(name) ? join(packageDir(), 'files', name) : undefined;
}

/**
 * @font-face rules for {@link FONT_WEIGHTS}, from the package's own CSS (its unicode-range subsets, so
 * Chromium fetches only the subsets the flyer's text needs), pointed at {@link FONT_ROUTE}, woff2 only.
 */
export function fontFaceCss(): string {
	return FONT_WEIGHTS.map((weight) =>
		readFileSync(join(packageDir(), `${weight}.css`), 'utf8')
			.replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(?:,\s*url\([^)]+\) format\('woff'\))?/g, `url(${FONT_ROUTE}$1) format('woff2')`)
			.replace(/font-display:\s*swap/g, 'font-display: block'),
	).join('\n');
}

let covered: [number, number][] | undefined;
/**
 * The code points the flyer's fonts have a glyph for, as sorted ranges: the `unicode-range`s of the
 * package's own CSS for every weight the flyer uses (each range names the characters of one subset file;
 * a character in none of them has no glyph, and Chromium would print it in a system font as Type 3, or
 * as an empty box).
 */
function coveredRanges(): [number, number][] {
	if (covered) return covered;
	const ranges: [number, number][] = [];
	// The weights share their subsets (the same lists of ranges): each distinct list is read once.
	const lists = new Set(FONT_WEIGHTS.flatMap((weight) => [...readFileSync(join(packageDir(), `${weight}.css`), 'utf8').matchAll(/unicode-range:([^;]*)/g)].map((m) => m[1]!)));
	for (const list of lists)
		for (const part of list.split(',')) {
			const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
			ranges.push([parseInt(from!, 16), parseInt(to ?? from!, 16)]);
		}
	return (covered = ranges.sort((a, b) => a[0] - b[0]));
}

/** Whether every weight of the flyer has no glyph for `code` (a binary search over the covered ranges). */
const uncovered = (code: number) => {
	const ranges = coveredRanges();
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const [from, to] = ranges[mid]!;
		if (code < from) hi = mid - 1;
		else if (code > to) lo = mid + 1;
		else return false;
	}
	return true;
};

let bmp: Uint8Array | undefined;
/** The Basic Multilingual Plane's coverage as one bit per code point (8 KB, made once): one lookup a character. */
const coveredBmp = (): Uint8Array => {
	if (bmp) return bmp;
	bmp = new Uint8Array(0x10000 / 8);
	for (const [from, to] of coveredRanges()) for (let code = from; code <= Math.min(to, 0xffff); code++) bmp[code >> 3]! |= 1 << (code & 7);
	return bmp;
};

/**
 * The characters of `text` the flyer's fonts cannot print (emoji, right-to-left scripts, symbols outside
 * the Japanese font), each once, in order; line breaks, tabs and the invisible joiners and variation
 * selectors that emoji are made of are not characters that print.
 * @example missingGlyphs('祝😀当選') // ['😀']
 */
export function missingGlyphs(text: string): string[] {
	if (!lacksGlyph(text)) return [];
	const covered = coveredBmp();
	let found: Set<string> | undefined;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0xd800 || unit > 0xdfff) {
			if (unit < 0x20 || unit === 0x200d || (unit >= 0xfe00 && unit <= 0xfe0f) || covered[unit >> 3]! & (1 << (unit & 7))) continue;
			(found ??= new Set()).add(text[i]!);
			continue;
		}
		const code = text.codePointAt(i)!;
		if (code > 0xffff) i++;
		if ((code >= 0xe0100 && code <= 0xe01ef) || !uncovered(code)) continue;
		(found ??= new Set()).add(String.fromCodePoint(code));
	}
	return found ? [...found] : [];
}

/**
 * Whether `text` has a character the flyer's fonts cannot print (`missingGlyphs`, without naming them):
 * one bit looked up a character, nothing allocated, since it runs over every label of a big campaign.
 */
export function lacksGlyph(text: string): boolean {
	const covered = coveredBmp();
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (covered[unit >> 3]! & (1 << (unit & 7))) continue;
		if (unit < 0x20 || unit === 0x200d || (unit >= 0xfe00 && unit <= 0xfe0f)) continue;
		return true;
	}
	return false;
}
