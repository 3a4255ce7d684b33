/**
 * Reading the flyer PDFs in tests with ONE PDF library for content (pdfjs-dist's legacy build, which
 * runs on Node 24; do not load unpdf in the same process) and pdf-lib only for the page boxes pdf.js
 * does not expose (TrimBox, BleedBox).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ROOT } from './build.ts';

export const openPdf = (file: string): Promise<PDFDocumentProxy> =>
	getDocument({ data: new Uint8Array(readFileSync(file)), fontExtraProperties: true, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;

export interface PdfFont {
	name: string;
	/** pdf.js's font type: `CIDFontType2` for CID TrueType, `Type3` for Type 3. */
	type: string;
	isType3Font: boolean;
	/** True when the font program is not embedded. */
	missingFile: boolean;
}

/** Every font a page's content uses. */
export async function fontsOf(doc: PDFDocumentProxy, pageNumber: number): Promise<PdfFont[]> {
	const page = await doc.getPage(pageNumber);
	const ops = await page.getOperatorList();
	const ids = new Set<string>();
	ops.fnArray.forEach((fn, i) => {
		if (fn === OPS.setFont) ids.add(ops.argsArray[i][0] as string);
	});
	return [...ids].map((id) => page.commonObjs.get(id) as PdfFont);
}

/** A page's text, NFKC-normalised (full-width digits and brackets become ASCII), spaces removed. */
export async function textOf(doc: PDFDocumentProxy, pageNumber: number): Promise<string> {
	const content = await (await doc.getPage(pageNumber)).getTextContent();
	return squash(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
}

/** A page's text as extracted, unnormalised (for NFC comparisons). */
export async function rawTextOf(doc: PDFDocumentProxy, pageNumber: number): Promise<string> {
	const content = await (await doc.getPage(pageNumber)).getTextContent();
	return content.items.map((item) => ('str' in item ? item.str : '')).join('');
}

/**
 * For comparing with extracted text: NFKC, no whitespace. pdf.js reports the katakana middle dot ・
 * (U+30FB) as U+2027 although the file's ToUnicode says U+30FB (poppler's pdftotext reads U+30FB), so
 * both sides map U+2027 back.
 */
export const squash = (value: string) => value.normalize('NFKC').replace(/\s+/g, '').replace(/\u2027/g, '\u30fb');

/** Gitignored folder for PNG renders to look at. */
export const TEST_OUTPUT = join(ROOT, 'test-output');

/** Renders a page to PNG (pdf.js on @napi-rs/canvas) into test-output/; returns the file and its pixels. */
export async function renderPng(doc: PDFDocumentProxy, pageNumber: number, name: string, dpi = 100) {
	const page = await doc.getPage(pageNumber);
	const viewport = page.getViewport({ scale: dpi / 72 });
	const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: CanvasRenderingContext2D } } })
		.canvasFactory;
	const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
	await page.render({ canvasContext: context, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
	mkdirSync(TEST_OUTPUT, { recursive: true });
	const file = join(TEST_OUTPUT, `${name}.png`);
	writeFileSync(file, canvas.toBuffer('image/png'));
	const pixels = context.getImageData(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
	return { file, pixels };
}

/**
 * A page's text-showing operators (Tj, TJ, ', ") by where they sit, read from pdf.js's operator list:
 * inside a marked-content sequence with an MCID (tagged: in the structure tree), inside /Artifact, or
 * neither (untagged: a screen reader or reflow cannot place them).
 */
export async function textRunsOf(doc: PDFDocumentProxy, pageNumber: number): Promise<{ tagged: number; artifact: number; untagged: number }> {
	const ops = await (await doc.getPage(pageNumber)).getOperatorList();
	const show = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
	const open: { tag: string; mcid: boolean }[] = [];
	const out = { tagged: 0, artifact: 0, untagged: 0 };
	ops.fnArray.forEach((fn, i) => {
		const args = ops.argsArray[i] as unknown[];
		// pdf.js passes BDC's MCID as its second argument (a number), or null when the sequence has none.
		if (fn === OPS.beginMarkedContent) open.push({ tag: String(args[0]), mcid: false });
		else if (fn === OPS.beginMarkedContentProps) open.push({ tag: String(args[0]), mcid: typeof args[1] === 'number' });
		else if (fn === OPS.endMarkedContent) open.pop();
		else if (show.has(fn)) {
			if (open.some((m) => m.tag === 'Artifact')) out.artifact++;
			else if (open.some((m) => m.mcid)) out.tagged++;
			else out.untagged++;
		}
	});
	return out;
}
