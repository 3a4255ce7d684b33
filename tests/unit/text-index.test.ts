/** The quote index answers exactly as String.includes, before and after it switches to its index. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { TextIndex } from '../../src/model/text-index.ts';

test('answers as String.includes on generated texts and needles (index in use after 16 questions)', () => {
	const alphabet = fc.constantFrom('小', '諸', '市', 'の', '人', '口', 'a', 'b', '1', '%', '\u{20BB7}');
	fc.assert(
		fc.property(fc.array(alphabet, { minLength: 2048, maxLength: 3000 }).map((chars) => chars.join('')), fc.array(fc.array(alphabet, { maxLength: 8 }).map((c) => c.join('')), { minLength: 40, maxLength: 60 }), (text, needles) => {
			const index = new TextIndex(text);
			// Needles taken from the text too, so both answers occur.
			const all = needles.flatMap((needle, i) => [needle, text.slice(i * 37, i * 37 + 3 + (i % 9))]);
			expect(all.map((needle) => index.includes(needle))).toEqual(all.map((needle) => text.includes(needle)));
		}),
		{ numRuns: 50 },
	);
});

test('finds a quote at the very start and end, and not one that straddles past the end', () => {
	const text = `始まり${'あいう'.repeat(1000)}終わり`;
	const index = new TextIndex(text);
	for (let i = 0; i < 20; i++) index.includes('いう');
	expect([index.includes('始まり'), index.includes('終わり'), index.includes('終わりだ'), index.includes('う終')]).toEqual([true, true, false, true]);
});
