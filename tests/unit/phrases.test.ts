/** Japanese phrases cut at build time (for browsers without word-break: auto-phrase): words whole, units with their numbers. */
import { expect, test } from 'vitest';
import { phrases } from '../../src/lib/phrases.ts';

test.each([
	['子ども・子育て支援による明るい未来（まち）', '子ども・|子育て|支援による|明るい|未来|（まち）'],
	['最後まで楽しく幸せに生きる', '最後まで|楽しく|幸せに|生きる'],
	['豊かな自然を未来につなぐまち', '豊かな|自然を|未来につなぐまち'],
	['2020年1月15日時点', '2020年1月15日時点'],
	['3億4,300万円', '3億4,300万円'],
	['812市区中25位', '812市区|中|25位'],
])('%s → %s', (text, expected) => {
	expect(phrases(text).join('|')).toBe(expected);
	expect(phrases(text).join('')).toBe(text);
});
