/**
 * The flyer PDFs of the test build. global-setup.ts prints them as the build does (the PDF step, which
 * also removes the print pages) plus, first, the print-shop variant with bleed into a folder of its own.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildFlyerPdfs, type PdfResult } from '../../src/flyer/pdf.ts';
import { getModel } from '../../src/model/load.ts';

export interface FlyerInfo {
	/** Folder with flyer-ja.pdf and flyer-en.pdf printed with `--bleed`. */
	bleedDir?: string;
	/** The normal PDFs, written into the build folder. */
	result?: Pick<PdfResult, 'ms' | 'flyers'>;
	error?: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		koyakuFlyer: FlyerInfo;
	}
}

/** Runs the PDF step on the test build (called by global-setup.ts). */
export async function printTestFlyers(dir: string): Promise<FlyerInfo> {
	try {
		const model = getModel();
		const bleedDir = mkdtempSync(join(tmpdir(), 'koyaku-flyer-bleed-'));
		await buildFlyerPdfs(dir, model, { bleed: true, keepPrintPages: true, pdfDir: bleedDir });
		const result = await buildFlyerPdfs(dir, model);
		return { bleedDir, result: { ms: result.ms, flyers: result.flyers } };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

/** For test files: the flyer info; throws the PDF step's error if it failed. */
export function builtFlyers(): Required<Pick<FlyerInfo, 'bleedDir' | 'result'>> {
	const info = inject('koyakuFlyer');
	if (!info?.bleedDir || !info.result) throw new Error(info?.error ?? 'The flyer PDFs were not printed: see tests/helpers/global-setup.ts');
	return { bleedDir: info.bleedDir, result: info.result };
}
