/** The search page's query expansion and excerpt tidying (issue 21), without a browser. */
import { expect, test } from 'vitest';
import { searchTerms, tidyExcerpt } from '../../src/scripts/search.ts';

const synonyms = { 待機児童: ['保育', '子育て'], こそだて: ['子育て'], daycare: ['childcare', 'nursery'] };

test('a synonym, or a part of one (2+ characters), searches the listed words; anything else itself', () => {
	expect(searchTerms('待機児童', synonyms)).toEqual(['保育', '子育て']);
	expect(searchTerms('待機', synonyms)).toEqual(['保育', '子育て']);
	expect(searchTerms('こそだて', synonyms)).toEqual(['子育て']);
	expect(searchTerms('DayCare', synonyms)).toEqual(['childcare', 'nursery']);
	expect(searchTerms('待', synonyms)).toEqual(['待']);
	expect(searchTerms('ふるさと納税', synonyms)).toEqual(['ふるさと納税']);
});

test('Pagefind\'s ". " between blocks becomes 。 in Japanese, and nothing after a closing mark; English is left alone', () => {
	expect(tidyExcerpt('評価. △ 進行中 2020年1月15日時点. 具体的な取組み', 'ja')).toBe('評価。△ 進行中 2020年1月15日時点。具体的な取組み');
	expect(tidyExcerpt('「心豊か」. 子ども.', 'ja')).toBe('「心豊か」子ども。');
	expect(tidyExcerpt('Rating. In progress.', 'en')).toBe('Rating. In progress.');
});
