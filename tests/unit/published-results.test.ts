/**
 * What a published review can say (issue 23): the result schema, grading with an unprinted bound, the rules
 * on results, the words of a distribution, which manifesto is current, and the campaign's nouns.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { countOf, nounWord, withTerm } from '../../src/i18n/index.ts';
import { distributionSentence, markWidth, segments, shareLabel, type Distribution } from '../../src/lib/distribution.ts';
import { currentManifesto, editionLabel, trackRecordTitle } from '../../src/lib/page-meta.ts';
import { parsePeriod, type Period } from '../../src/schemas/period-key.ts';
import { progressTitle } from '../../src/lib/tally.ts';
import { gradeOf } from '../../src/model/derive.ts';
import type { Manifesto, Model, ResultItem } from '../../src/model/model.ts';
import type { ParsedContent } from '../../src/model/parsed.ts';
import { formatProblem, type Problem } from '../../src/model/problems.ts';
import { readContent } from '../../src/model/read.ts';
import { readMarkdown } from '../../src/model/read-markdown.ts';
import { oneCurrentManifesto, resultIdsKnown, resultPeriodsUnique, resultsWithinTotal, resultSubjectsExist } from '../../src/model/rules.ts';
import { validateContent } from '../../src/model/validate.ts';
import { ManifestoSchema } from '../../src/schemas/manifesto.ts';
import { GradeBandsSchema } from '../../src/schemas/rating.ts';
import { PublishedResultSchema, ReportResultSchema, type PublishedResult } from '../../src/schemas/results.ts';

const period = (text: string) => parsePeriod(text) as Period;
const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
const SOURCE = { source: 'review', quote: '…' };

describe('PublishedResultSchema', () => {
	test('1. a count, a share, or both; neither is refused at the count', () => {
		const result = PublishedResultSchema.parse({ period: 'FY2013', counts: [{ id: 'A', count: 70, share: 84.3 }, { id: 'B', share: 6.0 }, { D: 3 }], source: SOURCE });
		expect(result.counts).toEqual([{ id: 'A', count: 70, share: 84.3 }, { id: 'B', share: 6 }, { id: 'D', count: 3 }]);
		expect(messages(PublishedResultSchema.safeParse({ period: 'FY2013', counts: [{ id: 'B' }], source: SOURCE }))).toMatchInlineSnapshot(`
			[
			  "counts.0.count: 件数（count）か割合（share）、印刷されているほうを書いてください / Write the count or the share, whichever is printed (or both)",
			]
		`);
	});

	test('4. an average alone is a result; nothing at all is not', () => {
		const result = PublishedResultSchema.parse({ period: '平成24年度', average: 93.6, averageSource: { source: 'note', quote: '93.6％' }, source: SOURCE });
		expect([result.counts, result.average, result.averageSource, result.scale]).toEqual([[], 93.6, { source: 'note', quote: '93.6％' }, 'grades']);
		expect(messages(PublishedResultSchema.safeParse({ period: 'FY2012', source: SOURCE }))).toMatchInlineSnapshot(`
			[
			  "counts: 件数（counts）か平均（average）、印刷されているものを書いてください / Write the counts or the average, whatever is printed",
			]
		`);
	});

	test('3. categories of its own imply scale: categories, with a name in each language; not with another scale', () => {
		const result = PublishedResultSchema.parse({ period: 2019, title: '内訳', categories: [{ id: 'budget', label: { ja: '予算', en: 'Budget' } }], counts: [{ budget: 1 }], noun: { ja: '指標', en: 'indicators' }, source: SOURCE });
		expect([result.scale, result.title, result.noun]).toEqual(['categories', { ja: '内訳' }, { ja: '指標', en: 'indicators' }]);
		expect(PublishedResultSchema.parse({ period: 2019, noun: '施策', average: 1, source: SOURCE }).noun).toEqual({ ja: '施策' });
		expect(messages(PublishedResultSchema.safeParse({ period: 2019, scale: 'ratings', categories: [{ id: 'a', label: 'a' }], counts: [{ a: 1 }], source: SOURCE }))).toEqual([
			'categories: categories は scale: ratings とは一緒に使えません（scale を消してください） / categories cannot be used with scale: ratings (remove scale)',
		]);
		expect(messages(PublishedResultSchema.safeParse({ period: 2019, scale: 'categories', counts: [{ a: 1 }], source: SOURCE }))).toEqual(['categories: scale: categories には categories（区分の一覧）が必要です / scale: categories needs the list of categories']);
	});

	test('6. the set total is kept beside of and notComputable', () => {
		const result = PublishedResultSchema.parse({ period: 'FY2014', counts: [{ A: 44 }], total: 82, of: 81, notComputable: 1, source: SOURCE });
		expect([result.total, result.of, result.notComputable]).toEqual([82, 81, 1]);
	});

	test('a report\'s result may leave `about` to its highlights.manifesto', () => {
		expect(ReportResultSchema.safeParse({ period: 2019, average: 90, source: SOURCE }).success).toBe(true);
		expect(ReportResultSchema.parse({ period: 2019, average: 90, about: 'plan', source: SOURCE }).about).toBe('plan');
	});
});

describe('2. grade bands whose bounds are not printed', () => {
	const bands = [{ id: 'A', min: 100 }, { id: 'B' }, { id: 'C', min: 60 }, { id: 'D' }];
	test('any band may have a label only; order is checked between printed bounds', () => {
		expect(GradeBandsSchema.safeParse(bands).success).toBe(true);
		expect(messages(GradeBandsSchema.safeParse([{ id: 'A', min: 60 }, { id: 'B' }, { id: 'C', min: 80 }]))).toEqual(['2.min: 評価区分は高い順に並べてください / List grade bands from the highest minimum down']);
		expect(GradeBandsSchema.parse([{ id: 'over-100', name: { ja: '100%以上', en: '100% or more' }, min: 100 }])[0]!.name).toEqual({ ja: '100%以上', en: '100% or more' });
	});
	test('a rate is graded only where no unprinted bound could matter', () => {
		expect([120, 100, 80, 60, 59].map((rate) => gradeOf(rate, bands)?.id)).toEqual(['A', 'A', undefined, undefined, 'D']);
		// At exactly 100% a strict target that is not met falls below A, into B's unknown range.
		expect(gradeOf(100, bands, false)?.id).toBeUndefined();
		expect(gradeOf(85, [{ id: 'A', min: 100 }, { id: 'B', min: 80 }, { id: 'C' }])?.id).toBe('B');
		expect(gradeOf(150, [{ id: 'S' }, { id: 'A', min: 100 }, { id: 'B' }])?.id).toBeUndefined();
		expect(gradeOf(90, [{ id: 'S' }, { id: 'A', min: 100 }, { id: 'B' }])?.id).toBe('B');
	});
});

describe('7. manifesto dates as printed', () => {
	const manifesto = (extra: Record<string, unknown>) => ManifestoSchema.safeParse({ title: 'x', source: { source: 's' }, ...extra });
	test('a year, a fiscal year, a month, none, or left out', () => {
		expect(manifesto({ announced: 2019 }).data?.announced?.key).toBe('2019');
		expect(manifesto({ announced: '2015年度' }).data?.announced?.key).toBe('FY2015');
		expect(manifesto({ elected: '2011年4月' }).data?.elected?.key).toBe('2011-04');
		expect(manifesto({ announced: 'none' }).data?.announced).toBeUndefined();
		expect(manifesto({}).success).toBe(true);
		expect(messages(manifesto({ announced: 'someday' }))[0]).toContain('announced: 日付を印刷どおりに書いてください');
	});
});

/** A fresh parsed set of the valid fixture (tests may change it). */
function parsed(): ParsedContent {
	const problems: Problem[] = [];
	const dir = fileURLToPath(new URL('../fixtures/valid', import.meta.url));
	const read = readContent(dir, problems)!;
	const set = validateContent(read, readMarkdown(read, problems).valid, problems);
	expect(problems).toEqual([]);
	return set;
}
const lines = (problems: Problem[]) => problems.map((p) => formatProblem(p).replaceAll(/\S*fixtures\/valid\//g, '<content>/'));
const result = (extra: Partial<PublishedResult>): PublishedResult => ({ period: period('FY2019'), scale: 'grades', counts: [], notComputable: 0, source: { source: 'sample-newsletter-2020-01' }, ...extra });

describe('rules on results', () => {
	test('5. breakdowns of one period are told apart by their titles; two untitled ones are refused', () => {
		const set = parsed();
		const manifesto = set.manifestos[0]!;
		manifesto.data.results = [result({ average: 90 }), result({ average: 91, title: { ja: 'うち重点' } }), result({ average: 92 })];
		expect(lines(resultPeriodsUnique(set))).toEqual([
			'<content>/manifestos/sample-future-2016.md:2  results.2.period  sample-future-2016 の FY2019 の結果は <content>/manifestos/sample-future-2016.md にもあります。1つにするか、別の内訳なら title で区別してください / Two results for sample-future-2016 in FY2019 (also in <content>/manifestos/sample-future-2016.md): keep one, or give each breakdown its own title',
		]);
	});

	test('6. the set total cannot be less than the evaluated plus the not computable', () => {
		const set = parsed();
		set.manifestos[0]!.data.results = [result({ counts: [{ id: 'A', count: 44 }], of: 81, total: 81, notComputable: 1 }), result({ period: period('FY2020'), counts: [{ id: 'A', count: 44 }], of: 81, total: 82, notComputable: 1 })];
		expect(lines(resultsWithinTotal(set)).map((l) => l.split('  ').slice(1).join('  '))).toEqual([
			'results.0.total  全体の数 total 81 が、評価できた数 81 と評価できなかった数 1 の合計より少なくなっています / The total 81 is less than the 81 evaluated plus the 1 not computable',
		]);
	});

	test('3. a count names one of the result\'s own categories', () => {
		const set = parsed();
		set.manifestos[0]!.data.results = [result({ scale: 'categories', categories: [{ id: 'budget', label: { ja: '予算' } }], counts: [{ id: 'budget', count: 1 }, { id: 'rules', count: 3 }] })];
		expect(lines(resultIdsKnown(set)).map((l) => l.split('  ').slice(1).join('  '))).toEqual(['results.0.counts.1  「rules」は categories にありません（budget） / "rules" is not one of the categories (budget)']);
	});

	test('a report\'s result is about its highlights.manifesto unless it names another; with neither it says what to write', () => {
		const set = parsed();
		const report = set.reports[0]!;
		report.data.results = [{ ...result({ average: 90 }) }];
		expect(resultSubjectsExist(set)).toEqual([]);
		delete report.data.highlights.manifesto;
		expect(lines(resultSubjectsExist(set)).map((l) => l.split('  ').slice(1).join('  '))).toEqual([
			'results.0.about  この結果が何についてのものか、about にマニフェストか柱のIDを書いてください（または highlights.manifesto） / Say what the result is about: write a manifesto or pillar id in about (or highlights.manifesto)',
		]);
	});

	test('at most one manifesto is current: true', () => {
		const set = parsed();
		set.manifestos.push({ ...set.manifestos[0]!, id: 'other', data: { ...set.manifestos[0]!.data, current: true } });
		set.manifestos[0]!.data.current = true;
		expect(lines(oneCurrentManifesto(set)).map((l) => l.split('  ').slice(1).join('  '))).toEqual([
			'current  current: true は1つのマニフェストだけに書いてください（sample-future-2016, other） / Only one manifesto can be current: true (sample-future-2016, other)',
		]);
	});
});

describe('a distribution in words and as a bar', () => {
	const item = (id: string, extra: Partial<ResultItem>, k = 0): ResultItem => ({ id, name: { ja: id }, pattern: k, ...extra });
	const dist = (extra: Partial<Distribution>): Distribution => ({ items: [], notComputable: 0, scale: 'grades', period: period('FY2014'), ...extra });

	test('1. a share printed alone stays alone; a count without a total gets no computed share', () => {
		expect(shareLabel({ share: 6 , decimals: 1 }, undefined, 'ja')).toBe('6.0%');
		expect(shareLabel({ count: 3 }, undefined, 'ja')).toBeUndefined();
		expect(distributionSentence(dist({ items: [item('A', { count: 70, share: 84.3 }), item('B', { share: 6, decimals: 1 })], of: 83 }), 'ja')).toBe('2014年度：目標83件のうち、A 70件（84.3%）、B 6.0%。');
		expect(distributionSentence(dist({ scale: 'categories', items: [item('予算', { count: 1 }), item('その他', { count: 7 })] }), 'en')).toBe('FY2014: 予算 1, その他 7.');
	});

	test('4, 6, 9. an average alone, the set total, in the campaign\'s nouns', () => {
		const terms = { targets: { ja: '成果指標', en: 'outcome indicators', enOne: 'outcome indicator' } };
		expect(distributionSentence(dist({ average: 93.6 }), 'ja')).toBe('2014年度：平均達成率は93.6%です。');
		const full = dist({ items: [item('A', { count: 44 })], of: 81, total: 82, notComputable: 1 });
		expect(distributionSentence(full, 'ja')).toBe('2014年度：達成率を計算できる目標81件のうち、A 44件（54.3%）。ほかに達成率を計算できない目標が1件あります。目標は全部で82件です。');
		expect(distributionSentence(full, 'ja', terms)).toBe('2014年度：達成率を計算できる成果指標81件のうち、A 44件（54.3%）。ほかに達成率を計算できない成果指標が1件あります。成果指標は全部で82件です。');
		expect(distributionSentence(full, 'en', terms)).toBe('FY2014: of 81 outcome indicators with a computable rate, A 44 (54.3%). 1 more outcome indicator could not be computed. There are 82 outcome indicators in all.');
		expect(distributionSentence(dist({ scale: 'ratings', items: [item('done', { count: 2, symbol: '◎', name: { ja: '達成' } })], of: 2, noun: { ja: '施策' } }), 'ja')).toBe('2014年度：施策2件のうち、◎ 達成 2件（100.0%）。');
	});

	test('a mark is drawn only where it fits; shares alone take their printed width', () => {
		const bar = segments({ items: [item('80%以上100%未満', { count: 10 }), item('A', { count: 1 }), item('B', { share: 6 })], of: 100 }, 'ja');
		expect(bar.map((s) => [s.width, s.showMark])).toEqual([[100, false], [10, false], [60, true]]);
		expect(markWidth('A')).toBeLessThan(markWidth('80%以上'));
		// Counts with no printed total are drawn as parts of their own sum.
		expect(segments({ items: [item('a', { count: 1 }), item('b', { count: 3 })] }, 'ja').map((s) => s.width)).toEqual([250, 750]);
	});

	test('fills follow the grade, not its position: a grade nobody counted shifts no other', () => {
		expect(segments({ items: [item('A', { count: 1 }, 0), item('C', { count: 1 }, 2)], of: 2 }, 'ja').map((s) => s.index)).toEqual([0, 2]);
	});
});

describe('which manifesto is current, and its label', () => {
	afterEach(() => {
		delete process.env['KOYAKU_NOW'];
	});
	const m = (id: string, extra: Partial<Manifesto> = {}) => ({ id, title: { ja: id }, source: { source: 'doc' }, ...extra }) as Manifesto;
	const model = (manifestos: Manifesto[], date?: Period) => ({ manifestos, sources: [{ id: 'doc', ...(date ? { date } : {}) }] }) as unknown as Pick<Model, 'manifestos' | 'sources'>;

	test('by its election: a term that has ended makes the manifesto a track record, not current', () => {
		process.env['KOYAKU_NOW'] = '2026-12-06T00:00:00Z';
		const old = m('old', { elected: period('2011') });
		expect(currentManifesto(model([old]))).toBeUndefined();
		expect(editionLabel(old, model([old], period('FY2015')), 'ja')).toBe('前回の公約と実績（2011年）');
		const recent = m('recent', { elected: period('2024-04') });
		expect(currentManifesto(model([old, recent]))?.id).toBe('recent');
		process.env['KOYAKU_NOW'] = '2028-05-01T00:00:00Z';
		expect(currentManifesto(model([old, recent]))).toBeUndefined();
	});

	test('or by an explicit setting; without either, the last one', () => {
		const a = m('a');
		const b = m('b', { current: false });
		expect(currentManifesto(model([a, b]))?.id).toBe('a');
		expect(currentManifesto(model([m('x', { current: true }), m('y')]))?.id).toBe('x');
		expect(currentManifesto(model([m('p'), m('q')]))?.id).toBe('q');
	});

	test('no date printed: no empty year, in either language', () => {
		const undated = m('u');
		expect(editionLabel(undated, model([undated]), 'ja', true)).toBe('今期の政策');
		expect(editionLabel(undated, model([undated]), 'en', false)).toBe('Earlier pledges and their record');
		expect(trackRecordTitle(undated, model([undated]), 'ja')).toBe('これまでの公約とその実績');
		const fiscal = m('f', { announced: period('2015年度') });
		expect(editionLabel(fiscal, model([fiscal]), 'ja', true)).toBe('今期の政策（2015年度）');
		expect(trackRecordTitle(fiscal, model([fiscal]), 'en')).toBe('The FY2015 pledges and their record');
	});
});

describe('9. the campaign\'s nouns and terms', () => {
	test('counts, nouns and sentences keep the dictionary\'s words unless the campaign has its own', () => {
		expect(countOf(undefined, 'ja', 'pledges', 99)).toBe('公約99件');
		expect(countOf({ pledges: { ja: '政策', en: 'policies', enOne: 'policy' } }, 'en', 'pledges', 1)).toBe('1 policy');
		expect(countOf({ targets: { ja: '項目' } }, 'ja', 'targets', 81)).toBe('項目81件');
		expect(countOf({ targets: { ja: '項目' } }, 'en', 'targets', 81)).toBe('81 targets');
		expect(nounWord(undefined, 'en', 'targets', 1)).toBe('target');
		expect(withTerm({ pillars: { ja: '政策キーワード', en: 'Policy keywords' } }, 'en', 'pillar.others', 'pillars', 'pillar.othersTerm')).toBe('Other policy keywords');
		expect(withTerm(undefined, 'ja', 'pillar.others', 'pillars', 'pillar.othersTerm')).toBe('ほかの政策の柱');
	});

	test('the heading over progress names targets where all a manifesto shows is published grades', () => {
		const base = { hasScale: false, policies: [], levelOf: () => ({ unrated: true }), results: [{ manifesto: 'm', owner: { kind: 'manifesto', id: 'm' }, scale: 'grades' }] };
		const site = (terms: object) => ({ ...base, site: { terms } }) as unknown as Parameters<typeof progressTitle>[0];
		expect(progressTitle(site({}), 'm', 'ja')).toBe('目標の進み具合');
		expect(progressTitle(site({ targets: { ja: '成果指標', en: 'outcome indicators' } }), 'm', 'en')).toBe('Progress on the outcome indicators');
		const rated = { ...base, results: [{ manifesto: 'm', owner: { kind: 'manifesto', id: 'm' }, scale: 'ratings' }], site: { terms: {} } } as unknown as Parameters<typeof progressTitle>[0];
		expect(progressTitle(rated, 'm', 'ja')).toBe('公約の進み具合');
	});
});
