/**
 * The text of an office's document, read with well-kept libraries: a PDF with pdfjs-dist (the legacy
 * build, which runs on Node; its own line detection, `hasEOL`, gives the line breaks), a Word .docx with
 * mammoth (to HTML, so headings and list numbers Word draws — 1. 2. 3., ・ — are kept as printed), and a
 * text file as UTF-8 (or Shift_JIS / EUC-JP, which Windows offices still save).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';

export type DocumentKind = 'pdf' | 'docx' | 'text';

export interface Extracted {
	kind: DocumentKind;
	/** The text, one printed line (or paragraph) per line. */
	text: string;
	/** Lines the document marks as headings itself (a .docx's Heading styles), as they stand in `text`. */
	headings: Set<string>;
	/** The title the file's own properties give (a PDF's Title), if any. */
	title?: string;
	/** Pages (PDF) or undefined. */
	pages?: number;
	/** How a text file was decoded. */
	encoding?: string;
}

export class ImportError extends Error {}

export function kindOf(file: string): DocumentKind | undefined {
	const ext = extname(file).toLowerCase();
	if (ext === '.pdf') return 'pdf';
	if (ext === '.docx') return 'docx';
	if (['.txt', '.text', '.md'].includes(ext)) return 'text';
	return undefined;
}

export async function extract(file: string): Promise<Extracted> {
	const kind = kindOf(file);
	const bytes = readFileSync(file);
	if (kind === 'pdf' || (!kind && bytes.subarray(0, 5).toString('latin1') === '%PDF-')) return { kind: 'pdf', ...(await fromPdf(bytes)) };
	if (kind === 'docx' || (!kind && bytes.subarray(0, 2).toString('latin1') === 'PK')) return { kind: 'docx', ...(await fromDocx(bytes)) };
	if (kind === 'text') return { kind: 'text', ...fromText(bytes) };
	throw new ImportError(
		`読み込めないファイルの種類です（${extname(file) || '拡張子なし'}）。PDF（.pdf）、Word（.docx）、テキスト（.txt）に対応しています。Word の .doc は「名前を付けて保存」で .docx にしてください / ` +
			`This kind of file cannot be read (${extname(file) || 'no extension'}): use a PDF, a Word .docx or a text file (.txt); save an old Word .doc as .docx first`,
	);
}

async function fromPdf(bytes: Buffer): Promise<Omit<Extracted, 'kind'>> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	// Japanese PDFs whose fonts are not embedded name Adobe's predefined CMaps (90ms-RKSJ-H, UniJIS-UCS2-H…):
	// pdf.js reads their text only with its CMap files, which ship with it.
	const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
	const task = getDocument({
		data: new Uint8Array(bytes),
		verbosity: 0,
		useSystemFonts: false,
		disableFontFace: true,
		cMapUrl: `${join(root, 'cmaps')}/`,
		cMapPacked: true,
		standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
	});
	let doc;
	try {
		doc = await task.promise;
	} catch (error) {
		throw new ImportError(`PDF を開けません（${(error as Error).message}）。パスワード付きや壊れたファイルではありませんか / The PDF cannot be opened (${(error as Error).message}): is it password-protected or damaged?`);
	}
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		let page = '';
		for (const item of content.items) {
			if (!('str' in item)) continue;
			page += item.str;
			if (item.hasEOL) page += '\n';
		}
		pages.push(page.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim());
	}
	const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: string } | undefined;
	const title = info?.Title?.trim();
	const numPages = doc.numPages;
	await task.destroy();
	return { text: pages.join('\n\n'), headings: new Set(), pages: numPages, ...(title ? { title } : {}) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
const decode = (html: string) =>
	html
		.replace(/<br\s*\/?>/g, ' ')
		.replace(/<[^>]+>/g, '')
		.replace(/&(#x?[0-9a-f]+|\w+);/gi, (all, name: string) =>
			name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') && name !== '#39' ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? all),
		)
		.trim();

async function fromDocx(bytes: Buffer): Promise<Omit<Extracted, 'kind'>> {
	const mammoth = (await import('mammoth')).default;
	let html: string;
	try {
		html = (await mammoth.convertToHtml({ buffer: bytes })).value;
	} catch (error) {
		throw new ImportError(`Word ファイルを読めません（${(error as Error).message}）/ The Word file cannot be read (${(error as Error).message})`);
	}
	// mammoth's HTML is a flat run of block elements and lists; walk its tags in order. Word's own list
	// numbers and bullets are drawn, not typed, so they are written here as the page shows them.
	const lines: string[] = [];
	const headings = new Set<string>();
	const lists: { ordered: boolean; n: number }[] = [];
	let open: { tag: string; start: number } | undefined;
	const flushItem = (inner: string, tag: string) => {
		const text = decode(inner.replace(/<(ol|ul)>[\s\S]*$/, ''));
		if (!text) return;
		if (tag === 'li') {
			const list = lists.at(-1);
			const mark = list?.ordered ? `${++list.n}. ` : '・';
			lines.push(`${mark}${text}`);
		} else {
			lines.push(text);
			if (/^h[1-6]$/.test(tag)) headings.add(text);
		}
	};
	const tags = /<(\/?)(h[1-6]|p|li|ol|ul|table|tr|td|th)\b[^>]*>/g;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		const [whole, closing, tag] = m as unknown as [string, string, string];
		if (tag === 'ol' || tag === 'ul') {
			if (open?.tag === 'li') flushItem(html.slice(open.start, m.index), 'li'), (open = undefined);
			if (closing) lists.pop();
			else lists.push({ ordered: tag === 'ol', n: 0 });
			continue;
		}
		if (!closing) open = { tag, start: m.index + whole.length };
		else if (open && open.tag === tag) {
			flushItem(html.slice(open.start, m.index), tag);
			open = undefined;
		}
	}
	return { text: lines.join('\n'), headings };
}

function fromText(bytes: Buffer): Omit<Extracted, 'kind'> {
	for (const encoding of ['utf-8', 'shift_jis', 'euc-jp']) {
		try {
			const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
			return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), headings: new Set(), encoding };
		} catch {}
	}
	throw new ImportError('テキストの文字コードが分かりません。UTF-8 で保存し直してください / The text file’s encoding is not recognised: save it again as UTF-8');
}
