/** subset-font 2.9 ships no types: the one function the flyer uses (src/flyer/fonts.ts). */
declare module 'subset-font' {
	export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt'; preserveNameIds?: number[] }): Promise<Buffer>;
}
