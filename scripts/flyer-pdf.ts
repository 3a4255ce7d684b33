/**
 * Prints the flyer PDFs of an already built site: `node scripts/flyer-pdf.ts [folder] [--bleed] [--keep-print-pages]`
 * (default folder `dist`). The build runs the same step itself; this is for trying the flyer on its own.
 */
import { resolve } from 'node:path';
import { getModel } from '../src/model/load.ts';
import { buildFlyerPdfs, FlyerError, pdfFlags } from '../src/flyer/pdf.ts';

const argv = process.argv.slice(2);
const dir = resolve(argv.find((a) => !a.startsWith('--')) ?? 'dist');
const model = getModel();
const { bleed, skip } = pdfFlags(argv, model);
if (skip) process.exit(0);
try {
	const result = await buildFlyerPdfs(dir, model, { bleed, keepPrintPages: argv.includes('--keep-print-pages'), log: console.log });
	for (const f of result.flyers) console.log(`  ${f.file}  ${f.bytes} bytes  ${f.ms} ms`);
} catch (error) {
	if (!(error instanceof FlyerError)) throw error;
	console.error(error.message);
	process.exit(1);
}
