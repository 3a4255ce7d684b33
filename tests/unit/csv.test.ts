import { expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

it('leaves plain fields alone', () => expect(csvField('ふるさと納税')).toBe('ふるさと納税'));
it('quotes a field with a comma', () => expect(csvField('3,536千円')).toBe('"3,536千円"'));
it('doubles quotes inside a field', () => expect(csvField('the "box"')).toBe('"the ""box"""'));
it('quotes a field with a line break', () => expect(csvField('a\nb')).toBe('"a\nb"'));
it('writes undefined as empty', () => expect(csvField(undefined)).toBe(''));
it('starts with a byte-order mark and ends rows with CRLF', () => expect(toCsv([['a', 1], ['b', 2]])).toBe('\uFEFFa,1\r\nb,2\r\n'));
