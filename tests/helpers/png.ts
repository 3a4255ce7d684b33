/** Reads a PNG's chunks for tests: size from IHDR, text chunks, and whether every chunk's CRC is right. */
import { crc32 } from 'node:zlib';

export interface PngInfo {
	width: number;
	height: number;
	/** iTXt/tEXt chunks by keyword. */
	text: Record<string, string>;
	/** Chunk types in order. */
	chunks: string[];
	/** Every chunk's CRC matched its type and data. */
	crcOk: boolean;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function readPng(png: Buffer): PngInfo {
	if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
	const info: PngInfo = { width: 0, height: 0, text: {}, chunks: [], crcOk: true };
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		const data = png.subarray(at + 8, at + 8 + length);
		if ((crc32(png.subarray(at + 4, at + 8 + length)) >>> 0) !== png.readUInt32BE(at + 8 + length)) info.crcOk = false;
		info.chunks.push(type);
		if (type === 'IHDR') {
			info.width = data.readUInt32BE(0);
			info.height = data.readUInt32BE(4);
		} else if (type === 'tEXt' || type === 'iTXt') {
			const nul = data.indexOf(0);
			const keyword = data.toString('latin1', 0, nul);
			// iTXt: keyword\0 compression(1) method(1) language\0 translated\0 text (uncompressed here).
			if (type === 'iTXt') {
				let p = nul + 3;
				p = data.indexOf(0, p) + 1;
				p = data.indexOf(0, p) + 1;
				info.text[keyword] = data.toString('utf8', p);
			} else info.text[keyword] = data.toString('latin1', nul + 1);
		}
		at += 12 + length;
	}
	return info;
}
