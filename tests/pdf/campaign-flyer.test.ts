/**
 * The registered campaign flyer (選挙運動用ビラ, 公職選挙法 art. 142), as the build prints it for the
 * fixture campaign (tests/fixtures/election-campaign, `flyer.mode: campaign`) with the clock in its
 * campaign period: the build says what the law expects; each language's PDF is A4 at most, and its front
 * (表面) carries the registered type's number, the 頒布責任者 and 印刷者 with addresses, and a marked,
 * empty space for the election board's 証紙. Pages rendered to PNG in test-output/ to look at.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { t, type Lang as Edition } from '../../src/i18n/index.ts';

/** The flyer's languages (the easy Japanese edition has no flyer). */
type Lang = Exclude<Edition, 'easy'>;
import { runBuild, ROOT } from '../helpers/build.ts';
import { openPdf, renderPng, squash, textOf } from '../helpers/pdf.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'election-campaign');
const A4_PT = { width: 594.96, height: 841.92 };
const MM = 72 / 25.4;
/** As written in the fixture's site.yaml (not read through the code under test). */
const IMPRINT: Record<Lang, { type: string; lines: string[] }> = {
	ja: { type: '届出ビラ第1号', lines: ['頒布責任者', '佐藤一郎', '〒000-0000サンプル県サンプル町3-3', '印刷者', '株式会社サンプル印刷', '〒000-0000サンプル県サンプル町2-2'] },
	en: {
		type: 'RegisteredflyerNo.2',
		lines: ['Responsiblefordistribution', 'IchiroSato', '3-3SampleTown,SamplePrefecture000-0000', 'Printedby', 'SamplePrintingCo.,Ltd.', '2-2SampleTown,SamplePrefecture000-0000'],
	},
};

let dir: string;
let log: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'koyaku-campaign-'));
	// 2027-04-21 noon in Japan: the campaign period (announced 2027-04-20, polling day 2027-04-25).
	log = await runBuild(dir, { KOYAKU_CONTENT: FIXTURE, KOYAKU_NOW: '2027-04-21T03:00:00Z' }, ['--skip', 'search']);
});

describe('the build in the campaign period', () => {
	it('says the phase, and what the law expects of the flyer', () => {
		expect(log).toContain('選挙の時期: 選挙運動期間（告示日2027-04-20〜投票日の前日2027-04-24。今日は2027-04-21、日本時間）');
		expect(log).toContain('Election phase: campaign period (2027-04-20 to 2027-04-24');
		expect(log).toContain('- 選挙管理委員会に届け出た種類（2種類まで）: 第1号 日本語版、第2号 英語版');
		expect(log).toContain('- 1枚ごとに選挙管理委員会の交付する証紙を貼る');
		expect(log).toContain('（町村長の選挙: 5千枚）');
		expect(log).toContain('at most');
		// No warning about vote-asking text: it may be published now.
		expect(log).not.toContain('Warning');
	});
});

describe('the build before the announcement', () => {
	it('with --strict stops at the check, naming each vote-asking phrase; nothing is built', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'koyaku-campaign-strict-')), 'dist');
		const failure = await runBuild(out, { KOYAKU_CONTENT: FIXTURE, KOYAKU_NOW: '2027-04-19T14:59:59Z' }, ['--strict', '--skip', 'search,pdf']).then(
			() => undefined,
			(error: Error) => error.message,
		);
		expect(failure).toContain('site.yaml:26  flyer.slogan.ja  「清き一票」は投票をお願いする言葉です。告示日（2027-04-20）の前は');
		expect(failure).toContain('newsletter-2020-01.md:22  body.en  「Please vote」');
		expect(failure).toContain('5 problems in 2 files: nothing was built');
		expect(existsSync(out)).toBe(false);
	});
});

describe.each(['ja', 'en'] as Lang[])('flyer-%s.pdf in campaign mode', (lang) => {
	let doc: PDFDocumentProxy;
	let front: string;
	let back: string;
	beforeAll(async () => {
		doc = await openPdf(join(dir, `flyer-${lang}.pdf`));
		[front, back] = [await textOf(doc, 1), await textOf(doc, 2)];
	});

	it('is A4, front and back', async () => {
		expect(doc.numPages).toBe(2);
		for (const n of [1, 2]) {
			const [x0, y0, x1, y1] = (await doc.getPage(n)).view;
			expect(x1! - x0!).toBeCloseTo(A4_PT.width, 1);
			expect(y1! - y0!).toBeCloseTo(A4_PT.height, 1);
		}
	});

	it('prints the type number, the 頒布責任者 and the 印刷者 with their addresses on the front, and no political-activity label', () => {
		expect(front).toContain(IMPRINT[lang].type);
		for (const line of IMPRINT[lang].lines) expect(front).toContain(line);
		expect(front).toContain(squash(t(lang, 'flyer.campaign.stamp')));
		expect(front).not.toContain(squash(t(lang, 'flyer.political')));
		// The back keeps the publisher and the contact, not a second copy of the front's lines.
		expect(back).toContain('office@sample-town.example');
		expect(back).not.toContain(IMPRINT[lang].lines[1]);
	});

	it('has a marked, empty space for the 証紙: a dashed frame of 24 × 20 mm in the lower right of the front, blank inside', async () => {
		const page = await doc.getPage(1);
		const items = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str.trim());
		const label = squash(t(lang, 'flyer.campaign.stamp'));
		// The label's first glyph run: the frame is centred on the label's box.
		const first = items.find((item) => 'str' in item && label.startsWith(squash(item.str).slice(0, 2))) as { transform: number[] } | undefined;
		expect(first, 'the stamp label is on the front').toBeDefined();
		const [labelX, labelY] = [first!.transform[4]!, first!.transform[5]!];
		// Lower right: beyond the middle across, in the last fifth down (PDF y counts up from the bottom).
		expect(labelX).toBeGreaterThan(A4_PT.width * 0.7);
		expect(labelY).toBeLessThan(A4_PT.height * 0.2);

		const dpi = 150;
		const { pixels } = await renderPng(doc, 1, `campaign-flyer-${lang}-1`, dpi);
		await renderPng(doc, 2, `campaign-flyer-${lang}-2`, dpi);
		const px = dpi / 25.4;
		const { data, width, height } = pixels;
		const dark = (x: number, y: number) => {
			const i = (Math.round(y) * width + Math.round(x)) * 4;
			return data[i]! + data[i + 1]! + data[i + 2]! < 3 * 110;
		};
		// Find the frame from the paper's right edge inwards, level with the label, then down to its bottom side
		// (a dashed side may have a gap at any one row: look along 2 mm of it).
		const y0 = (A4_PT.height - labelY) * (dpi / 72);
		const x0 = labelX * (dpi / 72);
		const darkAlong = (x: number, y: number, axis: 'x' | 'y') => Array.from({ length: 25 }, (_, i) => i - 12).some((d) => (axis === 'y' ? dark(x, y + d) : dark(x + d, y)));
		let right = width - 1;
		while (right > x0 && !darkAlong(right, y0, 'y')) right--;
		// The bottom: the lowest dark pixel of the right side within the frame's height below the label.
		let bottom = y0;
		for (let y = y0; y < Math.min(height, y0 + 22 * px); y++) if (dark(right, y) || dark(right - 1, y)) bottom = y;
		const frame = { right, bottom, left: right - 24 * px, top: bottom - 20 * px };
		// The frame is dashed: along each side, some pixels dark and some light (within 0.5 mm of the edge, inwards).
		const along = (points: [number, number][], inward: [number, number]) =>
			points.filter(([x, y]) => [0, 1, 2, 3].some((d) => dark(x + d * inward[0], y + d * inward[1]))).length / points.length;
		const steps = (from: number, to: number) => Array.from({ length: Math.round(to - from) - 8 }, (_, i) => from + 4 + i);
		for (const [side, points] of Object.entries({
			left: [steps(frame.top, frame.bottom).map((y): [number, number] => [frame.left, y]), [1, 0]],
			right: [steps(frame.top, frame.bottom).map((y): [number, number] => [frame.right, y]), [-1, 0]],
			top: [steps(frame.left, frame.right).map((x): [number, number] => [x, frame.top]), [0, 1]],
			bottom: [steps(frame.left, frame.right).map((x): [number, number] => [x, frame.bottom]), [0, -1]],
		} as Record<string, [[number, number][], [number, number]]>)) {
			const share = along(...points);
			expect(share, `${side} side of the stamp frame is dashed`).toBeGreaterThan(0.3);
			expect(share, `${side} side of the stamp frame is dashed`).toBeLessThan(0.95);
		}
		// Blank inside for the stamp, apart from the label in the middle: the top and bottom quarters are paper.
		for (const band of [
			[frame.top + 1.5 * px, frame.top + 5 * px],
			[frame.bottom - 5 * px, frame.bottom - 1.5 * px],
		])
			for (let y = band[0]!; y < band[1]!; y += 2)
				for (let x = frame.left + 1.5 * px; x < frame.right - 1.5 * px; x += 2) expect(dark(x, y), `blank at ${x},${y}`).toBe(false);
	});
});
