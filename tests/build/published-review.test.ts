/**
 * Two fictional campaigns shaped like real published reviews (issue 23), built with content alone:
 * - tests/fixtures/graded-review (北浜市): about 80 outcome targets graded by % of target over four years —
 *   an average printed alone, shares printed without counts, the printed set total, bands whose names are
 *   percentages, a band with a label only, a breakdown by kind and one for a sub-group in the same year, a
 *   2011 manifesto reviewed in FY2015, no newsletter;
 * - tests/fixtures/rated-review (西山町): items rated ◎/○/− with printed totals in a self-assessment report,
 *   a manifesto that prints no date, a new term with nothing rated yet, and every term its own.
 * Pins what their pages say.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { markWidth } from '../../src/lib/distribution.ts';
import { loadContent } from '../../src/model/load.ts';
import { buildSite, readPage, ROOT } from '../helpers/build.ts';
import { attr, elements, openingTags, textOf } from '../helpers/html.ts';
import { builtHtml } from '../helpers/site.ts';

const GRADED = join(ROOT, 'tests/fixtures/graded-review');
const RATED = join(ROOT, 'tests/fixtures/rated-review');
let graded = '';
let rated = '';
beforeAll(async () => {
	// Without the PDF step the flyer's print page stays in the output, so its words can be read too.
	graded = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-graded-')), { KOYAKU_CONTENT: GRADED }, ['--skip', 'pdf']);
	rated = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-rated-')), { KOYAKU_CONTENT: RATED }, ['--skip', 'pdf']);
}, 480_000);

const figure = (html: string, id: string) => {
	const found = elements(html, 'figure', new RegExp(`id="${id}"`));
	expect(found, `figure#${id}`).toHaveLength(1);
	return found[0]!;
};
/** The rows of a figure's bars: each up to the next (a row holds a key's own <li>s, so elements() would stop early). */
const rows = (html: string) => html.split('<li class="dist-row">').slice(1).map((row) => row.split('</ol>')[0]!);
const sentence = (row: string) => textOf(elements(row, 'p', /class="dist-sentence"/)[0]!);
const G = (path: string) => readPage(graded, path);
const R = (path: string) => readPage(rated, path);
const TREND = 'trend-manifesto-kitahama-2011-grades';

describe('both check with content alone', () => {
	it('no problems; only the warnings a real review would also get', () => {
		// Each prints a tally that differs from the one computed from its few sample figures or ratings.
		for (const [dir, warnings] of [[GRADED, ['results.2.counts']], [RATED, ['results.0.counts']]] as const) {
			const result = loadContent(dir);
			expect(result.problems, dir).toEqual([]);
			expect(result.warnings.map((w) => w.field), dir).toEqual(warnings);
		}
	});
});

describe('what a graded review prints, as printed', () => {
	it('1. shares printed without their counts are shown alone; no count is made up', () => {
		const row = rows(figure(G('/manifestos/kitahama-2011/'), TREND))[1]!;
		expect(sentence(row)).toBe('2013年度：成果指標83件のうち、A 70件（84.3%）、B 6.0%、C 6.0%、D 3件（3.6%）。');
		// B and C take their printed 6.0% of the bar.
		const widths = Object.fromEntries(elements(row, 'g').map((g) => [attr(g, 'data-grade'), Number(attr(openingTags(g, 'rect')[0]!, 'width'))]));
		expect(widths).toEqual({ A: 843.4, B: 60, C: 60, D: 36.1 });
		expect(textOf(rows(figure(G('/en/manifestos/kitahama-2011/'), TREND))[1]!)).toContain('FY2013: of 83 outcome indicators, A 70 (84.3%), B 6.0%, C 6.0%, D 3 (3.6%).');
	});

	it('2. a band with a label only: published as printed, and no grade is guessed where its bound could matter', () => {
		const scale = textOf(G('/ratings/'));
		expect(scale).toContain('北浜チャレンジ2011の目標の区分 A 目標を達成（100%以上） B 概ね順調 C 60%以上 D 60%未満');
		// 400 of 500 is 80%: between C (60%) and A (100%), where B's unprinted bound could fall.
		const card = textOf(elements(G('/pillars/kosodate/'), 'figure', /id="club-places"/)[0]!);
		expect(card).toContain('達成率は80%です');
		expect(card).not.toMatch(/評価\s*[ABCD]\b/);
	});

	it('3. a breakdown by its own categories, named in each language, drawn like any distribution', () => {
		const html = figure(G('/manifestos/kitahama-2011/'), 'dist-manifesto-kitahama-2011-categories-1');
		expect(textOf(elements(html, 'figcaption')[0]!)).toBe('達成できなかった11指標の内訳（2014年度）');
		// Its total is not printed: no "of 11" and no computed share is added.
		expect(sentence(rows(html)[0]!)).toBe('2014年度：予算の制約 1件、制度の変更 3件、その他 7件。');
		expect([...html.matchAll(/data-grade="([^"]+)"/g)].map((m) => m[1])).toEqual(['budget', 'rules', 'other']);
		expect(textOf(figure(G('/en/manifestos/kitahama-2011/'), 'dist-manifesto-kitahama-2011-categories-1'))).toContain('FY2014: Budget limits 1, Changed rules 3, Other 7.');
	});

	it('4. a year that printed only its average, and an average citing its own source', () => {
		const trend = figure(G('/manifestos/kitahama-2011/'), TREND);
		const [first, , third] = rows(trend);
		expect(sentence(first!)).toBe('2012年度：平均達成率は93.6%です。');
		expect(first).not.toContain('class="dist-bar"');
		expect(textOf(third!)).toContain('平均達成率の出典： 検証の補足 「平成26年度の成果指標の平均達成率は88.2％です。」');
		expect(textOf(G('/manifestos/kitahama-2011/'))).toContain('平均達成率の推移 ：2012年度 93.6% → 2014年度 88.2%');
	});

	it('5. several breakdowns of one year, each under its own title', () => {
		const captions = elements(G('/manifestos/kitahama-2011/'), 'figcaption').map(textOf);
		expect(captions).toEqual(['評価ごとの推移', '達成できなかった11指標の内訳（2014年度）', 'うち重点目標（2014年度）']);
		expect(sentence(rows(figure(G('/manifestos/kitahama-2011/'), 'dist-manifesto-kitahama-2011-grades-2'))[0]!)).toBe(
			'2014年度：成果指標20件のうち、100%以上 15件（75.0%）、90%以上 3件（15.0%）、70%以上 1件（5.0%）、70%未満 1件（5.0%）。',
		);
	});

	it('6. the printed total of targets set is shown beside the computable ones', () => {
		const third = rows(figure(G('/manifestos/kitahama-2011/'), TREND))[2]!;
		expect(sentence(third)).toBe(
			'2014年度：達成率を計算できる成果指標81件のうち、100%以上 44件（54.3%）、90%以上 17件（21.0%）、70%以上 9件（11.1%）、70%未満 11件（13.6%）。ほかに達成率を計算できない成果指標が1件あります。成果指標は全部で82件です。平均達成率は88.2%です。',
		);
		expect(sentence(rows(figure(G('/en/manifestos/kitahama-2011/'), TREND))[2]!)).toContain('1 more outcome indicator could not be computed. There are 82 outcome indicators in all.');
	});

	it('8. grade names in each language: no Japanese grade name in an English sentence', () => {
		const en = sentence(rows(figure(G('/en/manifestos/kitahama-2011/'), TREND))[2]!);
		expect(en).toContain('of 81 outcome indicators with a computable rate, 100% or more 44 (54.3%), 90% or more 17 (21.0%), 70% or more 9 (11.1%), under 70% 11 (13.6%).');
		expect(en).not.toMatch(/以上|未満/);
		expect(textOf(G('/en/ratings/'))).toContain('Kitahama Challenge 2011 (FY2014 evaluation) 100% or more Achievement rate of 100% or more');
	});

	it('9. the nouns of result sentences are the campaign\'s (成果指標), never a fixed 目標N件', () => {
		for (const { path, html } of builtHtml(graded)) expect(textOf(html), path).not.toMatch(/目標\d+件|\d+ targets?\b/);
	});

	it('each evaluation has its own key when the bands changed; a grade keeps its fill on every bar', () => {
		const page = G('/manifestos/kitahama-2011/');
		const [, second, third] = rows(figure(page, TREND));
		expect(elements(second!, 'ul', /class="dist-legend"/).map(textOf)).toEqual(['A 目標を達成（100%以上） B 概ね順調 C 60%以上 D 60%未満']);
		expect(elements(third!, 'ul', /class="dist-legend"/).map(textOf)).toEqual(['100%以上 90%以上 70%以上 70%未満']);
		// The same grade has the same pattern in the trend and in the sub-group's bar (pattern ids end in -p<n>).
		const fill = (html: string, grade: string) => attr(openingTags(elements(html, 'g', new RegExp(`data-grade="${grade}"`))[0]!, 'rect')[0]!, 'fill')!.replace(/^url\(#.*-(p\d+)\)$/, '$1');
		const subgroup = figure(page, 'dist-manifesto-kitahama-2011-grades-2');
		for (const grade of ['over-100', 'over-90', 'over-70', 'under-70']) expect(fill(subgroup, grade), grade).toBe(fill(third!, grade));
		// Within a bar every grade has its own fill, and the best of each set of bands is the solid one.
		expect(['A', 'B', 'C', 'D'].map((g) => fill(second!, g))).toEqual(['p0', 'p1', 'p2', 'p3']);
		expect(['over-100', 'over-90', 'over-70', 'under-70'].map((g) => fill(third!, g))).toEqual(['p0', 'p1', 'p2', 'p3']);
	});

	it('a mark is drawn inside a segment only where it fits, so marks never run together', () => {
		for (const { path, html } of builtHtml(graded).concat(builtHtml(rated))) {
			for (const g of elements(html, 'g', /data-grade=/)) {
				const width = Number(attr(openingTags(g, 'rect')[0]!, 'width'));
				const mark = elements(g, 'text')[0];
				if (mark) expect(markWidth(textOf(mark)), `${path} ${attr(g, 'data-grade')}`).toBeLessThanOrEqual(width);
			}
		}
		// 90%以上 in 21.0% of the bar fits; 70%未満 in 13.6% does not, and is left to the key.
		const third = rows(figure(G('/manifestos/kitahama-2011/'), TREND))[2]!;
		expect(elements(third, 'text').map(textOf)).toEqual(['100%以上', '90%以上']);
	});
});

describe('which manifesto is current, and dates as printed', () => {
	it('7. a 2011 manifesto reviewed in FY2015 is the 2011 record, not 「今期の政策（2015年）」', () => {
		const home = textOf(G('/'));
		expect(home).toContain('2011年の公約とその実績');
		expect(home).not.toContain('今期の政策');
		expect(textOf(G('/manifestos/kitahama-2011/'))).toContain('前回の公約と実績（2011年） 北浜チャレンジ2011 選挙：2011年');
		// A source dated by its fiscal year only.
		expect(textOf(G('/pillars/kosodate/'))).toMatch(/北浜市 マニフェスト検証報告書\s*（2015年度）/);
	});

	it('7. a manifesto that prints no date gets no empty year anywhere; the one marked current is current', () => {
		for (const { path, html } of builtHtml(rated).concat(builtHtml(graded))) expect(textOf(html), path).not.toMatch(/（年）|\(\)|(^|[^\d])年の公約|(^|[^\d])年発表|The\s+pledges/);
		expect(textOf(R('/manifestos/nishiyama-2015/'))).toContain('前回の公約と実績 西山みらい宣言');
		expect(textOf(R('/'))).toContain('今期の政策（2019年） 西山つなぐプラン');
		expect(textOf(R('/manifestos/nishiyama-2019/'))).toContain('2019年発表 選挙：2019年4月');
	});
});

describe('pages shaped for another campaign', () => {
	it('a report draws its own results, and they appear on the manifesto they are about, linked to the report', () => {
		const report = R('/reports/jiko-hyoka-2019/');
		const first = figure(report, 'report-jiko-hyoka-2019-0');
		expect(textOf(elements(first, 'figcaption')[0]!)).toBe('西山みらい宣言について：公表された集計（2019年）');
		expect(sentence(rows(first)[0]!)).toBe('2019年：政策98件のうち、◎ 達成済 60件（61.2%）、○ 取組中 30件（30.6%）、− 未着手 8件（8.2%）。');
		expect(elements(first, 'svg', /class="dist-bar"/)).toHaveLength(1);
		// A level looks as it does on the dashboard: its own colour (◎ 達成済 is #1a7f37 in ratings.yaml).
		const fillOf = (grade: string) => attr(openingTags(elements(first, 'g', new RegExp(`data-grade="${grade}"`))[0]!, 'rect')[0]!, 'fill')!.slice(5, -1);
		const colourOf = (patternId: string) => attr(openingTags(elements(first, 'pattern', new RegExp(`id="${patternId}"`))[0]!, 'rect')[0]!, 'fill');
		expect(['done', 'doing', 'not-yet'].map((level) => colourOf(fillOf(level)))).toEqual(['#1a7f37', '#2f6fb5', '#424a53']);
		expect(sentence(rows(figure(report, 'report-jiko-hyoka-2019-1'))[0]!)).toBe('2019年：100%以上 3件、90%台 2件、70%台 1件。');
		const manifesto = figure(R('/manifestos/nishiyama-2015/'), 'dist-manifesto-nishiyama-2015-ratings');
		expect(sentence(rows(manifesto)[0]!)).toContain('政策98件のうち、◎ 達成済 60件（61.2%）');
		expect(textOf(manifesto)).toMatch(/掲載：\s*自己評価報告 2019/);
		expect(manifesto).toContain('href="/reports/jiko-hyoka-2019/"');
	});

	it('a term with nothing rated yet says so, with when it began; no grey bar', () => {
		const card = elements(R('/'), 'div', /data-dashboard="nishiyama-2019"/)[0]!;
		expect(textOf(card)).toContain('2019年4月に始まった任期の政策1件について、評価はまだ公表されていません。');
		expect(card).not.toMatch(/rating-bar|class="legend/);
		expect(textOf(elements(R('/en/'), 'div', /data-dashboard="nishiyama-2019"/)[0]!)).toContain('No rating of the 1 policy of the term that began in April 2019 has been published yet.');
	});

	it('levels at zero fold into one line on every dashboard', () => {
		const home = R('/');
		const card = home.slice(home.indexOf('data-dashboard="nishiyama-2015"'));
		expect(textOf(elements(card, 'ul', /class="legend"/)[0]!)).toBe('◎ 達成済 2件 （67%） ○ 取組中 1件 （33%） 0件：− 未着手、評価なし');
		for (const { path, html } of builtHtml(rated)) expect(html, path).not.toMatch(/<span class="legend-count">0/);
	});

	it('nothing empty is drawn: no achievements section for a pillar without any, no page or link for a page type the content lacks', () => {
		expect(R('/pillars/shigoto/')).not.toContain('id="achievements"');
		expect(R('/pillars/kurashi/')).toContain('id="achievements"');
		// On the flyer a pillar with no achievements shows its pledges instead (issue 24); one with neither is left off.
		expect(elements(R('/print/flyer/'), 'span', /class="pillar-title"/).map(textOf)).toEqual(['暮らし', 'しごと']);
		// No figures (rated-review) or no newsletter (graded-review): no such page, no menu or footer link, no feed.
		expect(existsSync(join(rated, 'metrics', 'index.html'))).toBe(false);
		expect(existsSync(join(graded, 'reports', 'index.html'))).toBe(false);
		expect(existsSync(join(graded, 'rss.xml'))).toBe(false);
		for (const { path, html } of builtHtml(rated)) expect(html, path).not.toMatch(/href="\/(en\/)?metrics\//);
		for (const { path, html } of builtHtml(graded)) expect(html, path).not.toMatch(/href="\/(en\/)?(reports\/|rss\.xml)/);
	});
});

describe('the campaign\'s terms everywhere', () => {
	/** The dictionary's words for every term the campaign overrides, and counts in the default nouns. */
	const DEFAULTS = {
		ja: ['政策の柱', '後援会報', '会報', '最重点政策', '基本姿勢', '実行に向けての方針', '主な取組み実績', 'この号', '公約の進み具合', 'すべての公約', '分野ごとの主な実績', 'ほかの政策の柱'],
		en: ['policy pillars', 'newsletter', 'top priorities', 'basic stances', 'principles for delivery', 'main achievements', 'in this issue', 'how far the pledges have got', 'all pledges', 'by area'],
	};
	// The search page (its description and result types) and share images belong to other work (issues 21).
	const pages = () => builtHtml(rated).filter(({ path }) => !/(^|\/)search\//.test(path));
	const words = (html: string) => [textOf(html), ...openingTags(html, 'meta').filter((m) => /name="description"|property="og:title"/.test(m)).map((m) => attr(m, 'content') ?? ''), ...openingTags(html, 'link').map((l) => attr(l, 'title') ?? '')].join(' ');

	it('no default term is left on any built page, the flyer included, in either language', () => {
		expect(pages().length).toBeGreaterThan(20);
		for (const { path, html } of pages()) {
			const all = words(html);
			for (const word of DEFAULTS.ja) expect(all, `${path}: ${word}`).not.toContain(word);
			for (const word of DEFAULTS.en) expect(all.toLowerCase(), `${path}: ${word}`).not.toContain(word);
			expect(all, path).not.toMatch(/公約\d+件|目標\d+件|\b\d+ pledges?\b|\b\d+ targets?\b/);
		}
	});

	it('its own words stand where the defaults were', () => {
		expect(textOf(R('/pillars/kurashi/'))).toContain('ほかの施策の柱');
		expect(textOf(R('/en/pillars/kurashi/'))).toContain('Other policy areas');
		expect(textOf(R('/'))).toContain('自己評価報告の一覧 →');
		expect(textOf(R('/reports/'))).toContain('自己評価報告の一覧です。新しいものから順に並んでいます。');
		expect(textOf(R('/'))).toContain('自己評価報告のRSSフィード');
		expect(textOf(R('/en/'))).toContain('All self-assessments → ');
		expect(textOf(R('/en/'))).toContain('Self-assessments RSS feed');
		expect(textOf(R('/reports/jiko-hyoka-2019/'))).toContain('報告の要点');
		expect(elements(R('/reports/jiko-hyoka-2019/'), 'h2').map(textOf)).toContain('取り上げた政策');
		expect(elements(R('/'), 'h3').map(textOf)).toContain('政策の進み具合');
		expect(textOf(R('/print/flyer/'))).toContain('施策の柱ごとのこれまでの成果');
		expect(textOf(R('/en/print/flyer/'))).toContain('Results so far by policy areas');
		expect(textOf(R('/print/flyer/'))).toContain('重点施策');
	});

});
