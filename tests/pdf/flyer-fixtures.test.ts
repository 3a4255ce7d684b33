/**
 * The flyer for campaigns unlike Komoro (tests/fixtures/flyer-*, ja-only-campaign): long titles, eight
 * pillars and seven priorities, no figures at all, a published tally with no pillars, Japanese only. Each
 * builds a flyer that fits (what was left out is a ja+en warning), with no empty box, no text under 7 pt,
 * bullets at 9 pt or more, and the imprint whole and on the paper. PNGs in test-output/ to look at.
 */
import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { t, type Lang as Edition } from '../../src/i18n/index.ts';

/** The flyer's languages (the easy Japanese edition has no flyer). */
type Lang = Exclude<Edition, 'easy'>;
import { runBuild, ROOT } from '../helpers/build.ts';
import { openPdf, renderPng, squash, textOf, textRunsOf } from '../helpers/pdf.ts';

const A4_PT = { width: 594.96, height: 841.92 };
const MM = 72 / 25.4;

interface Item {
	str: string;
	pt: number;
	/** From the top of the page, mm. */
	top: number;
}
async function itemsOf(doc: PDFDocumentProxy, n: number): Promise<Item[]> {
	const content = await (await doc.getPage(n)).getTextContent();
	return (content.items as { str: string; transform: number[] }[])
		.filter((i) => i.str.trim())
		.map((i) => ({ str: i.str, pt: Math.hypot(i.transform[0]!, i.transform[1]!), top: (A4_PT.height - i.transform[5]!) / MM }));
}

/** As written in the fixtures' files (tests/fixtures/flyer-*), not read through the code under test. */
const PRINTER: Record<Lang, string> = { ja: '架空印刷株式会社', en: 'Kakuu Printing Co., Ltd.' };

/** `pages`: where everything the back would hold also fits on the front, with nothing left out, the flyer is one page. */
const CASES: { fixture: string; langs: Lang[]; pages: number; printer?: Record<string, string> }[] = [
	{ fixture: 'flyer-long-titles', langs: ['ja', 'en'], pages: 2 },
	{ fixture: 'flyer-many-parts', langs: ['ja', 'en'], pages: 2 },
	{ fixture: 'flyer-no-figures', langs: ['ja', 'en'], pages: 1 },
	{ fixture: 'flyer-results-only', langs: ['ja', 'en'], pages: 1 },
	{ fixture: 'ja-only-campaign', langs: ['ja'], pages: 1, printer: { ja: 'みなみ野印刷（例）' } },
];

describe.each(CASES)('$fixture', ({ fixture, langs, pages, printer }) => {
	let dir: string;
	let log: string;
	const docs = {} as Record<Lang, PDFDocumentProxy>;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), `koyaku-${fixture}-`));
		log = await runBuild(dir, { KOYAKU_CONTENT: join(ROOT, 'tests', 'fixtures', fixture) }, ['--skip', 'search']);
		for (const lang of langs) docs[lang] = await openPdf(join(dir, `flyer-${lang}.pdf`));
	}, 240_000);

	const numbers = Array.from({ length: pages }, (_, i) => i + 1);
	it.each(langs)(`%s: ${pages} A4 page(s), rendered to PNG`, async (lang) => {
		expect(docs[lang].numPages).toBe(pages);
		for (const n of numbers) {
			const [x0, y0, x1, y1] = (await docs[lang].getPage(n)).view;
			expect(x1! - x0!).toBeCloseTo(A4_PT.width, 1);
			expect(y1! - y0!).toBeCloseTo(A4_PT.height, 1);
			await renderPng(docs[lang], n, `${fixture}-${lang}-${n}`, 60);
		}
	});

	it.each(langs)('%s: every text run tagged (in the structure tree) or an artifact', async (lang) => {
		for (const n of numbers) expect((await textRunsOf(docs[lang], n)).untagged, `page ${n}`).toBe(0);
	});

	it.each(langs)('%s: no text under 7 pt; the bullets at 9 pt or more', async (lang) => {
		for (const n of numbers) {
			const items = await itemsOf(docs[lang], n);
			const small = items.filter((i) => i.pt < 6.95);
			expect(small.map((i) => `${i.str} ${i.pt.toFixed(1)}pt`)).toEqual([]);
		}
		// Every bullet the fixture writes begins with text found at ≥ 9 pt, wherever it is printed.
		const bullets = (await Promise.all(numbers.map((n) => itemsOf(docs[lang], n)))).flat().filter((i) => /^(保育士|小中学校|More |Opened|バスの|Eight buses|村営バスを毎日|Village buses now)/.test(i.str));
		for (const b of bullets) expect(b.pt, b.str).toBeGreaterThanOrEqual(8.95);
	});

	it.each(langs)('%s: the imprint is whole and on the paper, below the band and above the bottom margin', async (lang) => {
		const back = await textOf(docs[lang], pages);
		const front = await textOf(docs[lang], 1);
		for (const key of ['flyer.imprint.publisher', 'flyer.imprint.distributor', 'flyer.imprint.printer', 'flyer.imprint.contact'] as const) expect(back).toContain(squash(t(lang, key)));
		expect(back).toContain(squash((printer ?? PRINTER)[lang]!));
		const items = await itemsOf(docs[lang], pages);
		const label = items.find((i) => squash(i.str).startsWith(squash(t(lang, 'flyer.imprint.printer'))));
		expect(label, 'the printer line is printed').toBeDefined();
		expect(label!.top).toBeGreaterThan(20);
		expect(label!.top).toBeLessThan(297 - 8);
		// Nothing empty: no section heading without its content.
		if (fixture === 'flyer-no-figures') {
			expect(front).not.toContain(squash(t(lang, 'flyer.headlines')));
			expect(back).not.toContain(squash(t(lang, 'flyer.charts')));
			// The area with no achievements shows its pledges.
			expect(back).toContain(squash(lang === 'ja' ? '森林の手入れを進めます' : 'Look after the forests'));
		}
	});

	if (fixture === 'flyer-results-only')
		it.each(langs)('%s: one page (no near-empty back): the tally level by level with what each level means, its sentence, the priority and the imprint', async (lang) => {
			const page = await textOf(docs[lang], 1);
			expect(page).toContain(squash(t(lang, 'results.published')));
			expect(page).not.toContain(squash(t(lang, 'flyer.pillars')));
			// Each level as tests/fixtures/flyer-results-only/ratings.yaml and plan.md write it: its count and its rule.
			const levels = lang === 'ja' ? [['達成済', '88件', '実施し、完了した'], ['取組中', '9件', '取組みを進めている'], ['未着手', '2件', 'まだ始めていない']] : [['Achieved', '88', 'Carried out and completed'], ['Under way', '9', 'Work is under way'], ['Not started', '2', 'Not yet begun']];
			const items = (await itemsOf(docs[lang], 1)).map((i) => squash(i.str));
			for (const [name, count, rule] of levels) {
				expect(items, name).toContain(squash(rule!));
				expect(items.some((i) => i.includes(squash(name!))), name).toBe(true);
				expect(items, count).toContain(count!);
			}
			expect(page).toContain(squash(lang === 'ja' ? '公約99件のうち' : 'of 99 pledges'));
			expect(page).toContain(squash(lang === 'ja' ? '公約の見える化' : 'Pledges you can check'));
			expect(log).toMatch(lang === 'ja' ? /日本語版チラシ: .*片面1ページ/ : /English flyer: .*one-page flyer/);
		});

	if (fixture === 'flyer-long-titles')
		it('keeps the macron of Nanjō with its letter (NFC) and numbers with their units', async () => {
			const en = (await textOf(docs.en, 1)) + (await textOf(docs.en, 2));
			expect(en.normalize('NFC')).toContain('Nanjō');
			const ja = (await itemsOf(docs.ja, 2)).map((i) => i.str);
			// 2023年12月末現在 / 289人 never split over two lines (pdf.js gives one item per line run).
			expect(ja.some((s) => s.includes('289人'))).toBe(true);
		});

	if (fixture === 'flyer-long-titles')
		it('says in both languages what it left out to fit, and still prints every priority title', async () => {
			expect(log).toMatch(/英語版チラシ: 紙面に入りきらないため載せなかったもの: .*要点/);
			expect(log).toMatch(/English flyer: left out to fit the page: .*points? of the priority/);
			const front = await textOf(docs.en, 1);
			for (const n of [1, 2, 3, 4]) expect(front).toContain(squash(`Priority ${n}:`));
		});

	if (fixture === 'flyer-long-titles')
		it.each(langs)('%s: six points a priority do not all fit; each priority keeps as many, give or take one', async (lang) => {
			// The fixture's six points, by how each begins (tests/fixtures/flyer-long-titles/policies/).
			const starts = lang === 'ja' ? ['保育士', '小中学校', '南城', '通学路', '子ども医療費', '子育て相談'] : ['Improve nursery', 'Make school', 'Bring a clinic', 'Build pavements', 'Extend free', 'Bring childcare'];
			const items = await itemsOf(docs[lang], 1);
			// Each priority's box begins with its large number, 01 to 04.
			const titles = [1, 2, 3, 4].map((n) => items.find((i) => i.str === `0${n}` && i.pt > 14)!);
			expect(titles.every(Boolean), 'every priority is printed').toBe(true);
			const counts = titles.map((title, k) => items.filter((i) => starts.some((s) => i.str.startsWith(s)) && i.top > title.top && i.top < (titles[k + 1]?.top ?? 297)).length);
			expect(Math.max(...counts) - Math.min(...counts), `points per priority: ${counts.join(', ')}`).toBeLessThanOrEqual(1);
			expect(Math.min(...counts), `points per priority: ${counts.join(', ')}`).toBeGreaterThan(0);
			expect(Math.max(...counts), 'the front cannot hold all 24 points').toBeLessThan(6);
		});

	if (fixture === 'flyer-many-parts')
		it.each(langs)('%s: all seven priorities and all eight areas', async (lang) => {
			const [front, back] = [await textOf(docs[lang], 1), await textOf(docs[lang], 2)];
			for (const title of lang === 'ja' ? ['子育ての充実', '防災の充実'] : ['Better childcare', 'Better safety']) expect(front).toContain(squash(title));
			for (const title of lang === 'ja' ? ['子育て', '行財政'] : ['Childcare', 'Finances']) expect(back).toContain(squash(title));
		});

	it('writes both languages’ flyers and the site', () => {
		for (const lang of langs) expect(existsSync(join(dir, `flyer-${lang}.pdf`))).toBe(true);
		expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('flyer-ja.pdf');
	});
});
