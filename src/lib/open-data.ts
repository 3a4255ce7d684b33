/**
 * Every figure as one JSON document (/data/metrics.json): stable ids, both languages, values in base units,
 * derived figures, and where each value is printed. The field lists below document it on the metrics page
 * and in the README; a test checks that the JSON has exactly these fields.
 */
import type { MetricEntry, Model } from '../model/model.ts';
import type { SourceRef } from '../schemas/source-ref.ts';
import { lastUpdated } from './page-meta.ts';

type Text = { ja: string; en?: string };
export interface FieldDoc {
	name: string;
	about: { ja: string; en: string };
}

export const JSON_FIELDS: FieldDoc[] = [
	{ name: 'format', about: { ja: 'このファイルの形式の名前と版（koyaku-metrics/1）', en: 'Name and version of this format (koyaku-metrics/1)' } },
	{ name: 'site', about: { ja: 'サイトの名前とURL', en: 'Name and address of the site' } },
	{ name: 'updated', about: { ja: 'コンテンツの最新の日付（YYYY-MM-DD）', en: 'Newest date in the content (YYYY-MM-DD)' } },
	{ name: 'sources', about: { ja: '出典資料の一覧（id・題名・発行者・日付・URL）', en: 'The source documents (id, title, publisher, date, URL)' } },
	{ name: 'metrics', about: { ja: '数値の一覧（下の項目）', en: 'The figures (fields below)' } },
];
export const JSON_METRIC_FIELDS: FieldDoc[] = [
	{ name: 'id', about: { ja: '変わらない識別子。ページのアンカー（#id）とCSVの metric_id と同じ', en: 'Stable identifier; the same as the page anchor (#id) and the CSV metric_id' } },
	{ name: 'label', about: { ja: '何の数値か（ja / en）', en: 'What is measured (ja / en)' } },
	{ name: 'unit', about: { ja: '単位：yen, percent, people, cases, hours, rank, count', en: 'Unit: yen, percent, people, cases, hours, rank, count' } },
	{ name: 'counter', about: { ja: '単位が count のときの助数詞（例：店舗）', en: 'Counter word when the unit is count (e.g. stores)' } },
	{ name: 'scope', about: { ja: '順位や「N中」のNが何か（例：市区）', en: 'What the N of a rank or "of N" counts (e.g. cities and wards)' } },
	{ name: 'better', about: { ja: 'よい方向：up, down, neutral', en: 'Which way is better: up, down, neutral' } },
	{ name: 'cumulative', about: { ja: '累計の値かどうか', en: 'Whether the values are running totals' } },
	{ name: 'changeSince', about: { ja: '値がある時点からの増減であるとき、その時点', en: 'When the values are changes, the period they are measured from' } },
	{ name: 'description', about: { ja: '補足の説明', en: 'A note on the figure' } },
	{ name: 'owner', about: { ja: 'この数値が属するマニフェスト・政策の柱・公約（kind と id）', en: 'The manifesto, pillar or pledge it belongs to (kind and id)' } },
	{ name: 'url', about: { ja: 'サイトでこの数値を示す場所', en: 'Where the site shows it' } },
	{ name: 'points', about: { ja: '測定値（古い順、下の項目）', en: 'The measurements, oldest first (fields below)' } },
	{ name: 'target', about: { ja: '資料に書かれた目標（value・period。印刷されていれば compare：over 超・at-least 以上・under 未満・at-most 以下、every：毎年度・毎年、計算できない目標は computable: false）', en: 'A target stated in the source (value, period; when printed, compare: over, at-least, under or at-most, every: fiscal-year or year, and computable: false for a target that cannot be computed)' } },
	{ name: 'change', about: { ja: '最初と最新の値から計算した変化（kind：points／ratio／percent／places、value）', en: 'Change from the first to the latest value, calculated (kind: points, ratio, percent or places; value)' } },
	{ name: 'achievement', about: { ja: '目標に対する達成率（rate、%）と評価区分（grade）', en: 'Achievement rate against the target (rate, %) and its grade' } },
	{ name: 'source', about: { ja: '出典（source＝資料のid、quote＝そのままの引用、locator）', en: 'Where it is printed (source = document id, quote = verbatim words, locator)' } },
];
export const JSON_POINT_FIELDS: FieldDoc[] = [
	{ name: 'period', about: { ja: '時点：key（FY2016・2020-01・2016-04..2023-12 など）と start・end（YYYY-MM-DD）', en: 'When: key (FY2016, 2020-01, 2016-04..2023-12 …) with start and end (YYYY-MM-DD); absent when the source gives no date' } },
	{ name: 'when', about: { ja: '資料での時期の書き方（「就任前」など）', en: 'How the source words the time (e.g. "before taking office")' } },
	{ name: 'value', about: { ja: '基本単位での値（円、%、人…）', en: 'The value in the base unit (yen, %, people…)' } },
	{ name: 'of', about: { ja: '「812市区中25位」の812のような母数', en: 'The total it is out of, like 812 in "25th of 812"' } },
	{ name: 'qualifier', about: { ja: 'exact・about（約）・or-more（以上）・over（余）', en: 'exact, about, or-more, over: how the source hedges the figure' } },
	{ name: 'note', about: { ja: 'この値についての注記', en: 'A remark on this value' } },
	{ name: 'source', about: { ja: 'この値の出典（数値全体と違うとき）', en: 'Where this value is printed (when it differs from the figure’s)' } },
];

const clean = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const ref = (r: SourceRef | undefined) => (r ? { source: r.source, quote: r.quote, locator: r.locator } : undefined);
const text = (t: Text | undefined) => (t ? { ja: t.ja, en: t.en } : undefined);

/** One metric as open data. `url` is where the site shows it. */
export function metricJson(metric: MetricEntry, url: string) {
	return clean({
		id: metric.id,
		label: text(metric.label),
		unit: metric.unit,
		counter: metric.counter,
		scope: metric.scope,
		better: metric.better,
		cumulative: metric.cumulative,
		changeSince: metric.changeSince?.key,
		description: text(metric.description),
		owner: metric.owner,
		url,
		points: metric.points.map((p) => ({
			period: p.period ? { key: p.period.key, start: p.period.start, end: p.period.end } : undefined,
			when: text(p.when),
			value: p.value,
			of: p.of,
			qualifier: p.qualifier,
			note: text(p.note),
			source: ref(p.source),
		})),
		target: metric.target
			? {
					value: metric.target.value,
					compare: metric.target.compare,
					every: metric.target.every,
					period: metric.target.period?.key,
					// Only when false: a target the source says cannot be computed.
					computable: metric.target.computable ? undefined : false,
					source: ref(metric.target.source),
				}
			: undefined,
		change: metric.change ? { kind: metric.change.kind, value: metric.change.value } : undefined,
		achievement: metric.achievement,
		source: ref(metric.source),
	});
}

/** The whole document. `pageUrl(metric)` gives each figure's absolute URL on the site. */
export function metricsJson(model: Model, siteName: string, siteUrl: string, pageUrl: (metric: MetricEntry) => string) {
	return clean({
		format: 'koyaku-metrics/1',
		site: { name: siteName, url: siteUrl },
		updated: lastUpdated(model)?.end,
		sources: model.sources.map((s) => ({ id: s.id, title: text(s.title), publisher: text(s.publisher), date: s.date?.key, url: s.url })),
		metrics: model.metrics.map((m) => metricJson(m, pageUrl(m))),
	});
}
