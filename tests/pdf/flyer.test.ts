/**
 * The printed flyer as the build makes it: dist/flyer-ja.pdf and dist/flyer-en.pdf (A4, front and back,
 * fonts embedded as NotoSansJP CID TrueType subsets, real text) and the print-shop variant with bleed.
 * Pages are rendered to PNG in test-output/ to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { flyerContent } from '../../src/flyer/flyer-content.ts';
import { flyerFile, printPath } from '../../src/flyer/pdf.ts';
import { t, text, type Lang as Edition } from '../../src/i18n/index.ts';

/** The flyer's languages (the easy Japanese edition has no flyer). */
type Lang = Exclude<Edition, 'easy'>;
import { getModel } from '../../src/model/load.ts';
import { fontsOf, openPdf, rawTextOf, renderPng, squash, textOf, textRunsOf } from '../helpers/pdf.ts';
import { builtSite } from '../helpers/site.ts';

const A4_PT = { width: 594.96, height: 841.92 };
const model = getModel();
const LANGS: Lang[] = ['ja', 'en'];

/** Headline figures as printed, copied by hand from the 2024 flyer's boxes: not computed by the code under test. */
const PRINTED: Record<Lang, string[]> = {
	ja: ['25位', '812市区中', '289人', '23億2,100万円余', '30店舗以上', '2016年4月～2023年12月'],
	en: ['25th', 'of 812 cities and wards', '289 people', 'over ¥2.32 billion', 'at least 30 shops', 'April 2016 – December 2023'],
};

describe.each(LANGS)('flyer-%s.pdf', (lang) => {
	let doc: PDFDocumentProxy;
	let file: string;
	let pages: string[];
	beforeAll(async () => {
		file = join(builtSite(), flyerFile(lang));
		doc = await openPdf(file);
		pages = [await textOf(doc, 1), await textOf(doc, 2)];
	});

	it('is in the site root, and the print page it was made from is not', () => {
		expect(existsSync(file)).toBe(true);
		expect(existsSync(join(builtSite(), printPath(lang)))).toBe(false);
	});

	it('is A4 portrait, front and back', async () => {
		expect(doc.numPages).toBe(2);
		for (const n of [1, 2]) {
			const [x0, y0, x1, y1] = (await doc.getPage(n)).view;
			expect(x1! - x0!).toBeCloseTo(A4_PT.width, 1);
			expect(y1! - y0!).toBeCloseTo(A4_PT.height, 1);
		}
	});

	it('embeds ONE font per weight, named NotoSansJP-Regular/Bold/Black, as CID TrueType subsets (none Type 3); the Japanese file under 200 KB', async () => {
		const names = new Set<string>();
		for (const n of [1, 2]) {
			const fonts = await fontsOf(doc, n);
			expect(fonts.length).toBeGreaterThan(0);
			for (const font of fonts) {
				expect(font.name, font.name).toMatch(/^[A-Z]{6}\+NotoSansJP-(Regular|Bold|Black)$/);
				expect(font.type, font.name).toBe('CIDFontType2');
				expect(font.isType3Font, font.name).toBe(false);
				expect(font.missingFile, font.name).toBe(false);
				names.add(font.name);
			}
		}
		expect(names.size).toBeLessThanOrEqual(3);
		// One font object per weight in the whole file (pages share them).
		const expanded = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
		expect(expanded.match(/\/FontFile2/g)?.length).toBe(names.size);
		if (lang === 'ja') expect(statSync(file).size).toBeLessThan(200 * 1024);
	});

	it('prints every glyph of the content with the embedded fonts: the extracted text (NFC) holds every title and label as written', async () => {
		const flyer = flyerContent(model, lang);
		const nfc = (value: string) => value.normalize('NFC').replace(/\s+/g, '').replace(/\u2027/g, '\u30fb');
		const printed = nfc(await rawTextOf(doc, 1)) + nfc(await rawTextOf(doc, 2));
		const texts = [...flyer.priorities.map((p) => p.title), ...flyer.pillars.map((p) => p.title), ...flyer.headlines.map((h) => h.label), ...flyer.charts.map((c) => c.label)];
		for (const value of texts) expect(printed, value).toContain(nfc(value));
	});

	it('is tagged in reading order: the name (H1), then section headings (H2) and lists, figures with their words as alt text', async () => {
		const roles = async (n: number) => {
			const out: { role: string; alt?: string }[] = [];
			const walk = (node: { role?: string; alt?: string; children?: unknown[] }) => {
				if (node.role) out.push({ role: node.role, ...(node.alt ? { alt: node.alt } : {}) });
				for (const child of node.children ?? []) walk(child as typeof node);
			};
			walk((await (await doc.getPage(n)).getStructTree()) as never);
			return out;
		};
		const front = await roles(1);
		const at = (role: string) => front.findIndex((r) => r.role === role);
		expect(at('H1')).toBeGreaterThan(0);
		expect(at('H2')).toBeGreaterThan(at('H1'));
		expect(at('L')).toBeGreaterThan(at('H2'));
		expect(front.filter((r) => r.role === 'H3').length).toBe(flyerContent(model, lang).priorities.length);
		expect(front.some((r) => r.role === 'Figure' && r.alt === t(lang, 'flyer.qrLabel'))).toBe(true);
		const back = await roles(2);
		expect(back.findIndex((r) => r.role === 'H2')).toBeLessThan(back.findIndex((r) => r.role === 'L'));
		for (const chart of flyerContent(model, lang).charts) expect(back.some((r) => r.role === 'Figure' && r.alt === chart.summary), chart.label).toBe(true);
	});

	it('leaves no text untagged: every text run is in the structure tree (an MCID) or an artifact', async () => {
		// Before: the priority numbers 01–04 (aria-hidden) printed as 8 untagged runs on the front.
		for (const n of [1, 2]) {
			const runs = await textRunsOf(doc, n);
			expect(runs.tagged, `page ${n}`).toBeGreaterThan(100);
			expect(runs.untagged, `page ${n}: ${JSON.stringify(runs)}`).toBe(0);
		}
	});

	it('has the headline figures on the front, formatted for the language', () => {
		for (const printed of PRINTED[lang]) expect(pages[0]).toContain(squash(printed));
		for (const figure of flyerContent(model, lang).headlines) {
			expect(pages[0]).toContain(squash(figure.label));
			expect(pages[0]).toContain(squash(figure.head.value));
		}
	});

	it('has the candidate, the slogan, the priorities and the web address with its line on the front', () => {
		const flyer = flyerContent(model, lang);
		expect(pages[0]).toContain(squash(text(model.site.candidate.displayName ?? model.site.candidate.name, lang)));
		expect(pages[0]).toContain(squash(text(model.site.candidate.title, lang)));
		expect(pages[0]).toContain(squash(text(flyer.manifesto.title, lang)));
		expect(flyer.priorities).toHaveLength(4);
		for (const priority of flyer.priorities) expect(pages[0]).toContain(squash(priority.title));
		expect(pages[0]).toContain(squash(t(lang, 'flyer.web')));
		// The default (political) flyer is labelled as the association's political-activity material, with no 証紙 space.
		expect(pages[0]).toContain(squash(t(lang, 'flyer.political')));
		expect(pages[0]).not.toContain(squash(t(lang, 'flyer.campaign.stamp')));
		expect(pages[0]).toContain(lang === 'ja' ? 'koyaku.example.jp' : 'koyaku.example.jp/en');
	});

	it('has every area with its top achievements, the charts and the full imprint on the back', () => {
		const flyer = flyerContent(model, lang);
		expect(flyer.pillars).toHaveLength(6);
		for (const pillar of flyer.pillars) {
			expect(pages[1]).toContain(squash(pillar.title));
			expect(pillar.achievements.length).toBe(model.site.flyer.achievementsPerPillar);
			// At most the setting: the first achievement of every area always fits; later ones may be left out to fit (the build says which).
			expect(pages[1]).toContain(squash(pillar.achievements[0]!).slice(0, 12));
		}
		for (const chart of flyer.charts) expect(pages[1]).toContain(squash(chart.label));
		const { imprint } = model.site;
		const expected = [
			t(lang, 'flyer.imprint.publisher'),
			text(imprint.publisher, lang),
			text(imprint.address, lang),
			t(lang, 'flyer.imprint.distributor'),
			text(imprint.distributor!.name, lang),
			t(lang, 'flyer.imprint.printer'),
			text(imprint.printer!.name, lang),
			text(imprint.printer!.address, lang),
			t(lang, 'flyer.imprint.contact'),
			imprint.email,
		];
		for (const line of expected) expect(pages[1]).toContain(squash(line));
		if (lang === 'ja') for (const label of ['発行', '頒布責任者', '印刷者']) expect(pages[1]).toContain(label);
	});

	it('renders to PNG (test-output/) with the coloured title band at the top of the front', async () => {
		const front = await renderPng(doc, 1, `flyer-${lang}-1`);
		await renderPng(doc, 2, `flyer-${lang}-2`);
		const { data, width } = front.pixels;
		// A pixel in the band (10% down, 80% across) is the flyer's blue, not paper white.
		const at = (x: number, y: number) => data.slice((y * width + x) * 4, (y * width + x) * 4 + 3);
		const [r, g, b] = at(Math.round(width * 0.8), Math.round(front.pixels.height * 0.1));
		expect(b! - r!).toBeGreaterThan(60);
		expect(g!).toBeLessThan(120);
	});
});

describe('the site links to the flyer', () => {
	it.each(LANGS)('%s home page and every footer link both PDFs; no sitemap lists the print pages', (lang) => {
		const dir = builtSite();
		const home = readFileSync(join(dir, lang === 'ja' ? 'index.html' : 'en/index.html'), 'utf8');
		const metrics = readFileSync(join(dir, lang === 'ja' ? 'metrics/index.html' : 'en/metrics/index.html'), 'utf8');
		for (const l of LANGS) {
			const link = new RegExp(`<a href="/${flyerFile(l)}" type="application/pdf" hreflang="${l}"`, 'g');
			expect(home.match(link)?.length, `home links ${flyerFile(l)} in the figures and the footer`).toBe(2);
			expect(metrics.match(link)?.length, `footer links ${flyerFile(l)}`).toBe(1);
		}
		const sitemaps = readdirSync(dir).filter((f) => /^sitemap.*\.xml$/.test(f));
		expect(sitemaps.length).toBeGreaterThan(0);
		for (const file of sitemaps) expect(readFileSync(join(dir, file), 'utf8')).not.toContain('/print/');
	});
});
