/**
 * An office's documents for the import tests, made the way offices make them:
 * - a text PDF: tests/fixtures/import/newsletter.html (a fictional newsletter) printed by Chromium,
 *   exactly as the flyer is printed (its Japanese font turns some kanji into radicals on extraction, as
 *   real printed PDFs do);
 * - a Word .docx written by Word's own file format (WordprocessingML in a zip, via jszip) with a Heading 1
 *   style, an automatically numbered list and typed ● lines — the parts mammoth reads.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { findBrowser } from '../../src/flyer/find-browser.ts';
import { ROOT } from './build.ts';

export const NEWSLETTER_HTML = join(ROOT, 'tests/fixtures/import/newsletter.html');

/** Prints the fictional newsletter to `pdf` with Chromium. */
export async function printNewsletter(pdf: string, html = NEWSLETTER_HTML): Promise<string> {
	const found = await findBrowser();
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox', ...found.args], ...(found.env ? { env: { ...process.env, ...found.env } } : {}) });
	try {
		const page = await browser.newPage();
		await page.goto(pathToFileURL(html).href);
		await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
	} finally {
		await browser.close();
	}
	return pdf;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** One paragraph: plain, a heading (style Heading1) or an item of the numbered list. */
export type Para = string | { heading: string } | { numbered: string };

/** Writes a .docx of these paragraphs. */
export async function writeDocx(file: string, paras: Para[], title = ''): Promise<string> {
	const body = paras
		.map((p) => {
			if (typeof p === 'string') return `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`;
			if ('heading' in p) return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${esc(p.heading)}</w:t></w:r></w:p>`;
			return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${esc(p.numbered)}</w:t></w:r></w:p>`;
		})
		.join('');
	const zip = new JSZip();
	zip.file(
		'[Content_Types].xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
	);
	zip.file(
		'_rels/.rels',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
	);
	zip.file(
		'docProps/core.xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(title)}</dc:title></cp:coreProperties>`,
	);
	zip.file(
		'word/_rels/document.xml.rels',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
	);
	zip.file(
		'word/styles.xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>`,
	);
	zip.file(
		'word/numbering.xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
	);
	zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
	writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
	return file;
}

/** A fictional pledge list as an office would type it in Word (さくら台町, 佐藤 けんじ). */
export const PLEDGE_DOC: Para[] = [
	'佐藤けんじ 政策集「さくら台を、もっと」',
	'令和7年2月 発行：佐藤けんじ後援会',
	{ heading: '安心して子育てできるまち' },
	'● 放課後児童クラブを全小学校区に広げます',
	'利用できる児童は令和5年度に320人でした。',
	'● 子ども医療費の無料化を高校生まで広げます',
	{ heading: '元気な産業' },
	{ numbered: '町の特産品を使った新商品の開発を支援します' },
	{ numbered: '観光案内所の開館時間を延ばします' },
	'観光案内所の利用者は2023年度に1万2,400人、前年度より8.5%増えました。',
	'（この資料は試験用の架空のものです）',
];

/**
 * What an office does with the drafts, done to all of them: removes the leading `_`, uncomments the
 * figure suggestions and lists the new pillars in the campaign's manifesto. Returns the renamed files.
 */
export function adoptDrafts(campaign: string, manifesto = 'seisaku'): string[] {
	const renamed: string[] = [];
	for (const folder of ['pillars', 'policies'])
		for (const name of readdirSync(join(campaign, folder)).filter((f) => f.startsWith('_'))) {
			const to = join(campaign, folder, name.slice(1));
			renameSync(join(campaign, folder, name), to);
			const text = readFileSync(to, 'utf8')
				.replace(/^# metrics:$/m, 'metrics:')
				.replace(/^#(   - id|     \S|       - )/gm, (_, rest: string) => rest);
			writeFileSync(to, text);
			renamed.push(`${folder}/${name.slice(1)}`);
		}
	const pillars = renamed.filter((f) => f.startsWith('pillars/')).map((f) => f.slice('pillars/'.length, -3));
	const file = join(campaign, 'manifestos', `${manifesto}.md`);
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^pillars:.*\n((?:\s+- .*\n)*)/m, (all) => all + pillars.map((p) => `  - ${p}\n`).join('')));
	return renamed;
}

/**
 * A PDF as older Word and Acrobat make for Japanese text: the font (Ryumin-Light) is NOT embedded and the
 * text is encoded with Adobe's predefined CMap UniJIS-UCS2-H, which a reader needs its CMap files to decode.
 */
export async function writeUnembeddedPdf(file: string, lines: string[]): Promise<string> {
	const { PDFDocument, PDFHexString, PDFName } = await import('pdf-lib');
	const doc = await PDFDocument.create();
	const page = doc.addPage([595, 842]);
	const ctx = doc.context;
	const descriptor = ctx.obj({ Type: 'FontDescriptor', FontName: 'Ryumin-Light', Flags: 4, FontBBox: [0, -200, 1000, 900], ItalicAngle: 0, Ascent: 880, Descent: -120, CapHeight: 700, StemV: 80 });
	const cid = ctx.obj({
		Type: 'Font',
		Subtype: 'CIDFontType0',
		BaseFont: 'Ryumin-Light',
		CIDSystemInfo: { Registry: PDFHexString.fromText('Adobe'), Ordering: PDFHexString.fromText('Japan1'), Supplement: 2 },
		FontDescriptor: ctx.register(descriptor),
	});
	const font = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'Ryumin-Light-UniJIS-UCS2-H', Encoding: 'UniJIS-UCS2-H', DescendantFonts: [ctx.register(cid)] }));
	page.node.setFontDictionary(PDFName.of('F1'), font);
	const ucs2 = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
	page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(lines.map((l, i) => `BT /F1 14 Tf 50 ${780 - i * 24} Td <${ucs2(l)}> Tj ET`).join('\n'))));
	writeFileSync(file, await doc.save());
	return file;
}
