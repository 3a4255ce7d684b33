/**
 * The read stage's byte-level shortcut (src/model/read-file.ts): a file is scanned for bidirectional
 * controls as text only when its bytes may hold one, so the byte search must never miss one the text
 * scan finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIDI_CONTROLS, hasBidiBytes } from '../../src/model/read-file.ts';

const found = (text: string) => [...text.matchAll(BIDI_CONTROLS)].length > 0;

describe('hasBidiBytes', () => {
	it('finds every bidirectional control the text scan finds, and only those', () => {
		// Neighbours of the controls in UTF-8 (same lead bytes) and every control itself.
		const chars = fc.constantFrom('a', '本', '●', '…', '—', '※', '\u2010', '\u2029', '\u202F', '\u2065', '\u206A', '\u061B', '\u061D', '\u0600', '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
		fc.assert(fc.property(fc.array(chars, { maxLength: 12 }), (parts) => {
			const text = parts.join('');
			expect(hasBidiBytes(Buffer.from(text))).toBe(found(text));
		}), { numRuns: 5000 });
		for (let code = 0x600; code < 0x2100; code++) {
			const text = `x${String.fromCharCode(code)}`;
			expect([code, hasBidiBytes(Buffer.from(text))]).toEqual([code, found(text)]);
		}
	});
});
