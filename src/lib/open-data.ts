/**
 * Every figure as one JSON document (/data/metrics.json): stable ids, both languages, values in base units,
 * derived figures, and where each value is printed. The field lists below document it on the metrics page
 * and in the README; a test checks that the JSON has exactly these fields.
 */
import type { MetricEntry, Model, Policy } from '../model/model.ts';
import type { Evidence } from '../schemas/policy.ts';
import { deadlinePassed, STEP_STATUSES } from './history.ts';
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

/** /data/pledges.json: the document's own fields. */
export const PLEDGES_FIELDS: FieldDoc[] = [
	{ name: 'format', about: { ja: 'このファイルの形式の名前と版（koyaku-pledges/1）', en: 'Name and version of this format (koyaku-pledges/1)' } },
	{ name: 'site', about: { ja: 'サイトの名前とURL', en: 'Name and address of the site' } },
	{ name: 'updated', about: { ja: 'コンテンツの最新の日付（YYYY-MM-DD）', en: 'Newest date in the content (YYYY-MM-DD)' } },
	{ name: 'levels', about: { ja: '評価の段階（id・名前・達成に数えるか）', en: 'The rating levels (id, name, whether it counts as done)' } },
	{ name: 'evaluators', about: { ja: '評価者（id・名前・種類：self 自己評価／committee 外部評価委員会／third-party 第三者・委員・方法）', en: 'The evaluators (id, name, kind: self, committee or third-party, members, method)' } },
	{ name: 'pledges', about: { ja: '公約の一覧（下の項目）', en: 'Every pledge (fields below)' } },
];
/** One pledge in /data/pledges.json. */
export const PLEDGE_FIELDS: FieldDoc[] = [
	{ name: 'id', about: { ja: '変わらない識別子（ファイル名）。ページのURLとCSVの pledge_id と同じ', en: 'Stable identifier (the file name); the same as in the page URL and the CSV pledge_id' } },
	{ name: 'title', about: { ja: '公約（ja / en）', en: 'The pledge (ja / en)' } },
	{ name: 'manifesto', about: { ja: '属するマニフェストの id', en: 'Id of its manifesto' } },
	{ name: 'pillar', about: { ja: '属する政策の柱の id（柱の外の重点政策にはない）', en: 'Id of its pillar (absent for a priority outside the pillars)' } },
	{ name: 'url', about: { ja: 'サイトでこの公約を示すページ', en: 'Its page on the site' } },
	{ name: 'level', about: { ja: '今の評価（主な評価者の最新の評価）の段階 id', en: 'The current rating’s level id (the main evaluator’s latest)' } },
	{ name: 'ratings', about: { ja: '評価の履歴（古い順、すべての評価者。下の項目）', en: 'The rating history, oldest first, by every evaluator (fields below)' } },
	{ name: 'deadline', about: { ja: '期限：key と start・end（YYYY-MM-DD）', en: 'Deadline: key with start and end (YYYY-MM-DD)' } },
	{ name: 'deadlinePassed', about: { ja: '期限を過ぎて達成していないとき true', en: 'true when the deadline has passed and the pledge is not done' } },
	{ name: 'funding', about: { ja: '財源（ja / en）', en: 'Funding (ja / en)' } },
	{ name: 'schedule', about: { ja: '工程表：period（key）・text・status（done 完了／on-time 予定どおり／late 遅れ／not-started 未着手）・asOf', en: 'Roadmap steps: period (key), text, status (done, on-time, late, not-started), asOf' } },
	{ name: 'metrics', about: { ja: 'この公約の数値の id（metrics.json の id）', en: 'Ids of its figures (ids in metrics.json)' } },
];
/** One rating in a pledge's `ratings`. */
export const PLEDGE_RATING_FIELDS: FieldDoc[] = [
	{ name: 'level', about: { ja: '評価の段階 id', en: 'Level id' } },
	{ name: 'asOf', about: { ja: '評価した日（YYYY-MM-DD）', en: 'Day of the rating (YYYY-MM-DD)' } },
	{ name: 'evaluator', about: { ja: '評価者の id', en: 'Evaluator id' } },
	{ name: 'reason', about: { ja: '理由（ja / en）', en: 'Reason (ja / en)' } },
	{ name: 'evidence', about: { ja: '根拠：achievement（実績 id）・metric（指標 id）・source と quote（出典）', en: 'Evidence: achievement (id), metric (id), or source with quote' } },
	{ name: 'report', about: { ja: '掲載された会報の id', en: 'Id of the report it was published in' } },
	{ name: 'source', about: { ja: '評価が載った資料（source・quote）', en: 'The document the rating was published in (source, quote)' } },
];
/** /data/pledges.csv: one row per rating (a pledge never rated has one row with empty rating columns). */
export const PLEDGE_CSV_COLUMNS: FieldDoc[] = [
	{ name: 'pledge_id', about: { ja: '公約の id（pledges.json の id）', en: 'Pledge id (id in pledges.json)' } },
	{ name: 'title_ja', about: { ja: '公約（日本語）', en: 'The pledge in Japanese' } },
	{ name: 'title_en', about: { ja: '公約（英語）', en: 'The pledge in English' } },
	{ name: 'manifesto', about: { ja: 'マニフェストの id', en: 'Manifesto id' } },
	{ name: 'pillar', about: { ja: '政策の柱の id', en: 'Pillar id' } },
	{ name: 'current_level', about: { ja: '今の評価の段階 id', en: 'Current level id' } },
	{ name: 'rating_as_of', about: { ja: 'この行の評価の日', en: 'Day of this row’s rating' } },
	{ name: 'rating_level', about: { ja: 'この行の評価の段階 id', en: 'Level id of this row’s rating' } },
	{ name: 'evaluator', about: { ja: 'この行の評価者の id', en: 'Evaluator id of this row’s rating' } },
	{ name: 'reason_ja', about: { ja: '理由（日本語）', en: 'Reason in Japanese' } },
	{ name: 'evidence', about: { ja: '根拠の実績・指標のidと出典のid（「;」区切り）', en: 'Evidence ids (achievements, metrics) and source ids, separated by ;' } },
	{ name: 'deadline', about: { ja: '期限（key）', en: 'Deadline (key)' } },
	{ name: 'deadline_passed', about: { ja: '期限を過ぎて未達成なら true', en: 'true when past the deadline and not done' } },
	{ name: 'funding_ja', about: { ja: '財源（日本語）', en: 'Funding in Japanese' } },
	{ name: 'schedule_status', about: { ja: '工程の状況の件数（例：done 2; late 1）', en: 'Roadmap steps by status (e.g. done 2; late 1)' } },
	{ name: 'url', about: { ja: 'ページのURL', en: 'Page URL' } },
];

const evidenceJson = (ev: Evidence) => ('achievement' in ev ? { achievement: ev.achievement } : 'metric' in ev ? { metric: ev.metric } : ref(ev));

/** Every pledge with its rating history as one JSON document. `pageUrl(policy)` is its page's absolute URL; `today` decides passed deadlines. */
export function pledgesJson(model: Model, siteName: string, siteUrl: string, pageUrl: (policy: Policy) => string, today: string) {
	return clean({
		format: 'koyaku-pledges/1',
		site: { name: siteName, url: siteUrl },
		updated: lastUpdated(model)?.end,
		levels: model.levels.map((l) => ({ id: l.id, label: text(l.label), done: l.done, unrated: l.unrated || undefined })),
		evaluators: model.evaluators.map((e) => ({ id: e.id, name: text(e.name), kind: e.kind, members: e.members.length ? e.members.map(text) : undefined, method: text(e.method), url: e.url })),
		pledges: model.policies.map((p) => ({
			id: p.id,
			title: text(p.title),
			manifesto: p.manifesto,
			pillar: p.pillar,
			url: pageUrl(p),
			level: model.hasScale ? model.levelOf(p).id : undefined,
			ratings: p.ratings.map((r) => ({ level: r.level, asOf: r.asOf, evaluator: r.evaluator, reason: text(r.reason), evidence: r.evidence.map(evidenceJson), report: r.report, source: ref(r.source) })),
			deadline: p.deadline ? { key: p.deadline.key, start: p.deadline.start, end: p.deadline.end } : undefined,
			deadlinePassed: model.hasScale && deadlinePassed(model, p, today) ? true : undefined,
			funding: text(p.funding),
			schedule: p.schedule.length ? p.schedule.map((s) => ({ period: s.period.key, text: text(s.text), status: s.status, asOf: s.asOf })) : undefined,
			metrics: p.metrics.length ? p.metrics.map((m) => m.id) : undefined,
		})),
	});
}

/** The CSV rows (header first) of /data/pledges.csv. */
export function pledgesCsvRows(model: Model, pageUrl: (policy: Policy) => string, today: string): (string | number | undefined)[][] {
	const header = PLEDGE_CSV_COLUMNS.map((c) => c.name);
	const rows = model.policies.flatMap((p) => {
		const steps = STEP_STATUSES.map((s) => [s, p.schedule.filter((step) => step.status === s).length] as const).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join('; ');
		const common = (r?: Policy['ratings'][number]) => [
			p.id, p.title.ja, p.title.en, p.manifesto, p.pillar, model.hasScale ? model.levelOf(p).id : undefined,
			r?.asOf, r?.level, r?.evaluator, r?.reason?.ja,
			r?.evidence.map((ev) => ('achievement' in ev ? ev.achievement : 'metric' in ev ? ev.metric : ev.source)).join(';'),
			p.deadline?.key, model.hasScale && deadlinePassed(model, p, today) ? 'true' : undefined, p.funding?.ja, steps, pageUrl(p),
		];
		return p.ratings.length ? p.ratings.map(common) : [common()];
	});
	return [header, ...rows];
}
