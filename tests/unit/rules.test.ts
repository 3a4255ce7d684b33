/**
 * The loader's stages on their own: read → validate → each cross-file rule over a parsed set.
 * A rule takes the parsed set and returns problems, so each one is pinned here without the others.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parsePeriod, type Period } from '../../src/schemas/period-key.ts';
import type { ParsedContent } from '../../src/model/parsed.ts';
import { formatProblem, type Problem } from '../../src/model/problems.ts';
import { readContent } from '../../src/model/read.ts';
import { readMarkdown } from '../../src/model/read-markdown.ts';
import { anchorsUnique, flyerImprintReal, pointsInOrder, prioritiesExist, quotesFound, RULES, runRules, uniqueMetricIds } from '../../src/model/rules.ts';
import { validateContent } from '../../src/model/validate.ts';

const VALID = fileURLToPath(new URL('../fixtures/valid', import.meta.url));

/** A fresh parsed set of the valid fixture (rules never mutate it; tests may). */
function parsed(): ParsedContent {
	const problems: Problem[] = [];
	const read = readContent(VALID, problems)!;
	const set = validateContent(read, readMarkdown(read, problems).valid, problems);
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

	test('every rule passes on the valid fixture (its imprint is marked as example values: the flyer rule warns, no more)', () => {
		const set = parsed();
		for (const rule of RULES)
			if (rule === flyerImprintReal) expect(rule(set).map((p) => [p.field, p.severity])).toEqual([['imprint.example', 'warning']]);
			else expect([rule.name, rule(set)]).toEqual([rule.name, []]);
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

	test('anchorsUnique: an achievement named like a metric, and ids the pages use for their own parts', () => {
		const set = parsed();
		expect(anchorsUnique(set)).toEqual([]);
		const withMetrics = [...set.manifestos, ...set.pillars, ...set.policies].find((p) => p.data.metrics.length > 1)!;
		const achievement = set.pillars.find((p) => p.data.achievements.length)!.data.achievements[0]!;
		achievement.id = withMetrics.data.metrics[0]!.id;
		withMetrics.data.metrics[1]!.id = 'figures';
		expect(lines(anchorsUnique(set))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:23  metrics.1.id  指標ID「figures」はページ自身の見出しなどのリンク先（#figures）に使われているため使えません。別のIDにしてください（例: figures-2） / Metric id "figures" is the link address of a part of the pages themselves (#figures), so it cannot be used here: choose another id, e.g. figures-2",
			  "<content>/pillars/sound-finances.md:8  achievements.0.id  実績ID「consultations」は <content>/policies/child-care-desk.md の指標IDと同じです。どちらもページ内のリンク先（#consultations）になるため、実績には別のIDを付けてください（例: consultations-2） / Achievement id "consultations" is also a metric id (in <content>/policies/child-care-desk.md); both become link addresses on the page (#consultations), so give the achievement another id, e.g. consultations-2",
			]
		`);
		achievement.id = 'main';
		expect(lines(anchorsUnique(set)).map((l) => l.split('  ')[1])).toEqual(['metrics.1.id', expect.stringMatching(/^achievements\.\d+\.id$/)]);
	});

	test('quotesFound: a quote that is not in its source', () => {
		const set = parsed();
		const m = set.manifestos[0]!;
		m.data.source = { source: m.data.source.source, quote: '書かれていない言葉' };
		expect(lines(quotesFound(set))).toHaveLength(1);
		expect(lines(quotesFound(set))[0]).toContain('source.quote  引用が出典');
	});
});

describe('rules without ratings.yaml', () => {
	test('a published tally of pledge levels needs a scale, and so does a pledge rating', () => {
		const set = parsed();
		delete set.ratings;
		const manifesto = set.manifestos[0]!;
		manifesto.data.results = [{ period: parsePeriod('FY2019') as Period, scale: 'ratings', counts: [{ id: 'achieved', count: 1 }], notComputable: 0, source: { source: 'sample-newsletter-2020-01' } }];
		expect(lines(runRules(set, RULES.filter((rule) => rule.name === 'resultIdsKnown' || rule.name === 'ratingsComplete')))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/more-tax-revenue.md:7  rating  評価の段階を決める ratings.yaml がありません。ratings.yaml を作るか、rating を削除してください / There is no ratings.yaml with the rating scale: create one (see README), or remove rating",
			  "<content>/policies/town-promotion.md:4  rating  評価の段階を決める ratings.yaml がありません。ratings.yaml を作るか、rating を削除してください / There is no ratings.yaml with the rating scale: create one (see README), or remove rating",
			  "<content>/manifestos/sample-future-2016.md:2  results.0.scale  評価段階を決める ratings.yaml がありません。ratings.yaml を作るか、scale: grades（目標の評価区分）にしてください / There is no ratings.yaml with rating levels: create one, or count targets by grade (scale: grades)",
			]
		`);
	});

	test('a set whose ratings.yaml failed validation does not report the pledges\' ratings again', () => {
		const set = parsed();
		delete set.ratings;
		set.broken.add('ratings');
		expect(runRules(set, RULES.filter((rule) => rule.name === 'ratingsComplete'))).toEqual([]);
	});
});

describe('a figure in several pillars', () => {
	test('names existing pillars of its own manifesto', () => {
		const set = parsed();
		const desk = set.policies.find((p) => p.id === 'child-care-desk')!;
		desk.data.metrics[0]!.pillars = ['sound-finances', 'no-such-pillar', 'child-care'];
		set.pillars.find((p) => p.id === 'child-care')!.data.manifesto = 'another-manifesto';
		expect(lines(RULES.find((rule) => rule.name === 'metricPillarsExist')!(set))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:13  metrics.0.pillars.0  柱「sound-finances」は別のマニフェスト「sample-future-2016」の柱です。同じマニフェストの柱を書いてください / Pillar "sound-finances" belongs to another manifesto ("sample-future-2016"): name pillars of this figure's own manifesto",
			  "<content>/policies/child-care-desk.md:13  metrics.0.pillars.1  柱「no-such-pillar」が見つかりません / No pillar with id "no-such-pillar" (known: child-care, sound-finances)",
			]
		`);
	});
});
