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

test('answers as String.includes for long quotes in a repetitive document (the 8-character piece index)', () => {
	// Like a policy book: the same phrases on every line, told apart by their numbers.
	const lines = Array.from({ length: 3000 }, (_, i) => `指標${i}-${i % 3}の${2016 + (i % 4) * 3}年度の値は${(i * 37) % 1000}%`);
	const text = lines.join('');
	const index = new TextIndex(text);
	const needles = [
		...lines.filter((_, i) => i % 7 === 0),
		...lines.filter((_, i) => i % 11 === 0).map((line) => line.slice(2, -1)),
		...lines.filter((_, i) => i % 13 === 0).map((line, i) => `${line}${lines[i * 13 + 1] ?? ''}`),
		'指標3000-0の2016年度の値は0%',
		'指標12-0の2016年度の値は444%',
		`${lines.at(-1)}指標`,
		`%${lines[0]}`,
		text.slice(-9),
		text.slice(0, 9),
		'の値は0%指標1-1の2019年',
	];
	expect(needles.map((needle) => index.includes(needle))).toEqual(needles.map((needle) => text.includes(needle)));
	expect(needles.filter((needle) => index.includes(needle)).length).toBeGreaterThan(needles.length / 2);
	expect(needles.some((needle) => !index.includes(needle))).toBe(true);
});

test('answers as String.includes for quotes of every length and alignment (the piece index of every third position)', () => {
	const alphabet = fc.constantFrom('小', '諸', '市', 'の', 'a', '1', '\u{20BB7}');
	fc.assert(
		fc.property(
			fc.array(alphabet, { minLength: 2048, maxLength: 2600 }).map((chars) => chars.join('')),
			fc.array(fc.tuple(fc.nat(), fc.integer({ min: 6, max: 30 }), fc.boolean()), { minLength: 30, maxLength: 60 }),
			(text, picks) => {
				const index = new TextIndex(text);
				// Slices of the text at every start (so every alignment), some with one character changed.
				const needles = picks.map(([at, length, change]) => {
					const slice = text.slice(at % text.length, (at % text.length) + length);
					return change ? `${slice.slice(0, -1)}諸` : slice;
				});
				expect(needles.map((needle) => index.includes(needle))).toEqual(needles.map((needle) => text.includes(needle)));
			},
		),
		{ numRuns: 60 },
	);
});
