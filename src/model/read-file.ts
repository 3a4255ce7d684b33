import { closeSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { checkedSize, type FileReader } from './list.ts';
import type { Problem } from './problems.ts';

/**
 * The read step of the loader: the text of one listed file (list.ts), read safely. What a volunteer's
 * folder may really hold — huge files, files saved as Shift_JIS or UTF-16, empty files, invisible
 * direction controls — becomes a located problem instead of a crash or silently wrong text.
 */

/** Size limits, far above any real content (Komoro's largest file: 9 KB; largest source document: 30 KB). */
export const FILE_LIMITS = { content: 1_000_000, document: 5_000_000 };

/** Text that turns "%001" into "100%" on screen: bidirectional overrides, embeddings, isolates and marks. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Characters no published text may hold, checked on the text as read (after YAML's `"\u202E"` escapes and
 * HTML's `&#x202E;` references are decoded): the bidirectional controls above, control characters other
 * than tab and line breaks (C0, DEL, C1: invisible, and not allowed in the XML of the feed and sitemap),
 * the noncharacters U+FFFE and U+FFFF, and half of a surrogate pair (not a character at all).
 */
const UNSAFE_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const UNSAFE_CANDIDATE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * The first character of `text` no published text may hold (see UNSAFE_CHAR), as its code, or undefined.
 * @example unsafeChar('a\u202Eb') // 0x202e
 */
export function unsafeChar(text: string): number | undefined {
	// One character class first (the fast kind of pattern): only a text with a candidate, or with a
	// character outside the BMP (a surrogate pair, usually fine), is searched exactly.
	if (!UNSAFE_CANDIDATE.test(text)) return undefined;
	const found = UNSAFE_CHAR.exec(text);
	return found ? found[0].charCodeAt(0) : undefined;
}

/** What to tell a volunteer about character `code` (from `unsafeChar`). */
export function unsafeCharMessage(code: number): string {
	const name = hex(code);
	BIDI_CONTROLS.lastIndex = 0;
	if (BIDI_CONTROLS.test(String.fromCharCode(code)))
		return `文字の並ぶ向きを変える見えない制御文字（${name}）があります。数字や文が逆向きに見えることがあるため、削除してください / An invisible character that reverses text direction (${name}) is here: it can make "%001" read as "100%". Delete it`;
	return `見えない制御文字（${name}）があります。ページやフィード（RSS）が壊れるため、削除してください / An invisible control character (${name}) is here: it breaks pages and the feed (RSS). Delete it`;
}

/**
 * The characters HTML character references in a Markdown or HTML text stand for, where a reference could
 * hide an unsafe one: numeric (`&#x202E;`, `&#8238;`, with or without the `;`, as browsers read them) and
 * the two named marks `&lrm;` / `&rlm;` (no other named reference is a control character).
 * @example referencedChars('a &#x202E; b') // [{ code: 0x202e, index: 2 }]
 */
export function referencedChars(text: string): { code: number; index: number }[] {
	if (!text.includes('&')) return [];
	const out: { code: number; index: number }[] = [];
	for (const m of text.matchAll(/&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,9})|(lrm|rlm));?/g)) {
		const code = m[3] ? (m[3] === 'lrm' ? 0x200e : 0x200f) : parseInt(m[1] ?? m[2]!, m[1] ? 16 : 10);
		if (code > 0xffff) continue;
		// A browser reads 0, a surrogate or anything past U+10FFFF as U+FFFD (harmless).
		if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) continue;
		out.push({ code, index: m.index });
	}
	return out;
}


const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The offset of the first byte that is not valid UTF-8, or -1.
 * @example firstInvalidUtf8(Buffer.from([0x61, 0x82, 0xa0])) // 1
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i]!;
		const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		if (need === 2 && ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! > 0x9f))) return i;
		if (need === 3 && ((b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! > 0x8f))) return i;
		i += need + 1;
	}
	return -1;
}

const decodes = (label: string, bytes: Uint8Array) => {
	try {
		new TextDecoder(label, { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
};

/** What encoding a file that is not UTF-8 is probably in, for the message. */
export function guessEncoding(bytes: Uint8Array): 'UTF-16' | 'Shift_JIS' | 'EUC-JP' | undefined {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
	if (bytes.includes(0)) return 'UTF-16';
	if (decodes('shift_jis', bytes)) return 'Shift_JIS';
	if (decodes('euc-jp', bytes)) return 'EUC-JP';
	return undefined;
}

const lineAtByte = (bytes: Uint8Array, offset: number) => {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
};

/** One decoder for every file (each `decode` call stands alone). */
const UTF8 = new TextDecoder('utf-8');

const SAVE_AS_UTF8 = '「UTF-8」で保存し直してください（メモ帳なら「名前を付けて保存」→ 文字コード「UTF-8」） / save it again as UTF-8 (in Notepad: Save As → Encoding "UTF-8")';

/**
 * The text of a UTF-8 file, or a problem message with its line when the bytes are not UTF-8 text.
 * A UTF-8 byte-order mark is accepted (and kept: `normaliseText` removes it).
 */
export function decodeText(bytes: Uint8Array): { text: string } | { line: number; message: string } {
	const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	const utf16 = (body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff) || body.includes(0);
	if (utf16) return { line: 1, message: `このファイルは UTF-16 で保存されています。${SAVE_AS_UTF8.replace(' / save', ' / This file is saved as UTF-16: save')}` };
	// The native check first: only a file that is not UTF-8 pays for finding where.
	const bad = isUtf8(body) ? -1 : firstInvalidUtf8(body);
	if (bad < 0) return { text: UTF8.decode(bytes) };
	// Only a file that is not UTF-8 pays for guessing what it is.
	const guess = guessEncoding(body);
	const line = lineAtByte(body, bad);
	if (guess) return { line, message: `このファイルは ${guess} で保存されています。${SAVE_AS_UTF8.replace(' / save', ` / This file is saved as ${guess}: save`)}` };
	return { line, message: `このファイルには UTF-8 ではない文字があります（${line}行目）。${SAVE_AS_UTF8.replace(' / save', ` / This file is not UTF-8 text (line ${line}): save`)}` };
}

/**
 * Whether UTF-8 `bytes` may hold a bidirectional control character (U+061C: D8 9C; U+200E–U+200F and
 * U+202A–U+202E: E2 80 …; U+2066–U+2069: E2 81 …): found with the native byte search, so only such a
 * file is scanned as text (`bidiProblems`).
 * @example hasBidiBytes(Buffer.from('a\u202Eb')) // true
 */
export function hasBidiBytes(bytes: Uint8Array): boolean {
	for (let i = bytes.indexOf(0xe2); i >= 0; i = bytes.indexOf(0xe2, i + 1)) {
		const b1 = bytes[i + 1];
		const b2 = bytes[i + 2] ?? 0;
		if (b1 === 0x80 && (b2 === 0x8e || b2 === 0x8f || (b2 >= 0xaa && b2 <= 0xae))) return true;
		if (b1 === 0x81 && b2 >= 0xa6 && b2 <= 0xa9) return true;
	}
	for (let i = bytes.indexOf(0xd8); i >= 0; i = bytes.indexOf(0xd8, i + 1)) if (bytes[i + 1] === 0x9c) return true;
	return false;
}

/** One line per bidirectional control character in `text` (lines are 1-based). */
export function bidiProblems(file: string, text: string): Problem[] {
	const out: Problem[] = [];
	let line = 1;
	let last = 0;
	for (const match of text.matchAll(BIDI_CONTROLS)) {
		for (let i = last; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
		last = match.index;
		if (out.at(-1)?.line === line) continue;
		const code = hex(match[0].charCodeAt(0));
		out.push({
			file,
			line,
			field: '',
			message: `文字の並ぶ向きを変える見えない制御文字（${code}）があります。数字や文が逆向きに見えることがあるため、削除してください / An invisible character that reverses text direction (${code}) is here: it can make "%001" read as "100%". Delete it`,
		});
	}
	return out;
}

/** The buffer files are read into: one for all (ten thousand files read into buffers of their own kept the garbage collector busy). */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * The bytes of a file, read into the shared buffer: valid until the next read (decode them first).
 * The whole file, even if it grew since it was listed.
 */
function readBytes(path: string): Buffer {
	const fd = openSync(path, 'r');
	try {
		let length = 0;
		for (;;) {
			if (length === scratch.length) {
				const bigger = Buffer.allocUnsafe(scratch.length * 2);
				scratch.copy(bigger, 0, 0, length);
				scratch = bigger;
			}
			const got = readSync(fd, scratch, length, scratch.length - length, null);
			if (got === 0) break;
			length += got;
		}
		const bytes = scratch.subarray(0, length);
		// A large document's buffer is not kept for the small files that follow.
		if (scratch.length > 1 << 20) scratch = Buffer.allocUnsafe(1 << 16);
		return bytes;
	} finally {
		closeSync(fd);
	}
}

/**
 * The text of a content file: checked path, size limit, UTF-8, no bidi controls. Undefined after
 * pushing the problem (the file is then left out, and nothing else is reported about it).
 * `listed`: the file as `listFiles` found it (path already checked, size known), shown as `file`.
 */
export function readTextFile(reader: FileReader, path: string, limit = FILE_LIMITS.content, listed?: { size: number; file: string }): string | undefined {
	const size = listed ? listed.size : checkedSize(reader, path);
	if (size === undefined) return undefined;
	const file = listed ? listed.file : reader.rel(path);
	if (size > limit) {
		const mb = (n: number) => `${(n / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
		reader.problems.push({ file, field: '', message: `ファイルが大きすぎます（${mb(size)}、上限 ${mb(limit)}）。分けてください / The file is too large (${mb(size)}; the limit is ${mb(limit)}): split it` });
		return undefined;
	}
	const bytes = readBytes(path);
	const decoded = decodeText(bytes);
	if ('message' in decoded) {
		reader.problems.push({ file, line: decoded.line, field: '', message: decoded.message });
		return undefined;
	}
	const bidi = hasBidiBytes(bytes) ? bidiProblems(file, decoded.text) : [];
	if (bidi.length) {
		reader.problems.push(...bidi);
		return undefined;
	}
	if (!decoded.text.replace(/^\uFEFF/, '').trim()) {
		reader.problems.push({ file, line: 1, field: '', message: 'ファイルが空です。内容を書くか、ファイルを削除してください / The file is empty: write its content or delete the file' });
		return undefined;
	}
	return decoded.text;
}
