/**
 * What an image file in the content folder really is, read from its first bytes (never its name): the
 * format and the size in pixels of a JPEG, PNG or WebP file, as the build's image step will read it.
 */

/**
 * Limits on an image a page shows (the candidate's portrait). Every image is resized for phones, but the
 * original is read whole by the build: a phone camera's photo is 3–12 MB and 12–48 megapixels; the static
 * hosts refuse files over 25 MiB (Cloudflare Pages), and a small file can still claim 20,000 × 20,000
 * pixels (400 megapixels: gigabytes of memory to decode).
 */
export const IMAGE_LIMITS = {
	/** Bytes of the file. */
	bytes: 10_000_000,
	/** Pixels on the longer side. */
	side: 10_000,
	/** Pixels in all (width × height). */
	pixels: 50_000_000,
} as const;

export type ImageFormat = 'jpeg' | 'png' | 'webp';
export interface ImageInfo {
	format: ImageFormat;
	width: number;
	height: number;
}

/**
 * The format and pixel size of a JPEG, PNG or WebP file, or undefined when the bytes are none of those,
 * or too broken to say (a file cut short, an SVG or a text file named `.png`).
 * @example imageInfo(readFileSync('portrait.png')) // { format: 'png', width: 320, height: 400 }
 */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
	const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// PNG: the signature, then the IHDR chunk with width and height.
	// A file cut short (an interrupted copy or download) has no IEND chunk at its end: the build could not decode it.
	if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a && b.toString('latin1', 12, 16) === 'IHDR')
		return b.lastIndexOf('IEND', b.length - 8, 'latin1') >= b.length - 16 ? sized('png', b.readUInt32BE(16), b.readUInt32BE(20)) : undefined;
	// JPEG: walk the segments to the first start-of-frame.
	if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
		for (let i = 2; i + 9 < b.length; ) {
			if (b[i] !== 0xff) return undefined;
			const marker = b[i + 1]!;
			if (marker === 0xff) {
				i++;
				continue;
			}
			const length = b.readUInt16BE(i + 2);
			// SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
			// (A file cut short has no end-of-image marker FF D9 near its end.)
			if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
				return b.lastIndexOf(Buffer.from([0xff, 0xd9])) > i ? sized('jpeg', b.readUInt16BE(i + 7), b.readUInt16BE(i + 5)) : undefined;
			if (length < 2) return undefined;
			i += 2 + length;
		}
		return undefined;
	}
	// WebP: RIFF….WEBP, then a lossy (VP8), lossless (VP8L) or extended (VP8X) header.
	// (Its RIFF header says how long the file is: a shorter one was cut short.)
	if (b.length >= 30 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' && b.readUInt32LE(4) + 8 <= b.length) {
		const chunk = b.toString('latin1', 12, 16);
		if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) return sized('webp', b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff);
		if (chunk === 'VP8L' && b[20] === 0x2f) {
			const bits = b.readUInt32LE(21);
			return sized('webp', (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
		}
		if (chunk === 'VP8X') return sized('webp', b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1);
	}
	return undefined;
}

const sized = (format: ImageFormat, width: number, height: number): ImageInfo | undefined => (width > 0 && height > 0 ? { format, width, height } : undefined);
