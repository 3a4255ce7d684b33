/**
 * Ratings over time and who rated (issue 26), on the built site of tests/fixtures/history-campaign (東川市,
 * fictional) with the clock fixed at 2024-06-01 (src/clock.ts): the pledge page's timeline newest first,
 * two evaluators side by side with the disagreement marked, the roadmap's statuses with today's position,
 * deadlines passed, the change since the previous evaluation, tallies per evaluator and as of a report's
 * date, the self-audit counts, rating changes in the RSS, and /data/pledges.json and .csv.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLEDGE_CSV_COLUMNS, PLEDGE_FIELDS, PLEDGE_RATING_FIELDS, PLEDGES_FIELDS } from '../../src/lib/open-data.ts';
import { buildSite, readPage, ROOT } from '../helpers/build.ts';
import { attr, elements, openingTags, textOf } from '../helpers/html.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/history-campaign');
let dir = '';
beforeAll(async () => {
	dir = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-history-')), { KOYAKU_CONTENT: FIXTURE, KOYAKU_NOW: '2024-06-01T03:00:00Z' }, ['--skip', 'pdf']);
}, 300_000);
const page = (path: string) => readPage(dir, path);
const one = (html: string, tag: string, re: RegExp) => {
	const found = elements(html, tag, re);
	expect(found, `${tag} ${re}`).toHaveLength(1);
	return found[0]!;
};

describe('the pledge page: a timeline, newest first, that reads aloud', () => {
	it('lists every rating with its date, the change, who rated it and why', () => {
		const history = one(page('/policies/hoikuen/'), 'section', /class="card history"/);
		const entries = elements(history, 'li', /class="history-entry"/);
		expect(entries.map((li) => attr(li, 'data-level'))).toEqual(['in-progress', 'achieved', 'in-progress', 'not-started']);
		expect(entries.map((li) => openingTags(li, 'time').map((t) => attr(t, 'datetime'))[0])).toEqual(['2023-10-15', '2023-09-30', '2022-03-31', '2020-04-01']);
		expect(textOf(entries[1]!)).toBe('2023年9月30日 ◎ 達成 進行中から達成に変わりました。 評価者：自己評価 保育園が開園した');
		expect(textOf(entries[0]!)).toContain('最初の評価。 評価者：東川市政検証委員会 開園したが待機児童が12人残る');
		expect(textOf(entries[2]!)).toMatch(/掲載： ?中間報告 2022$/);
		const en = elements(one(page('/en/policies/hoikuen/'), 'section', /class="card history"/), 'li', /class="history-entry"/);
		expect(textOf(en[1]!)).toBe('30 September 2023 ◎ Achieved Changed from In progress to Achieved. Rated by: Self-evaluation The nursery opened');
	});

	it("keeps today's one-rating form as it was: no timeline, the rating and its date", () => {
		const html = page('/policies/bus/');
		expect(elements(html, 'section', /class="card history"/)).toEqual([]);
		expect(textOf(one(html, 'section', /class="card rating-box"/))).toContain('達成 2022年3月31日時点');
	});

	it('shows two evaluators side by side and marks where they disagree; never an average', () => {
		const disagree = one(page('/policies/hoikuen/'), 'section', /class="card evaluations"/);
		expect(attr(disagree, 'data-disagree')).toBe('true');
		expect(elements(disagree, 'li', /class="evaluation"/).map((li) => `${attr(li, 'data-evaluator')} ${attr(li, 'data-level')}`)).toEqual(['self achieved', 'gaibu in-progress']);
		expect(textOf(disagree)).toContain('評価が分かれています');
		// Who the evaluators are, with members and method, on the page that says how pledges are rated.
		const committee = one(page('/ratings/'), 'div', /data-evaluator="gaibu"/);
		expect(textOf(committee)).toContain('外部評価委員会');
		expect(textOf(committee)).toContain('委員長 北村 一郎（大学教授）');
		expect(textOf(committee)).toContain('委員3名が資料と聞き取りで評価');
		const agree = one(page('/policies/gakudo/'), 'section', /class="card evaluations"/);
		expect(attr(agree, 'data-disagree')).toBe('false');
		expect(textOf(agree)).toContain('評価者の評価は一致しています');
	});
});

describe('roadmaps and deadlines', () => {
	it("draws each step's status and today's position, and marks steps whose time has passed", () => {
		const roadmap = one(page('/policies/toshokan/'), 'section', /class="card roadmap"/);
		const steps = elements(roadmap, 'li', /data-status=/).filter((li) => li.includes('roadmap-period'));
		expect(steps.map((li) => `${attr(li, 'data-status')} ${attr(li, 'data-overdue') ?? ''}`.trim())).toEqual(['late true', 'not-started']);
		expect(textOf(roadmap)).toContain('工程2件のうち、完了0件、予定どおり0件、遅れ1件、未着手1件。');
		expect(textOf(roadmap)).toContain('今日（2024年6月1日）');
		// Today on the axis: from FY2022's start (2022-04-01) to FY2025's last day (2026-03-31), 1460 days; 2024-06-01 is 792 days in.
		const line = openingTags(roadmap, 'line')[0]!;
		expect(Number(attr(line, 'x1'))).toBeCloseTo(542.5, 1);
		const svg = openingTags(roadmap, 'svg')[0]!;
		expect(attr(svg, 'aria-hidden')).toBe('true');
		expect(roadmap).not.toContain('<script');
		const hoikuen = one(page('/policies/hoikuen/'), 'section', /class="card roadmap"/);
		expect(elements(hoikuen, 'g', /data-status=/).map((g) => attr(g, 'data-status'))).toEqual(['done', 'late', 'done']);
	});

	it('marks a deadline passed without the pledge done on the pledge, its pillar and the dashboard', () => {
		expect(textOf(one(page('/policies/toshokan/'), 'p', /data-deadline-passed/))).toBe('⚠ 期限（2023年3月）を過ぎましたが、達成していません');
		// Achieved after its deadline: not marked.
		expect(page('/policies/hoikuen/')).not.toContain('data-deadline-passed');
		for (const path of ['/pillars/machi/', '/manifestos/higashikawa-2020/']) {
			const list = one(page(path), 'div', /class="deadline-list"/);
			expect(attr(list, 'data-deadline-passed'), path).toBe('1');
			expect(textOf(list), path).toContain('図書館の整備を検討します');
		}
		expect(page('/pillars/kosodate/')).not.toContain('class="deadline-list"');
	});
});

describe('dashboards and reports over time', () => {
	it('says what changed since the previous evaluation', () => {
		const since = one(page('/manifestos/higashikawa-2020/'), 'p', /class="since"/);
		expect(textOf(since).replace(/ (?=[：:])/, '')).toBe('前回の評価からの変化：「中間報告 2022」（2022年3月31日）から2023年9月30日までに、達成 +1、進行中 −1');
		expect(textOf(one(page('/en/manifestos/higashikawa-2020/'), 'p', /class="since"/)).replace(/ (?=[：:])/, '')).toBe('Change since the previous evaluation: From “Mid-term report 2022” (31 March 2022) to 30 September 2023: Achieved +1, In progress −1');
		expect(textOf(one(page('/pillars/kosodate/'), 'p', /class="since"/))).toContain('達成 +1、進行中 −1');
	});

	it('reads the tallies per evaluator', () => {
		const html = page('/manifestos/higashikawa-2020/');
		expect(elements(html, 'div', /data-evaluator="gaibu"/)).toHaveLength(1);
		const other = html.slice(html.indexOf('data-evaluator="gaibu"'), html.indexOf('class="deadline-list"'));
		expect(textOf(other)).toContain('東川市政検証委員会による評価');
		expect(textOf(other)).toMatch(/△ 進行中 2件 ?（50%）/);
		// Published results of two evaluators for one period: side by side, one row each, the difference marked.
		const compare = one(page('/manifestos/higashikawa-2020/'), 'div', /class="evaluator-compare"/);
		expect(attr(compare, 'data-evaluators')).toBe('self gaibu');
		expect(attr(compare, 'data-disagree')).toBe('true');
	});

	it("shows a report's tallies as of its date, not today's", () => {
		const then = one(page('/reports/chukan-2022/'), 'section', /aria-labelledby="tally-as-of"/);
		expect(textOf(then)).toContain('発行日（2022年3月31日）時点の評価');
		expect(textOf(then)).toMatch(/◎ 達成 1件 ?（25%）/);
		expect(textOf(then)).toMatch(/△ 進行中 2件 ?（50%）/);
		expect(textOf(then)).toMatch(/− 未着手 1件 ?（25%）/);
	});

	it('counts the self-audit per pillar and in all, as counts', () => {
		const table = one(page('/manifestos/higashikawa-2020/'), 'table', /class="audit-table"/);
		const cells = (row: string) => elements(row, 'td').map((td) => `${attr(td, 'data-criterion')} ${textOf(td)}`);
		const rows = elements(table, 'tr').slice(1);
		expect(rows.map(cells)).toEqual([
			['target 1/2件', 'deadline 1/2件', 'funding 1/2件', 'schedule 1/2件', 'evidence 2/2件'],
			['target 0/2件', 'deadline 2/2件', 'funding 0/2件', 'schedule 1/2件', 'evidence 2/2件'],
			['target 1/4件', 'deadline 3/4件', 'funding 1/4件', 'schedule 2/4件', 'evidence 4/4件'],
		]);
		expect(table).not.toContain('%');
		// One table, on the manifesto page: a pillar page keeps within its first-view budget.
		expect(page('/pillars/machi/')).not.toContain('class="audit-table"');
	});
});

describe('the feed and the open data', () => {
	it('puts rating changes in the RSS, not first ratings', () => {
		const rss = page('/rss.xml');
		const titles = [...rss.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
		expect(titles).toContain('駅前に保育園を新設し、待機児童ゼロ：進行中→達成');
		expect(titles).toContain('駅前に保育園を新設し、待機児童ゼロ：未着手→進行中');
		expect(titles.filter((t) => t!.startsWith('市民バス'))).toEqual([]);
		expect(rss).toContain('https://higashikawa.example/policies/hoikuen/#history-self-2023-09-30');
	});

	it('publishes every pledge with its full history in JSON, fields as documented', () => {
		const data = JSON.parse(readFileSync(join(dir, 'data/pledges.json'), 'utf8'));
		expect(Object.keys(data).sort()).toEqual(PLEDGES_FIELDS.map((f) => f.name).sort());
		expect(data.pledges.map((p: { id: string }) => p.id)).toEqual(['hoikuen', 'gakudo', 'bus', 'toshokan']);
		for (const p of data.pledges) for (const key of Object.keys(p)) expect(PLEDGE_FIELDS.map((f) => f.name)).toContain(key);
		const hoikuen = data.pledges[0];
		expect(hoikuen.ratings.map((r: { evaluator: string; level: string }) => `${r.evaluator} ${r.level}`)).toEqual(['self not-started', 'self in-progress', 'self achieved', 'gaibu in-progress']);
		for (const r of hoikuen.ratings) for (const key of Object.keys(r)) expect(PLEDGE_RATING_FIELDS.map((f) => f.name)).toContain(key);
		expect(hoikuen).toMatchObject({ level: 'achieved', manifesto: 'higashikawa-2020', pillar: 'kosodate', url: 'https://higashikawa.example/policies/hoikuen/', deadline: { key: 'FY2022' } });
		expect(hoikuen.schedule.map((s: { status: string }) => s.status)).toEqual(['done', 'late', 'done']);
		expect(data.pledges[3].deadlinePassed).toBe(true);
		expect(data.evaluators.map((e: { id: string; kind: string }) => `${e.id} ${e.kind}`)).toEqual(['self self', 'gaibu committee']);
	});

	it('publishes a CSV with a BOM, one row per rating, and documents both on the data page', () => {
		const csv = readFileSync(join(dir, 'data/pledges.csv'), 'utf8');
		expect(csv.startsWith('\uFEFFpledge_id,title_ja,')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe(PLEDGE_CSV_COLUMNS.map((c) => c.name).join(','));
		expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['hoikuen', 'hoikuen', 'hoikuen', 'hoikuen', 'gakudo', 'gakudo', 'gakudo', 'bus', 'toshokan', 'toshokan']);
		const docs = one(page('/metrics/'), 'details', /id="pledge-fields"/);
		for (const f of [...PLEDGES_FIELDS, ...PLEDGE_FIELDS, ...PLEDGE_RATING_FIELDS, ...PLEDGE_CSV_COLUMNS]) expect(docs).toContain(`<dt>${f.name}</dt>`);
		expect(page('/metrics/')).toContain('href="/data/pledges.csv"');
	});
});
