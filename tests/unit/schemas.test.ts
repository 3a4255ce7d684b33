/** The schema pieces and derived figures, one behaviour per test. */
import { describe, expect, test } from 'vitest';
import { renderBody } from '../../src/model/body.ts';
import { deriveAchievement, deriveChange, shareOf } from '../../src/model/derive.ts';
import { DateSchema, IdSchema } from '../../src/schemas/id.ts';
import { MetricSchema, type MetricInput, type MetricPoint } from '../../src/schemas/metric.ts';
import { comparePeriods, parsePeriod, PeriodSchema, type Period } from '../../src/schemas/period.ts';
import { RatingScaleSchema, type RatingScaleInput } from '../../src/schemas/rating.ts';
import { SourceRefSchema } from '../../src/schemas/source-ref.ts';
import { LocalizedTextSchema } from '../../src/schemas/text.ts';

const period = (text: string) => {
	const parsed = parsePeriod(text);
	if (typeof parsed === 'string') throw new Error(parsed);
	return parsed;
};
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('LocalizedText', () => {
	test('a plain string is the Japanese text, trimmed', () => {
		expect(LocalizedTextSchema.parse('  こんにちは ')).toEqual({ ja: 'こんにちは' });
	});
	test('both languages', () => {
		expect(LocalizedTextSchema.parse({ ja: 'こんにちは', en: 'Hello' })).toEqual({ ja: 'こんにちは', en: 'Hello' });
	});
	test('Japanese is required', () => {
		expect(LocalizedTextSchema.safeParse({ en: 'Hello' }).success).toBe(false);
	});
	test('an empty English text is refused', () => {
		expect(LocalizedTextSchema.safeParse({ ja: 'こんにちは', en: '  ' }).success).toBe(false);
	});
	test('unknown keys are refused', () => {
		expect(LocalizedTextSchema.safeParse({ ja: 'こんにちは', eng: 'Hello' }).success).toBe(false);
	});
});

describe('SourceRef', () => {
	test('a plain id is the source', () => {
		expect(SourceRefSchema.parse('sample-newsletter')).toEqual({ source: 'sample-newsletter' });
	});
	test('the full form keeps quote and locator, quote trimmed', () => {
		expect(SourceRefSchema.parse({ source: 'sample-newsletter', quote: ' 50.5倍 ', locator: 'p. 2' })).toEqual({ source: 'sample-newsletter', quote: '50.5倍', locator: 'p. 2' });
	});
	test('an id with capitals is refused', () => {
		expect(SourceRefSchema.safeParse('Sample-Newsletter').success).toBe(false);
	});
});

describe('IdSchema and DateSchema', () => {
	test('ids: lower-case words joined by single hyphens', () => {
		expect(['hometown-tax', 'fy2016', 'a-b-c', 'Hometown', 'a--b', '-a', 'a_b', 'a b'].map((id) => IdSchema.safeParse(id).success)).toEqual([true, true, true, false, false, false, false, false]);
	});
	test('a real day is kept as written', () => {
		expect(DateSchema.parse('2020-02-29')).toBe('2020-02-29');
	});
	test('a YAML 1.1 Date object is accepted as its day', () => {
		expect(DateSchema.parse(new Date(Date.UTC(2020, 0, 15)))).toBe('2020-01-15');
	});
	test('a day that does not exist is refused with the expected form', () => {
		expect(messages(DateSchema.safeParse('2019-02-29'))).toEqual(['日付は 2020-01-15 の形で書いてください / Write a date as YYYY-MM-DD, e.g. 2020-01-15 (got "2019-02-29")']);
	});
});

describe('PeriodSchema', () => {
	test('FY2016 is a Japanese fiscal year, April to March', () => {
		expect(PeriodSchema.parse('FY2016')).toEqual({ key: 'FY2016', kind: 'fiscal-year', start: '2016-04-01', end: '2017-03-31', year: 2016 });
	});
	test('fy2016 is normalised to FY2016', () => {
		expect(PeriodSchema.parse('fy2016').key).toBe('FY2016');
	});
	test('2016 written as a YAML number is a calendar year', () => {
		expect(PeriodSchema.parse(2016)).toEqual({ key: '2016', kind: 'year', start: '2016-01-01', end: '2016-12-31', year: 2016 });
	});
	test('2020-01 is a month', () => {
		expect(PeriodSchema.parse('2020-01')).toEqual({ key: '2020-01', kind: 'month', year: 2020, month: 1, start: '2020-01-01', end: '2020-01-31' });
	});
	test('a month ends on its last day, leap years included', () => {
		expect([period('2020-02').end, period('2019-02').end, period('2020-04').end]).toEqual(['2020-02-29', '2019-02-28', '2020-04-30']);
	});
	test('2020-1 is normalised to 2020-01', () => {
		expect(PeriodSchema.parse('2020-1').key).toBe('2020-01');
	});
	test('2020-01-15 is a day', () => {
		expect(PeriodSchema.parse('2020-01-15')).toEqual({ key: '2020-01-15', kind: 'date', year: 2020, month: 1, day: 15, start: '2020-01-15', end: '2020-01-15' });
	});
	test('a span runs from the start of one period to the end of the other', () => {
		const span = PeriodSchema.parse('2016-04..FY2023');
		expect([span.key, span.kind, span.start, span.end, span.year, span.from?.kind, span.to?.kind]).toEqual(['2016-04..FY2023', 'range', '2016-04-01', '2024-03-31', 2016, 'month', 'fiscal-year']);
	});
	test('spaces around a span are ignored', () => {
		expect(PeriodSchema.parse(' 2016-04 .. 2023-12 ').key).toBe('2016-04..2023-12');
	});
	test('FY16 is refused with the list of forms', () => {
		expect(messages(PeriodSchema.safeParse('FY16'))).toEqual([
			'期間は FY2016（年度）、2016（年）、2020-01（月）、2020-01-15（日）、2016-04..2023-12（期間）、または和暦（令和元年度・H28・R5.4 など）で書いてください（今は "FY16"） / ' +
				'Write a period as FY2016 (fiscal year), 2016 (year), 2020-01 (month), 2020-01-15 (day), 2016-04..2023-12 (span) or in the Japanese era (令和元年度, H28, R5.4), not "FY16"',
		]);
	});
	test('a fractional year is refused', () => {
		expect(PeriodSchema.safeParse(2016.5).success).toBe(false);
	});
	test('a YAML 1.1 Date object is read as its day', () => {
		expect(PeriodSchema.parse(new Date(Date.UTC(2020, 0, 15))).key).toBe('2020-01-15');
	});
});

describe('parsePeriod edge cases', () => {
	test('gives every caller its own copy of a period read before', () => {
		const first = parsePeriod('2016-04..2023-12') as Period;
		first.from!.key = 'changed';
		first.key = 'changed';
		const again = parsePeriod('2016-04..2023-12') as Period;
		expect(again).not.toBe(first);
		expect([again.key, again.from?.key, again.to?.key]).toEqual(['2016-04..2023-12', '2016-04', '2023-12']);
		expect(parsePeriod('FY2016')).toEqual(parsePeriod('ＦＹ２０１６'));
	});

	test('2020-02-30 is not a real date', () => {
		expect(parsePeriod('2020-02-30')).toBe('2020-02-30 という日付はありません / 2020-02-30 is not a real date');
	});
	test('2020-02-29 is (leap year)', () => {
		expect(period('2020-02-29').key).toBe('2020-02-29');
	});
	test('month 13 does not exist', () => {
		expect(parsePeriod('2020-13')).toBe('13月という月はありません / Month 13 does not exist');
	});
	test('month 0 does not exist', () => {
		expect(parsePeriod('2020-00')).toBe('0月という月はありません / Month 0 does not exist');
	});
	test('day 0 is not a real date', () => {
		expect(parsePeriod('2020-01-00')).toBe('2020-01-00 という日付はありません / 2020-01-00 is not a real date');
	});
	test('a span that ends before it starts', () => {
		expect(parsePeriod('2020-01..2019-12')).toBe('期間の終わり（2019-12）が始まり（2020-01）より前です / The span ends (2019-12) before it starts (2020-01)');
	});
	test('a span with a bad end names the bad end', () => {
		expect(parsePeriod('2016-04..2020-13')).toBe('13月という月はありません / Month 13 does not exist');
	});
	test('three dotted parts are not a period', () => {
		expect(parsePeriod('2016..2017..2018')).toBe('');
	});
});

describe('Japanese era periods, read with Intl\'s Japanese calendar', () => {
	const key = (text: string) => period(text).key;
	test.each([
		['令和元年度', 'FY2019'],
		['R1年度', 'FY2019'],
		['平成28年度', 'FY2016'],
		['平成31年度', 'FY2019'],
		['H28', '2016'],
		['R2', '2020'],
		['平成28年', '2016'],
		['R5.4', '2023-04'],
		['令和5年3月', '2023-03'],
		['令和5年3月31日', '2023-03-31'],
		['R5.4.1', '2023-04-01'],
		['令和２年度', 'FY2020'],
		['ｈ２８年度', 'FY2016'],
		['昭和64年', '1989'],
		['昭和元年', '1926'],
		['2016-04..R5.3', '2016-04..2023-03'],
	])('%s → %s', (text, expected) => expect(key(text)).toBe(expected));
	test('an era year 0, a month 13 and an unknown era get a hint', () => {
		expect([parsePeriod('令和0年'), parsePeriod('R5.13'), parsePeriod('天平5年')]).toMatchInlineSnapshot(`
			[
			  "和暦の期間「令和0年」が読めません。令和元年度・R1年度・平成28年・H28・R5.4・令和5年3月 のように書いてください / Cannot read the Japanese-era period "令和0年": write it like 令和元年度, R1年度, 平成28年, H28, R5.4 or 令和5年3月 (or FY2019, 2016, 2023-04)",
			  "13月という月はありません / Month 13 does not exist",
			  "和暦の期間「天平5年」が読めません。令和元年度・R1年度・平成28年・H28・R5.4・令和5年3月 のように書いてください / Cannot read the Japanese-era period "天平5年": write it like 令和元年度, R1年度, 平成28年, H28, R5.4 or 令和5年3月 (or FY2019, 2016, 2023-04)",
			]
		`);
	});
	test('an era fiscal year sorts with Western ones', () => {
		expect(comparePeriods(period('平成31年度'), period('FY2019'))).toBe(0);
		expect(comparePeriods(period('H30年度'), period('FY2019'))).toBeLessThan(0);
	});
});

describe('comparePeriods', () => {
	const sorted = (...texts: string[]) => texts.map(period).sort(comparePeriods).map((p: Period) => p.key);
	test('orders fiscal years', () => {
		expect(comparePeriods(period('FY2016'), period('FY2018'))).toBeLessThan(0);
	});
	test('orders by end day: calendar 2016 ends before FY2016', () => {
		expect(sorted('FY2016', '2016')).toEqual(['2016', 'FY2016']);
	});
	test('same end day: the one starting earlier first', () => {
		expect(sorted('2016-12', '2016-04..2016-12', '2016-12-31')).toEqual(['2016-04..2016-12', '2016-12', '2016-12-31']);
	});
	test('equal periods compare as 0', () => {
		expect(comparePeriods(period('2020-01'), period('2020-1'))).toBe(0);
	});
});

describe('MetricSchema', () => {
	const metric = (input: Partial<MetricInput>) => MetricSchema.parse({ id: 'm', label: '指標', unit: 'yen', points: [{ period: 2020, value: 1 }], source: 'doc', ...input });
	test('better defaults to up', () => {
		expect(metric({ unit: 'people' }).better).toBe('up');
	});
	test('better defaults to down for a rank', () => {
		expect(metric({ unit: 'rank', points: [{ period: 2020, value: 3, of: 10 }] }).better).toBe('down');
	});
	test('an explicit better wins over the rank default', () => {
		expect(metric({ unit: 'rank', better: 'neutral' }).better).toBe('neutral');
	});
	test('defaults: not cumulative, exact figures', () => {
		const m = metric({});
		expect([m.cumulative, m.points[0]?.qualifier]).toEqual([false, 'exact']);
	});
	test('a metric needs a point or a target', () => {
		expect(messages(MetricSchema.safeParse({ id: 'm', label: '指標', unit: 'yen', points: [], source: 'doc' }))).toEqual(['値（points）か目標（target）のどちらかが必要です / A metric needs at least one point, or a target (a target may stand alone)']);
		expect(messages(MetricSchema.safeParse({ id: 'm', label: '指標', unit: 'yen', source: 'doc' }))).toEqual(['値（points）か目標（target）のどちらかが必要です / A metric needs at least one point, or a target (a target may stand alone)']);
	});
	test('a unit outside the list is refused', () => {
		expect(MetricSchema.safeParse({ id: 'm', label: '指標', unit: 'yens', points: [{ period: 2020, value: 1 }], source: 'doc' }).success).toBe(false);
	});
	test('a point may go undated, or be dated in the source\'s words (`when`), with or without a period', () => {
		const m = metric({ points: [{ when: { ja: '就任前', en: 'before taking office' }, value: 1 }, { period: '2019', when: '平成31年', value: 2 }, { value: 3 }] });
		expect(m.points.map((p) => [p.period?.key, p.when])).toEqual([[undefined, { ja: '就任前', en: 'before taking office' }], ['2019', { ja: '平成31年' }], [undefined, undefined]]);
	});
	test('`when` is text, not a period', () => {
		expect(MetricSchema.safeParse({ id: 'm', label: '指標', unit: 'yen', points: [{ when: '', value: 1 }], source: 'doc' }).success).toBe(false);
	});
	test('`of` must be a positive whole number', () => {
		expect([0, 2.5, 68].map((of) => MetricSchema.safeParse({ id: 'm', label: '指標', unit: 'count', points: [{ period: 2020, value: 1, of }], source: 'doc' }).success)).toEqual([false, false, true]);
	});
});

describe('RatingScaleSchema', () => {
	const level = (id: string, unrated?: boolean) => ({ id, label: id, color: '#123456', rule: 'rule', ...(unrated === undefined ? {} : { unrated }) });
	const scale = (input: Partial<RatingScaleInput>) => RatingScaleSchema.safeParse({ levels: [level('achieved'), level('not-rated', true)], ...input });
	test('exactly one unrated level is valid', () => {
		expect(scale({}).success).toBe(true);
	});
	test('a scale needs no unrated level (a three-level scale stays three levels)', () => {
		expect(scale({ levels: [level('achieved'), level('stalled')] }).success).toBe(true);
	});
	test('two unrated levels are refused', () => {
		expect(scale({ levels: [level('a', true), level('b', true)] }).error?.issues.map((i) => i.path)).toEqual([['levels']]);
		expect(messages(scale({ levels: [level('a', true), level('b', true)] }))).toEqual([
			'「未評価」にあたる段階（unrated: true）は1つまでです（今は2個） / Mark at most one level as unrated: true (found 2)',
		]);
	});
	test('at least two levels', () => {
		expect(scale({ levels: [level('not-rated', true)] }).success).toBe(false);
	});
	test('a colour must be #rrggbb', () => {
		expect(scale({ levels: [{ ...level('a'), color: 'green' }, level('b', true)] }).success).toBe(false);
	});
	test('grade bands from the highest down are valid', () => {
		expect(scale({ grades: [{ id: 'A', min: 100 }, { id: 'B', min: 90 }, { id: 'C', min: -1000 }] }).success).toBe(true);
	});
	test('grade bands out of order are refused at the offending band', () => {
		expect(scale({ grades: [{ id: 'A', min: 90 }, { id: 'B', min: 100 }] }).error?.issues.map((i) => i.path)).toEqual([['grades', 1, 'min']]);
	});
	test('two bands with the same minimum are refused', () => {
		expect(scale({ grades: [{ id: 'A', min: 90 }, { id: 'B', min: 90 }] }).success).toBe(false);
	});
	test('grades default to none', () => {
		expect(RatingScaleSchema.parse({ levels: [level('achieved'), level('not-rated', true)] }).grades).toEqual([]);
	});
});

describe('derived figures', () => {
	const point = (period: string, value: number): MetricPoint => ({ period: parsePeriod(period) as Period, value, qualifier: 'exact' });
	const series = (unit: MetricInput['unit'], ...values: number[]) => ({ unit, points: values.map((v, i) => point(`${2015 + i}`, v)) });
	const grades = [
		{ id: 'A', min: 100 },
		{ id: 'B', min: 90 },
		{ id: 'C', min: 0 },
	];

	test('6790000 → 343000000 yen is ×50.5', () => {
		expect(deriveChange(series('yen', 6790000, 343000000))).toMatchObject({ kind: 'ratio', value: 50.5 });
	});
	test('19.8% → 29.2% is +9.4 points, exactly', () => {
		expect(deriveChange(series('percent', 19.8, 29.2))?.value).toBe(9.4);
	});
	test('percentage points keep the finer precision of the two figures', () => {
		expect(deriveChange(series('percent', 40, 45.55))).toMatchObject({ kind: 'points', value: 5.55 });
	});
	test('102 → 140 cases is +37.3%', () => {
		expect(deriveChange(series('cases', 102, 140))).toMatchObject({ kind: 'percent', value: 37.3 });
	});
	test('a fall is a negative percent, never a ratio', () => {
		expect(deriveChange(series('people', 200, 50))).toMatchObject({ kind: 'percent', value: -75 });
	});
	test('exactly doubling is a ratio', () => {
		expect(deriveChange(series('count', 10, 20))).toMatchObject({ kind: 'ratio', value: 2 });
	});
	test('rank 25 → 12 is 13 places up', () => {
		expect(deriveChange(series('rank', 25, 12))).toMatchObject({ kind: 'places', value: 13 });
	});
	test('the change is from the first to the latest point', () => {
		const change = deriveChange(series('people', 100, 500, 150));
		expect([change?.kind, change?.value, change?.from.value, change?.to.value]).toEqual(['percent', 50, 100, 150]);
	});
	test('no change when values are already changes (changeSince)', () => {
		expect(deriveChange({ ...series('hours', -100, -200), changeSince: period('FY2017') })).toBeUndefined();
	});
	test('no change from a single point', () => {
		expect(deriveChange(series('yen', 100))).toBeUndefined();
	});
	test('no change from zero', () => {
		expect(deriveChange(series('cases', 0, 5))).toBeUndefined();
	});
	test('achievement when higher is better: latest ÷ target', () => {
		expect(deriveAchievement({ better: 'up', points: [point('2019-04', 40.4)], target: { value: 45 } }, [])).toEqual({ rate: 89.8 });
	});
	test('achievement when lower is better: target ÷ latest', () => {
		expect(deriveAchievement({ better: 'down', points: [point('2016', 25), point('2019', 12)], target: { value: 10 } }, grades)).toEqual({ rate: 83.3, grade: 'C' });
	});
	test('the grade is the highest band reached', () => {
		expect([100, 99.9, 90, 89.9].map((v) => deriveAchievement({ better: 'up', points: [point('2020', v)], target: { value: 100 } }, grades)?.grade)).toEqual(['A', 'B', 'B', 'C']);
	});
	test('no grade below the lowest band', () => {
		expect(deriveAchievement({ better: 'up', points: [point('2020', -5)], target: { value: 100 } }, grades)).toEqual({ rate: -5 });
	});
	test('no achievement without a target', () => {
		expect(deriveAchievement({ better: 'up', points: [point('2020', 5)] }, grades)).toBeUndefined();
	});
	test('no achievement when lower is better and the latest is 0', () => {
		expect(deriveAchievement({ better: 'down', points: [point('2020', 0)], target: { value: 10 } }, grades)).toBeUndefined();
	});
	test('61 of 68 is a share of 89.7%', () => {
		expect(shareOf({ value: 61, of: 68 })).toBe(89.7);
	});
	test('no share without `of`', () => {
		expect(shareOf({ value: 61 })).toBeUndefined();
	});
});

describe('renderBody', () => {
	test('splits at <!-- en --> and renders both halves', () => {
		expect(renderBody('こんにちは\n\n<!-- en -->\nHello **there**\n')).toEqual({ ja: '<p>こんにちは</p>', en: '<p>Hello <strong>there</strong></p>' });
	});
	test('without the marker there is no English', () => {
		expect(renderBody('こんにちは')).toEqual({ ja: '<p>こんにちは</p>' });
	});
	test('the marker tolerates spaces inside the comment', () => {
		expect(renderBody('こんにちは\n<!--en   -->\nHello').en).toBe('<p>Hello</p>');
	});
	test('the marker counts only on a line of its own', () => {
		expect(renderBody('こんにちは <!-- en --> Hello').en).toBeUndefined();
	});
	test('an empty English half is no English', () => {
		expect(renderBody('こんにちは\n<!-- en -->\n  \n')).toEqual({ ja: '<p>こんにちは</p>' });
	});
	test('English only leaves Japanese empty (the loader reports it)', () => {
		expect(renderBody('<!-- en -->\nHello')).toEqual({ ja: '', en: '<p>Hello</p>' });
	});
	test('raw HTML in a body is cut down to the allow-list: no script, no event handler (the loader reports the image path)', () => {
		expect(renderBody('こんにちは\n\n<script>alert(1)</script>\n\n<!-- en -->\nHi <img src=x onerror=alert(1)>')).toEqual({ ja: '<p>こんにちは</p>', en: '<p>Hi <img src="x"></p>' });
	});
	test('GitHub-flavoured tables are rendered', () => {
		expect(renderBody('| a | b |\n| - | - |\n| 1 | 2 |').ja).toContain('<table>');
	});
});
