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
