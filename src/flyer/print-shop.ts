/**
 * The print-shop file: the RGB PDF Chromium printed, converted by Ghostscript (`gs`, not bundled: Debian
 * `apt-get install ghostscript`, macOS `brew install ghostscript`) to CMYK PDF/X-1a:2001 with a Japan
 * Color 2001 Coated output intent (registered as JC200103 in the ICC characterization registry, so X-1a
 * needs no embedded profile). Ghostscript's fast colour conversion (full black generation and undercolour
 * removal) puts every neutral — black and grey text, the QR code, rules — on the K plate alone, where an
 * ICC conversion makes them four-colour black (about 278 % ink). The flyer uses no transparency (X-1a).
 * The page boxes (TrimBox, BleedBox) are set again afterwards with pdf-lib, exactly as before.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { FlyerError } from './find-browser.ts';

/** Ghostscript's command on this platform. */
const GS = process.platform === 'win32' ? 'gswin64c' : 'gs';

export const GHOSTSCRIPT_MISSING =
	'✘ 印刷所用のチラシ（--bleed）には Ghostscript が必要です。入れてから、もう一度 build してください: Debian/Ubuntu `sudo apt-get install ghostscript`、macOS `brew install ghostscript`、Windows https://ghostscript.com/releases/gsdnld.html / ' +
	'The print-shop flyer (--bleed) needs Ghostscript: install it, then build again — Debian/Ubuntu `sudo apt-get install ghostscript`, macOS `brew install ghostscript`, Windows https://ghostscript.com/releases/gsdnld.html';

/** The output intent every print-shop file carries. */
export const OUTPUT_INTENT = { identifier: 'JC200103', info: 'Japan Color 2001 Coated', registry: 'http://www.color.org' } as const;

/** PostScript given to Ghostscript before the PDF: the PDF/X-1a document info (ISO 15930-1: the version is X-1:2001, the conformance X-1a:2001). */
const PDFX_DEF = `%!
[ /GTS_PDFXVersion (PDF/X-1:2001) /GTS_PDFXConformance (PDF/X-1a:2001) /Trapped /False /DOCINFO pdfmark
`;

/** Whether `gs` runs here. */
export function hasGhostscript(): boolean {
	try {
		execFileSync(GS, ['--version'], { stdio: 'pipe' });
		return true;
	} catch {
		return false;
	}
}

export async function toPrintShop(rgb: Buffer): Promise<Buffer> {
	if (!hasGhostscript()) throw new FlyerError(GHOSTSCRIPT_MISSING);
	const dir = mkdtempSync(join(tmpdir(), 'koyaku-cmyk-'));
	try {
		const [input, def, output] = ['rgb.pdf', 'pdfx.ps', 'cmyk.pdf'].map((f) => join(dir, f)) as [string, string, string];
		writeFileSync(input, rgb);
		writeFileSync(def, PDFX_DEF);
		execFileSync(
			GS,
			[
				'-q',
				'-dBATCH',
				'-dNOPAUSE',
				'-dSAFER',
				`--permit-file-read=${dir}/`,
				'-sDEVICE=pdfwrite',
				'-dPDFX',
				'-dCompatibilityLevel=1.3',
				'-sColorConversionStrategy=CMYK',
				'-sProcessColorModel=DeviceCMYK',
				'-dUseFastColor',
				'-dPDFSETTINGS=/prepress',
				'-dEmbedAllFonts=true',
				'-dSubsetFonts=true',
				'-dAutoRotatePages=/None',
				`-sOutputFile=${output}`,
				// Full black generation and undercolour removal: grey becomes K alone.
				'-c',
				'{} bind setblackgeneration {} bind setundercolorremoval',
				'-f',
				def,
				input,
			],
			{ stdio: 'pipe' },
		);
		return await withBoxesAndIntent(readFileSync(output), rgb);
	} catch (error) {
		if (error instanceof FlyerError) throw error;
		const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
		throw new FlyerError(`✘ 印刷所用のチラシをCMYKに変換できませんでした（Ghostscript） / Ghostscript could not convert the print-shop flyer to CMYK: ${stderr.trim().slice(0, 400)}`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The page boxes of the RGB file, copied onto Ghostscript's; the Japan Color output intent. */
async function withBoxesAndIntent(cmyk: Buffer, rgb: Buffer): Promise<Buffer> {
	const [doc, source] = await Promise.all([PDFDocument.load(cmyk, { updateMetadata: false }), PDFDocument.load(rgb, { updateMetadata: false })]);
	doc.getPages().forEach((page, i) => {
		const from = source.getPage(i);
		for (const [get, set] of [
			[from.getMediaBox(), page.setMediaBox],
			[from.getCropBox(), page.setCropBox],
			[from.getBleedBox(), page.setBleedBox],
			[from.getTrimBox(), page.setTrimBox],
		] as const)
			set.call(page, get.x, get.y, get.width, get.height);
	});
	const intent = doc.context.obj({
		Type: 'OutputIntent',
		S: 'GTS_PDFX',
		OutputConditionIdentifier: PDFString.of(OUTPUT_INTENT.identifier),
		OutputCondition: PDFString.of(OUTPUT_INTENT.info),
		Info: PDFString.of(OUTPUT_INTENT.info),
		RegistryName: PDFString.of(OUTPUT_INTENT.registry),
	}) as PDFDict;
	doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([intent]) as PDFArray);
	doc.setTitle(source.getTitle() ?? 'flyer');
	doc.setLanguage(source.catalog.get(PDFName.of('Lang'))?.toString().replace(/^\(|\)$/g, '') ?? 'ja');
	// X-1a: PDF 1.3, no object streams. pdf-lib always writes a 1.7 header: the same 8 bytes say 1.3 (offsets unchanged).
	const out = Buffer.from(await doc.save({ useObjectStreams: false }));
	out.write('%PDF-1.3', 0, 'latin1');
	return out;
}
