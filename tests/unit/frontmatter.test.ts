/**
 * The loader's own frontmatter split and YAML depth scan (src/model/yaml-source.ts), written for speed, give
 * the answers of what they replace: gray-matter's split, and the line-by-line regular-expression scan, on
 * every content file and on generated texts built from the characters that matter to them.
 */
import fc from 'fast-check';
import matter from 'gray-matter';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText, splitFrontmatter, yamlDepth } from '../../src/model/yaml-source.ts';

const grayMatter = (text: string) => {
	const parsed = matter(text, { engines: { yaml: () => ({}) } });
	return { matter: parsed.matter, content: parsed.content };
};

/** The scan as it was first written: per line, regular expressions and string iteration. */
function referenceDepth(text: string): { depth: number; line: number } {
	let worst = { depth: 0, line: 1 };
	let open = 0;
	let line = 0;
	for (const row of text.split('\n')) {
		line++;
		const indent = /^[ \u3000]*/.exec(row)![0].length;
		const dashes = /^[ \u3000]*(?:-[ \u3000]+)*/.exec(row)![0].replace(/[^-]/g, '').length;
		let most = open;
		for (const ch of row) {
			if (ch === '[' || ch === '{') most = Math.max(most, ++open);
			else if ((ch === ']' || ch === '}') && open > 0) open--;
		}
		const depth = Math.floor(indent / 2) + dashes + most;
		if (depth > worst.depth) worst = { depth, line };
	}
	return worst;
}

const markdownFiles = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(md|ya?ml)$/.test(name)).map((name) => join(dir, name));
const files = [...markdownFiles('content'), ...markdownFiles('tests/fixtures')];

/** Texts made of what the split and the scan look at. */
const pieces = fc.constantFrom('---', '\n', '\r', '-', ' ', '\u3000', '- ', '[', ']', '{', '}', 'a', 'title: x', '#', '----', '\n---\n', '本文');
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('splitFrontmatter', () => {
	it('splits every content and fixture file as gray-matter does', () => {
		let split = 0;
		for (const file of files) {
			const text = normaliseText(readFileSync(file, 'utf8'));
			if (!text.startsWith('---\n')) continue;
			expect(splitFrontmatter(text), file).toEqual(grayMatter(text));
			split++;
		}
		expect(split).toBeGreaterThan(20);
	});

	it('splits generated texts as gray-matter does', () => {
		fc.assert(fc.property(texts, (tail) => {
			const text = `---\n${tail}`;
			expect(splitFrontmatter(text)).toEqual(grayMatter(text));
		}), { numRuns: 3000 });
	});
});

describe('yamlDepth', () => {
	it('measures every content and fixture file as the reference scan does', () => {
		for (const file of files) {
			const text = normaliseText(readFileSync(file, 'utf8'));
			expect(yamlDepth(text), file).toEqual(referenceDepth(text));
		}
	});

	it('measures generated texts as the reference scan does', () => {
		fc.assert(fc.property(texts, (text) => {
			expect(yamlDepth(text)).toEqual(referenceDepth(text));
		}), { numRuns: 5000 });
	});
});
