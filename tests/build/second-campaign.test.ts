/**
 * A second, fictional campaign (tests/fixtures/second-campaign) built with content alone: targets graded
 * A–D with bands per evaluation, published distributions, a three-level scale, era periods and its own
 * words. Pins what its pages show: one chart per distribution with the printed shares, the trend over
 * evaluations with the yearly average, the pillars side by side, and its own terms.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { buildSite, readPage, ROOT } from '../helpers/build.ts';
import { elements, textOf } from '../helpers/html.ts';

const CONTENT = join(ROOT, 'tests/fixtures/second-campaign');
let out = '';
beforeAll(async () => {
	out = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-second-')), { KOYAKU_CONTENT: CONTENT });
}, 240_000);

const page = (path: string) => readPage(out, path);
const figure = (html: string, id: string) => {
	const found = elements(html, 'figure', new RegExp(`id="${id}"`));
	expect(found, `figure#${id}`).toHaveLength(1);
	return found[0]!;
};
const rows = (html: string) => elements(html, 'li', /class="dist-row"/);

describe('the second campaign checks with content alone', () => {
	it('has no problems, and warns where printed and computed figures disagree', () => {
		const result = loadContent(CONTENT);
		expect(result.problems).toEqual([]);
		expect(result.warnings.map((w) => formatProblem(w).replace(/^\S*second-campaign\//, '')).map((line) => line.split('  ').slice(0, 2).join('  '))).toEqual([
			// The imprint is marked as example values: the flyer would print them.
			'site.yaml:19  imprint.example',
			'manifestos/sakurahama-vision.md:28  results.1.counts.0.share',
			'manifestos/sakurahama-vision.md:27  results.1.counts',
			'pillars/genki.md:7  results.0.counts',
			'pillars/kodomo.md:7  results.0.counts',
			'reports/review-r5.md:8  results.0.counts',
		]);
		expect(result.warnings[1]!.message).toContain('44/81 = 54.32%');
	});
});

describe('a published distribution is one chart with one sentence and the printed shares', () => {
	it('shows A 44 (54.4%), B 17 (21.0%), C 7 (8.6%), D 13 (16.0%) of 81 computable targets, as printed', () => {
		const html = figure(page('/manifestos/sakurahama-vision/'), 'trend-manifesto-sakurahama-vision-grades');
		const latest = rows(html).at(-1)!;
		const sentence = textOf(elements(latest, 'p', /class="dist-sentence"/)[0]!);
		expect(sentence).toBe('2023年度：達成率を計算できる目標81件のうち、A 44件（54.4%）、B 17件（21.0%）、C 7件（8.6%）、D 13件（16.0%）。ほかに達成率を計算できない目標が1件あります。平均達成率は78.3%です。');
		// One SVG bar, named by the same sentence, with one segment per grade (not one card per grade).
		const bars = elements(latest, 'svg', /class="dist-bar"/);
		expect(bars).toHaveLength(1);
		expect(bars[0]).toContain('role="img"');
		expect([...bars[0]!.matchAll(/data-grade="(\w+)"/g)].map((m) => m[1])).toEqual(['A', 'B', 'C', 'D']);
		// Widths follow the counts out of 81: 44/81 of 1000 units.
		expect(bars[0]).toMatch(/<rect x="0" y="0" width="543\.2"/);
		expect(textOf(latest)).toContain('「達成率を計算できる81項目の評価は、A 44項目（54.4%）');
	});

	it('reads in English too, with the printed decimals kept', () => {
		const html = figure(page('/en/manifestos/sakurahama-vision/'), 'trend-manifesto-sakurahama-vision-grades');
		expect(textOf(rows(html).at(-1)!)).toContain('FY2023: of 81 targets with a computable rate, A 44 (54.4%), B 17 (21.0%), C 7 (8.6%), D 13 (16.0%). 1 more target could not be computed.');
	});

	it('is drawn without client JavaScript or style attributes, and reads without colour (patterns and a legend)', () => {
		const manifesto = page('/manifestos/sakurahama-vision/');
		for (const html of elements(manifesto, 'figure', /class="dist"/)) {
			expect(html).not.toMatch(/\sstyle=/);
			expect(html).not.toContain('<script');
			expect(html).toContain('<pattern');
			// One key for the figure, or one per row where the evaluations used different bands.
			const keys = elements(html, 'ul', /class="dist-legend"/).length;
			expect([1, rows(html).length]).toContain(keys);
		}
		// FY2022 used the earlier bands: each row of the trend shows its own.
		const trend = figure(manifesto, 'trend-manifesto-sakurahama-vision-grades');
		expect(trend.split('<li class="dist-row">').slice(1).map((row) => elements(row, 'ul', /class="dist-legend"/).map(textOf))).toEqual([['A B C D'], ['A 100%以上 B 90%以上 C 80%以上 D 80%未満']]);
		expect(elements(manifesto, 'figure', /class="dist"/).length).toBeGreaterThanOrEqual(3);
	});

	it('a three-level result from a report: 88 of 99 achieved, with the level marks', () => {
		const html = figure(page('/manifestos/sakurahama-vision/'), 'dist-manifesto-sakurahama-vision-ratings');
		expect(textOf(elements(html, 'p', /class="dist-sentence"/)[0]!)).toBe('2023年度：公約99件のうち、◎ 達成済 88件（88.9%）、○ 取組中 9件（9.1%）、− 未着手 2件（2.0%）。');
	});
});

describe('several evaluations show the trend, with the yearly average', () => {
	it('one row per evaluation, oldest first, each with the bands in force', () => {
		const html = figure(page('/manifestos/sakurahama-vision/'), 'trend-manifesto-sakurahama-vision-grades');
		expect(rows(html).map((row) => textOf(elements(row, 'span', /class="dist-row-label"/)[0]!))).toEqual(['2022年度', '令和5年度 検証結果']);
		expect(textOf(rows(html)[0]!)).toContain('2022年度：目標76件のうち、A 41件（53.9%）、B 15件（19.7%）、C 9件（11.8%）、D 11件（14.5%）。平均達成率は75.0%です。');
	});

	it('the average achievement rate over the evaluations, and as a figure per year (72.0% kept as printed)', () => {
		const html = page('/manifestos/sakurahama-vision/');
		expect(textOf(elements(html, 'p', /class="dist-average-trend"/)[0]!)).toBe('平均達成率の推移 ：2022年度 75.0% → 2023年度 78.3%');
		const card = elements(html, 'figure', /id="average-achievement"/)[0]!;
		expect(textOf(card)).toContain('平均達成率は72.0%（2021年度）から78.3%（2023年度）へ増えました（+6.3ポイント）。');
	});
});

describe('pillars side by side', () => {
	it('each pillar\'s latest distribution in one chart, under the campaign\'s word for pillars', () => {
		const html = figure(page('/manifestos/sakurahama-vision/'), 'pillars-manifesto-sakurahama-vision-grades');
		expect(textOf(elements(html, 'figcaption')[0]!)).toBe('政策キーワードごとの比較（2023年度）');
		expect(rows(html).map((row) => textOf(elements(row, 'span', /class="dist-row-label"/)[0]!))).toEqual(['1. 子ども', '2. まちの元気']);
		expect(textOf(rows(html)[0]!)).toContain('A 24件（60.0%）、B 8件（20.0%）、C 3件（7.5%）、D 5件（12.5%）');
		expect(textOf(rows(html)[1]!)).toContain('A 20件（48.8%）、B 9件（22.0%）、C 4件（9.8%）、D 8件（19.5%）');
	});
});

describe('computed and published tallies are both shown, each labelled', () => {
	it('the ratings on this site and the printed tally', () => {
		const text = textOf(page('/manifestos/sakurahama-vision/'));
		expect(text).toContain('このサイトの公約ごとの評価による集計');
		expect(text).toContain('公表された集計');
		// Targets the source marks as not computable are counted as such, as the printed tally says "81 of 82".
		expect(text).toContain('このサイトの指標の達成率による集計 ：A 1、B 1、C 1、D 0（目標のある指標4件のうち、達成率を計算できるもの3件）');
		expect(textOf(page('/en/manifestos/sakurahama-vision/'))).toContain('Tally of the figures on this site : A 1, B 1, C 1, D 0 (3 of 4 figures with a target computable)');
	});
});

describe('its own words and its own choices', () => {
	it('on the home page, the pledges\' progress and the targets\' grades each under their own heading', () => {
		const home = page('/');
		const headings = elements(home, 'h3').map(textOf);
		expect(headings).toEqual(expect.arrayContaining(['公約の進み具合', '目標の進み具合']));
		// The published grades come after the targets' heading, the published ratings before it.
		const at = (s: string) => home.indexOf(s);
		expect(at('>目標の進み具合<')).toBeLessThan(at('id="home-sakurahama-vision-grades"'));
		expect(at('id="home-sakurahama-vision-ratings"')).toBeLessThan(at('>目標の進み具合<'));
		expect(elements(page('/en/'), 'h3').map(textOf)).toEqual(expect.arrayContaining(['Progress on the pledges', 'Progress on the targets']));
	});

	it('pillars, reports and priorities in its terms, in both languages', () => {
		const ja = textOf(page('/manifestos/sakurahama-vision/'));
		expect(ja).toContain('政策キーワード');
		expect(ja).not.toContain('政策の柱');
		expect(textOf(page('/en/manifestos/sakurahama-vision/'))).toContain('Policy keywords');
		const home = elements(page('/'), 'h2').map(textOf);
		expect(home).toContain('検証結果');
		expect(home).not.toContain('後援会報');
		expect(elements(page('/en/'), 'h2').map(textOf)).toContain('Reviews');
	});

	it('the portrait from content, resized by astro:assets, with its alt text in each language', () => {
		for (const [path, alt] of [['/', '青木みどりの写真'], ['/en/', 'Photo of Midori Aoki']] as const) {
			const img = page(path).match(/<img\b[^>]*class="hero-portrait"[^>]*>/g) ?? [];
			expect(img, path).toHaveLength(1);
			expect(img[0]).toContain(`alt="${alt}"`);
			const files = [...img[0]!.matchAll(/\/_astro\/[\w.-]+\.(?:png|webp|avif)/g)].map((m) => m[0]);
			expect(files.length).toBeGreaterThanOrEqual(2);
			for (const file of files) expect(existsSync(join(out, file)), file).toBe(true);
		}
		expect(page('/')).toMatch(/<source[^>]+type="image\/avif"/);
	});

	it('home shows only the headline figures the manifesto chooses', () => {
		const tiles = elements(page('/'), 'a', /class="tile"/);
		expect(tiles.map((tile) => tile.match(/\/metrics\/([\w-]+)\/"/)?.[1])).toEqual(['average-achievement']);
	});

	it('a pledge under no pillar and no priority is listed', () => {
		const html = page('/manifestos/sakurahama-vision/');
		expect(textOf(html)).toContain('そのほかの公約');
		expect(html).toContain('data-policy="online-city-hall"');
	});

	it('era periods are read and shown in the site\'s form', () => {
		expect(textOf(page('/reports/review-r5/'))).toContain('2024年3月');
		expect(textOf(page('/policies/zero-waiting-list/'))).toContain('2019年度');
	});

	it('a pledge without a rating shows "not rated", though the scale has no such level', () => {
		expect(textOf(page('/policies/empty-shops/'))).toContain('評価なし');
		expect(textOf(page('/ratings/'))).not.toContain('評価なし');
	});
});

describe('a target on its own: in words, never a chart of nothing', () => {
	it('毎年度200億円超 / over ¥20 billion every fiscal year, with no chart and no table', () => {
		for (const [path, words, sentence] of [
			['/manifestos/sakurahama-vision/', '毎年度200億円超', 'ふるさと納税の寄付額の目標は毎年度200億円超です。測った値はまだありません。'],
			['/en/manifestos/sakurahama-vision/', 'over ¥20 billion every fiscal year', 'Hometown tax donations: the target is over ¥20 billion every fiscal year; there is no measured value yet.'],
		] as const) {
			const html = figure(page(path), 'hometown-tax');
			expect(html).toContain('data-kind="standing-target"');
			expect(textOf(elements(html, 'span', /class="metric-value"/)[0]!)).toBe(words);
			expect(textOf(elements(html, 'p', /class="metric-summary"/)[0]!)).toBe(sentence);
			expect(html).not.toContain('<svg');
			expect(html).not.toContain('<table');
		}
		// Its own page too, and the open data carries the target with no points.
		expect(textOf(figure(page('/metrics/hometown-tax/'), 'hometown-tax'))).toContain('目標・実績値はまだありません');
		const json = JSON.parse(page('/data/metrics.json')) as { metrics: { id: string; points: unknown[]; target?: { value: number } }[] };
		expect(json.metrics.find((m) => m.id === 'hometown-tax')).toMatchObject({ points: [], target: { value: 20000000000, compare: 'over', every: 'fiscal-year' } });
		expect(json.metrics.find((m) => m.id === 'after-school-satisfaction')).toMatchObject({ target: { value: 80, compare: 'at-least', computable: false } });
		const csv = page('/data/metrics.csv').split(/\r?\n/).filter((line) => line.startsWith('hometown-tax,'));
		expect(csv).toHaveLength(1);
		expect(csv[0]).toContain(',20000000000,sakurahama-leaflet,');
	});

	it('strict and inclusive: 100万人 against 100万人超 is not graded A; 300世帯 against 300世帯以上 is', () => {
		const visitors = textOf(figure(page('/pillars/genki/'), 'visitors'));
		expect(visitors).toContain('目標 100万人超（2025年度まで）');
		expect(visitors).toMatch(/達成率 100%\s*（目標ちょうどで、超えてはいません）/);
		expect(visitors).toMatch(/評価 B\s*（90%以上）/);
		expect(figure(page('/pillars/genki/'), 'visitors')).toContain('目標 100万人超</text>');
		expect(textOf(figure(page('/en/pillars/genki/'), 'visitors'))).toContain('Achievement rate 100% (at the target, not beyond it) Grade B');
		const families = textOf(figure(page('/en/pillars/kodomo/'), 'young-families'));
		expect(families).toContain('Target at least 300 households by FY2025');
		expect(families).toContain('Grade A (100% or more)');
		expect(families).not.toContain('not beyond');
	});

	it('a target the source says is not computable is said so, and never graded', () => {
		const html = textOf(figure(page('/pillars/kodomo/'), 'after-school-satisfaction'));
		expect(html).toContain('80%以上');
		expect(html).toContain('出典によると、達成率は計算できません。');
		expect(html).not.toContain('評価');
	});
});

describe('honest changes', () => {
	it('11 of 76 → 13 of 81: both shares, no computed change', () => {
		const card = figure(page('/manifestos/sakurahama-vision/'), 'grade-d-targets');
		expect(textOf(elements(card, 'p', /class="metric-summary"/)[0]!)).toBe('D評価の目標は2022年度に11項目（76項目中、14.5%）、2023年度に13項目（81項目中、16.0%）でした。全体の数が違うため、増減は計算していません。');
		expect(card).not.toContain('class="metric-change"');
		expect(textOf(card)).not.toMatch(/18\.2%|\+\d/);
		expect(textOf(elements(figure(page('/en/manifestos/sakurahama-vision/'), 'grade-d-targets'), 'p', /class="metric-summary"/)[0]!)).toBe('Targets graded D: 11 of 76 targets (14.5%) in FY2022, 13 of 81 targets (16.0%) in FY2023. The totals differ, so no change is computed.');
	});

	it('a change in a rate is in points', () => {
		expect(textOf(elements(figure(page('/manifestos/sakurahama-vision/'), 'average-achievement'), 'span', /class="metric-change"/)[0]!)).toBe('+6.3ポイント');
		expect(textOf(elements(figure(page('/en/manifestos/sakurahama-vision/'), 'average-achievement'), 'span', /class="metric-change"/)[0]!)).toBe('+6.3 points');
	});
});

describe('割 as a display style', () => {
	it('2.5割 → 3割 on the Japanese page (axis too), 25% → 30% on the English one, the change in points', () => {
		const ja = figure(page('/pillars/genki/'), 'lively-town');
		expect(textOf(elements(ja, 'p', /class="metric-summary"/)[0]!)).toBe('「まちに活気がある」と答えた市民は2.5割（2021年度）から3割（2023年度）へ増えました（+5ポイント）。');
		expect(ja).toContain('>2割</text>');
		expect(ja).not.toMatch(/\d%/);
		const en = figure(page('/en/pillars/genki/'), 'lively-town');
		expect(textOf(elements(en, 'p', /class="metric-summary"/)[0]!)).toBe('Residents who say the town is lively rose from 25% (FY2021) to 30% (FY2023), +5 points.');
	});
});

describe('one figure in several pillars', () => {
	it('appears on each pillar\'s page, and once on the metrics page', () => {
		for (const path of ['/pillars/kodomo/', '/pillars/genki/', '/en/pillars/genki/']) figure(page(path), 'young-families');
		for (const path of ['/metrics/', '/en/metrics/']) expect(elements(page(path), 'figure', /id="young-families"/), path).toHaveLength(1);
	});
});

describe('a document without a printed date', () => {
	it('shows 日付の記載なし / date not given where the date would be', () => {
		const reports = elements(page('/reports/'), 'span', /class="card-kicker"/).map(textOf);
		expect(reports).toEqual(['2024年3月発行', '日付の記載なし']);
		expect(textOf(page('/en/reports/leaflet/'))).toContain('Policy leaflet Date not given');
		expect(textOf(figure(page('/manifestos/sakurahama-vision/'), 'hometown-tax'))).toMatch(/青木みどり 政策リーフレット\s*（日付の記載なし）/);
		expect(textOf(figure(page('/en/manifestos/sakurahama-vision/'), 'hometown-tax'))).toContain('Midori Aoki policy leaflet (date not given)');
		// The feed names no invented date for it.
		const feed = page('/rss.xml');
		const item = feed.split('<item>').find((i) => i.includes('/reports/leaflet/'))!;
		expect(item).not.toContain('<pubDate>');
	});
});
