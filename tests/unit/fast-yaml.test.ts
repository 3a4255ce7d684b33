/**
 * The fast YAML path must read every text exactly as the `yaml` package does, or decline (then `yaml`
 * reads it), and measure its nesting as `yamlDepth` does. Checked on all real content and fixtures, on
 * generated documents full of the scalars where YAML 1.1 and 1.2 parsers disagree (01, 0o17, 1_000, yes,
 * 12:30, 2020-01-15, .5, 1e3, ~ …) and of the layouts and characters the reader decides on, and on real
 * files with characters inserted, deleted and swapped (hostile edits).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { fastYaml, readSubset } from '../../src/model/fast-yaml.ts';
import { yamlDepth } from '../../src/model/yaml-source.ts';
import { ROOT } from '../helpers/build.ts';

const slow = (text: string) => {
	const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
	return doc.errors.length ? { errors: doc.errors.length } : { data: doc.toJS() ?? null };
};

/** Frontmatter of a Markdown file, or the whole YAML file. */
function yamlTexts(dir: string, out: [string, string][] = []): [string, string][] {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yamlTexts(path, out);
		else if (/\.ya?ml$/.test(name)) out.push([path, readFileSync(path, 'utf8')]);
		else if (name.endsWith('.md')) {
			const text = readFileSync(path, 'utf8');
			const end = text.indexOf('\n---', 4);
			if (text.startsWith('---\n') && end > 0) out.push([path, text.slice(4, end + 1)]);
		}
	}
	return out;
}

describe('fast YAML path', () => {
	const files = [...yamlTexts(join(ROOT, 'content')), ...yamlTexts(join(ROOT, 'tests', 'fixtures'))];

	test('reads every content and fixture file, the same as yaml', () => {
		expect(files.length).toBeGreaterThan(40);
		const differ = files.filter(([, text]) => {
			const fast = fastYaml(text);
			return !fast || JSON.stringify(fast.data) !== JSON.stringify(slow(text).data);
		});
		expect(differ.map(([path]) => path)).toEqual([]);
	});

	test('measures the nesting of every content and fixture file as yamlDepth does', () => {
		for (const [path, text] of files) {
			const depth = readSubset(text)?.depth;
			if (depth !== undefined) expect([path, depth]).toEqual([path, yamlDepth(text).depth]);
		}
	});

	test('reads plain scalars as the YAML 1.2 core schema does', () => {
		const cases: Record<string, unknown> = {
			'01': 1, '0o17': 15, '0x1F': 31, '-0x1F': '-0x1F', '1_000': '1_000', '+12': 12, '.5': 0.5, '1.': 1, '1e3': 1000,
			'-.inf': -Infinity, '.NaN': NaN, yes: 'yes', No: 'No', on: 'on', True: true, FALSE: false, '~': null, '': null,
			Null: null, nULL: 'nULL', '12:30': '12:30', '2020-01-15': '2020-01-15', '2016-04..2023-12': '2016-04..2023-12', FY2016: 'FY2016', '0b101': '0b101',
		};
		for (const [text, value] of Object.entries(cases)) expect([text, fastYaml(`v: ${text}`)?.data]).toEqual([text, { v: value }]);
	});

	test('leaves directives, anchors and aliases, and syntax errors to yaml', () => {
		for (const text of ['%YAML 1.1\n---\nd: 2020-01-15', 'a: &x 1\nb: *x', '- &x [1]\n- *x', 'a: 1\na: 2', 'a: [1, 2', 'a:\n\t- 1', 'a: |\n  x', 'a: x\n  y', 'a: "x\n  y"', '1: a\n01: b', 'a: !!str 1', '---\na: 1\n---\nb: 2', 'a: 1\n...', '__proto__: 1', '<<: {a: 1}', '? a\n: b', 'a: [1,]', '{a: 1}: b', 'a: "\\q"'])
			expect([text, fastYaml(text)]).toEqual([text, undefined]);
	});

	const scalarText = fc.oneof(
		fc.constantFrom('01', '007', '0o17', '0o8', '0x1f', '0xG', '1_000', '+1', '-0', '.5', '5.', '1e3', '1E-2', '-.inf', '.nan', '.NaN', 'yes', 'no', 'on', 'off', 'y', 'True', 'TRUE', 'tRUE', 'false', 'null', 'NULL', '~', '12:30', '1:2:3', '2020-01-15', '2020-01-15T10:00:00Z', '2016-04..2023-12', 'FY2016', '123456789012345678901234567890', '0.1000', '1,000', '¥1,000', '約3,200', '100%', '#', 'a #b', 'a: b', '- x', '[x]', '{x}', '"q"', "'q'", '!x', '!!str 1', '!!int 1', '? x', '|', '>', '@x', '`x`', '%x', 'Q&A', 'a*b', '<<', '__proto__', '"\\x41"', '"\\u3042"', "'it''s'", 'a#b', 'x:y', 'http://x.jp/#a', '[1]x', 'a]', 'a}', '"[{"', "'}'", '"\\t\\\\\\""', '"\\U0001F600"', '"\\uD800"', '"\\q"', '"a" b', '😀', '\u3000x', 'x\u3000', '\u2028', '\ud800', 'a\u0085b', '\ufeff', '-', '--', '-x', '- x', '?x', ':x', 'a:', '"a"#b', "'a''", 'é', '\t'),
		fc.string({ maxLength: 12 }),
		fc.stringMatching(/^[0-9a-zA-Z.+\-_:~ ]{0,10}$/),
	);
	const key = fc.oneof(
		fc.constantFrom('id', 'value', '1', '01', 'true', 'null', 'title', 'ja', 'en', '"quoted key"', "'it''s'", '"a:b"', 'a b', 'a#b', '-a', '.5', '1e3', '~', '"~"', 'x ', '[a]', '"a" ', '__proto__', 'constructor'),
		fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/),
	);
	/** What may stand between entries: nothing, blank lines, comments (some with brackets or odd characters). */
	const gap = fc.constantFrom('', '', '', '\n', '\n  ', '\n# note', '\n  # [x]', ' # after', '#x', '\n\t', '\n ');
	const { doc } = fc.letrec<{ doc: string; block: string; value: string; flow: string }>((tie) => ({
		doc: fc.oneof({ depthSize: 'small' }, tie('block'), scalarText, tie('block').map((b) => `---\n${b}`), tie('block').map((b) => `# head\n\n${b}\n`), tie('block').map((b) => b.replace(/^/gm, '  '))),
		block: fc.oneof(
			fc.array(fc.tuple(key, tie('value'), gap), { minLength: 1, maxLength: 4 }).map((pairs) => pairs.map(([k, v, g]) => `${k}:${v.startsWith('\n') ? v : ` ${v}`}${g}`).join('\n')),
			fc.array(fc.tuple(tie('value'), gap), { minLength: 1, maxLength: 4 }).map((items) => items.map(([v, g]) => `-${v.startsWith('\n') ? v.replace(/\n/g, '\n  ').replace(/^\n {2}/, ' ') : ` ${v}`}${g}`).join('\n')),
			// A sequence under a key at the key's own indentation, and a sequence in a sequence.
			fc.tuple(key, fc.array(scalarText, { minLength: 1, maxLength: 3 })).map(([k, items]) => `${k}:\n${items.map((v) => `- ${v}`).join('\n')}`),
			fc.array(scalarText, { minLength: 1, maxLength: 3 }).map((items) => `- - ${items.join('\n  - ')}`),
		),
		value: fc.oneof({ depthSize: 'small' }, scalarText, tie('flow'), tie('block').map((b) => `\n${b.replace(/^/gm, '  ')}`)),
		flow: fc.oneof(
			fc.array(fc.oneof(scalarText, tie('flow')), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
			fc.array(fc.tuple(key, fc.oneof(scalarText, tie('flow'))), { maxLength: 3 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
			fc.array(scalarText, { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
		),
	}));

	/**
	 * Over the texts `texts` makes, the fast path reads the same data and depth as `yaml` or declines; it must
	 * read at least `atLeast` of them, or the property says little. Returns nothing: it asserts.
	 */
	const agreesWithYaml = (texts: fc.Arbitrary<string>, atLeast: number) => {
		let read = 0;
		fc.assert(
			fc.property(texts, (text) => {
				const fast = readSubset(text);
				if (!fast) return;
				read++;
				expect(slow(text)).toEqual({ data: fast.data ?? null });
				if (fast.depth !== undefined) expect(fast.depth).toBe(yamlDepth(text).depth);
			}),
			{ numRuns: Number(process.env.FAST_YAML_RUNS ?? 3000) },
		);
		expect(read).toBeGreaterThan(atLeast);
	};

	// The generator must mostly produce documents the fast path reads.
	test('on generated documents: the same data as yaml, or declines', () => agreesWithYaml(doc, 1000));

	/** Real frontmatter with characters that matter to YAML inserted, deleted or swapped. */
	const hostile = fc
		.tuple(
			fc.constantFrom(...files.map(([, text]) => text)),
			fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(' ', '  ', '\n', '- ', ': ', ':', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '-', '---\n', '&a ', '*a', '!', '|', '>', '?', '\\', '\t', '\u3000', '0', '.', 'x')), { minLength: 1, maxLength: 4 }),
		)
		.map(([text, edits]) => {
			let out = text;
			for (const [at, cut, put] of edits) {
				const i = at % (out.length + 1);
				out = out.slice(0, i) + put + out.slice(i + cut);
			}
			return out;
		});

	// Many edits still leave valid YAML (a space added, a letter changed): those must be read.
	test('on hostile edits of real files: the same data as yaml, or declines', () => agreesWithYaml(hostile, 300));
});
