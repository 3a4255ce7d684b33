import { describe, expect, it, test } from 'vitest';
import {
	changeDecimals,
	COUNTERS,
	decimalsOf,
	decimalsOfText,
	formatChange,
	formatCount,
	formatNumber,
	formatOrdinal,
	formatPercent,
	formatPeriod,
	formatPeriodShort,
	formatPeriodSpan,
	formatPoints,
	formatQualified,
	formatRank,
	formatRatio,
	formatValue,
	formatYen,
	formatYenShort,
	pointDifference,
	roundLike,
	roundTo,
} from '../../src/lib/format.ts';
import { parsePeriod, type Period } from '../../src/schemas/period.ts';

const P = (text: string): Period => {
	const parsed = parsePeriod(text);
	if (typeof parsed === 'string') throw new Error(parsed);
	return parsed;
};
const MINUS = '\u2212';
const CITIES = { ja: '市区', en: 'cities and wards' };
const STORES = { ja: '店舗', en: 'stores', enOne: 'store' };

describe('formatYen (ja)', () => {
	test.each([
		[6_790_000, '679万円'],
		[343_000_000, '3億4,300万円'],
		[2_321_000_000, '23億2,100万円'],
		[10_000, '1万円'],
		[100_000_000, '1億円'],
		[99_990_000, '9,999万円'],
		[3_536_000, '353万6千円'], // whole thousands after 万 read 千, as print writes them
		[5_533_000, '553万3千円'],
		[12_000, '1万2千円'],
		[10_500, '1万500円'], // not whole thousands: digits kept
		[1_000, '1,000円'], // no 万 before it: plain
		[300_003_000, '3億3千円'],
		[5_000, '5,000円'],
		[12_345, '1万2,345円'],
		[999, '999円'],
		[1, '1円'],
		[0, '0円'],
		[100_000_000, '1億円'], // 1億0万: no 「0万」
		[100_050_000, '1億5万円'],
		[100_000_001, '1億1円'],
		[123_456_789, '1億2,345万6,789円'],
		[1_000_000_000_000, '1兆円'],
		[1_234_500_000_000, '1兆2,345億円'],
		[1_000_000_010_000, '1兆1万円'],
		[12_000_000_000_000, '12兆円'],
		[-6_790_000, `${MINUS}679万円`],
		[-5_000, `${MINUS}5,000円`],
		[-0, '0円'],
		[1234.6, '1,235円'],
		[0.4, '0円'],
		[-0.4, '0円'],
	])('%d → %s', (value, expected) => expect(formatYen(value, 'ja')).toBe(expected));
});

describe('formatYen (en)', () => {
	test.each([
		[6_790_000, '¥6.79 million'],
		[343_000_000, '¥343 million'],
		[2_321_000_000, '¥2.32 billion'],
		[3_536_000, '¥3.54 million'],
		[5_000, '¥5,000'],
		[999_999, '¥999,999'],
		[0, '¥0'],
		[1_000_000, '¥1 million'],
		[10_000, '¥10,000'],
		[100_000_000, '¥100 million'],
		[99_990_000, '¥100 million'],
		// rounding is half away from zero on the decimal value, trailing zeros dropped
		[6_794_999, '¥6.79 million'],
		[6_795_000, '¥6.8 million'],
		[7_000_000, '¥7 million'],
		[999_999_999, '¥1 billion'], // rolls over to the next scale word
		[999_499_999, '¥999 million'],
		[1_000_000_000_000, '¥1 trillion'],
		[1_234_500_000_000, '¥1.23 trillion'],
		[-6_790_000, `${MINUS}¥6.79 million`],
		[-5_000, `${MINUS}¥5,000`],
		[1234.6, '¥1,235'],
	])('%d → %s', (value, expected) => expect(formatYen(value, 'en')).toBe(expected));
});

describe('formatYenShort', () => {
	test.each([
		[300_000_000, 'ja', '3億'],
		[50_000_000, 'ja', '5,000万'],
		[150_000_000, 'ja', '1億5,000万'],
		[5_000, 'ja', '5,000'],
		[0, 'ja', '0'],
		[-50_000_000, 'ja', `${MINUS}5,000万`],
		[300_000_000, 'en', '¥300M'],
		[50_000_000, 'en', '¥50M'],
		[1_500_000_000, 'en', '¥1.5B'],
		[2_000_000_000_000, 'en', '¥2T'],
		[500_000, 'en', '¥500K'],
		[999_999, 'en', '¥1M'],
		[500, 'en', '¥500'],
		[0, 'en', '¥0'],
		[-50_000_000, 'en', `${MINUS}¥50M`],
	] as const)('%d (%s) → %s', (value, lang, expected) => expect(formatYenShort(value, lang)).toBe(expected));
});

describe('formatNumber', () => {
	test.each([
		[3682, 'ja', '3,682'],
		[3682, 'en', '3,682'],
		[0, 'en', '0'],
		[-0, 'en', '0'],
		[-1234.5, 'ja', `${MINUS}1,234.5`],
		[1_234_567, 'en', '1,234,567'],
		[2.3456, 'en', '2.346'],
	] as const)('%d (%s) → %s', (value, lang, expected) => expect(formatNumber(value, lang)).toBe(expected));
	it('honours maximumFractionDigits', () => expect(formatNumber(2.3456, 'en', { maximumFractionDigits: 1 })).toBe('2.3'));
	it('rounds to whole numbers with maximumFractionDigits 0', () =>
		expect(formatNumber(2.5, 'ja', { maximumFractionDigits: 0 })).toBe('3'));
	it('drops the sign of a negative that rounds to zero', () =>
		expect(formatNumber(-0.2, 'en', { maximumFractionDigits: 0 })).toBe('0'));
});

describe('formatPercent', () => {
	test.each([
		[29.2, 'ja', undefined, '29.2%'],
		[29.2, 'en', undefined, '29.2%'],
		[30, 'en', undefined, '30%'],
		[100 / 3, 'ja', undefined, '33.33%'],
		[0.1 + 0.2, 'en', undefined, '0.3%'],
		[0, 'ja', undefined, '0%'],
		[-4.5, 'ja', undefined, `${MINUS}4.5%`],
		[30, 'en', 1, '30.0%'],
		[29.26, 'ja', 1, '29.3%'],
		[29.2, 'en', 0, '29%'],
	] as const)('%d (%s, digits %s) → %s', (value, lang, digits, expected) =>
		expect(formatPercent(value, lang, digits)).toBe(expected));
});

describe('formatPoints', () => {
	test.each([
		[9.4, 'ja', undefined, '+9.4ポイント'],
		[9.4, 'en', undefined, '+9.4 points'],
		[-1, 'ja', undefined, `${MINUS}1ポイント`],
		[-1, 'en', undefined, `${MINUS}1 point`],
		[1, 'en', undefined, '+1 point'],
		[1.5, 'en', undefined, '+1.5 points'],
		[-1, 'en', 1, `${MINUS}1.0 points`],
		[-1, 'ja', 1, `${MINUS}1.0ポイント`],
		[0, 'en', undefined, '0 points'],
		[0, 'ja', undefined, '0ポイント'],
		[2, 'en', undefined, '+2 points'],
		[29.2 - 19.8, 'en', undefined, '+9.4 points'],
		[1.001, 'en', undefined, '+1 point'],
	] as const)('%d (%s, digits %s) → %s', (value, lang, digits, expected) =>
		expect(formatPoints(value, lang, digits)).toBe(expected));
});

describe('formatRatio', () => {
	test.each([
		[343 / 6.79, 'ja', '50.5倍'],
		[343 / 6.79, 'en', '50.5×'],
		[2, 'ja', '2.0倍'],
		[0.25, 'en', '0.3×'],
		[1234.56, 'ja', '1,234.6倍'],
	] as const)('%d (%s) → %s', (value, lang, expected) => expect(formatRatio(value, lang)).toBe(expected));
});

describe('formatChange', () => {
	test.each([
		[-12.8133, 'ja', undefined, `${MINUS}12.81%`],
		[-12.8133, 'en', undefined, `${MINUS}12.81%`],
		[3.2, 'ja', undefined, '+3.20%'],
		[3.2, 'en', undefined, '+3.20%'],
		[0, 'en', undefined, '0.00%'],
		[-0.001, 'en', undefined, '0.00%'],
		[12.5, 'en', 0, '+13%'],
		[-12.8133, 'ja', 1, `${MINUS}12.8%`],
	] as const)('%d (%s, digits %s) → %s', (value, lang, digits, expected) =>
		expect(formatChange(value, lang, digits)).toBe(expected));
});

describe('formatCount', () => {
	const people = COUNTERS.people;
	it('ja attaches the counter', () => expect(formatCount(3682, people, 'ja')).toBe('3,682人'));
	it('en spaces the plural', () => expect(formatCount(3682, people, 'en')).toBe('3,682 people'));
	it('en uses the singular for 1', () => expect(formatCount(1, people, 'en')).toBe('1 person'));
	it('ja reads 1万 and more in 万', () => expect(formatCount(100_000, people, 'ja')).toBe('10万人'));
	it('ja keeps every digit below 万', () => expect(formatCount(12_345, people, 'ja')).toBe('1万2,345人'));
	it('ja exactly 1万', () => expect(formatCount(10_000, people, 'ja')).toBe('1万人'));
	it('ja has no singular', () => expect(formatCount(1, people, 'ja')).toBe('1人'));
	it('en uses the plural for 0', () => expect(formatCount(0, people, 'en')).toBe('0 people'));
	it('en uses the plural for 1.5', () => expect(formatCount(1.5, COUNTERS.hours, 'en')).toBe('1.5 hours'));
	it('en falls back to the plural when no singular is given', () =>
		expect(formatCount(1, { ja: '人', en: 'people' }, 'en')).toBe('1 people'));
	it('en negative one is singular', () => expect(formatCount(-1, COUNTERS.cases, 'en')).toBe(`${MINUS}1 case`));
	it('other counters', () => expect(formatCount(30, STORES, 'ja')).toBe('30店舗'));
});

describe('formatOrdinal', () => {
	test.each([
		[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'],
		[21, '21st'], [22, '22nd'], [23, '23rd'], [101, '101st'], [111, '111th'], [112, '112th'],
		[113, '113th'], [1001, '1,001st'],
	])('%d → %s', (n, expected) => expect(formatOrdinal(n)).toBe(expected));
});

describe('formatRank', () => {
	it('ja with scope', () => expect(formatRank(25, 812, 'ja', CITIES)).toBe('25位／812市区'));
	it('ja without scope', () => expect(formatRank(25, 812, 'ja')).toBe('25位／812'));
	it('ja without a total', () => expect(formatRank(25, undefined, 'ja')).toBe('25位'));
	it('ja groups large numbers', () => expect(formatRank(1234, 1741, 'ja', CITIES)).toBe('1,234位／1,741市区'));
	it('en with scope', () => expect(formatRank(25, 812, 'en', CITIES)).toBe('25th of 812 cities and wards'));
	it('en without scope', () => expect(formatRank(25, 812, 'en')).toBe('25th of 812'));
	it('en without a total', () => expect(formatRank(3, undefined, 'en')).toBe('3rd'));
	test.each([
		[1, '1st of 812'], [2, '2nd of 812'], [3, '3rd of 812'], [11, '11th of 812'], [22, '22nd of 812'],
		[101, '101st of 812'], [111, '111th of 812'],
	])('en %d → %s', (rank, expected) => expect(formatRank(rank, 812, 'en')).toBe(expected));
	it('en groups large totals', () => expect(formatRank(1001, 1741, 'en')).toBe('1,001st of 1,741'));
});

describe('formatPeriod (ja)', () => {
	test.each([
		['FY2016', '2016年度'],
		['2016', '2016年'],
		['2020-01', '2020年1月'],
		['2020-12', '2020年12月'],
		['2020-01-15', '2020年1月15日'],
		['2016-04..2023-12', '2016年4月～2023年12月'],
		['2016-04..2016-12', '2016年4月～12月'],
		['2020-01-15..2020-03-31', '2020年1月15日～3月31日'],
		['FY2016..FY2018', '2016年度～2018年度'],
		['2016..2018', '2016年～2018年'],
		['2016-04..FY2018', '2016年4月～2018年度'],
	])('%s → %s', (text, expected) => expect(formatPeriod(P(text), 'ja')).toBe(expected));
});

describe('formatPeriod (ja, era)', () => {
	test.each([
		['FY2016', '平成28年度'],
		['FY1988', '昭和63年度'],
		['FY1989', '平成元年度'],
		['FY1990', '平成2年度'],
		['FY2018', '平成30年度'],
		['FY2019', '令和元年度'], // began 1 April 2019 under 平成, named by the era on 1 May
		['FY2020', '令和2年度'],
		['FY2023', '令和5年度'],
		['2016', '平成28年'],
		['1988', '昭和63年'],
		['1989', '平成元年'], // 平成 from 8 January
		['2019', '令和元年'], // era of most of the year (on 1 July)
		['2020', '令和2年'],
		['2019-04', '平成31年4月'],
		['2019-05', '令和元年5月'],
		['1989-01', '平成元年1月'], // 昭和64年 only until 7 January
		['2020-01', '令和2年1月'],
		['2019-04-30', '平成31年4月30日'],
		['2019-05-01', '令和元年5月1日'],
		['1989-01-07', '昭和64年1月7日'],
		['1989-01-08', '平成元年1月8日'],
		['2020-01-15', '令和2年1月15日'],
		['FY2016..FY2018', '平成28年度～平成30年度'],
		['2020-04..2020-12', '令和2年4月～12月'],
		['2019-01..2019-12', '平成31年1月～令和元年12月'], // same calendar year, different era-year: nothing shortened
		['2016-04..2023-12', '平成28年4月～令和5年12月'],
	])('%s → %s', (text, expected) => expect(formatPeriod(P(text), 'ja', { era: true })).toBe(expected));
	it('era is ignored in English', () => expect(formatPeriod(P('FY2019'), 'en', { era: true })).toBe('FY2019'));
	it('era false is the default', () => expect(formatPeriod(P('FY2019'), 'ja', { era: false })).toBe('2019年度'));
});

describe('formatPeriod (en)', () => {
	test.each([
		['FY2016', 'FY2016'],
		['2016', '2016'],
		['2020-01', 'January 2020'],
		['2020-09', 'September 2020'],
		['2020-01-15', '15 January 2020'],
		['2020-01-01', '1 January 2020'],
		['2016-04..2023-12', 'April 2016 – December 2023'],
		['2016-04..2016-12', 'April – December 2016'],
		['2020-01-15..2020-01-20', '15–20 January 2020'],
		['2020-01-15..2020-03-31', '15 January – 31 March 2020'],
		['2019-12-30..2020-01-02', '30 December 2019 – 2 January 2020'],
		['FY2016..FY2018', 'FY2016 – FY2018'],
		['2016..2018', '2016 – 2018'],
		['2016-04..FY2018', 'April 2016 – FY2018'],
	])('%s → %s', (text, expected) => expect(formatPeriod(P(text), 'en')).toBe(expected));
});

describe('formatPeriodShort', () => {
	test.each([
		['FY2016', 'ja', '2016年度'],
		['2016', 'ja', '2016年'],
		['2020-01', 'ja', '2020/1'],
		['2020-01-15', 'ja', '2020/1/15'],
		['2016-04..2023-12', 'ja', '2016/4～2023/12'],
		['FY2016', 'en', 'FY2016'],
		['2016', 'en', '2016'],
		['2020-01', 'en', 'Jan 2020'],
		['2020-09', 'en', 'Sep 2020'],
		['2020-01-15', 'en', '15 Jan 2020'],
		['2016-04..2023-12', 'en', 'Apr 2016 – Dec 2023'],
	] as const)('%s (%s) → %s', (text, lang, expected) => expect(formatPeriodShort(P(text), lang)).toBe(expected));
});

describe('formatPeriodSpan', () => {
	it('ja', () => expect(formatPeriodSpan(P('FY2016'), P('FY2018'), 'ja')).toBe('2016年度→2018年度'));
	it('en', () => expect(formatPeriodSpan(P('FY2016'), P('FY2018'), 'en')).toBe('FY2016 → FY2018'));
	it('ja with era', () =>
		expect(formatPeriodSpan(P('FY2018'), P('FY2019'), 'ja', { era: true })).toBe('平成30年度→令和元年度'));
	it('mixed kinds', () => expect(formatPeriodSpan(P('2020-01'), P('2021-01'), 'en')).toBe('January 2020 → January 2021'));
});

describe('decimalsOf', () => {
	test.each([
		[0, 0], [3682, 0], [29.2, 1], [6.79, 2], [-1.25, 2], [0.1 + 0.2, 17], [1e-7, 7], [1.5e-7, 8], [1e21, 0],
		[Number.NaN, 0],
	])('%d → %d', (n, expected) => expect(decimalsOf(n)).toBe(expected));
});

describe('decimalsOfText', () => {
	test.each([
		['6.80', 2], ['29.2%', 1], ['3,200', 0], ['3,200.5時間', 1], ['¥6.79 million', 2], ['約3,200時間', 0],
	])('%s → %d', (text, expected) => expect(decimalsOfText(text)).toBe(expected));
});

describe('roundTo / roundLike', () => {
	it('ratio to one decimal', () => expect(roundLike(343 / 6.79, 0.1)).toBe(50.5));
	it('points without float noise', () => expect(roundLike(29.2 - 19.8, 29.2)).toBe(9.4));
	it('text sample keeps trailing zeros', () => expect(roundLike(1 / 3, '6.80')).toBe(0.33));
	it('integer sample rounds to a whole number', () => expect(roundLike(3681.6, 3682)).toBe(3682));
	it('half away from zero (positive)', () => expect(roundTo(2.5, 0)).toBe(3));
	it('half away from zero (negative)', () => expect(roundTo(-2.5, 0)).toBe(-3));
	it('decimal halves, not binary ones', () => expect(roundTo(1.005, 2)).toBe(1.01));
	it('float noise on a half is discarded', () => expect(roundTo(0.1 * 3 * 5, 1)).toBe(1.5));
	it('no negative zero', () => expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true));
	it('non-finite passes through', () => expect(roundTo(Infinity, 1)).toBe(Infinity));
});

describe('changeDecimals / pointDifference', () => {
	it('max of both', () => expect(changeDecimals(29.2, 19.85)).toBe(2));
	it('integer and one decimal', () => expect(changeDecimals(30, 19.8)).toBe(1));
	it('integers', () => expect(changeDecimals(30, 20)).toBe(0));
	it('difference without noise', () => expect(pointDifference(19.8, 29.2)).toBe(9.4));
	it('negative difference', () => expect(pointDifference(30, 19.85)).toBe(-10.15));
	it('difference of equal decimals', () => expect(pointDifference(0.1, 0.3)).toBe(0.2));
	it('formats as points', () => expect(formatPoints(pointDifference(19.8, 29.2), 'ja')).toBe('+9.4ポイント'));
});

describe('formatValue', () => {
	test.each([
		[343_000_000, 'yen', 'ja', undefined, '3億4,300万円'],
		[343_000_000, 'yen', 'en', undefined, '¥343 million'],
		[29.2, 'percent', 'ja', undefined, '29.2%'],
		[3682, 'people', 'ja', undefined, '3,682人'],
		[3682, 'people', 'en', undefined, '3,682 people'],
		[1, 'people', 'en', undefined, '1 person'],
		[12, 'cases', 'ja', undefined, '12件'],
		[12, 'cases', 'en', undefined, '12 cases'],
		[1, 'cases', 'en', undefined, '1 case'],
		[3200, 'hours', 'ja', undefined, '3,200時間'],
		[3200, 'hours', 'en', undefined, '3,200 hours'],
		[1, 'hours', 'en', undefined, '1 hour'],
		[30, 'count', 'ja', { counter: STORES }, '30店舗'],
		[30, 'count', 'en', { counter: STORES }, '30 stores'],
		[1, 'count', 'en', { counter: STORES }, '1 store'],
		[3682, 'count', 'en', undefined, '3,682'],
		[25, 'rank', 'ja', { of: 812, scope: CITIES }, '25位／812市区'],
		[25, 'rank', 'en', { of: 812, scope: CITIES }, '25th of 812 cities and wards'],
		[25, 'rank', 'en', { of: 812 }, '25th of 812'],
		[25, 'rank', 'ja', undefined, '25位'],
	] as const)('%d %s (%s) → %s', (value, unit, lang, extra, expected) =>
		expect(formatValue(value, unit, lang, extra)).toBe(expected));
});

describe('formatQualified', () => {
	test.each([
		['3,200時間', 'about', 'ja', '約3,200時間'],
		['30店舗', 'or-more', 'ja', '30店舗以上'],
		['23億2,100万円', 'over', 'ja', '23億2,100万円余'],
		['679万円', 'exact', 'ja', '679万円'],
		['3,200 hours', 'about', 'en', 'about 3,200 hours'],
		['30 stores', 'or-more', 'en', 'at least 30 stores'],
		['¥2.32 billion', 'over', 'en', 'over ¥2.32 billion'],
		['¥6.79 million', 'exact', 'en', '¥6.79 million'],
	] as const)('%s %s (%s) → %s', (text, qualifier, lang, expected) =>
		expect(formatQualified(text, qualifier, lang)).toBe(expected));
	it('composes with formatValue', () =>
		expect(formatQualified(formatValue(2_321_000_000, 'yen', 'ja'), 'over', 'ja')).toBe('23億2,100万円余'));
});
