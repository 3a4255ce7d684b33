/**
 * The content-model items of issue 8 that are about figures: targets on their own (recurring, strict or
 * inclusive, with a deadline), not-computable targets, changes between different totals, changes in a
 * rate in points, 割 as a display style, figures in several pillars, and documents without a printed date.
 */
import { describe, expect, test } from 'vitest';
import { documentDate, issuedText, newestFirst } from '../../src/lib/doc-date.ts';
import { formatWari } from '../../src/lib/format.ts';
import { changeCallout, headline, metricRows, metricSummary, metricTarget, recurringText } from '../../src/lib/metric-text.ts';
import { toChartSpec } from '../../src/lib/chart-config.ts';
import { tickText } from '../../src/lib/figure-words.ts';
import { deriveAchievement, deriveChange, gradeOf, meetsTarget, recurringRecord } from '../../src/model/derive.ts';
import { MetricSchema } from '../../src/schemas/metric.ts';
import { DocumentDateSchema } from '../../src/schemas/period.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { GRADES, metric, P } from '../helpers/metrics.ts';

const BANDS = [{ id: 'A', min: 100 }, { id: 'B', min: 90 }, { id: 'C', min: 80 }, { id: 'D' }];
const base = { id: 'donations', label: { ja: 'ふるさと納税の寄付額', en: 'Hometown tax donations' }, unit: 'yen', source: 'leaflet' } as const;

describe('a target on its own', () => {
	const parsed = MetricSchema.parse({ ...base, target: { value: 20_000_000_000, compare: 'over', every: 'fiscal-year' } });
	const standing = metric({ unit: 'yen', label: base.label, points: [], target: { value: 20_000_000_000, compare: 'over', every: 'fiscal-year' } });

	test('is a metric with a target and no points; bounds, recurrence and computable are read, with their defaults', () => {
		expect([parsed.points, parsed.target?.compare, parsed.target?.every, parsed.target?.computable, parsed.pillars, parsed.style]).toEqual([[], 'over', 'fiscal-year', true, [], 'percent']);
	});
	test('a strict or inclusive bound implies the direction when `better` is not written', () => {
		const better = (compare: string) => MetricSchema.parse({ ...base, target: { value: 1, compare } }).better;
		expect(['over', 'at-least', 'under', 'at-most'].map(better)).toEqual(['up', 'up', 'down', 'down']);
	});
	test('reads in words: 毎年度200億円超 / over ¥20 billion every fiscal year', () => {
		expect(metricTarget(standing, 'ja')).toBe('毎年度200億円超');
		expect(metricTarget(standing, 'en')).toBe('over ¥20 billion every fiscal year');
	});
	test('with a deadline and an inclusive bound: 300世帯以上（2025年度まで） / at least 300 households by FY2025', () => {
		const families = metric({ unit: 'count', counter: { ja: '世帯', en: 'households', enOne: 'household' }, points: [], target: { value: 300, compare: 'at-least', period: 'FY2025' } });
		expect(metricTarget(families, 'ja')).toBe('300世帯以上（2025年度まで）');
		expect(metricTarget(families, 'en')).toBe('at least 300 households by FY2025');
		const yearly = metric({ unit: 'percent', points: [], target: { value: 10, compare: 'under', every: 'year' }, better: 'down' });
		expect([metricTarget(yearly, 'ja'), metricTarget(yearly, 'en')]).toEqual(['毎年10%未満', 'under 10% every year']);
	});
	test('one sentence, never a chart of nothing: the headline is the target, and it says nothing is measured yet', () => {
		expect(metricSummary(standing, 'ja')).toBe('ふるさと納税の寄付額の目標は毎年度200億円超です。測った値はまだありません。');
		expect(metricSummary(standing, 'en')).toBe('Hometown tax donations: the target is over ¥20 billion every fiscal year; there is no measured value yet.');
		expect(headline(standing, 'ja')).toEqual({ value: '毎年度200億円超', period: '目標・実績値はまだありません' });
		expect(headline(standing, 'en')).toEqual({ value: 'over ¥20 billion every fiscal year', period: 'Target · no measured value yet' });
		expect(metricRows(standing, 'en')).toEqual([]);
		expect([standing.change, standing.achievement]).toEqual([undefined, undefined]);
	});
	test('a target without a bound keeps the plain figure (no 以上 invented)', () => {
		expect(metricTarget(metric({ unit: 'percent', points: [{ period: 'FY2019', value: 40.4 }], target: { value: 45 } }), 'ja')).toBe('45%');
	});
	test('the chart of a measured, strict target labels its line with the bound', () => {
		const visitors = metric({ unit: 'people', points: [{ period: 'FY2023', value: 1_000_000 }], target: { value: 1_000_000, compare: 'over' } });
		expect(toChartSpec(visitors, 'ja').target).toEqual({ value: 1_000_000, text: '100万人超' });
		expect(toChartSpec(metric({ unit: 'people', points: [{ period: 'FY2023', value: 1 }], target: { value: 2 } }), 'ja').target).toEqual({ value: 2 });
	});
});

describe('strict and inclusive targets are graded as bounded', () => {
	const at = (value: number, compare?: 'over' | 'at-least' | 'under' | 'at-most', better: 'up' | 'down' = 'up') =>
		deriveAchievement({ better, points: [{ value }], target: { value: 100, ...(compare ? { compare } : {}) } }, BANDS);
	test('at exactly the target: inclusive (以上) is met and graded A, strict (超) is not', () => {
		expect([at(100, 'at-least'), at(100, 'over'), at(100)]).toEqual([{ rate: 100, grade: 'A' }, { rate: 100, grade: 'B' }, { rate: 100, grade: 'A' }]);
		expect(at(101, 'over')).toEqual({ rate: 101, grade: 'A' });
	});
	test('lower is better: 以下 is met at the value, 未満 only below it', () => {
		expect([at(100, 'at-most', 'down')?.grade, at(100, 'under', 'down')?.grade, at(99, 'under', 'down')?.grade]).toEqual(['A', 'B', 'A']);
	});
	test('a rate that only rounds up to 100% has not met the target', () => {
		expect(deriveAchievement({ better: 'up', points: [{ value: 99.96 }], target: { value: 100 } }, BANDS)).toEqual({ rate: 100, grade: 'B' });
	});
	test('meetsTarget and gradeOf', () => {
		expect([meetsTarget(2e10, { value: 2e10, compare: 'over' }, 'up'), meetsTarget(2e10, { value: 2e10 }, 'up'), meetsTarget(5, { value: 5, compare: 'under' }, 'down')]).toEqual([false, true, false]);
		expect([gradeOf(100, BANDS, false)?.id, gradeOf(100, BANDS, true)?.id, gradeOf(100, BANDS)?.id, gradeOf(85, BANDS, false)?.id]).toEqual(['B', 'A', 'A', 'C']);
	});
});

describe('a recurring target, period by period', () => {
	const checkups = (values: [string, number][], target: Record<string, unknown> = { value: 60, compare: 'at-least', every: 'fiscal-year' }) =>
		metric({ unit: 'percent', label: { ja: '受診率', en: 'Uptake' }, points: values.map(([period, value]) => ({ period, value })), target: target as never });
	test('each fiscal year measured is met or not; the latest point still gives the rate and grade', () => {
		const m = checkups([['FY2021', 58], ['FY2022', 60], ['FY2023', 61]]);
		expect(recurringRecord(m)!.map((r) => [r.point.period!.key, r.met])).toEqual([['FY2021', false], ['FY2022', true], ['FY2023', true]]);
		expect(recurringText(m, 'ja')).toEqual({ label: '達成した年度', text: '3年度中2年度（2022年度・2023年度）' });
		expect(recurringText(m, 'en')).toEqual({ label: 'Fiscal years met', text: '2 of 3 (FY2022, FY2023)' });
		expect(m.achievement?.rate).toBe(101.7);
	});
	test('a strict target (超) is not met at the value; none met says so', () => {
		const m = checkups([['FY2022', 60], ['FY2023', 59]], { value: 60, compare: 'over', every: 'fiscal-year' });
		expect(recurringRecord(m)!.map((r) => r.met)).toEqual([false, false]);
		expect([recurringText(m, 'ja')?.text, recurringText(m, 'en')?.text]).toEqual(['2年度とも未達成', 'none of 2']);
	});
	test('毎年 counts calendar years only; a one-off target, a single such point or a not computable target has no record', () => {
		const yearly = checkups([['2021', 9], ['FY2022', 8], ['2023', 12]], { value: 10, compare: 'under', every: 'year' });
		expect(recurringText({ ...yearly, better: 'down' }, 'ja')).toEqual({ label: '達成した年', text: '2年中1年（2021年）' });
		expect(recurringRecord(checkups([['FY2022', 60], ['FY2023', 61]], { value: 60 }))).toBeUndefined();
		expect(recurringRecord(checkups([['2022', 60], ['FY2023', 61]]))).toBeUndefined();
		expect(recurringRecord(checkups([['FY2022', 60], ['FY2023', 61]], { value: 60, every: 'fiscal-year', computable: false }))).toBeUndefined();
	});
	test('a year with a printed achievement rate met the target when it is 100% or more', () => {
		expect(recurringRecord({ better: 'up', target: { value: 60, every: 'year', computable: true }, points: [{ period: P('2022'), value: 1, achievement: 100, qualifier: 'exact' }, { period: P('2023'), value: 1, achievement: 92.5, qualifier: 'exact' }] })!.map((r) => r.met)).toEqual([true, false]);
	});
});

describe('not computable targets', () => {
	test('are never graded, not even from a printed rate, and say so in words', () => {
		expect(deriveAchievement({ better: 'up', points: [{ value: 50, achievement: 90 }], target: { value: 80, computable: false } }, GRADES)).toBeUndefined();
		const satisfaction = metric({ unit: 'percent', label: { ja: '満足度', en: 'Satisfaction' }, points: [], target: { value: 80, compare: 'at-least', computable: false } });
		expect(metricSummary(satisfaction, 'ja')).toBe('満足度の目標は80%以上です。測った値はまだありません。出典によると、達成率は計算できません。');
		expect(metricSummary(satisfaction, 'en')).toBe('Satisfaction: the target is at least 80%; there is no measured value yet. The source says its achievement rate cannot be computed.');
	});
});

describe('honest changes', () => {
	const graded = (a: number, of1: number, b: number, of2: number) =>
		metric({ unit: 'count', label: { ja: 'D評価の目標', en: 'Targets graded D' }, counter: { ja: '項目', en: 'targets', enOne: 'target' }, better: 'down', points: [{ period: 'FY2022', value: a, of: of1 }, { period: 'FY2023', value: b, of: of2 }] });
	test('out of different totals (11 of 76 → 13 of 81) no change is computed: both shares are shown', () => {
		const d = graded(11, 76, 13, 81);
		expect(d.change).toBeUndefined();
		expect(changeCallout(d, 'ja')).toBeUndefined();
		expect(metricSummary(d, 'ja')).toBe('D評価の目標は2022年度に11項目（76項目中、14.5%）、2023年度に13項目（81項目中、16.0%）でした。全体の数が違うため、増減は計算していません。');
		expect(metricSummary(d, 'en')).toBe('Targets graded D: 11 of 76 targets (14.5%) in FY2022, 13 of 81 targets (16.0%) in FY2023. The totals differ, so no change is computed.');
		expect(metricSummary(d, 'en')).not.toMatch(/\+\d|18\.2%/);
		expect(headline(d, 'ja')).toEqual({ value: '13項目', period: '2023年度', basis: '81項目中、16.0%' });
	});
	test('out of the same total the change is computed as before', () => {
		expect(graded(11, 81, 13, 81).change).toMatchObject({ kind: 'percent', value: 18.2 });
	});
	test('a change in a rate is in points (ポイント / points), never a percent of a percent', () => {
		const rate = metric({ unit: 'percent', points: [{ period: 'FY2021', value: 72.0 }, { period: 'FY2023', value: 78.3 }] });
		expect(deriveChange(rate)).toMatchObject({ kind: 'points', value: 6.3 });
		expect([changeCallout(rate, 'ja'), changeCallout(rate, 'en')]).toEqual(['+6.3ポイント', '+6.3 points']);
		expect(metricSummary(rate, 'en')).not.toContain('%,');
	});
});

describe('割 as a display style', () => {
	const lively = metric({ unit: 'percent', style: 'wari', label: { ja: '活気があると答えた市民', en: 'Residents who say the town is lively' }, points: [{ period: 'FY2021', value: 25 }, { period: 'FY2023', value: 30 }] });
	test('formatWari: 3割 = 30%, 2.5割, through Intl; English shows %', () => {
		expect([formatWari(30, 'ja'), formatWari(25, 'ja'), formatWari(53.9, 'ja', 1), formatWari(100, 'ja'), formatWari(25, 'en')]).toEqual(['3割', '2.5割', '5.4割', '10割', '25%']);
	});
	test('a percentage shown in 割 where the content says so, its change still in points', () => {
		expect(metricSummary(lively, 'ja')).toBe('活気があると答えた市民は2.5割（2021年度）から3割（2023年度）へ増えました（+5ポイント）。');
		expect(metricSummary(lively, 'en')).toBe('Residents who say the town is lively rose from 25% (FY2021) to 30% (FY2023), +5 points.');
		expect(tickText(20, toChartSpec(lively, 'ja'), 'ja')).toBe('2割');
	});
	test('a share entered as "of" shown in 割', () => {
		const share = metric({ unit: 'count', style: 'wari', counter: { ja: '区', en: 'districts' }, points: [{ period: 'FY2019', value: 61, of: 68 }] });
		expect(metricRows(share, 'ja')[0]?.value).toBe('61区（68区中、9割）');
		expect(headline(share, 'ja').basis).toBe('68区中、9割');
	});
	test('割 only for percentages and shares; an unknown style is refused', () => {
		expect(MetricSchema.safeParse({ ...base, style: 'wari', points: [{ value: 1 }] }).success).toBe(false);
		expect(MetricSchema.safeParse({ ...base, unit: 'percent', style: 'tenths', points: [{ value: 1 }] }).success).toBe(false);
		expect(MetricSchema.parse({ ...base, unit: 'percent', style: 'wari', points: [{ value: 30 }] }).style).toBe('wari');
	});
});

describe('one figure in several pillars', () => {
	test('`pillars` lists the others it belongs to; default none', () => {
		expect(MetricSchema.parse({ ...base, pillars: ['kodomo', 'genki'], points: [{ value: 1 }] }).pillars).toEqual(['kodomo', 'genki']);
		expect(MetricSchema.safeParse({ ...base, pillars: 'genki', points: [{ value: 1 }] }).success).toBe(false);
	});
});

describe('a document without a printed date', () => {
	const source = { title: 'リーフレット', publisher: '後援会', document: 'leaflet.txt' };
	test('may give a day, a month, a year, or none (also なし)', () => {
		expect(['2020-01-15', '2020-01', 2024, '令和6年3月', 'none', 'なし', 'None'].map((date) => SourceSchema.parse({ ...source, date }).date?.key)).toEqual(['2020-01-15', '2020-01', '2024', '2024-03', undefined, undefined, undefined]);
	});
	test('left out is not "none": it must be written, and a wrong one says what is accepted', () => {
		expect(DocumentDateSchema.safeParse(undefined).error?.issues[0]?.message).toContain('date: none');
		expect(DocumentDateSchema.safeParse('someday').error?.issues[0]?.message).toContain('not "someday"');
	});
	test('shown as 日付の記載なし / date not given where a date would be; undated documents sort last', () => {
		expect([documentDate(undefined, 'ja'), documentDate(undefined, 'en'), documentDate(P('2024-03'), 'ja')]).toEqual(['日付の記載なし', 'date not given', '2024年3月']);
		expect([issuedText(undefined, 'ja'), issuedText(undefined, 'en'), issuedText(P('2024-03'), 'ja'), issuedText(P('2024-03'), 'en')]).toEqual(['日付の記載なし', 'Date not given', '2024年3月発行', 'Issued March 2024']);
		const list = [{ id: 'none' }, { id: 'jan', date: P('2020-01') }, { id: 'mar', date: P('2024-03') }];
		expect([...list].sort(newestFirst).map((d) => d.id)).toEqual(['mar', 'jan', 'none']);
	});
});
