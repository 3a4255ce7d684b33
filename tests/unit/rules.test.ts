/**
 * The loader's stages on their own: read → validate → each cross-file rule over a parsed set.
 * A rule takes the parsed set and returns problems, so each one is pinned here without the others.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { ParsedContent } from '../../src/model/parsed.ts';
import { formatProblem, type Problem } from '../../src/model/problems.ts';
import { readContent } from '../../src/model/read.ts';
import { pointsInOrder, prioritiesExist, quotesFound, RULES, runRules, uniqueMetricIds } from '../../src/model/rules.ts';
import { validateContent } from '../../src/model/validate.ts';

const VALID = fileURLToPath(new URL('../fixtures/valid', import.meta.url));

/** A fresh parsed set of the valid fixture (rules never mutate it; tests may). */
function parsed(): ParsedContent {
	const problems: Problem[] = [];
	const read = readContent(VALID, problems)!;
	const set = validateContent(read, problems);
	expect(problems).toEqual([]);
	return set;
}
const lines = (problems: Problem[]) => problems.map((p) => formatProblem(p).replaceAll(/\S*fixtures\/valid\//g, '<content>/'));

describe('stages', () => {
	test('read finds every file; validate keeps every valid one', () => {
		const set = parsed();
		expect([set.manifestos, set.pillars, set.policies, set.reports, set.sources].map((list) => list.length)).toEqual([1, 2, 4, 1, 1]);
		expect(set.broken.size).toBe(0);
	});

	test('a missing folder is one problem from the read stage', () => {
		const problems: Problem[] = [];
		expect(readContent('/no/such/folder', problems)).toBeUndefined();
		expect(problems.map((p) => p.message)).toMatchInlineSnapshot(`
			[
			  "コンテンツのフォルダが見つかりません / The content folder does not exist (set KOYAKU_CONTENT to its path)",
			]
		`);
	});

	test('every rule passes on the valid fixture', () => {
		const set = parsed();
		for (const rule of RULES) expect([rule.name, rule(set)]).toEqual([rule.name, []]);
	});
});

describe('rules alone', () => {
	test('pointsInOrder: a point listed before an older one', () => {
		const set = parsed();
		const metric = [...set.manifestos, ...set.pillars, ...set.policies].flatMap((p) => p.data.metrics).find((m) => m.points.length > 1)!;
		metric.points.reverse();
		expect(lines(pointsInOrder(set))).toHaveLength(1);
		expect(runRules(set, [prioritiesExist])).toEqual([]);
	});

	test('pointsInOrder: an undated point keeps its place, and the dated ones around it are still compared', () => {
		const set = parsed();
		const metric = [...set.manifestos, ...set.pillars, ...set.policies].flatMap((p) => p.data.metrics).find((m) => m.points.length > 1)!;
		const [older, newer] = metric.points;
		metric.points = [newer!, { value: 1, qualifier: 'exact', when: { ja: '就任前' } }, older!];
		expect(lines(pointsInOrder(set))).toHaveLength(1);
		metric.points = [{ value: 1, qualifier: 'exact', when: { ja: '就任前' } }, older!, newer!];
		expect(pointsInOrder(set)).toEqual([]);
	});

	test('prioritiesExist: a priority that names no policy', () => {
		const set = parsed();
		set.manifestos[0]!.data.priorities.push('no-such-policy');
		expect(lines(prioritiesExist(set))).toMatchInlineSnapshot(`
			[
			  "<content>/manifestos/sample-future-2016.md:16  priorities.2  政策「no-such-policy」が見つかりません / No policy with id "no-such-policy" (known: child-care-desk, more-tax-revenue, town-promotion, women-on-boards)",
			]
		`);
	});

	test('uniqueMetricIds: the second use of an id is reported, the first is kept', () => {
		const set = parsed();
		const [first, second] = set.pillars;
		second!.data.metrics.push({ ...first!.data.metrics[0]! });
		expect(lines(uniqueMetricIds(set)).map((l) => l.split('  ')[1])).toEqual([`metrics.${second!.data.metrics.length - 1}.id`]);
	});

	test('quotesFound: a quote that is not in its source', () => {
		const set = parsed();
		const m = set.manifestos[0]!;
		m.data.source = { source: m.data.source.source, quote: '書かれていない言葉' };
		expect(lines(quotesFound(set))).toHaveLength(1);
		expect(lines(quotesFound(set))[0]).toContain('source.quote  引用が出典');
	});
});
