/**
 * The editors'-notes rule walks published text with one path stack, copying a path only on a hit (a
 * campaign of 10,000 pledges has about 700,000 strings): it must find exactly what the plain walk found,
 * which built every string's path and read every string. Pinned against that walk, kept here as the
 * reference, on random data made of the rule's trigger words, unpublished keys, arrays with holes and dates.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findInPublished, SOURCE_TALK } from '../../src/model/rules.ts';

const UNPUBLISHED = ['editorNotes', 'quote', 'source', 'id', 'pillar', 'manifesto', 'level', 'metric', 'achievement'];

/** The walk before: every published string with its own path array, then the pattern on each. */
function reference(value: unknown, pattern: RegExp): { word: string; path: (string | number)[] }[] {
	const strings: { path: (string | number)[]; text: string }[] = [];
	const walk = (v: unknown, path: (string | number)[]) => {
		if (typeof v === 'string') strings.push({ path, text: v });
		else if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
		else if (v && typeof v === 'object') for (const [key, item] of Object.entries(v)) if (!UNPUBLISHED.includes(key)) walk(item, [...path, key]);
	};
	walk(value, []);
	return strings.flatMap(({ path, text }) => {
		const word = pattern.exec(text)?.[0];
		return word ? [{ word, path }] : [];
	});
}

const words = fc.constantFrom('抽出', 'レイアウト', 'チラシのテキスト', 'テキストでは', '同じ行に', 'extracted', 'Layout', "the flyer's text", 'no legible', 'relayout', '子育て', 'support', ' ', '\n', '');
const text = fc.array(words, { maxLength: 4 }).map((parts) => parts.join(''));
const key = fc.constantFrom(...UNPUBLISHED, 'title', 'summary', 'points', 'ja', 'en', 'label', 'text');
const { value } = fc.letrec((tie) => ({
	value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.constant(null), fc.constant(new Date(0)), tie('array'), tie('object')),
	array: fc.sparseArray(tie('value'), { maxLength: 4 }),
	object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
}));

test('the one-stack walk finds the same words at the same paths as the walk that built every path', () => {
	fc.assert(
		fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (data) => {
			const found: { word: string; path: (string | number)[] }[] = [];
			findInPublished(data, SOURCE_TALK, (word, path) => found.push({ word, path }));
			expect(found).toEqual(reference(data, SOURCE_TALK));
		}),
		{ numRuns: 500 },
	);
});

test('a path handed to a hit is its own copy', () => {
	const paths: (string | number)[][] = [];
	findInPublished({ points: ['抽出', 'ok', 'layout'], title: { ja: 'レイアウト' } }, SOURCE_TALK, (_, path) => paths.push(path));
	expect(paths).toEqual([['points', 0], ['points', 2], ['title', 'ja']]);
});
