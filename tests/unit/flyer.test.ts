/** The flyer's pieces that need no browser: settings, what is chosen by default, messages, browser discovery. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser, installHint, NoBrowserError, systemBrowserPaths } from '../../src/flyer/find-browser.ts';
import { flyerContent, flyerManifesto } from '../../src/flyer/flyer-content.ts';
import { droppedMessage, missingGlyphs, overflowMessage, pdfFlags } from '../../src/flyer/pdf.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { FlyerSchema } from '../../src/schemas/flyer.ts';
import { ROOT } from '../helpers/build.ts';

const VALID = join(ROOT, 'tests/fixtures/valid');
const roots: string[] = [];
afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the valid fixture with `flyer:` settings appended to its site.yaml. */
function withFlyer(yaml: string, example = 'example: true') {
	const dir = mkdtempSync(join(tmpdir(), 'koyaku-flyer-unit-'));
	roots.push(dir);
	cpSync(VALID, dir, { recursive: true });
	writeFileSync(join(dir, 'site.yaml'), `${readFileSync(join(dir, 'site.yaml'), 'utf8').replace('example: true', example)}flyer:\n${yaml}`);
	return loadContent(dir);
}

/** A problem line with the temporary folder left out. */
const located = (problem: Parameters<typeof formatProblem>[0]) => formatProblem(problem).replace(/^\S*site\.yaml/, 'site.yaml');

describe('flyer settings in site.yaml', () => {
	it('default to what the content has', () => {
		expect(FlyerSchema.parse({})).toEqual({ pointsPerPriority: 3, achievementsPerPillar: 2, bleed: false, mode: 'political' });
		const { model } = loadContent(VALID);
		const flyer = flyerContent(model!, 'ja');
		// No `flyer:` in the fixture: its newest manifesto, its own figures, figures that moved as charts.
		expect(flyer.manifesto.id).toBe(model!.manifestos.at(-1)!.id);
		expect(flyer.headlines.length).toBeLessThanOrEqual(4);
		for (const chart of flyer.charts) expect(chart.metric.points.length).toBeGreaterThanOrEqual(2);
		for (const pillar of flyer.pillars) expect(pillar.achievements.length).toBeLessThanOrEqual(2);
	});

	it('choose the headlines, charts and how much is listed', () => {
		const { model, problems } = withFlyer('  headlines: [hometown-tax]\n  charts: []\n  achievementsPerPillar: 1\n');
		expect(problems).toEqual([]);
		const flyer = flyerContent(model!, 'en');
		expect(flyer.headlines.map((h) => h.id)).toEqual(['hometown-tax']);
		expect(flyer.charts).toEqual([]);
		for (const pillar of flyer.pillars) expect(pillar.achievements.length).toBeLessThanOrEqual(1);
	});

	it('report ids that name nothing, located, in both languages', () => {
		const { problems } = withFlyer('  manifesto: no-such-plan\n  headlines: [hometown-tax, hometwn-tax]\n');
		expect(problems.map(located)).toMatchInlineSnapshot(`
			[
			  "site.yaml:19  flyer.manifesto  マニフェスト「no-such-plan」が見つかりません / No manifesto with id "no-such-plan" (known: sample-future-2016)",
			  "site.yaml:20  flyer.headlines.1  指標「hometwn-tax」が見つかりません / No metric with id "hometwn-tax" (known: livability-rank, salon-districts, consultations, overtime-hours, care-sites, hometown-tax, virtual-citizens, women-on-councils)",
			]
		`);
	});

	it('allow at most 4 headline figures', () => {
		const { problems } = withFlyer('  headlines: [a, b, c, d, e]\n');
		expect(problems.map(located)).toMatchInlineSnapshot(`
			[
			  "site.yaml:19  flyer.headlines  大きな数字は4つまでです / At most 4 headline figures fit on the front",
			]
		`);
	});

	it('manifesto falls back to the newest', () => {
		const { model } = loadContent(VALID);
		expect(flyerManifesto(model!)).toBe(model!.manifestos.at(-1));
	});
});

describe('the imprint, always whole', () => {
	it('a missing printer fails check, naming the field and what to write', () => {
		const dir = mkdtempSync(join(tmpdir(), 'koyaku-flyer-unit-'));
		roots.push(dir);
		cpSync(VALID, dir, { recursive: true });
		const site = readFileSync(join(dir, 'site.yaml'), 'utf8');
		writeFileSync(join(dir, 'site.yaml'), site.replace(/  printer:\n(    .*\n)+/, ''));
		const { problems, model } = loadContent(dir);
		expect(model).toBeUndefined();
		expect(problems.map((p) => formatProblem(p).split(relative(process.cwd(), dir)).join('<content>'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:9  imprint.printer  チラシには発行者・頒布責任者・印刷者を表示します。印刷者がありません。imprint.printer に印刷所の名称（name）と住所（address）を書いてください（自分たちで印刷するなら発行者の名前と住所） / The flyer prints its publisher, distributor and printer, and the printer is missing: write the printing company’s name and address under imprint.printer (if you print it yourselves, the publisher’s name and address)",
			]
		`);
	});
});

describe('build flags', () => {
	it('--bleed, site.yaml flyer.bleed, --no-pdf', () => {
		expect(pdfFlags([])).toEqual({ bleed: false, skip: false });
		expect(pdfFlags(['--bleed'])).toEqual({ bleed: true, skip: false });
		expect(pdfFlags(['--no-pdf'])).toEqual({ bleed: false, skip: true });
		// The fixture's imprint is marked as example values: a print-shop file of it is an error at check time.
		expect(withFlyer('  bleed: true\n').problems.map((p) => p.field)).toEqual(['imprint.example']);
		const { model } = withFlyer('  bleed: true\n', 'example: false');
		expect(pdfFlags([], model!)).toEqual({ bleed: true, skip: false });
	});
});

describe('overflow message', () => {
	it('names the part, the page, the language, by how much, and what to shorten (the settings are limits: nothing to lower)', () => {
		expect(
			overflowMessage('ja', [
				{ part: 'priority:1', page: 'front', kind: 'overflow', down: 12.34, across: 0 },
				{ part: 'headline:hometown-tax', page: 'front', kind: 'overflow', down: 0, across: 3.01 },
				{ part: 'title', page: 'front', kind: 'outside', down: 0, across: 0, text: 'やまだはなこ' },
				{ part: 'imprint', page: 'back', kind: 'covered', down: 0, across: 0, text: '発行' },
				{ part: 'pillar:1', page: 'back', kind: 'small', down: 0, across: 0, text: '図書館', pt: 7.6 },
			]),
		).toMatchInlineSnapshot(`
			"✘ 日本語版の印刷用チラシが2ページに収まらないため、作成していません / The Japanese printed flyer does not fit on its 2 pages: it was not made
			  日本語版チラシの表面「最重点政策 1」が、ほかをすべて省いても枠に入りません（縦に12.4 mmはみ出し）。その政策の題名（title）と要約（summary）を短くしてください / Japanese flyer, front, top priority 1: does not fit even with everything optional left out (12.4 mm too tall); shorten the policy’s title and summary.
			  日本語版チラシの表面「大きな数字 hometown-tax」が、ほかをすべて省いても枠に入りません（横に3.1 mmはみ出し）。その数字の label を短くしてください / Japanese flyer, front, headline figure hometown-tax: does not fit even with everything optional left out (3.1 mm too wide); shorten the figure’s label.
			  日本語版チラシの表面「名前とスローガン」の文字が、仕上がりの端から3 mm以内にあります（「やまだはなこ」） / Japanese flyer, front, name and slogan: text is closer than 3 mm to the trim ("やまだはなこ")
			  日本語版チラシの裏面「発行者の表示」の文字が、ほかの要素の下に隠れています（「発行」） / Japanese flyer, back, imprint: text is covered by another element ("発行")
			  日本語版チラシの裏面「分野 1」の文字が7.6 ptで小さすぎます（7 pt以上、本文・箇条書きは9 pt以上） / Japanese flyer, back, area 1: text is 7.6 pt, too small (at least 7 pt; 9 pt for body text and bullets) ("図書館")"
		`);
	});

	it('names a character the flyer’s font does not have, with the words around it; kana, kanji, macrons and 𠮷 are in it', () => {
		const missing = missingGlyphs('南城（Nanjō）の𠮷田さん、象形文字𓀀の展示');
		expect(missing.map((m) => m.text)).toEqual(['𓀀（U+13000）「𠮷田さん、象形文字𓀀の展示」']);
		expect(overflowMessage('ja', missing).split('\n')[1]).toMatchInlineSnapshot(`"  日本語版チラシの文字 𓀀（U+13000）「𠮷田さん、象形文字𓀀の展示」 はチラシのフォント（Noto Sans JP）にありません。別の文字に書き換えてください / Japanese flyer: the character 𓀀（U+13000）「𠮷田さん、象形文字𓀀の展示」 is not in the flyer's font (Noto Sans JP): write it another way"`);
	});

	it('lists what was left out to fit, in both languages, points counted per priority', () => {
		expect(
			droppedMessage('en', [
				{ kind: 'point', name: 'Child care', page: 'front' },
				{ kind: 'point', name: 'Child care', page: 'front' },
				{ kind: 'chart', name: 'Population', page: 'back' },
			]),
		).toMatchInlineSnapshot(`"  ! 英語版チラシ: 紙面に入りきらないため載せなかったもの: 最重点政策「Child care」の要点2件、グラフ「Population」（ウェブサイトには載っています。載せたいものは flyer: の設定で絞るか、文を短くしてください） / English flyer: left out to fit the page: 2 points of the priority “Child care”, the chart “Population” (they are on the website; to choose what goes on the flyer, set fewer items under flyer: or shorten the text)"`);
		expect(droppedMessage('ja', [])).toBeUndefined();
	});
});

describe('finding a browser', () => {
	const none = () => false;
	it('takes KOYAKU_CHROMIUM first, and says so when it points at nothing', async () => {
		const found = await findBrowser({ env: { KOYAKU_CHROMIUM: '/opt/my/chrome' }, exists: (p) => p === '/opt/my/chrome' || p === '/usr/bin/chromium', systemOnly: true });
		expect(found).toEqual({ path: '/opt/my/chrome', via: 'KOYAKU_CHROMIUM', args: [] });
		await expect(findBrowser({ env: { KOYAKU_CHROMIUM: '/nope' }, exists: (p) => p === '/usr/bin/chromium', systemOnly: true })).rejects.toThrow(/KOYAKU_CHROMIUM.*"\/nope"/);
	});

	it('then a system Chromium or Chrome, per platform', async () => {
		expect((await findBrowser({ env: {}, platform: 'linux', exists: (p) => p === '/usr/bin/chromium', systemOnly: true })).path).toBe('/usr/bin/chromium');
		expect(systemBrowserPaths('darwin')[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
		expect(systemBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toMatch(/Google.Chrome.Application.chrome\.exe$/);
		const mac = await findBrowser({ env: {}, platform: 'darwin', exists: (p) => p.endsWith('Chromium'), systemOnly: true });
		expect(mac.path).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
	});

	it('with none, fails with the install command for the platform and the --no-pdf way out', async () => {
		for (const platform of ['linux', 'darwin', 'win32'] as const) {
			const error = await findBrowser({ env: {}, platform, exists: none, systemOnly: true }).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NoBrowserError);
			expect((error as Error).message).toContain(installHint(platform));
			expect((error as Error).message).toContain('--no-pdf');
		}
		expect(installHint('linux')).toBe('sudo apt-get install chromium');
	});
});
