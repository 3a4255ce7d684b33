import { describe, expect, test } from 'vitest';
import { shareOf } from '../../src/model/derive.ts';
import { changeCallout, headline, metricRows, metricSummary, metricTarget, pointWhen } from '../../src/lib/metric-text.ts';
import {
	consultations,
	drills,
	hometownTax,
	hometownTaxAsPrinted,
	storesUndated,
	womenManagersEra,
	livability,
	livabilityMoved,
	metric,
	overtime,
	overtimeHours,
	stores,
	taxTotal,
	womenManagers,
	womenOnCouncils,
} from '../helpers/metrics.ts';

describe('metricSummary: a sentence per chart kind, with the real numbers', () => {
	test('before-after ×50.5 in Japanese', () => {
		expect(metricSummary(hometownTax, 'ja')).toBe('ふるさと納税寄付額は679万円（2015年度）から3億4,300万円（2020年1月）へ、50.5倍に増えました。');
	});
	test('before-after ×50.5 in English', () => {
		expect(metricSummary(hometownTax, 'en')).toBe('Hometown tax donations rose from ¥6.79 million (FY2015) to ¥343 million (January 2020): 50.5 times the earlier figure.');
	});
	test('series in percentage points, first to latest, Japanese', () => {
		expect(metricSummary(womenManagers, 'ja')).toBe('係長級以上の女性の割合は19.8%（2015年）から29.2%（2023年度）へ増えました（+9.4ポイント）。');
	});
	test('series in percentage points, English', () => {
		expect(metricSummary(womenManagers, 'en')).toBe("Women's share of section chiefs and above rose from 19.8% (2015) to 29.2% (FY2023), +9.4 points.");
	});
	test('a fall is worded as a fall (Japanese)', () => {
		expect(metricSummary(consultations, 'ja')).toBe('相談件数は140件（2016年度）から102件（2018年度）へ減りました（−27.1%）。');
	});
	test('a fall is worded as a fall (English)', () => {
		expect(metricSummary(consultations, 'en')).toBe('Consultations fell from 140 cases (FY2016) to 102 cases (FY2018), −27.1%.');
	});
	test('direction words follow the data, not `better`', () => {
		const rising = metric({ unit: 'cases', better: 'down', points: [{ period: 'FY2016', value: 102 }, { period: 'FY2018', value: 140 }] });
		expect(metricSummary(rising, 'ja')).toContain('増えました');
	});
	test('an unchanged figure says so', () => {
		const flat = metric({ unit: 'people', points: [{ period: '2019', value: 5 }, { period: '2020', value: 5 }] });
		expect(metricSummary(flat, 'en')).toBe('Test was unchanged: 5 people (2019) and 5 people (2020).');
	});
	test('a rise from zero has no ratio', () => {
		const fromZero = metric({ unit: 'cases', points: [{ period: '2019', value: 0 }, { period: '2020', value: 4 }] });
		expect(metricSummary(fromZero, 'ja')).toBe('テストは0件（2019年）から4件（2020年）へ増えました。');
	});
	test('rank in Japanese', () => {
		expect(metricSummary(livability, 'ja')).toBe('住みよさランキング2023は812市区中25位です（2023年）。');
	});
	test('rank in English', () => {
		expect(metricSummary(livability, 'en')).toBe('Livability Ranking 2023: ranked 25th of 812 cities and wards (2023).');
	});
	test('a rank that moved says how many places', () => {
		expect(metricSummary(livabilityMoved, 'ja')).toBe('住みよさランキングは812市区中25位で（2023年）、40位（2020年）から15位上昇しました。');
	});
	test('a rank that moved, English', () => {
		expect(metricSummary(livabilityMoved, 'en')).toBe('Livability Ranking: ranked 25th of 812 cities and wards (2023), up 15 places from 40th (2020).');
	});
	test('share in Japanese', () => {
		expect(metricSummary(drills, 'ja')).toBe('防災訓練を実施した区は61区（68区中、89.7%）です（2019年度）。');
	});
	test('share in English', () => {
		expect(metricSummary(drills, 'en')).toBe('Districts that held disaster drills (FY2019): 61 of 68 districts (89.7%).');
	});
	test('target with achievement rate, Japanese', () => {
		expect(metricSummary(womenOnCouncils, 'ja')).toBe('審議会・委員会等の女性参画率は40.4%（2019年4月）で、目標45%に対する達成率は89.8%です。');
	});
	test('target with achievement rate, English', () => {
		expect(metricSummary(womenOnCouncils, 'en')).toBe("Women's share of council and committee seats: 40.4% (April 2019) against a target of 45%, an achievement rate of 89.8%.");
	});
	test('a target with a deadline names it', () => {
		const dated = metric({ unit: 'people', points: [{ period: '2020', value: 50 }], target: { value: 100, period: 'FY2025' } });
		expect(metricSummary(dated, 'ja')).toBe('テストは50人（2020年）で、目標100人（2025年度まで）に対する達成率は50%です。');
	});
	test('change since a period, Japanese', () => {
		expect(metricSummary(overtime, 'ja')).toBe('超過勤務時間の増減率は2017年度比で12.81%減です（2018年度）。');
	});
	test('change since a period, English', () => {
		expect(metricSummary(overtime, 'en')).toBe('Change in overtime hours: 12.81% lower in FY2018 than in FY2017.');
	});
	test('qualifier 約 on a change in hours', () => {
		expect(metricSummary(overtimeHours, 'ja')).toBe('超過勤務時間の増減は2017年度比で約3,200時間減です（2018年度）。');
	});
	test('qualifier 以上 on a single count', () => {
		expect(metricSummary(stores, 'ja')).toBe('新規出店数は30店舗以上です（2016年4月～2023年12月）。');
	});
	test('qualifier 余 on a single amount', () => {
		expect(metricSummary(taxTotal, 'ja')).toBe('任期中のふるさと納税寄付額は23億2,100万円余です（2016年4月～2023年12月）。');
	});
	test('qualifier "over" in English', () => {
		expect(metricSummary(taxTotal, 'en')).toBe("Hometown tax donations during the mayor's terms: over ¥2.32 billion (April 2016 – December 2023).");
	});
	test('a positive change reads as "more"', () => {
		const more = metric({ unit: 'people', changeSince: '2019', points: [{ period: '2020', value: 289 }] });
		expect(metricSummary(more, 'en')).toBe('Test: 289 more people in 2020 than in 2019.');
	});
});

describe('metricRows: the data table', () => {
	test('one row per point, oldest first', () => {
		expect(metricRows(womenManagers, 'ja').map((r) => r.period)).toEqual(['2015年（平成27年）', '2019年（令和元年）', '2023年度（令和5年度）']);
	});
	test('values are formatted with their unit', () => {
		expect(metricRows(hometownTax, 'ja').map((r) => r.value)).toEqual(['679万円', '3億4,300万円']);
	});
	test('notes are in the page language', () => {
		expect(metricRows(hometownTax, 'en')[0]?.note).toBe('before taking office');
	});
	test('a note without English falls back to Japanese and says so', () => {
		expect(metricRows(hometownTax, 'en')[1]).toEqual({ period: 'January 2020', value: '¥343 million', note: '1月現在', noteLang: 'ja' });
	});
	test('a point without a note has an empty note', () => {
		expect(metricRows(livability, 'en')[0]).toEqual({ period: '2023', value: '25th of 812 cities and wards', note: '' });
	});
	test('a share row shows the total and the percentage', () => {
		expect(metricRows(drills, 'ja')[0]?.value).toBe('61区（68区中、89.7%）');
	});
	test('the percentage of a share is the model’s shareOf', () => {
		expect(metricRows(drills, 'en')[0]?.value).toContain(`(${shareOf({ value: 61, of: 68 })}%)`);
	});
	test('a qualified figure keeps its qualifier', () => {
		expect(metricRows(stores, 'en')[0]?.value).toBe('at least 30 stores');
	});
});

describe('headline: the big number and its change', () => {
	test('latest value, ratio and span', () => {
		expect(headline(hometownTax, 'ja')).toEqual({ value: '3億4,300万円', period: '2020年1月', change: '50.5倍', span: '2015年度→2020年1月' });
	});
	test('percentage points in English', () => {
		expect(headline(womenManagers, 'en')).toEqual({ value: '29.2%', period: 'FY2023', change: '+9.4 points', span: '2015 → FY2023' });
	});
	test('a percent change has one decimal', () => {
		expect(headline(consultations, 'ja').change).toBe('−27.1%');
	});
	test('a rank shows the position big and the field beside it', () => {
		expect(headline(livability, 'ja')).toEqual({ value: '25位', period: '2023年', basis: '812市区中' });
	});
	test('a rank that moved shows the places', () => {
		expect(headline(livabilityMoved, 'en').change).toBe('up 15 places');
	});
	test('a rank that fell', () => {
		const fell = metric({ unit: 'rank', points: [{ period: '2020', value: 3, of: 10 }, { period: '2021', value: 4, of: 10 }] });
		expect(changeCallout(fell, 'en')).toBe('down 1 place');
	});
	test('values that are changes name their base period', () => {
		expect(headline(overtime, 'en')).toEqual({ value: '12.81% lower', period: 'FY2018', basis: 'compared with FY2017' });
	});
	test('a share shows the total and the percentage beside the value', () => {
		expect(headline(drills, 'ja')).toEqual({ value: '61区', period: '2019年度', basis: '68区中、89.7%' });
	});
	test('a single figure has no change', () => {
		expect(headline(stores, 'en')).toEqual({ value: 'at least 30 stores', period: 'April 2016 – December 2023' });
	});
});

describe('metricTarget', () => {
	test('the target in the metric’s unit', () => {
		expect(metricTarget(womenOnCouncils, 'en')).toBe('45%');
	});
	test('no target, nothing', () => {
		expect(metricTarget(hometownTax, 'ja')).toBeUndefined();
	});
});

test('English target sentences read for any label, singular or plural (no “Citizens was”)', () => {
	const citizens = metric({ label: { ja: '小諸ふるさと市民', en: 'Komoro Furusato Citizens' }, unit: 'people', points: [{ period: '2020-01-15', value: 3682 }], target: { value: 100000 } });
	expect(metricSummary(citizens, 'en')).toBe('Komoro Furusato Citizens: 3,682 people (15 January 2020) against a target of 100,000 people, an achievement rate of 3.7%.');
});

describe('a point dated in the source\'s own words (`when`), or not dated at all', () => {
	test('pointWhen: the words first, then the period, then 時期の記載なし', () => {
		const [before, after] = hometownTaxAsPrinted.points;
		expect([pointWhen(before!, 'ja'), pointWhen(before!, 'en'), pointWhen(after!, 'ja'), pointWhen(storesUndated.points[0]!, 'ja'), pointWhen(storesUndated.points[0]!, 'en')])
			.toEqual(['就任前', 'before taking office', '2020年1月', '時期の記載なし', 'date not given']);
	});
	test('the summary compares 就任前 with January 2020, not two periods', () => {
		expect(metricSummary(hometownTaxAsPrinted, 'ja')).toBe('ふるさと納税寄付額は679万円（就任前）から3億4,300万円（2020年1月）へ、50.5倍に増えました。');
		expect(metricSummary(hometownTaxAsPrinted, 'en')).toBe('Hometown tax donations rose from ¥6.79 million (before taking office) to ¥343 million (January 2020): 50.5 times the earlier figure.');
	});
	test('the headline span uses the words too', () => {
		expect(headline(hometownTaxAsPrinted, 'ja').span).toBe('就任前→2020年1月');
		expect(headline(hometownTaxAsPrinted, 'en').span).toBe('before taking office → January 2020');
	});
	test('Japanese table rows show the era as printed (平成31年), with the year beside it, never 令和元年', () => {
		const rows = metricRows(womenManagersEra, 'ja').map((row) => row.period);
		expect(rows).toEqual(['平成27年（2015年）', '平成31年（2019年）', '2023年度（令和5年度）']);
		expect(metricRows(womenManagersEra, 'en').map((row) => row.period)).toEqual(['2015', '2019', 'FY2023']);
	});
	test('an undated figure says the date is not given', () => {
		expect(metricSummary(storesUndated, 'ja')).toBe('新規出店数は30店舗以上です（時期の記載なし）。');
		expect(metricRows(storesUndated, 'en').map((row) => row.period)).toEqual(['date not given']);
		expect(headline(storesUndated, 'en').period).toBe('date not given');
	});
});
