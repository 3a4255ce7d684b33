/**
 * Build step `pdf` (scripts/build.ts): prints the flyer, dist/flyer-ja.pdf and dist/flyer-en.pdf (A4), and
 * with `--bleed` or site.yaml `flyer.bleed: true` also flyer-ja-bleed.pdf and flyer-en-bleed.pdf for a print
 * shop. Prints what the election law expects of the flyer in the current phase (the calendar in site.yaml).
 * Finds a browser (src/flyer/find-browser.ts); none stops the build (the last good site stays). Content that
 * does not fit one language's flyer even with every optional item left out is an error for THAT flyer only:
 * the site and the other flyers are published, and the last good PDF of that language is kept (`--strict`
 * stops the build instead). `--no-pdf` skips the step explicitly.
 * Also runs alone on a built folder: `node scripts/steps/flyer-pdf.ts dist [--bleed] [--keep-print-pages]`.
 */
import { printedLocales } from '../../src/schemas/locales.ts';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BuildStop } from '../build-stop.ts';
import { flyerLawNotes, formatFlyerLawNotes } from '../../src/model/election-calendar.ts';
import { now } from '../../src/clock.ts';
import { buildFlyerPdfs, FlyerError, pdfFlags, removePrintPages } from '../../src/flyer/pdf.ts';
import { flyerTexts } from '../../src/flyer/flyer-content.ts';
import { getModel } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';

export const pdfStep = {
	name: 'pdf',
	async run(ctx: { outDir: string; liveDir?: string; model?: Model; log(message: string): void }) {
		const argv = process.argv.slice(2);
		const { skip } = pdfFlags(argv, ctx.model);
		let { bleed } = pdfFlags(argv, ctx.model);
		if (skip) {
			removePrintPages(ctx.outDir);
			return ctx.log('  – 印刷用チラシ（PDF）は作成していません（--no-pdf）。サイトのPDFへのリンクは切れています / flyer PDFs skipped (--no-pdf): the site’s links to them are broken');
		}
		// What the election law expects of the printed flyer today (src/model/election-calendar.ts).
		if (ctx.model) {
			const { site } = ctx.model;
			const notes = flyerLawNotes(site, { mode: site.flyer.mode, types: site.flyer.campaign?.types, texts: textsOf(ctx.model) }, now());
			for (const line of formatFlyerLawNotes(notes)) ctx.log(line);
		}
		// A print shop prints what it is sent: never the example imprint (check stops `flyer.bleed: true` already).
		if (bleed && ctx.model?.site.imprint.example) {
			ctx.log(
				'  ✘ 発行者・頒布責任者・印刷者が例の値のままなので、印刷所用のファイル（-bleed.pdf）は作成していません。site.yaml の imprint に本当の名前と住所を書き、example: false にしてください / The imprint still holds example values, so the print-shop files (-bleed.pdf) were not made: write the real names and addresses under imprint in site.yaml and set example: false',
			);
			bleed = false;
		}
		try {
			const result = await buildFlyerPdfs(ctx.outDir, ctx.model, { bleed, log: ctx.log, ...(ctx.liveDir ? { previousDir: ctx.liveDir } : {}) });
			// --strict: a flyer that was not made stops the build (the last good site stays).
			if (result.failed.length && argv.includes('--strict')) throw new BuildStop(result.failed.map((f) => f.message).join('\n'));
		} catch (error) {
			if (!(error instanceof FlyerError)) throw error;
			throw new BuildStop(error.message);
		}
	},
};

/** The flyer's own texts in every language of the site; none when its settings are wrong (printing then reports that). */
function textsOf(model: Model): string[] {
	try {
		return printedLocales(model.site.locales).flatMap((lang) => flyerTexts(model, lang));
	} catch {
		return [];
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const argv = process.argv.slice(2);
	const dir = resolve(argv.find((a) => !a.startsWith('--')) ?? 'dist');
	const model = getModel();
	try {
		const result = await buildFlyerPdfs(dir, model, { bleed: pdfFlags(argv, model).bleed, keepPrintPages: argv.includes('--keep-print-pages'), log: console.log });
		for (const f of result.flyers) console.log(`  ${f.file}  ${f.bytes} bytes  ${f.ms} ms  smallest text ${f.minPt} pt`);
		if (result.failed.length) process.exit(1);
	} catch (error) {
		if (!(error instanceof FlyerError)) throw error;
		console.error(error.message);
		process.exit(1);
	}
}
