/**
 * The flyer's font: Noto Sans JP as ONE static TrueType file per weight (@expo-google-fonts/noto-sans-jp,
 * the Google Fonts static TTFs). Chromium subsets each file it prints with into one CID TrueType font, so
 * a flyer embeds one font per weight, under its real name (NotoSansJP-Regular, -Bold, -Black). The
 * @fontsource unicode-range slices the site uses came out as one embedded font per slice and weight (91
 * in the Japanese flyer); the variable font, system Noto CJK and .otf (CFF) fonts as Type 3 fonts.
 *
 * The font files are NOT copied into the site (about 5.5 MB a weight): the print page points at
 * {@link FONT_ROUTE} and the PDF step serves that path from node_modules while it prints.
 */
import { createRequire } from 'node:module';
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
