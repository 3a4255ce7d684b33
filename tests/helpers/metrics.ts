/** Small hand-built metrics for unit tests (independent of content/). */
import { deriveAchievement, deriveChange } from '../../src/model/derive.ts';
import type { MetricEntry } from '../../src/model/model.ts';
import { parsePeriod, type Period } from '../../src/schemas/period-key.ts';
import type { Qualifier } from '../../src/lib/format.ts';

export const P = (key: string): Period => {
	const parsed = parsePeriod(key);
	if (typeof parsed === 'string') throw new Error(parsed);
	return parsed;
};

export const GRADES = [
	{ id: 'A', min: 100, label: { ja: '目標達成（100%以上）', en: 'Target met (100% or more)' } },
	{ id: 'B', min: 90, label: { ja: '90%以上100%未満', en: '90% to under 100%' } },
	{ id: 'C', min: 80, label: { ja: '80%以上90%未満', en: '80% to under 90%' } },
	{ id: 'D', min: -1000000, label: { ja: '80%未満', en: 'Under 80%' } },
];

export interface PointInput {
	/** Left out for a point the source does not date. */
	period?: string;
	/** The time in the source's words. */
	when?: { ja: string; en?: string };
	value: number;
	of?: number;
	qualifier?: Qualifier;
	note?: { ja: string; en?: string };
}

export interface MetricInput {
	id?: string;
	label?: { ja: string; en?: string };
	unit: MetricEntry['unit'];
	counter?: MetricEntry['counter'];
	scope?: MetricEntry['scope'];
	better?: MetricEntry['better'];
	changeSince?: string;
	cumulative?: boolean;
	points: PointInput[];
	target?: { value: number; period?: string; compare?: 'at-least' | 'over' | 'at-most' | 'under'; every?: 'fiscal-year' | 'year'; computable?: boolean };
	style?: 'percent' | 'wari';
}

/** A MetricEntry as the loader makes it, with `change` and `achievement` derived. */
export function metric(input: MetricInput): MetricEntry {
	const points = input.points.map((p) => ({
		...(p.period === undefined ? {} : { period: P(p.period) }),
		...(p.when ? { when: p.when } : {}),
		value: p.value,
		qualifier: p.qualifier ?? 'exact',
		...(p.of === undefined ? {} : { of: p.of }),
		...(p.note ? { note: p.note } : {}),
	}));
	const entry: MetricEntry = {
		id: input.id ?? 'test-metric',
		label: input.label ?? { ja: 'テスト', en: 'Test' },
		unit: input.unit,
		better: input.better ?? (input.unit === 'rank' ? 'down' : 'up'),
		cumulative: input.cumulative ?? false,
		points,
		pillars: [],
		style: input.style ?? 'percent',
		source: { source: 'test-source', quote: '引用' },
		owner: { kind: 'policy', id: 'test-policy' },
		file: 'content/policies/test-policy.md',
	};
	if (input.counter) entry.counter = input.counter;
	if (input.scope) entry.scope = input.scope;
	if (input.changeSince) entry.changeSince = P(input.changeSince);
	if (input.target) {
		const { period, computable, ...rest } = input.target;
		entry.target = { ...rest, computable: computable ?? true, ...(period ? { period: P(period) } : {}) };
	}
	const change = deriveChange(entry);
	if (change) entry.change = change;
	const achievement = deriveAchievement(entry, GRADES);
	if (achievement) entry.achievement = achievement;
	return entry;
}

/* The figures of the site's real sources, hand-copied. */
export const hometownTax = metric({
	id: 'hometown-tax-donations',
	label: { ja: 'ふるさと納税寄付額', en: 'Hometown tax donations' },
	unit: 'yen',
	points: [
		{ period: 'FY2015', value: 6_790_000, note: { ja: '就任前', en: 'before taking office' } },
		{ period: '2020-01', value: 343_000_000, note: { ja: '1月現在' } },
	],
});
/** The same figures as the newsletter words them: the first point is 就任前, not a period. */
export const hometownTaxAsPrinted = metric({
	id: 'hometown-tax-as-printed',
	label: { ja: 'ふるさと納税寄付額', en: 'Hometown tax donations' },
	unit: 'yen',
	points: [
		{ when: { ja: '就任前', en: 'before taking office' }, value: 6_790_000 },
		{ period: '2020-01', value: 343_000_000 },
	],
});
/** A year the source prints in the era it was written in (H31, not 令和元年). */
export const womenManagersEra = metric({
	id: 'women-managers-era',
	label: { ja: '係長級以上の女性の割合', en: "Women's share of section chiefs and above" },
	unit: 'percent',
	points: [
		{ period: '2015', when: { ja: '平成27年', en: '2015' }, value: 19.8 },
		{ period: '2019', when: { ja: '平成31年', en: '2019' }, value: 23.8 },
		{ period: 'FY2023', value: 29.2 },
	],
});
/** A figure the source gives no date for. */
export const storesUndated = metric({
	id: 'stores-undated',
	label: { ja: '新規出店数', en: 'New shop openings' },
	unit: 'count',
	counter: { ja: '店舗', en: 'shops', enOne: 'shop' },
	points: [{ value: 30, qualifier: 'or-more' }],
});
export const womenManagers = metric({
	id: 'women-managers',
	label: { ja: '係長級以上の女性の割合', en: "Women's share of section chiefs and above" },
	unit: 'percent',
	points: [
		{ period: '2015', value: 19.8 },
		{ period: '2019', value: 23.8 },
		{ period: 'FY2023', value: 29.2 },
	],
});
/** Made up: a count that fell. */
export const consultations = metric({
	id: 'consultations',
	label: { ja: '相談件数', en: 'Consultations' },
	unit: 'cases',
	points: [
		{ period: 'FY2016', value: 140 },
		{ period: 'FY2018', value: 102 },
	],
});
export const womenOnCouncils = metric({
	id: 'women-on-councils',
	label: { ja: '審議会・委員会等の女性参画率', en: "Women's share of council and committee seats" },
	unit: 'percent',
	points: [{ period: '2019-04', value: 40.4 }],
	target: { value: 45 },
});
export const livability = metric({
	id: 'livability-ranking',
	label: { ja: '住みよさランキング2023', en: 'Livability Ranking 2023' },
	unit: 'rank',
	scope: { ja: '市区', en: 'cities and wards' },
	points: [{ period: '2023', value: 25, of: 812 }],
});
export const livabilityMoved = metric({
	id: 'livability-moved',
	label: { ja: '住みよさランキング', en: 'Livability Ranking' },
	unit: 'rank',
	scope: { ja: '市区', en: 'cities and wards' },
	points: [
		{ period: '2020', value: 40, of: 812 },
		{ period: '2023', value: 25, of: 812 },
	],
});
export const drills = metric({
	id: 'disaster-drill-districts',
	label: { ja: '防災訓練を実施した区', en: 'Districts that held disaster drills' },
	unit: 'count',
	counter: { ja: '区', en: 'districts', enOne: 'district' },
	points: [{ period: 'FY2019', value: 61, of: 68 }],
});
export const overtime = metric({
	id: 'overtime-hours-change-rate',
	label: { ja: '超過勤務時間の増減率', en: 'Change in overtime hours' },
	unit: 'percent',
	better: 'down',
	changeSince: 'FY2017',
	points: [{ period: 'FY2018', value: -12.81 }],
});
export const overtimeHours = metric({
	id: 'overtime-hours-change',
	label: { ja: '超過勤務時間の増減', en: 'Change in overtime' },
	unit: 'hours',
	better: 'down',
	changeSince: 'FY2017',
	points: [{ period: 'FY2018', value: -3200, qualifier: 'about' }],
});
export const stores = metric({
	id: 'new-store-openings',
	label: { ja: '新規出店数', en: 'New store openings' },
	unit: 'count',
	counter: { ja: '店舗', en: 'stores', enOne: 'store' },
	cumulative: true,
	points: [{ period: '2016-04..2023-12', value: 30, qualifier: 'or-more' }],
});
export const taxTotal = metric({
	id: 'hometown-tax-total',
	label: { ja: '任期中のふるさと納税寄付額', en: "Hometown tax donations during the mayor's terms" },
	unit: 'yen',
	cumulative: true,
	points: [{ period: '2016-04..2023-12', value: 2_321_000_000, qualifier: 'over' }],
});
