import { describe } from 'vitest';
import { expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

it('leaves plain fields alone', () => expect(csvField('ふるさと納税')).toBe('ふるさと納税'));
it('quotes a field with a comma', () => expect(csvField('3,536千円')).toBe('"3,536千円"'));
it('doubles quotes inside a field', () => expect(csvField('the "box"')).toBe('"the ""box"""'));
it('quotes a field with a line break', () => expect(csvField('a\nb')).toBe('"a\nb"'));
it('writes undefined as empty', () => expect(csvField(undefined)).toBe(''));
it('starts with a byte-order mark and ends rows with CRLF', () => expect(toCsv([['a', 1], ['b', 2]])).toBe('\uFEFFa,1\r\nb,2\r\n'));

describe('spreadsheet formula injection (OWASP): text that starts like a formula is shown as text', () => {
	it.each([
		['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
		['+cmd|/C calc!A0', `"'+cmd|/C calc!A0"`],
		['-2+3', `"'-2+3"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['\t=1', `"'\t=1"`],
		['\r=1', `"'\r=1"`],
		['＝1+1', `"'＝1+1"`],
		['＋1', `"'＋1"`],
		['＠A1', `"'＠A1"`],
	])('%j → %s', (input, output) => expect(csvField(input)).toBe(output));
	it('numbers stay numbers, negative ones too', () => expect([csvField(-12.81), csvField(0)]).toEqual(['-12.81', '0']));
	it('a formula character later in the text is harmless and left alone', () => expect(csvField('a=b')).toBe('a=b'));
});
