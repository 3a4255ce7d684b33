/**
 * Ratings over time (issue 26) at `check` time, on copies of tests/fixtures/history-campaign: a history
 * out of date order, a change with no reason, an undated entry, an unknown evaluator, roadmap steps without
 * their date or evidence, vague verbs; and today's one-rating form, unchanged.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/history-campaign', import.meta.url));

/** A copy of the fixture with `from` replaced by `to` in `file` (each exactly once), and what check says. */
function check(...edits: [file: string, from: string, to: string][]) {
	const dir = mkdtempSync(join(tmpdir(), 'koyaku-history-'));
	cpSync(FIXTURE, dir, { recursive: true });
	for (const [file, from, to] of edits) {
		const path = join(dir, file);
		const text = readFileSync(path, 'utf8');
		expect(text.split(from).length - 1, `"${from}" in ${file}`).toBe(1);
		writeFileSync(path, text.replace(from, () => to));
	}
	const result = loadContent(dir);
	const show = (list: typeof result.problems) => list.map((p) => formatProblem({ ...p, file: relative(dir, p.file) }));
	return { problems: show(result.problems), warnings: show(result.warnings), model: result.model };
}

describe('the fixture campaign', () => {
	test('checks clean: only the vague-verb warning it is built to get', () => {
		const { problems, warnings } = check();
		expect(problems).toEqual([]);
		expect(warnings).toMatchInlineSnapshot(`
			[
			  "policies/toshokan.md:4  title  注意 / Warning: 「検討」のような言葉だけで数値の目標がないと、達成したかどうか確かめられません。指標に目標（target）を書くと、有権者が確かめられます / Words like “検討” with no numeric target cannot be checked: give a metric a target so voters can check it",
			]
		`);
	});

	test("today's one-rating form keeps working unchanged: one entry, the current rating", () => {
		const bus = check().model!.policies.find((p) => p.id === 'bus')!;
		expect(bus.ratings).toHaveLength(1);
		expect(bus.ratings[0]).toMatchObject({ level: 'achieved', asOf: '2022-03-31', evaluator: 'self' });
		expect(bus.rating.level).toBe('achieved');
	});

	test('the current rating is the main evaluator’s latest, whatever another evaluator says later', () => {
		const hoikuen = check().model!.policies.find((p) => p.id === 'hoikuen')!;
		expect(hoikuen.ratings.map((r) => `${r.asOf} ${r.evaluator} ${r.level}`)).toEqual(['2020-04-01 self not-started', '2022-03-31 self in-progress', '2023-09-30 self achieved', '2023-10-15 gaibu in-progress']);
		expect(hoikuen.rating.level).toBe('achieved');
	});
});

describe('a list of one rating (what the browser editor writes) is a rating like the single form', () => {
	const ONE = 'rating:\n  level: achieved\n  reason: { ja: 毎日運行を始めた, en: Daily service began }\n  evidence: [{ source: higashikawa-chukan-2022, quote: 市民バスの毎日運行を始めました。 }]\n  asOf: 2022-03-31\n';
	test('not rated yet, with no date: valid, as in the single form', () => {
		const { problems, model } = check(['policies/bus.md', ONE, 'rating:\n  - level: not-rated\n']);
		expect(problems).toEqual([]);
		expect(model!.policies.find((p) => p.id === 'bus')!.rating.level).toBe('not-rated');
	});
	test('rated with no date: the single form\'s message, not the history\'s', () => {
		const list = ONE.replace('rating:\n  level', 'rating:\n  - level').replace(/\n  (reason|evidence)/g, '\n    $1').replace('  asOf: 2022-03-31\n', '');
		expect(check(['policies/bus.md', ONE, list]).problems).toMatchInlineSnapshot(`
			[
			  "policies/bus.md:8  rating.0  評価した日（asOf: 2020-01-31 など）を書いてください / Write the day of the rating (asOf: YYYY-MM-DD)",
			]
		`);
	});
});

describe('check refuses a history it cannot trust', () => {
	test('entries out of date order', () => {
		expect(check(['policies/hoikuen.md', 'asOf: 2022-03-31\n    report: chukan-2022', 'asOf: 2019-03-31\n    report: chukan-2022']).problems).toMatchInlineSnapshot(`
			[
			  "policies/hoikuen.md:15  rating.1.asOf  評価は古い順に並べてください。2019-03-31 の評価は 2020-04-01 の評価より前に書きます / List ratings oldest first: the one of 2019-03-31 must come before the one of 2020-04-01",
			]
		`);
	});

	test('a change of level with no reason', () => {
		expect(check(['policies/hoikuen.md', '    reason: { ja: 保育園が開園した, en: The nursery opened }\n', '']).problems).toMatchInlineSnapshot(`
			[
			  "policies/hoikuen.md:17  rating.2  評価が「進行中」から「達成」に変わった理由（reason）を書いてください / The rating changed from "In progress" to "Achieved": write the reason for the change",
			]
		`);
	});

	test('an undated entry in a list, and an evaluator nobody defined', () => {
		expect(check(['policies/gakudo.md', '    asOf: 2023-09-30\n', ''], ['policies/toshokan.md', 'evaluator: gaibu', 'evaluator: gaibo']).problems).toMatchInlineSnapshot(`
			[
			  "policies/gakudo.md:11  rating.1  評価の履歴では、どの評価にも評価した日（asOf: 2024-03-31 など）が必要です / In a rating history every entry needs its date (asOf: YYYY-MM-DD)",
			  "policies/toshokan.md:23  rating.1.evaluator  評価者「gaibo」が見つかりません / No evaluator with id "gaibo" (known: self, gaibu)",
			]
		`);
	});

	test('the same evaluator twice on one day', () => {
		expect(check(['policies/gakudo.md', 'asOf: 2023-09-30', 'asOf: 2022-03-31']).problems).toMatchInlineSnapshot(`
			[
			  "policies/gakudo.md:14  rating.1.asOf  同じ評価者（self）の 2022-03-31 の評価が2つあります。1つにしてください / Two ratings by the same evaluator (self) on 2022-03-31: keep one",
			]
		`);
	});

	test('a roadmap step with a status but no date, and one done with no evidence', () => {
		expect(
			check(['policies/toshokan.md', '    status: not-started\n    asOf: 2023-10-15\n', '    status: not-started\n'], ['policies/hoikuen.md', "    status: done\n    asOf: 2023-09-30\n    evidence: [{ achievement: hoikuen-kaien }]\n", '    status: done\n    asOf: 2023-09-30\n']).problems,
		).toMatchInlineSnapshot(`
			[
			  "policies/hoikuen.md:38  schedule.2  「完了」の根拠（evidence: 実績ID・指標ID・出典の引用）を1つ以上書いてください / Give at least one piece of evidence that the step is done: an achievement id, a metric id or a quoted source",
			  "policies/toshokan.md:12  schedule.1  工程の状況（status）を確かめた日（asOf: 2024-03-31 など）を書いてください / Write the day the step's status was checked (asOf: YYYY-MM-DD)",
			]
		`);
	});
});

describe('vague verbs with no target (a warning; the words are content)', () => {
	test('a campaign may list its own words, or none', () => {
		expect(check(['ratings.yaml', 'evaluators:', 'vagueVerbs: []\nevaluators:']).warnings).toEqual([]);
		expect(check(['ratings.yaml', 'evaluators:', 'vagueVerbs: [毎日]\nevaluators:']).warnings).toMatchInlineSnapshot(`
			[
			  "policies/bus.md:4  title  注意 / Warning: 「毎日」のような言葉だけで数値の目標がないと、達成したかどうか確かめられません。指標に目標（target）を書くと、有権者が確かめられます / Words like “毎日” with no numeric target cannot be checked: give a metric a target so voters can check it",
			]
		`);
	});
	test('a pledge with a numeric target is not warned about', () => {
		// 学童保育の定員を300人に has a target; give it a vague word and it stays quiet.
		const { warnings } = check(['policies/gakudo.md', 'title: { ja: 学童保育の定員を300人に,', 'title: { ja: 学童保育の定員を300人に推進,']);
		expect(warnings.filter((w) => w.includes('gakudo'))).toEqual([]);
		expect(warnings).toHaveLength(1);
	});
});
