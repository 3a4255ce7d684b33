/**
 * Build step `pdf` (scripts/build.ts): prints the flyer, dist/flyer-ja.pdf and dist/flyer-en.pdf (A4), and
 * with `--bleed` or site.yaml `flyer.bleed: true` also flyer-ja-bleed.pdf and flyer-en-bleed.pdf for a print
 * shop. Prints what the election law expects of the flyer in the current phase (the calendar in site.yaml).
 * Finds a browser (src/flyer/find-browser.ts); none, or content that does not fit, stops the build
 * with the message (the last good site stays). `--no-pdf` skips it explicitly.
 * Also runs alone on a built folder: `node scripts/steps/flyer-pdf.ts dist [--bleed] [--keep-print-pages]`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BuildStop } from '../build-stop.ts';
import { flyerLawNotes, formatFlyerLawNotes } from '../../src/lib/election-calendar.ts';
import { now } from '../../src/lib/today.ts';
import { buildFlyerPdfs, FlyerError, pdfFlags, removePrintPages } from '../../src/flyer/pdf.ts';
import { flyerTexts } from '../../src/flyer/flyer-content.ts';
import { getModel } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';

export const pdfStep = {
	name: 'pdf',
	async run(ctx: { outDir: string; model?: Model; log(message: string): void }) {
		const { bleed, skip } = pdfFlags(process.argv.slice(2), ctx.model);
		if (skip) {
			removePrintPages(ctx.outDir);
			return ctx.log('  – 印刷用チラシ（PDF）は作成していません（--no-pdf）。サイトのPDFへのリンクは切れています / flyer PDFs skipped (--no-pdf): the site’s links to them are broken');
		}
		// What the election law expects of the printed flyer today (src/lib/election-calendar.ts).
		if (ctx.model) {
			const { site } = ctx.model;
			const notes = flyerLawNotes(site, { mode: site.flyer.mode, types: site.flyer.campaign?.types, texts: textsOf(ctx.model) }, now());
			for (const line of formatFlyerLawNotes(notes)) ctx.log(line);
		}
		try {
			await buildFlyerPdfs(ctx.outDir, ctx.model, { bleed, log: ctx.log });
		} catch (error) {
			if (!(error instanceof FlyerError)) throw error;
			throw new BuildStop(error.message);
		}
	},
};

/** The flyer's own texts in every language of the site; none when its settings are wrong (printing then reports that). */
function textsOf(model: Model): string[] {
	try {
		return model.site.locales.flatMap((lang) => flyerTexts(model, lang));
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
		for (const f of result.flyers) console.log(`  ${f.file}  ${f.bytes} bytes  ${f.ms} ms`);
	} catch (error) {
		if (!(error instanceof FlyerError)) throw error;
		console.error(error.message);
		process.exit(1);
	}
}
