/**
 * The print-shop files (`npm run build -- --bleed`), checked with tools we did not write: Ghostscript's
 * `inkcov` device for the ink on each plate, qpdf for the file's objects. Built from a fixture with a
 * real (non-example) imprint; Komoro's example imprint makes the build refuse the print-shop file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Lang } from '../../src/i18n/index.ts';
import { runBuild, ROOT } from '../helpers/build.ts';
import { openPdf, renderPng, squash, textOf } from '../helpers/pdf.ts';
import { builtSite } from '../helpers/site.ts';

const MM = 72 / 25.4;
let dir: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'koyaku-print-shop-'));
	await runBuild(dir, { KOYAKU_CONTENT: join(ROOT, 'tests', 'fixtures', 'flyer-many-parts') }, ['--skip', 'search', '--bleed']);
}, 240_000);

/** Ghostscript's inkcov over a rectangle of a page (mm from the sheet's top-left): C, M, Y, K coverage 0–1. */
function inkcov(file: string, page: number, box: { x: number; y: number; w: number; h: number }, sheetHeight: number): number[] {
	const [w, h] = [box.w * MM, box.h * MM];
	// Shift the page so the rectangle is the whole (fixed-size) output page.
	const dx = -box.x * MM;
	const dy = -(sheetHeight - box.y - box.h) * MM;
	const out = execFileSync('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=inkcov', '-o', '-', `-dFirstPage=${page}`, `-dLastPage=${page}`, '-dFIXEDMEDIA', `-dDEVICEWIDTHPOINTS=${w}`, `-dDEVICEHEIGHTPOINTS=${h}`, '-c', `<< /BeginPage { ${dx} ${dy} translate } >> setpagedevice`, '-f', file], { encoding: 'utf8' });
	return out.trim().split(/\s+/).slice(0, 4).map(Number);
}

/** Whether a command-line tool is installed (.ci/run installs qpdf, poppler-utils and Ghostscript). */
const has = (tool: string) => {
	try {
		execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};

/**
 * What ISO 15930-1 (PDF/X-1a:2001) asks of a file, read with qpdf's JSON (a reader we did not write): no
 * PDF/X validator is packaged for Debian or npm here (veraPDF is not; pdfcpu and PDFBox's preflight check
 * PDF syntax or PDF/A, not PDF/X), so these are the standard's requirements, one by one. Returns what fails.
 */
function pdfx1aProblems(file: string): string[] {
	const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8')) as { qpdf: [{ pdfversion: string }, Record<string, { value?: unknown; stream?: { dict: Record<string, unknown> } }>] };
	const [meta, objects] = json.qpdf;
	const dictOf = (ref: unknown): Record<string, unknown> => {
		const o = typeof ref === 'string' && / R$/.test(ref) ? objects[`obj:${ref}`] : undefined;
		const v = o ? (o.value ?? o.stream?.dict) : ref;
		return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
	};
	const problems: string[] = [];
	const fail = (ok: boolean, what: string) => ok || problems.push(what);
	fail(Number(meta.pdfversion) <= 1.3, `PDF version ${meta.pdfversion} (X-1a:2001: 1.3 at most)`);
	const trailer = dictOf(objects['trailer']!.value);
	fail(Array.isArray(trailer['/ID']), 'trailer /ID');
	fail(!('/Encrypt' in trailer), 'no encryption');
	const info = dictOf(trailer['/Info']);
	fail(info['/GTS_PDFXVersion'] === 'u:PDF/X-1:2001', `Info /GTS_PDFXVersion is ${String(info['/GTS_PDFXVersion'])}, not (PDF/X-1:2001)`);
	fail(info['/GTS_PDFXConformance'] === 'u:PDF/X-1a:2001', 'Info /GTS_PDFXConformance (PDF/X-1a:2001)');
	for (const key of ['/Title', '/CreationDate', '/ModDate']) fail(typeof info[key] === 'string' && String(info[key]).length > 2, `Info ${key}`);
	fail(info['/Trapped'] === '/True' || info['/Trapped'] === '/False', 'Info /Trapped is /True or /False');
	const catalog = dictOf(trailer['/Root']);
	const intents = (catalog['/OutputIntents'] as unknown[] | undefined)?.map(dictOf).filter((i) => i['/S'] === '/GTS_PDFX') ?? [];
	fail(intents.length === 1, 'one /GTS_PDFX output intent');
	fail(typeof intents[0]?.['/OutputConditionIdentifier'] === 'string', 'its /OutputConditionIdentifier');
	// A registered condition (ICC registry) needs no embedded profile; any other needs /DestOutputProfile.
	fail(intents[0]?.['/RegistryName'] === 'u:http://www.color.org' || '/DestOutputProfile' in (intents[0] ?? {}), 'a registered condition or a /DestOutputProfile');
	fail(!('/AcroForm' in catalog) && !('/Names' in catalog && '/JavaScript' in dictOf(catalog['/Names'])), 'no forms or JavaScript');
	const within = (inner: number[], outer: number[]) => inner[0]! >= outer[0]! - 0.01 && inner[1]! >= outer[1]! - 0.01 && inner[2]! <= outer[2]! + 0.01 && inner[3]! <= outer[3]! + 0.01;
	let pages = 0;
	let fonts = 0;
	for (const [id, object] of Object.entries(objects)) {
		const d = dictOf(object.value ?? object.stream?.dict);
		if (d['/Type'] === '/Page') {
			pages++;
			const [media, bleed, trim] = ['/MediaBox', '/BleedBox', '/TrimBox'].map((k) => d[k] as number[] | undefined);
			fail(!!trim, `${id}: a /TrimBox`);
			fail(!!media && !!bleed && !!trim && within(bleed, media) && within(trim, bleed), `${id}: TrimBox within BleedBox within MediaBox`);
			fail(!('/Group' in d), `${id}: no transparency group`);
			fail(!('/AA' in d), `${id}: no actions`);
		}
		if (d['/Type'] === '/FontDescriptor') {
			fonts++;
			fail(['/FontFile', '/FontFile2', '/FontFile3'].some((k) => k in d), `${id}: font ${String(d['/FontName'])} embedded`);
		}
		if (d['/Type'] === '/ExtGState') {
			fail(d['/SMask'] === undefined || d['/SMask'] === '/None', `${id}: no soft mask`);
			for (const k of ['/CA', '/ca']) fail(d[k] === undefined || d[k] === 1, `${id}: ${k} is 1 (no transparency)`);
			fail(d['/BM'] === undefined || d['/BM'] === '/Normal' || d['/BM'] === '/Compatible', `${id}: blend mode Normal`);
			for (const k of ['/TR', '/TR2']) fail(d[k] === undefined || d[k] === '/Default', `${id}: no transfer function ${k}`);
		}
		if (d['/Subtype'] === '/Image') fail(!('/SMask' in d) && d['/ColorSpace'] !== '/DeviceRGB', `${id}: image with no soft mask, not RGB`);
		if (d['/Subtype'] === '/PS' || '/OPI' in d || '/Alternates' in d) problems.push(`${id}: PostScript XObject, OPI or alternate images`);
		if (d['/S'] === '/JavaScript') problems.push(`${id}: JavaScript`);
		if (d['/Group'] && dictOf(d['/Group'])['/S'] === '/Transparency') problems.push(`${id}: transparency group`);
	}
	fail(pages > 0, 'pages found');
	fail(fonts > 0, 'fonts found');
	return problems;
}

describe.each(['ja', 'en'] as Lang[])('flyer-%s-bleed.pdf', (lang) => {
	const file = () => join(dir, `flyer-${lang}-bleed.pdf`);

	it('meets PDF/X-1a:2001 item by item, read by qpdf; qpdf --check, Ghostscript and pdffonts read it without complaint', ({ skip }) => {
		expect(pdfx1aProblems(file())).toEqual([]);
		// qpdf's own structural check (exit 0, no warnings).
		expect(execFileSync('qpdf', ['--check', file()], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors found/);
		// Ghostscript stops on the first error or warning in the file.
		execFileSync('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-dPDFSTOPONERROR', '-dPDFSTOPONWARNING', '-sDEVICE=nullpage', file()], { stdio: 'pipe' });
		// Every content stream's colour operators: CMYK (k/K), grey (g/G) or named spaces (cs/CS: checked above), never DeviceRGB (rg/RG).
		const expanded = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file(), '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
		expect(expanded.match(/(?:^|\s)(?:[-\d.]+\s+){3}(?:rg|RG)(?=\s)/gm) ?? []).toEqual([]);
		if (!has('pdffonts')) return skip('pdffonts is missing: install poppler-utils (apt-get install poppler-utils; .ci/run does)');
		// poppler's pdffonts: every font embedded (the "emb" column).
		const rows = execFileSync('pdffonts', [file()], { encoding: 'utf8' }).trim().split('\n').slice(2);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
	});

	it('is PDF/X-1a: version 1.3, GTS_PDFXVersion, a Japan Color 2001 Coated output intent, and no RGB anywhere', async () => {
		const bytes = readFileSync(file());
		expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.3');
		const doc = await PDFDocument.load(bytes, { updateMetadata: false });
		const intents = doc.catalog.lookup(PDFName.of('OutputIntents'));
		expect(intents?.toString()).toContain('/GTS_PDFX');
		expect(intents?.toString()).toContain('JC200103');
		expect(intents?.toString()).toContain('Japan Color 2001 Coated');
		const info = doc.context.lookup(doc.context.trailerInfo.Info) as PDFDict;
		expect(info.toString()).toContain('PDF/X-1a:2001');
		// qpdf expands every stream: no RGB colour space is named anywhere in the file.
		const expanded = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file(), '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
		expect(expanded).not.toMatch(/DeviceRGB|CalRGB|\/ICCBased/);
		expect(expanded).toMatch(/DeviceCMYK/);
	});

	it('boxes: MediaBox 236 × 323 mm holds the トンボ, BleedBox 216 × 303 mm, TrimBox A4, centred', async () => {
		const pdf = await PDFDocument.load(readFileSync(file()));
		expect(pdf.getPageCount()).toBe(2);
		for (const page of pdf.getPages()) {
			const [media, bleed, trim] = [page.getMediaBox(), page.getBleedBox(), page.getTrimBox()];
			expect(media.width / MM).toBeCloseTo(236, 1);
			expect(media.height / MM).toBeCloseTo(323, 1);
			expect(bleed.width / MM).toBeCloseTo(216, 1);
			expect(bleed.height / MM).toBeCloseTo(303, 1);
			expect((bleed.x - media.x) / MM).toBeCloseTo(10, 1);
			expect((bleed.y - media.y) / MM).toBeCloseTo(10, 1);
			expect(trim.width / MM).toBeCloseTo(210, 1);
			expect(trim.height / MM).toBeCloseTo(297, 1);
			expect((trim.x - bleed.x) / MM).toBeCloseTo(3, 1);
			expect((trim.y - bleed.y) / MM).toBeCloseTo(3, 1);
		}
	});

	it('inkcov: the imprint and the body text print on K alone (C = M = Y = 0); the band uses colour', () => {
		// The imprint lines: from the trim's left edge (13 mm), 8–26 mm above the trim's bottom (310 mm).
		const [c, m, y, k] = inkcov(file(), 2, { x: 15, y: 288, w: 60, h: 12 }, 323);
		expect([c, m, y]).toEqual([0, 0, 0]);
		expect(k).toBeGreaterThan(0.005);
		// A run of achievement text in the first area's box (black text on a very light tint: tint aside, no C/M/Y in the text).
		const band = inkcov(file(), 1, { x: 30, y: 20, w: 150, h: 20 }, 323);
		expect(band[0]).toBeGreaterThan(0.3);
	});

	it('the text and fonts survive the conversion; the トンボ are drawn outside the bleed', async () => {
		const doc = await openPdf(file());
		expect(await textOf(doc, 2)).toContain(squash(lang === 'ja' ? '印刷者' : 'Printed by'));
		const dpi = 150;
		const { pixels } = await renderPng(doc, 1, `print-shop-${lang}-1`, dpi);
		const { data, width } = pixels;
		const px = dpi / 25.4;
		const grey = (xMm: number, yMm: number) => {
			const i = (Math.round(yMm * px) * width + Math.round(xMm * px)) * 4;
			return (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
		};
		const darkAcross = (x0: number, x1: number, y: number) => Math.min(...Array.from({ length: Math.round((x1 - x0) * 10) }, (_, i) => grey(x0 + i * 0.1, y)));
		const darkDown = (x: number, y0: number, y1: number) => Math.min(...Array.from({ length: Math.round((y1 - y0) * 10) }, (_, i) => grey(x, y0 + i * 0.1)));
		// Top-left corner: vertical marks on the trim line (x = 13) and the bleed line (x = 10), above the bleed (y < 10).
		expect(darkAcross(12.5, 13.5, 5)).toBeLessThan(170);
		expect(darkAcross(9.5, 10.5, 5)).toBeLessThan(170);
		// …and horizontal ones at y = 13 and y = 10, left of the bleed.
		expect(darkDown(5, 12.5, 13.5)).toBeLessThan(170);
		expect(darkDown(5, 9.5, 10.5)).toBeLessThan(170);
		// 十字 centre mark on the top edge: the centre line (x = 118) and its crossbar at y = 5.
		expect(darkAcross(117.5, 118.5, 3)).toBeLessThan(170);
		expect(darkDown(113, 4.5, 5.5)).toBeLessThan(170);
		// Paper white between the marks and the bleed, and the band's colour runs to the bleed line.
		expect(grey(5, 5)).toBeGreaterThan(240);
		expect(grey(60, 11)).toBeLessThan(200);
	});
});

it('Komoro’s example imprint: the build makes no print-shop file and says why', () => {
	const site = builtSite();
	expect(existsSync(join(site, 'flyer-ja.pdf'))).toBe(true);
	expect(existsSync(join(site, 'flyer-ja-bleed.pdf'))).toBe(false);
});
