/**
 * The read pool (src/model/read-pool.ts): a big folder's Markdown files read and validated on worker
 * threads give the same problems, in the same order, and the same model as one thread. The workers here
 * read every chunk (`mainReads: false`), so what crosses between threads is what is compared.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { writeCampaign } from '../../scripts/bench/synthetic.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { POOL_LIMITS, poolStats } from '../../src/model/read-threads.ts';

const root = mkdtempSync(join(tmpdir(), 'koyaku-read-pool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
	delete process.env['KOYAKU_THREADS'];
	POOL_LIMITS.mainReads = true;
});

/** Loads `dir` on `threads` threads; with `workersOnly`, the workers read every chunk. */
function load(dir: string, threads: number, workersOnly = false) {
	process.env['KOYAKU_THREADS'] = String(threads);
	POOL_LIMITS.mainReads = !workersOnly;
	const result = loadContent(dir);
	const shown = relative(process.cwd(), dir);
	return {
		result,
		stats: { ...poolStats },
		problems: result.problems.map((p) => formatProblem(p).split(shown).join('<content>')),
		warnings: result.warnings.map(formatProblem),
	};
}

const chunksOf = (files: number) => Math.ceil(files / POOL_LIMITS.chunkFiles);
/** Markdown files of a synthetic campaign of n pledges: the pledges, 10 pillars, a manifesto and a newsletter. */
const markdownFiles = (pledges: number) => pledges + 12;

describe('a valid campaign', () => {
	const campaign = writeCampaign(join(root, 'valid'), 150);

	test('gives the same model on worker threads as on one, bodies included', () => {
		const one = load(campaign.dir, 1);
		const pooled = load(campaign.dir, 2, true);
		expect(one.stats.threads).toBe(1);
		expect(pooled.stats).toEqual({ threads: 2, workerChunks: chunksOf(markdownFiles(150)), mainChunks: 0 });
		expect(one.problems).toEqual([]);
		expect(pooled.problems).toEqual([]);
		expect(one.result.model).toBeDefined();
		expect(JSON.stringify(pooled.result.model)).toBe(JSON.stringify(one.result.model));
		// Bodies are rendered when read: the same HTML from a body that crossed threads.
		const html = (r: typeof one) => r.result.model!.policies.map((p) => `${p.body.ja}\n${p.body.en}`);
		expect(html(pooled)).toEqual(html(one));
		expect(html(one)[0]).toContain('<h2>');
		expect([pooled.result.coverage, pooled.result.counts]).toEqual([one.result.coverage, one.result.counts]);
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

	test('reports the same problems in the same order on worker threads as on one', () => {
		const one = load(dir, 1);
		const pooled = load(dir, 2, true);
		const three = load(dir, 3);
		expect(pooled.stats).toEqual({ threads: 2, workerChunks: chunksOf(markdownFiles(300) + 1), mainChunks: 0 });
		expect(three.stats.threads).toBe(3);
		expect(three.stats.workerChunks + three.stats.mainChunks).toBe(chunksOf(markdownFiles(300) + 1));
		// Every kind of problem made above is there (so the comparison compares something).
		for (const part of ['policy-00003.md:3', 'policy-00040.md:4  titel', 'policy-00077.md', 'policy-00120.md', 'Shift_JIS', 'policy-00151.md:1', '/policies/policy-99999/', 'javascript:', 'pillar-99', 'Policy-Upper.md', '.MD', 'pillar-3.md'])
			expect(one.problems.some((line) => line.includes(part)), part).toBe(true);
		expect(pooled.problems).toEqual(one.problems);
		expect(three.problems).toEqual(one.problems);
		expect(pooled.warnings).toEqual(one.warnings);
		expect(pooled.result.model).toBeUndefined();
	});

	test('a problem a rule finds in a file read on a worker has its line (the frontmatter parsed again here)', () => {
		// Lines 35 and 6 of the written files: the quote of the pledge itself, and the first metric's id.
		const lines = load(dir, 2, true).problems.filter((line) => /policy-00(077|120)\.md/.test(line));
		expect(lines).toEqual(load(dir, 1).problems.filter((line) => /policy-00(077|120)\.md/.test(line)));
		expect(lines.map((line) => line.split('  ').slice(0, 2).join('  '))).toEqual(['<content>/policies/policy-00077.md:35  source.quote', '<content>/policies/policy-00120.md:6  metrics.0.id']);
	});
});
