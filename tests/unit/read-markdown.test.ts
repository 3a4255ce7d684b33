/**
 * The Markdown files read, parsed and validated one after another (src/model/read-markdown.ts): a big
 * folder with every kind of problem spread over it reports each, located, in reading order, and a problem
 * a rule finds after the file's parsed YAML was let go still has its line (the frontmatter parsed again).
 * (It replaces the worker-thread comparison of the removed KOYAKU_THREADS.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeCampaign } from '../../scripts/bench/synthetic.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';

const root = mkdtempSync(join(tmpdir(), 'koyaku-read-markdown-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function load(dir: string) {
	const result = loadContent(dir);
	const shown = relative(process.cwd(), dir);
	return { result, problems: result.problems.map((p) => formatProblem(p).split(shown).join('<content>')) };
}

describe('a valid campaign', () => {
	const campaign = writeCampaign(join(root, 'valid'), 150);

	test('gives a model with every pledge and its rendered bodies', () => {
		const { result, problems } = load(campaign.dir);
		expect(problems).toEqual([]);
		expect(result.model!.policies).toHaveLength(150);
		expect(result.model!.policies[0]!.body.ja).toContain('<h2>');
		expect(result.counts.policies).toBe(150);
	});
});

describe('a campaign with problems in many files', () => {
	const { dir } = writeCampaign(join(root, 'broken'), 300);
	const policy = (n: number) => join(dir, 'policies', `policy-${String(n).padStart(5, '0')}.md`);
	const change = (n: number, from: string | RegExp, to: string) => {
		const text = readFileSync(policy(n), 'utf8');
		const changed = text.replace(from, to);
		if (changed === text) throw new Error(`nothing to change in policy ${n}`);
		writeFileSync(policy(n), changed);
	};
	// Syntax, schema, read, body and cross-file problems, spread over the chunks.
	change(3, /^order: /m, 'order:');
	change(40, /^title:/m, 'titel:');
	change(77, /quote: ●公約77を実現します/, 'quote: どこにもない文言');
	change(120, /id: policy-00120-m1/, 'id: policy-00119-m1');
	writeFileSync(policy(150), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0x82, 0xa0, 0x0a]));
	writeFileSync(policy(151), '');
	change(200, /^## 公約200について$/m, '## 公約200について\n\n[詳しく](/policies/policy-99999/)と[一覧](/policies/policy-00001/)');
	change(230, /^<!-- en -->$/m, '<!-- en -->\n\n[A link](javascript:alert(1))');
	change(260, /^pillar: pillar-\d+$/m, 'pillar: pillar-99');
	writeFileSync(join(dir, 'policies', 'Policy-Upper.md'), readFileSync(policy(10), 'utf8').replaceAll('policy-00010-m', 'upper-m'));
	writeFileSync(join(dir, 'policies', 'policy-note.MD'), 'not read');
	writeFileSync(join(dir, 'pillars', 'pillar-3.md'), readFileSync(join(dir, 'pillars', 'pillar-3.md'), 'utf8').replace('manifesto: synthetic-plan', 'manifesto: nothing-like-it'));

	test('reports every problem, in reading order, and no model', () => {
		const { result, problems } = load(dir);
		const parts = ['pillar-3.md', 'Policy-Upper.md', 'policy-00003.md:3', 'policy-00040.md:4  titel', 'policy-00077.md', 'policy-00120.md', 'Shift_JIS', 'policy-00151.md:1', '/policies/policy-99999/', 'javascript:', 'pillar-99', '.MD'];
		for (const part of parts) expect(problems.some((line) => line.includes(part)), part).toBe(true);
		// Files appear in reading order among the files' own problems (pillars before policies, policies by name).
		const first = (part: string) => problems.findIndex((line) => line.includes(part));
		expect(first('policy-00003.md')).toBeLessThan(first('policy-00040.md'));
		expect(first('policy-00040.md')).toBeLessThan(first('policy-00260.md'));
		expect(result.model).toBeUndefined();
	});

	test('a problem a rule finds has its line (the frontmatter parsed again after it was let go)', () => {
		// Lines 35 and 6 of the written files: the quote of the pledge itself, and the first metric's id.
		const lines = load(dir).problems.filter((line) => /policy-00(077|120)\.md/.test(line));
		expect(lines.map((line) => line.split('  ').slice(0, 2).join('  '))).toEqual(['<content>/policies/policy-00077.md:35  source.quote', '<content>/policies/policy-00120.md:6  metrics.0.id']);
	});
});
