/**
 * The body limits' scans (src/model/body.ts), written with character codes for speed, give the answers of
 * the line-by-line regular-expression scans they replace, on every content body and on generated texts
 * built from the characters that matter to them.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, bodyLimitProblem, listItems, markdownDepth } from '../../src/model/body.ts';

/** The depth scan as it was first written: per line, regular expressions on slices. */
function referenceDepth(markdown: string): { depth: number; line: number } {
	let worst = { depth: 0, line: 1 };
	let line = 0;
	for (const text of markdown.split('\n')) {
		line++;
		let i = 0;
		let depth = 0;
		for (;;) {
			let indent = 0;
			while (text[i] === ' ' || text[i] === '\t') indent += text[i++] === '\t' ? 4 : 1;
			const marker = text[i] === '>' ? '>' : /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(text.slice(i, i + 11))?.[0];
			if (!marker) break;
			depth += 1 + Math.floor(indent / 2);
			i += marker.length;
		}
		let open = 0;
		let most = 0;
		for (const tag of text.matchAll(/<(\/?)[a-zA-Z][^<>]*?(\/?)>/g)) {
			open += tag[1] ? -1 : tag[2] ? 0 : 1;
			most = Math.max(most, open);
		}
		depth += most;
		if (depth > worst.depth) worst = { depth, line };
	}
	return worst;
}

const referenceItems = (markdown: string) => markdown.match(/^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/gm)?.length ?? 0;
const referenceMarkup = (markdown: string) => [...markdown].filter((c) => '*_~[]`<>|&^#'.includes(c)).length;

const bodies = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md'))
		.map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const files = [...bodies('content'), ...bodies('tests/fixtures')];

/** Texts made of what the scans look at. */
const pieces = fc.constantFrom('\n', '\r', '\u2028', ' ', '  ', '\t', '>', '> ', '-', '- ', '*', '+ ', '1.', '1. ', '123456789) ', '1234567890. ', '12', '<div>', '</div>', '<br/>', '<a/b>', '</>', '<', '>', '/', 'a', '本文', '#', '[x]', '`');
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('body limits', () => {
	it('measure every content and fixture body as the reference scans do', () => {
		expect(files.length).toBeGreaterThan(20);
		for (const body of files) {
			expect(markdownDepth(body)).toEqual(referenceDepth(body));
			expect(listItems(body)).toBe(referenceItems(body));
		}
	});

	it('measure generated texts as the reference scans do', () => {
		fc.assert(
			fc.property(texts, (text) => {
				expect(markdownDepth(text)).toEqual(referenceDepth(text));
				expect(listItems(text)).toBe(referenceItems(text));
			}),
			{ numRuns: 5000 },
		);
	});

	it('refuse what the reference limits refuse, with the same message', () => {
		const reference = (text: string) => {
			const depth = referenceDepth(text);
			if (text.length > BODY_LIMITS.chars) return 'chars';
			if (text.split('\n').length > BODY_LIMITS.lines) return 'lines';
			if (depth.depth > BODY_LIMITS.depth) return `depth ${depth.line}`;
			if (referenceMarkup(text) > BODY_LIMITS.markup) return 'markup';
			if (referenceItems(text) > BODY_LIMITS.listItems) return 'items';
			return undefined;
		};
		const kind = (text: string) => {
			const problem = bodyLimitProblem(text);
			if (!problem) return undefined;
			const found = /too long|too many lines|nests too deeply|too much markup|too many list items/.exec(problem.message)![0];
			return { 'too long': 'chars', 'too many lines': 'lines', 'nests too deeply': `depth ${problem.line}`, 'too much markup': 'markup', 'too many list items': 'items' }[found];
		};
		const big = fc.tuple(pieces, fc.nat({ max: 400 })).map(([piece, times]) => piece.repeat(times));
		fc.assert(fc.property(fc.array(fc.oneof(texts, big), { maxLength: 4 }), (parts) => {
			const text = parts.join('');
			expect(kind(text)).toBe(reference(text));
		}), { numRuns: 2000 });
	});
});
