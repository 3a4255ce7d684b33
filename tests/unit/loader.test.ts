/**
 * loadContent() on a complete valid fixture (tests/fixtures/valid), then on copies of it with one
 * thing broken each, pinning the exact lines a volunteer sees from `npm run check`.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { shareOf } from '../../src/model/derive.ts';
import { loadContent } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { contentVariants, edit, remove, rename, VALID, write, type Change } from '../helpers/content-variants.ts';

const SOURCE = 'sample-newsletter-2020-01';

describe('the valid fixture', () => {
	const result = loadContent(VALID);
	const model = result.model as Model;
	const metric = (id: string) => {
		const found = model.metrics.find((m) => m.id === id);
		if (!found) throw new Error(`no metric ${id}`);
		return found;
	};
	const policy = (id: string) => {
		const found = model.policies.find((p) => p.id === id);
		if (!found) throw new Error(`no policy ${id}`);
		return found;
	};

	test('loads with no problems and builds a model', () => {
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.model).toBeDefined();
	});

	test('counts every kind of entry', () => {
		expect(result.counts).toEqual({ manifestos: 1, pillars: 2, policies: 4, metrics: 8, achievements: 3, sources: 1, reports: 1 });
	});

	test('translation coverage counts texts and bodies', () => {
		// 68 texts, of which 12 are Japanese-only shorthands (counted by hand in the fixture);
		// 6 bodies have Japanese (child-care.md and women-on-boards.md have none), child-care-desk.md has no English.
		expect(result.coverage).toEqual({ fields: { total: 68, translated: 56 }, bodies: { total: 6, translated: 5 }, easy: { fields: { total: 68, translated: 0 }, bodies: { total: 6, translated: 0 } } });
	});

	test('pillars follow the manifesto order, not file names; number defaults to the position', () => {
		expect(model.pillars.map((p) => [p.id, p.number])).toEqual([
			['sound-finances', '01'],
			['child-care', '2'],
		]);
	});

	test('policies: by pillar, then order; priorities outside pillars last', () => {
		expect(model.policies.map((p) => p.id)).toEqual(['women-on-boards', 'more-tax-revenue', 'child-care-desk', 'town-promotion']);
	});

	test('a policy takes its manifesto from its pillar', () => {
		expect(model.policies.map((p) => p.manifesto)).toEqual(Array(4).fill('sample-future-2016'));
	});

	test('the manifesto keeps its pillar and priority ids in order', () => {
		const [m] = model.manifestos;
		expect([m?.pillarIds, m?.priorityIds]).toEqual([
			['sound-finances', 'child-care'],
			['town-promotion', 'more-tax-revenue'],
		]);
	});

	test('change first → latest is derived per unit', () => {
		const changes = Object.fromEntries(model.metrics.map((m) => [m.id, m.change && [m.change.kind, m.change.value]]));
		expect(changes).toEqual({
			'livability-rank': ['places', 13],
			'salon-districts': undefined, // one point
			'women-on-councils': ['points', 9.4],
			'hometown-tax': ['ratio', 50.5],
			'virtual-citizens': undefined, // one point
			consultations: ['percent', 37.3],
			'overtime-hours': undefined, // changeSince: values are changes already
			'care-sites': undefined, // one point
		});
	});

	test('the change keeps its first and latest points', () => {
		const change = metric('hometown-tax').change;
		expect([change?.from.period?.key, change?.from.value, change?.to.period?.key, change?.to.value]).toEqual(['FY2015', 6790000, '2020-01', 343000000]);
	});

	test('achievement rate toward the target, direction-aware, with its grade band', () => {
		const rates = Object.fromEntries(model.metrics.filter((m) => m.achievement).map((m) => [m.id, m.achievement]));
		expect(rates).toEqual({
			'livability-rank': { rate: 83.3, grade: 'C' }, // rank, lower is better: 10 / 12
			'women-on-councils': { rate: 97.3, grade: 'B' }, // 29.2 / 30
			'virtual-citizens': { rate: 3.7, grade: 'D' }, // 3682 / 100000
			consultations: { rate: 116.7, grade: 'A' }, // 140 / 120
		});
	});

	test('better defaults to down for a rank and up otherwise', () => {
		expect([metric('livability-rank').better, metric('women-on-councils').better, metric('overtime-hours').better]).toEqual(['down', 'up', 'down']);
	});

	test('a point with `of` keeps its total, and its share is 89.7%', () => {
		const point = metric('salon-districts').points[0]!;
		expect([point.value, point.of, point.qualifier, shareOf(point)]).toEqual([61, 68, 'over', 89.7]);
	});

	test('periods are normalised: a YAML number is a year, a span keeps both ends', () => {
		const year = metric('livability-rank').points[0]!.period!;
		const span = metric('care-sites').points[0]!.period!;
		expect([year.key, year.kind, span.key, span.kind, span.start, span.end]).toEqual(['2016', 'year', '2016-04..2019-12', 'range', '2016-04-01', '2019-12-31']);
	});

	test('qualifier defaults to exact', () => {
		expect(metric('consultations').points.map((p) => p.qualifier)).toEqual(['about', 'exact']);
	});

	test('a policy without a rating gets the unrated level', () => {
		const p = policy('women-on-boards');
		expect([p.rating, model.levelOf(p).id]).toEqual([{ level: 'not-rated', evidence: [] }, 'not-rated']);
	});

	test('a rated policy keeps its reason, evidence and date', () => {
		const p = policy('more-tax-revenue');
		expect([model.levelOf(p).id, p.rating.asOf, p.rating.reason?.en, p.rating.evidence]).toEqual([
			'in-progress',
			'2020-01-15',
			'Donations grew 50.5-fold, but hometown citizens are far from the target.',
			[{ achievement: 'citizen-registry' }, { metric: 'hometown-tax' }, { source: SOURCE, quote: 'ふるさと納税は、金額で50.5倍！' }],
		]);
	});

	test('a policy keeps points, deadline, funding and schedule', () => {
		const p = policy('child-care-desk');
		expect([p.points, p.deadline?.key, p.funding?.ja, p.schedule.map((s) => [s.period.key, s.text.ja])]).toEqual([
			[{ ja: '役場1階に窓口を置く', en: "A desk on the town hall's ground floor" }, { ja: '土曜日も開く' }],
			'FY2018',
			'国の交付金と町の一般財源',
			[
				['FY2016', '準備'],
				['2017-04', '窓口を開設'],
			],
		]);
	});

	test('achievements know their owner; highlight defaults to false; a source id alone is a source ref', () => {
		expect(model.achievements.map((a) => [a.id, a.owner.kind, a.highlight, a.source])).toEqual([
			['town-festival', 'manifesto', false, { source: SOURCE, quote: 'サンプル町まつりを10年ぶりに復活' }],
			['citizen-registry', 'pillar', true, { source: SOURCE, quote: 'サンプル町ふるさと町民：3682人（2020年1月15日）' }],
			['budget-review', 'pillar', false, { source: SOURCE }],
		]);
	});

	test('metrics know their owner', () => {
		expect(Object.fromEntries(model.metrics.map((m) => [m.id, `${m.owner.kind}:${m.owner.id}`]))).toEqual({
			'livability-rank': 'manifesto:sample-future-2016',
			'salon-districts': 'pillar:child-care',
			'women-on-councils': 'policy:women-on-boards',
			'hometown-tax': 'policy:more-tax-revenue',
			'virtual-citizens': 'policy:more-tax-revenue',
			consultations: 'policy:child-care-desk',
			'overtime-hours': 'policy:child-care-desk',
			'care-sites': 'policy:child-care-desk',
		});
	});

	test('bodies are split at <!-- en --> and rendered', () => {
		expect([model.manifestos[0]?.body, policy('child-care-desk').body, model.pillars[1]?.body]).toEqual([
			{ ja: '<p>2016年2月1日に発表した<strong>政策集</strong>です。</p>', en: '<p>A <strong>policy platform</strong> announced on 1 February 2016.</p>' },
			{ ja: '<p>子育ての相談を、役場の<strong>一つの窓口</strong>で受けます。</p>' },
			{ ja: '' },
		]);
	});

	test('site, report and source come through', () => {
		expect([model.site.imprint.example, model.site.electionDate, model.reports[0]?.highlights, model.sources[0]?.date?.key]).toEqual([
			true,
			'2024-04-21',
			{ manifesto: 'sample-future-2016', policies: ['more-tax-revenue'], metrics: ['hometown-tax', 'women-on-councils'] },
			'2020-01',
		]);
	});
});

// ---- Broken copies of the valid fixture ---------------------------------------------------------

const { root, variant, problems } = contentVariants('loader');

/** Saves a file as Windows editors may: UTF-8 with a byte-order mark and CRLF line endings. */
const windows =
	(file: string): Change =>
	(dir) => {
		const path = join(dir, file);
		writeFileSync(path, '\uFEFF' + readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
	};
const allFiles = (dir: string, sub = ''): string[] =>
	readdirSync(join(dir, sub)).flatMap((name) => (statSync(join(dir, sub, name)).isDirectory() ? allFiles(dir, join(sub, name)) : [join(sub, name)]));

describe('one problem of each kind', () => {
	// Most cases break policies/child-care-desk.md or reports/newsletter-2020-01.md, which no other file refers to,
	// so each case shows only its own problem (the test 'a broken file is left out…' shows what happens to a file others refer to).
	test('YAML syntax error: no space after the colon (the line counts the opening --- of the frontmatter)', () => {
		expect(problems(edit('policies/child-care-desk.md', 'deadline: FY2018', 'deadline:FY2018'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:7  (file)  「:」の後に半角スペースが必要です（deadline: FY2018） / A space is needed after the colon: deadline: FY2018",
			]
		`);
	});

	test('YAML syntax error: a { } group not closed is reported on the line after it, where the parser notices', () => {
		expect(problems(edit('policies/child-care-desk.md', "general budget }", 'general budget'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:9  (file)  YAMLの書き方に誤りがあります（字下げ・「:」の後の空白・引用符を確認してください） / YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }",
			]
		`);
	});

	test('YAML syntax error in a .yaml file', () => {
		expect(problems(edit('site.yaml', 'url: https://sample-town.example/', 'url: "https://sample-town.example/'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:8  (file)  YAMLの書き方に誤りがあります（字下げ・「:」の後の空白・引用符を確認してください） / YAML syntax error: Missing closing "quote",
			]
		`);
	});

	test('YAML duplicate key', () => {
		expect(problems(edit('reports/newsletter-2020-01.md', 'subtitle: 後援会報 2020年1月号\n', 'subtitle: 後援会報 2020年1月号\ntitle: 後援会報\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/reports/newsletter-2020-01.md:5  (file)  YAMLの書き方に誤りがあります（字下げ・「:」の後の空白・引用符を確認してください） / YAML syntax error: Map keys must be unique",
			]
		`);
	});

	test('empty .yaml file', () => {
		expect(problems((dir) => writeFileSync(join(dir, 'ratings.yaml'), '# nothing yet\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/ratings.yaml:1  (file)  ファイルが空です。項目（key: value）を書いてください / The file is empty: write its fields (key: value)",
			]
		`);
	});

	test('missing required field (located at the start of the frontmatter)', () => {
		expect(problems(edit('policies/child-care-desk.md', 'title: { ja: 子育て相談窓口をひとつに, en: One desk for child-care questions }\n', ''))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:2  title  必須の項目です。文章を書いてください（例: 日本語だけ、または { ja: 日本語, en: English }） / This field is required. Write the text: plain Japanese, or { ja: …, en: … }",
			]
		`);
	});

	test('missing required number in a metric point (located at the point)', () => {
		expect(problems(edit('policies/child-care-desk.md', '{ period: FY2018, value: 140 }', '{ period: FY2018 }'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:20  metrics.0.points.1.value  必須の項目です。数値を書いてください / This field is required: write a number",
			]
		`);
	});

	test('wrong type', () => {
		expect(problems(edit('policies/child-care-desk.md', 'cumulative: true', 'cumulative: yes'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:35  metrics.2.cumulative  true または false を書いてください（今は "yes"） / Expected true or false, got "yes"",
			]
		`);
	});

	test('a figure written with a comma gets the schema\'s own hint', () => {
		expect(problems(edit('policies/child-care-desk.md', 'value: 102\n', 'value: 1,020\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:18  metrics.0.points.0.value  数値を書いてください（単位や「,」は付けない） / Write a plain number, without units or commas",
			]
		`);
	});

	test('unknown key, with did-you-mean (the field it stands for is not also reported missing)', () => {
		expect(problems(edit('policies/child-care-desk.md', 'title: { ja: 子育て相談窓口', 'titel: { ja: 子育て相談窓口'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:3  titel  知らない項目「titel」です。「title」のことですか？ / Unknown field "titel". Did you mean "title"? (allowed: pillar, manifesto, order, title, wording, summary, points, rating, deadline, funding, schedule, metrics, source, editorNotes)",
			]
		`);
	});

	test('unknown key inside a text, with did-you-mean', () => {
		expect(problems(edit('policies/child-care-desk.md', 'en: One desk', 'eng: One desk'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:3  title.eng  知らない項目「eng」です。「en」のことですか？ / Unknown field "eng". Did you mean "en"? (allowed: ja, en, easy)",
			]
		`);
	});

	test('invalid enum value, with did-you-mean', () => {
		expect(problems(edit('policies/child-care-desk.md', 'unit: hours', 'unit: hour'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:25  metrics.1.unit  次のどれかを書いてください: yen, percent, people, cases, hours, rank, count（「hours」のことですか？） / Expected one of yen, percent, people, cases, hours, rank, count, got "hour" (did you mean "hours"?)",
			]
		`);
	});

	test('bad period', () => {
		expect(problems(edit('policies/child-care-desk.md', 'period: FY2017', 'period: FY17'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:17  metrics.0.points.0.period  期間は FY2016（年度）、2016（年）、2020-01（月）、2020-01-15（日）、2016-04..2023-12（期間）、または和暦（令和元年度・H28・R5.4 など）で書いてください（今は "FY17"） / Write a period as FY2016 (fiscal year), 2016 (year), 2020-01 (month), 2020-01-15 (day), 2016-04..2023-12 (span) or in the Japanese era (令和元年度, H28, R5.4), not "FY17"",
			]
		`);
	});

	test('bad period: a span that ends before it starts', () => {
		expect(problems(edit('policies/child-care-desk.md', '2016-04..2019-12', '2019-12..2016-04'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:37  metrics.2.points.0.period  期間の終わり（2016-04）が始まり（2019-12）より前です / The span ends (2016-04) before it starts (2019-12)",
			]
		`);
	});

	test('bad date', () => {
		expect(problems(edit('policies/more-tax-revenue.md', 'asOf: 2020-01-15', 'asOf: 2020-02-30'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/more-tax-revenue.md:14  rating.asOf  日付は 2020-01-15 の形で書いてください / Write a date as YYYY-MM-DD, e.g. 2020-01-15 (got "2020-02-30")",
			]
		`);
	});

	test('a report dated to a day that does not exist', () => {
		expect(problems(edit('reports/newsletter-2020-01.md', 'date: 2020-01-20', 'date: 2020-02-30'))).toMatchInlineSnapshot(`
			[
			  "<content>/reports/newsletter-2020-01.md:2  date  2020-02-30 という日付はありません / 2020-02-30 is not a real date",
			]
		`);
	});

	test('empty text', () => {
		expect(problems(edit('policies/child-care-desk.md', '  - 土曜日も開く', '  - ""'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:6  points.1  日本語が空です。文章を書いてください / The Japanese text is empty: write it or remove the field",
			]
		`);
	});

	test('a metric without points', () => {
		expect(problems(edit('policies/child-care-desk.md', '      - { period: FY2019, value: -1520 }\n', '      []\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:28  metrics.1.points  値（points）か目標（target）のどちらかが必要です / A metric needs at least one point, or a target (a target may stand alone)",
			]
		`);
	});

	test('a broken file is left out, so what refers to it is reported too', () => {
		expect(problems(edit('policies/more-tax-revenue.md', 'unit: yen', 'unit: yens'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/more-tax-revenue.md:18  metrics.0.unit  次のどれかを書いてください: yen, percent, people, cases, hours, rank, count（「yen」のことですか？） / Expected one of yen, percent, people, cases, hours, rank, count, got "yens" (did you mean "yen"?)",
			]
		`);
	});

	test('duplicate metric id across files', () => {
		expect(problems(edit('policies/child-care-desk.md', 'id: care-sites', 'id: hometown-tax'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/more-tax-revenue.md:16  metrics.0.id  指標ID「hometown-tax」は <content>/policies/child-care-desk.md でも使われています。別のIDにしてください / Metric id "hometown-tax" is already used in <content>/policies/child-care-desk.md: ids must be unique",
			]
		`);
	});

	test('unknown pillar', () => {
		expect(problems(edit('policies/women-on-boards.md', 'pillar: sound-finances', 'pillar: sound-finance'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/women-on-boards.md:2  pillar  柱「sound-finance」が見つかりません / No pillar with id "sound-finance" (known: child-care, sound-finances)",
			]
		`);
	});

	test('unknown manifesto', () => {
		expect(problems(edit('policies/town-promotion.md', 'manifesto: sample-future-2016', 'manifesto: sample-future-2061'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/town-promotion.md:2  manifesto  マニフェスト「sample-future-2061」が見つかりません / No manifesto with id "sample-future-2061" (known: sample-future-2016)",
			]
		`);
	});

	test('unknown metric', () => {
		expect(problems(edit('pillars/sound-finances.md', 'metrics: [virtual-citizens]', 'metrics: [virtual-citizen]'))).toMatchInlineSnapshot(`
			[
			  "<content>/pillars/sound-finances.md:13  achievements.0.metrics.0  指標「virtual-citizen」が見つかりません / No metric with id "virtual-citizen" (known: livability-rank, salon-districts, consultations, overtime-hours, care-sites, hometown-tax, virtual-citizens, women-on-councils)",
			]
		`);
	});

	test('unknown achievement', () => {
		expect(problems(edit('policies/more-tax-revenue.md', 'achievement: citizen-registry', 'achievement: citizen-registy'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/more-tax-revenue.md:11  rating.evidence.0.achievement  実績「citizen-registy」が見つかりません / No achievement with id "citizen-registy" (known: town-festival, citizen-registry, budget-review)",
			]
		`);
	});

	test('unknown source', () => {
		expect(problems(edit('pillars/sound-finances.md', `    source: ${SOURCE}\n`, '    source: sample-newsletter-2020-1\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/pillars/sound-finances.md:19  achievements.1.source.source  出典「sample-newsletter-2020-1」が見つかりません / No source document with id "sample-newsletter-2020-1" (known: sample-newsletter-2020-01)",
			]
		`);
	});

	test('unknown policy among the priorities', () => {
		expect(problems(edit('manifestos/sample-future-2016.md', '  - town-promotion\n', '  - town-promotions\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/manifestos/sample-future-2016.md:17  priorities.0  政策「town-promotions」が見つかりません / No policy with id "town-promotions" (known: child-care-desk, more-tax-revenue, town-promotion, women-on-boards)",
			]
		`);
	});

	test('source document file missing: reported once, on the source, not again on every quote from it', () => {
		expect(problems(remove(`sources/${SOURCE}.txt`))).toMatchInlineSnapshot(`
			[
			  "<content>/sources/sample-newsletter-2020-01.yaml:6  document  文書ファイル sample-newsletter-2020-01.txt が sources/ にありません / The document file sample-newsletter-2020-01.txt is not in sources/",
			]
		`);
	});

	test('an undated point keeps its place, dated in the source\'s words', () => {
		const result = loadContent(variant(edit('policies/women-on-boards.md', 'period: 2019-04', 'when: { ja: 就任後, en: after taking office }')));
		expect(result.problems).toEqual([]);
		const points = result.model?.metrics.find((m) => m.id === 'women-on-councils')?.points;
		expect(points?.map((p) => [p.period?.key, p.when?.en])).toEqual([['FY2016', undefined], [undefined, 'after taking office']]);
	});

	test('series out of order', () => {
		expect(problems(edit('policies/women-on-boards.md', 'period: 2019-04', 'period: 2016-04'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/women-on-boards.md:12  metrics.0.points.1.period  値は古い順に並べてください。2016-04 は FY2016 より前に書きます / List points oldest first: 2016-04 must come before FY2016",
			]
		`);
	});

	test('rank without `of`', () => {
		expect(problems(edit('manifestos/sample-future-2016.md', '{ period: 2019, value: 12, of: 812 }', '{ period: 2019, value: 12 }'))).toMatchInlineSnapshot(`
			[
			  "<content>/manifestos/sample-future-2016.md:31  metrics.0.points.1  順位には全体の数 of が必要です（例: 812市区中25位 → value: 25, of: 812） / A rank needs "of", the number ranked (25th of 812 → value: 25, of: 812)",
			]
		`);
	});

	test('value larger than its `of`', () => {
		expect(problems(edit('pillars/child-care.md', 'value: 61, of: 68', 'value: 86, of: 68'))).toMatchInlineSnapshot(`
			[
			  "<content>/pillars/child-care.md:11  metrics.0.points.0.value  値 86 が全体の数 68 を超えています / The value 86 is larger than its total "of" 68",
			]
		`);
	});

	test('quote not found in the source', () => {
		expect(problems(edit('policies/child-care-desk.md', 'quote: 一時預かりの場所を5箇所以上開設', 'quote: 一時預かりの場所を6箇所以上開設'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:38  metrics.2.source.quote  引用が出典「sample-newsletter-2020-01」に見つかりません。出典の文言をそのまま写してください（空白・改行は無視します） / The quote is not in source "sample-newsletter-2020-01": copy the words exactly as printed (spaces and line breaks are ignored)",
			]
		`);
	});

	test('rated pledge without reason, evidence and asOf', () => {
		expect(problems(edit('policies/town-promotion.md', 'rating: { level: not-rated }', 'rating: { level: achieved }'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/town-promotion.md:4  rating  「達成」と評価する理由（reason）を書いてください / Write the reason for rating it "Achieved"",
			  "<content>/policies/town-promotion.md:4  rating  評価した日（asOf: 2020-01-31 など）を書いてください / Write the day of the rating (asOf: YYYY-MM-DD)",
			  "<content>/policies/town-promotion.md:4  rating  根拠（evidence: 実績ID・指標ID・出典の引用）を1つ以上書いてください / Give at least one piece of evidence: an achievement id, a metric id or a quoted source",
			]
		`);
	});

	test('evidence from a source without its words', () => {
		expect(problems(edit('policies/more-tax-revenue.md', '    - { source: sample-newsletter-2020-01, quote: ふるさと納税は、金額で50.5倍！ }\n  asOf', '    - { source: sample-newsletter-2020-01 }\n  asOf'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/more-tax-revenue.md:13  rating.evidence.2  出典を根拠にするときは、その文言を quote に写してください / Evidence from a source needs its exact words in quote",
			]
		`);
	});

	test('a rating colour too light for white text', () => {
		expect(problems(edit('ratings.yaml', 'color: "#9a6700"', 'color: "#f0c000"'))).toMatchInlineSnapshot(`
			[
			  "<content>/ratings.yaml:13  levels.1.color  この色では白い文字が読みにくいです（コントラスト比 1.71:1、4.5:1 以上が必要）。もっと濃い色にしてください / White text on this colour is hard to read (contrast 1.71:1, needs 4.5:1): choose a darker colour",
			]
		`);
	});

	test('unknown rating level', () => {
		expect(problems(edit('policies/town-promotion.md', 'rating: { level: not-rated }', 'rating: { level: unrated }'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/town-promotion.md:4  rating.level  評価段階「unrated」が見つかりません / No rating level with id "unrated" (known: achieved, in-progress, not-rated)",
			]
		`);
	});

	test('pillar not listed in its manifesto', () => {
		expect(problems(edit('manifestos/sample-future-2016.md', '  - sound-finances\n  - child-care\n', '  - sound-finances\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/pillars/child-care.md:2  manifesto  マニフェスト「sample-future-2016」の pillars にこの柱「child-care」がありません。順番の位置に追加してください / Manifesto "sample-future-2016" does not list this pillar "child-care" in its pillars: add it where it belongs in the order",
			]
		`);
	});

	test('file name not a valid id', () => {
		expect(problems(rename('policies/child-care-desk.md', 'policies/Child_Care_Desk.md'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/Child_Care_Desk.md  (file)  ファイル名はIDになるため、半角英小文字・数字・ハイフンにしてください（例: hometown-tax.md） / The file name is the id: use lower-case letters, digits and hyphens (e.g. hometown-tax.md)",
			]
		`);
	});

	test('missing site.yaml', () => {
		expect(problems(remove('site.yaml'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml  (file)  site.yaml がありません。作成してください / site.yaml is missing: create it (see README)",
			]
		`);
	});

	test('rating scale with two unrated levels', () => {
		expect(problems(edit('ratings.yaml', '    done: true\n', '    unrated: true\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/ratings.yaml:3  levels  「未評価」にあたる段階（unrated: true）は1つまでです（今は2個） / Mark at most one level as unrated: true (found 2)",
			]
		`);
	});

	test('English-only body', () => {
		expect(problems(edit('policies/child-care-desk.md', '子育ての相談を、役場の**一つの窓口**で受けます。', '<!-- en -->\nOne desk at the town hall.'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:41  body  本文に日本語がありません。<!-- en --> の前に日本語を書いてください / The body has English but no Japanese: write Japanese before the <!-- en --> line",
			]
		`);
	});

	test('Markdown file without frontmatter', () => {
		expect(problems((dir) => writeFileSync(join(dir, 'reports/newsletter-2020-01.md'), '町民の皆さま、いつもありがとうございます。\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/reports/newsletter-2020-01.md:1  (file)  先頭に --- で囲んだ項目（frontmatter）がありません / The file has no frontmatter between --- lines",
			]
		`);
	});

	test('a target bounded in a way koyaku does not know', () => {
		expect(problems(edit('policies/child-care-desk.md', 'target: { value: 120 }', 'target: { value: 120, compare: more }'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:21  metrics.0.target.compare  次のどれかを書いてください: at-least, over, at-most, under / Expected one of at-least, over, at-most, under, got "more"",
			]
		`);
	});

	test('a recurring target with an unknown period', () => {
		expect(problems(edit('policies/child-care-desk.md', 'target: { value: 120 }', 'target: { value: 120, every: month }'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:21  metrics.0.target.every  次のどれかを書いてください: fiscal-year, year / Expected one of fiscal-year, year, got "month"",
			]
		`);
	});

	test('a strict target that contradicts the metric\'s direction', () => {
		expect(problems(edit('policies/child-care-desk.md', '    unit: cases\n', '    unit: cases\n    better: up\n'), edit('policies/child-care-desk.md', 'target: { value: 120 }', 'target: { value: 120, compare: under }'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:22  metrics.0.target.compare  目標「under」は少ないほどよい指標の書き方ですが、better: up になっています / A target "under" means lower is better, but the metric says better: up",
			]
		`);
	});

	test('a rank\'s target written the wrong way round (10位以内 is at-most)', () => {
		expect(problems(edit('manifestos/sample-future-2016.md', 'target: { value: 10 }', 'target: { value: 10, compare: at-least }'))).toMatchInlineSnapshot(`
			[
			  "<content>/manifestos/sample-future-2016.md:32  metrics.0.target.compare  順位（unit: rank）は数字が小さいほど上位です。「10位以内」「10位以上」のような目標は compare: at-most と書いてください（いまは at-least） / A rank is better the smaller it is: write a target such as "10th or better" as compare: at-most (got at-least)",
			]
		`);
		const fixed = loadContent(variant(edit('manifestos/sample-future-2016.md', 'target: { value: 10 }', 'target: { value: 10, compare: at-most }')));
		expect(fixed.problems).toEqual([]);
		expect(fixed.model!.metrics.find((m) => m.id === 'livability-rank')!.better).toBe('down');
	});

	test('computable is true or false', () => {
		expect(problems(edit('policies/child-care-desk.md', 'target: { value: 120 }', 'target: { value: 120, computable: no }'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:21  metrics.0.target.computable  true または false を書いてください（今は "no"） / Expected true or false, got "no"",
			]
		`);
	});

	test('a figure in a pillar that does not exist', () => {
		expect(problems(edit('policies/child-care-desk.md', '    target: { value: 120 }\n', '    target: { value: 120 }\n    pillars: [child-cares]\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:22  metrics.0.pillars.0  柱「child-cares」が見つかりません / No pillar with id "child-cares" (known: child-care, sound-finances)",
			]
		`);
	});

	test('割 for a figure that is no percentage', () => {
		expect(problems(edit('policies/child-care-desk.md', '    target: { value: 120 }\n', '    target: { value: 120 }\n    style: wari\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:22  metrics.0.style  割（style: wari）は割合（unit: percent、または of のある値）にだけ使えます / style: wari is for percentages (unit: percent, or points with "of")",
			]
		`);
	});

	test('a style koyaku does not know', () => {
		expect(problems(edit('policies/child-care-desk.md', '    target: { value: 120 }\n', '    target: { value: 120 }\n    style: tenths\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:22  metrics.0.style  次のどれかを書いてください: percent, wari / Expected one of percent, wari, got "tenths"",
			]
		`);
	});

	test('a report without a date says how to write one, or none', () => {
		expect(problems(edit('reports/newsletter-2020-01.md', 'date: 2020-01-20\n', ''))).toMatchInlineSnapshot(`
			[
			  "<content>/reports/newsletter-2020-01.md:2  date  必須の項目です。日付を印刷どおりに書いてください（2020-01-15・2020-01・2024・令和6年3月）。日付が印刷されていなければ date: none と書きます / This field is required. Write the date as printed (2020-01-15, 2020-01, 2024 or 令和6年3月); if the document prints no date, write date: none",
			]
		`);
	});

	test('a source date that is not a date', () => {
		expect(problems(edit(`sources/${SOURCE}.yaml`, 'date: 2020-01', 'date: unknown'))).toMatchInlineSnapshot(`
			[
			  "<content>/sources/sample-newsletter-2020-01.yaml:4  date  日付を印刷どおりに書いてください（2020-01-15・2020-01・2024・令和6年3月）。日付が印刷されていなければ date: none と書きます（今は "unknown"） / Write the date as printed (2020-01-15, 2020-01, 2024 or 令和6年3月); if the document prints no date, write date: none, not "unknown"",
			]
		`);
	});

	test('a pledge rating without ratings.yaml', () => {
		expect(problems((dir) => rmSync(join(dir, 'ratings.yaml')))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/more-tax-revenue.md:7  rating  評価の段階を決める ratings.yaml がありません。ratings.yaml を作るか、rating を削除してください / There is no ratings.yaml with the rating scale: create one (see README), or remove rating",
			  "<content>/policies/town-promotion.md:4  rating  評価の段階を決める ratings.yaml がありません。ratings.yaml を作るか、rating を削除してください / There is no ratings.yaml with the rating scale: create one (see README), or remove rating",
			]
		`);
	});

	test('missing content folder', () => {
		const result = loadContent(join(root, 'no-such-folder'));
		expect([result.model, result.problems.map((p) => p.message)]).toEqual([
			undefined,
			['コンテンツのフォルダが見つかりません / The content folder does not exist (set KOYAKU_CONTENT to its path)'],
		]);
	});
});

describe('Windows line endings and byte-order marks', () => {
	test('a fixture saved with BOM + CRLF everywhere loads clean, to the same model', () => {
		const dir = variant((d) => allFiles(d).forEach((file) => windows(file)(d)));
		expect(readFileSync(join(dir, 'site.yaml'), 'utf8').slice(0, 2)).toBe('\uFEFF#'); // the conversion did happen
		const result = loadContent(dir);
		expect(result.problems.map(formatProblem)).toEqual([]);
		const plain = loadContent(VALID);
		const strip = (model: Model | undefined) => JSON.stringify({ ...model, dir: undefined }).replaceAll(JSON.stringify(relative(process.cwd(), dir)).slice(1, -1), '').replaceAll(JSON.stringify(relative(process.cwd(), VALID)).slice(1, -1), '');
		expect(strip(result.model)).toBe(strip(plain.model));
	});

	test('line numbers stay right in a BOM + CRLF file', () => {
		expect(problems(edit('policies/more-tax-revenue.md', 'unit: yen', 'unit: yens'), windows('policies/more-tax-revenue.md'))).toEqual(
			problems(edit('policies/more-tax-revenue.md', 'unit: yen', 'unit: yens')),
		);
	});
});

test('several problems in several files are all reported in one run', () => {
	expect(
		problems(
			edit('site.yaml', 'email: office@sample-town.example', 'email: office-at-sample-town'),
			edit('ratings.yaml', 'color: "#9a6700"', 'color: "#9a670"'),
			edit('ratings.yaml', '{ id: C, min: 50 }', '{ id: C, min: 95 }'),
			edit('manifestos/sample-future-2016.md', '{ period: 2019, value: 12, of: 812 }', '{ period: 2019, value: 12 }'),
			edit('policies/child-care-desk.md', 'unit: cases', 'unit: case'),
			edit('policies/child-care-desk.md', 'period: FY2016', 'period: FY16'),
			edit('pillars/sound-finances.md', 'quote: サンプル町ふるさと町民：3682人', 'quote: サンプル町ふるさと町民：3862人'),
			edit('reports/newsletter-2020-01.md', 'metrics: [hometown-tax, women-on-councils]', 'metrics: [hometown-tax, women-on-council]'),
		),
	).toMatchInlineSnapshot(`
		[
		  "<content>/site.yaml:12  imprint.email  メールアドレスの形が正しくありません / This is not an e-mail address",
		  "<content>/ratings.yaml:13  levels.1.color  色は #1b7f3b のように書いてください / Write a colour as #rrggbb, e.g. #1b7f3b",
		  "<content>/ratings.yaml:23  grades.2.min  評価区分は高い順に並べてください / List grade bands from the highest minimum down",
		  "<content>/policies/child-care-desk.md:10  schedule.0.period  期間は FY2016（年度）、2016（年）、2020-01（月）、2020-01-15（日）、2016-04..2023-12（期間）、または和暦（令和元年度・H28・R5.4 など）で書いてください（今は "FY16"） / Write a period as FY2016 (fiscal year), 2016 (year), 2020-01 (month), 2020-01-15 (day), 2016-04..2023-12 (span) or in the Japanese era (令和元年度, H28, R5.4), not "FY16"",
		  "<content>/policies/child-care-desk.md:15  metrics.0.unit  次のどれかを書いてください: yen, percent, people, cases, hours, rank, count（「cases」のことですか？） / Expected one of yen, percent, people, cases, hours, rank, count, got "case" (did you mean "cases"?)",
		  "<content>/manifestos/sample-future-2016.md:31  metrics.0.points.1  順位には全体の数 of が必要です（例: 812市区中25位 → value: 25, of: 812） / A rank needs "of", the number ranked (25th of 812 → value: 25, of: 812)",
		  "<content>/pillars/sound-finances.md:16  achievements.0.source.quote  引用が出典「sample-newsletter-2020-01」に見つかりません。出典の文言をそのまま写してください（空白・改行は無視します） / The quote is not in source "sample-newsletter-2020-01": copy the words exactly as printed (spaces and line breaks are ignored)",
		  "<content>/reports/newsletter-2020-01.md:11  highlights.metrics.1  指標「women-on-council」が見つかりません / No metric with id "women-on-council" (known: livability-rank, salon-districts, hometown-tax, virtual-citizens, women-on-councils)",
		]
	`);
});

describe('messages say what is wrong, not a guess', () => {
	test('"did you mean" only for a real typo; otherwise the allowed values alone', () => {
		expect(problems(edit('policies/child-care-desk.md', 'unit: cases', 'unit: items'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:15  metrics.0.unit  次のどれかを書いてください: yen, percent, people, cases, hours, rank, count / Expected one of yen, percent, people, cases, hours, rank, count, got "items"",
			]
		`);
	});

	test('an unknown field far from any known one is not given a guess', () => {
		expect(problems(edit('policies/child-care-desk.md', 'deadline: FY2018', 'deadline: FY2018\nbudgetline: 3'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:8  budgetline  知らない項目「budgetline」です。削除してください。 / Unknown field "budgetline". Remove it. (allowed: pillar, manifesto, order, title, wording, summary, points, rating, deadline, funding, schedule, metrics, source, editorNotes)",
			]
		`);
	});

	test('ratings.yaml: a grade problem and a level problem are reported together', () => {
		expect(problems(edit('ratings.yaml', '    done: true\n', '    unrated: true\n'), edit('ratings.yaml', '{ id: C, min: 50 }', '{ id: C, min: fifty }'))).toMatchInlineSnapshot(`
			[
			  "<content>/ratings.yaml:3  levels  「未評価」にあたる段階（unrated: true）は1つまでです（今は2個） / Mark at most one level as unrated: true (found 2)",
			  "<content>/ratings.yaml:23  grades.2.min  数値を書いてください（今は "fifty"） / Expected a number, got "fifty"",
			]
		`);
	});

	test('two points for one period say so', () => {
		expect(problems(edit('policies/child-care-desk.md', '{ period: FY2018, value: 140 }', '{ period: FY2017, value: 140 }'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:20  metrics.0.points.1.period  同じ時点（FY2017）の値が2つあります。1つにしてください / Two points for FY2017: keep one",
			]
		`);
	});

	test('an era period reads like its Western form', () => {
		const dir = variant(edit('policies/child-care-desk.md', '{ period: FY2018, value: 140 }', '{ period: 平成30年度, value: 140 }'));
		const result = loadContent(dir);
		expect(result.problems).toEqual([]);
		expect(result.model!.metrics.find((m) => m.id === 'consultations')!.points.map((p) => p.period?.key)).toEqual(['FY2017', 'FY2018']);
	});
});
