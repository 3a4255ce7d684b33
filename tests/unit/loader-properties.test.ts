/**
 * Property tests (fast-check): whatever a file holds — arbitrary bytes, arbitrary YAML values in any
 * field, arbitrary text pasted raw into the frontmatter or the body — the loader never throws and never
 * hangs: the result is always located, bilingual problems, or a valid model.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { readBody } from '../../src/model/body.ts';
import { loadContent } from '../../src/model/load.ts';
import type { Problem } from '../../src/model/problems.ts';
import { readTextFile } from '../../src/model/read-file.ts';
import { validateSource } from '../../src/model/validate.ts';
import { parseMarkdown } from '../../src/model/yaml-source.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';

const VALID = fileURLToPath(new URL('../fixtures/valid', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'koyaku-properties-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `KOYAKU_FC_SCALE=10 npx vitest run tests/unit/loader-properties.test.ts` for a longer hunt. */
const SCALE = Number(process.env['KOYAKU_FC_SCALE'] ?? 1);
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE) });

/** A generous bound on one file (it is about a hang, not speed: a normal file takes a few ms). */
const PER_FILE_MS = 5_000;

/** What every problem must be: in a file, bilingual, no stack trace, and not a koyaku bug. */
const expectLocated = (problems: Problem[]) => {
	for (const p of problems) {
		expect(p.file).toBeTruthy();
		expect(p.message).toContain(' / ');
		expect(p.message).not.toMatch(/\n\s+at /);
		expect(p.message, p.message).not.toContain('Internal error');
	}
};

/** One policy file through the per-file stages: read (bytes) → parse → validate → body. */
const folder = mkdtempSync(join(root, 'file-'));
function loadOne(bytes: Uint8Array): Problem[] {
	const path = join(folder, 'policy.md');
	writeFileSync(path, bytes);
	const problems: Problem[] = [];
	const started = performance.now();
	const text = readTextFile({ root: folder, rel: (p) => p, problems }, path);
	if (text !== undefined) {
		const src = parseMarkdown('policy.md', text);
		const data = validateSource(PolicySchema, src, problems);
		if (data !== undefined) problems.push(...readBody(src.body).issues.map((i) => ({ file: 'policy.md', line: i.line, field: i.field, message: i.message })));
	}
	expect(performance.now() - started).toBeLessThan(PER_FILE_MS);
	return problems;
}

const POLICY = `---
pillar: child-care
title: { ja: 子育て相談窓口をひとつに, en: One desk }
points:
  - 土曜日も開く
deadline: FY2018
source: { source: sample-newsletter-2020-01, quote: ●子育て相談窓口をひとつに }
---
子育ての相談を、役場の**一つの窓口**で受けます。
`;
const KEYS = ['pillar', 'title', 'points', 'deadline', 'source', 'funding', 'schedule', 'metrics', 'rating', 'manifesto', 'order', 'extra'];

/** Arbitrary YAML values: scalars of every kind, nested lists and maps, odd strings. */
const yamlValue = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small' },
		fc.string(),
		fc.string({ unit: 'grapheme' }),
		fc.integer(),
		fc.double(),
		fc.boolean(),
		fc.constant(null),
		fc.constantFrom('FY2016', '2020-01-15', '2099-01', '0000-00-00', '**', '', ' ', 'javascript:alert(1)', '\u202E', '<script>alert(1)</script>', '&a', '*a', '~', '- x'),
		fc.array(tie('value'), { maxLength: 4 }),
		fc.dictionary(fc.oneof(fc.constantFrom('ja', 'en', 'id', 'value', 'period', 'source', 'quote', 'unit', 'points', 'level'), fc.string()), tie('value'), { maxKeys: 4 }),
	),
})).value;

describe('the loader never crashes', { timeout: 240_000 }, () => {
	test('arbitrary bytes as a content file', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => expectLocated(loadOne(bytes))),
			runs(1_500),
		);
	});

	test('arbitrary bytes after a valid frontmatter start (encodings, control characters, broken UTF-8)', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectLocated(loadOne(Buffer.concat([Buffer.from('---\ntitle: '), bytes, Buffer.from('\n---\nbody\n')])))),
			runs(800),
		);
	});

	test('arbitrary YAML values in any frontmatter field', () => {
		fc.assert(
			fc.property(fc.constantFrom(...KEYS), yamlValue, (key, value) => {
				const yaml = stringify({ [key]: value });
				const text = POLICY.replace(new RegExp(`^${key}:.*$`, 'm'), '').replace('---\n', `---\n${yaml}`);
				expectLocated(loadOne(Buffer.from(text)));
			}),
			runs(1_200),
		);
	});

	test('arbitrary text pasted raw into a frontmatter line or the body', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(POLICY.length), (text, at) => {
				expectLocated(loadOne(Buffer.from(POLICY.slice(0, at) + text + POLICY.slice(at))));
			}),
			runs(1_200),
		);
	});

	test('the whole loader, with arbitrary values in a policy that other files refer to', () => {
		const dir = mkdtempSync(join(root, 'content-'));
		cpSync(VALID, dir, { recursive: true });
		const file = join(dir, 'policies/more-tax-revenue.md');
		const original = loadContent(dir);
		expect(original.problems).toEqual([]);
		fc.assert(
			fc.property(fc.constantFrom(...KEYS), yamlValue, (key, value) => {
				writeFileSync(file, POLICY.replace('---\n', `---\n${stringify({ [key]: value })}`));
				const started = performance.now();
				const result = loadContent(dir);
				expect(performance.now() - started).toBeLessThan(PER_FILE_MS);
				// Located problems, or a valid model — never both, never neither.
				expect(result.model === undefined).toBe(result.problems.length > 0);
				expectLocated(result.problems);
			}),
			runs(80),
		);
	});
});

describe('bidi and control characters never pass, however they are written', { timeout: 240_000 }, () => {
	/** Every character no published text may hold: C0 but tab and line breaks, DEL and C1, bidi controls, U+FFFE/U+FFFF. */
	const unsafe = fc.oneof(
		fc.integer({ min: 0x01, max: 0x08 }),
		fc.constantFrom(0x0b, 0x0c),
		fc.integer({ min: 0x0e, max: 0x1f }),
		fc.integer({ min: 0x7f, max: 0x9f }),
		fc.constantFrom(0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0xfffe, 0xffff),
	);
	const name = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const hasProblemFor = (problems: Problem[], code: number) => problems.some((p) => p.message.includes(name(code)));

	test('as a YAML escape in any text of the frontmatter ("\\u202E", "\\x07")', () => {
		fc.assert(
			fc.property(unsafe, fc.constantFrom('title: { ja: "子育て#窓口", en: One desk }', 'points:\n  - "土曜日#も開く"', 'title: { ja: 窓口, en: "One# desk" }'), fc.boolean(), (code, line, short) => {
				const escape = short && code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
				const text = POLICY.replace(/^title:.*$/m, '').replace(/^points:\n  - .*$/m, '').replace('---\n', `---\n${line.replace('#', escape)}\n`);
				const problems = loadOne(Buffer.from(text));
				expectLocated(problems);
				expect(hasProblemFor(problems, code), `${escape}: ${problems.map((p) => p.message).join('\n')}`).toBe(true);
			}),
			runs(400),
		);
	});

	test('as an HTML character reference in the body (hex, decimal, leading zeros, without ;)', () => {
		fc.assert(
			fc.property(unsafe, fc.constantFrom('&#x{h};', '&#X{h};', '&#{d};', '&#000{d};', '&#{d} ', '<b title="a">&#x{h};</b>', '[a](/) &#x{h};'), fc.constantFrom('ja', 'en'), (code, form, lang) => {
				const ref = form.replace('{h}', code.toString(16)).replace('{d}', String(code));
				const text = lang === 'ja' ? `${POLICY}\n${ref}\n` : `${POLICY}\n<!-- en -->\nOne desk ${ref}\n`;
				const problems = loadOne(Buffer.from(text));
				expectLocated(problems);
				expect(hasProblemFor(problems, code), `${ref}: ${problems.map((p) => p.message).join('\n')}`).toBe(true);
			}),
			runs(400),
		);
	});

	test('any other character, escaped or referenced, is text like any other', () => {
		const safe = fc.integer({ min: 0x20, max: 0xfffd }).filter((c) => !(c >= 0x7f && c <= 0x9f) && !(c >= 0xd800 && c <= 0xdfff) && ![0x061c, 0x200e, 0x200f, 0x2028, 0x2029].includes(c) && !(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069) && c !== 0x22 && c !== 0x5c);
		fc.assert(
			fc.property(safe, (code) => {
				const text = POLICY.replace(/^points:\n  - .*$/m, `points:\n  - "土曜日\\u${code.toString(16).padStart(4, '0')}も開く"`) + `\n&#x${code.toString(16)};\n`;
				expect(loadOne(Buffer.from(text)).map((p) => p.message)).toEqual([]);
			}),
			runs(300),
		);
	});
});
