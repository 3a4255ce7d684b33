/** Pledge card lines (issue 21): the substance of the rating, without the standard opening, never cut mid-word. */
import { describe, expect, test } from 'vitest';
import { cardLine, firstSentence, reasonOpening, standardOpening } from '../../src/lib/card-text.ts';
import { loadContent } from '../../src/model/load.ts';

const model = loadContent('content').model!;

describe('standardOpening', () => {
	test('the clause most reasons open with, in each language of the default content', () => {
		expect(reasonOpening(model, 'ja')).toBe('2020年1月までを報告する後援会報によれば、');
		expect(reasonOpening(model, 'en')).toBe('According to the newsletter, which covers the period to January 2020, ');
	});
	test('none when fewer than three texts share one', () => {
		expect(standardOpening(['According to X, a.', 'According to X, b.', 'Per Y, c.'])).toBe('');
		expect(standardOpening(['According to X, a.', 'According to X, b.', 'According to X, c.'])).toBe('According to X, ');
	});
});

describe('cardLine', () => {
	test('drops the opening and the rule applied, capitalising the English', () => {
		expect(cardLine('According to X, the desk opened. Rule applied — a pledge is achieved when…', 'According to X, ', 'en')).toBe('The desk opened.');
		expect(cardLine('会報によれば、窓口が開いた。基準：…', '会報によれば、', 'ja')).toBe('窓口が開いた。');
	});
	test('a long sentence is shortened at a clause boundary outside brackets, never inside a word', () => {
		const long = `The city did ${'a great many things, '.repeat(20)}and more (in many places, all year) in the end.`;
		const line = cardLine(long, '', 'en');
		expect(line.endsWith('things…')).toBe(true);
		expect(long.startsWith(line.slice(0, -1))).toBe(true);
		// No clause boundary early enough: the whole sentence, not a cut word.
		const unbroken = `A ${'verylongword '.repeat(40)}end.`;
		expect(cardLine(unbroken, '', 'en')).toBe(unbroken);
	});
	test('the first sentence ends outside brackets', () => {
		expect(firstSentence('Rose (to 3.5%. As printed.) in 2020. Next.')).toBe('Rose (to 3.5%. As printed.) in 2020.');
		expect(firstSentence('増えた（「約3200時間」。）。次。')).toBe('増えた（「約3200時間」。）。');
	});
});
