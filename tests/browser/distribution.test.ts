/**
 * Published-result bars as a phone draws them (issue 23): on the fictional graded review, whose grade names
 * are long (100%以上, 70%未満) and whose segments are narrow, no mark inside a bar runs past its segment or
 * into another, at 320 and 390 px, in both languages.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT } from '../helpers/build.ts';
import { axTree } from '../helpers/ax-tree.ts';
import { siteInChromium, skipBrowser } from '../helpers/browser.ts';

let dir = '';

describe.skipIf(skipBrowser)('distribution bars at phone widths', () => {
	// Registered before siteInChromium's hook, so the folder exists when its server starts.
	beforeAll(async () => {
		dir = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-dist-')), { KOYAKU_CONTENT: join(ROOT, 'tests/fixtures/graded-review') }, ['--skip', 'pdf,search']);
	}, 240_000);
	const site = siteInChromium(() => dir);

	test.each([
		['/manifestos/kitahama-2011/', 320],
		['/manifestos/kitahama-2011/', 390],
		['/en/manifestos/kitahama-2011/', 320],
		['/en/manifestos/kitahama-2011/', 390],
	] as const)('%s at %i px: every mark inside its segment, none touching another', async (path, width) => {
		const page = await site.browser.newPage({ viewport: { width, height: 800 } });
		await page.goto(site.url + path, { waitUntil: 'load' });
		const marks = await page.$$eval('svg.dist-bar g', (groups) =>
			groups.flatMap((g) => {
				const text = g.querySelector('text');
				if (!text) return [];
				const seg = g.querySelector('rect')!.getBoundingClientRect();
				const box = text.getBoundingClientRect();
				return [{ grade: g.getAttribute('data-grade'), bar: g.closest('svg')!.getBoundingClientRect().top, seg: [seg.left, seg.right], box: [box.left, box.right] }];
			}),
		);
		await page.close();
		expect(marks.length).toBeGreaterThan(3);
		for (const m of marks) {
			expect(m.box[0], `${m.grade} starts inside its segment`).toBeGreaterThanOrEqual(m.seg[0]! - 0.5);
			expect(m.box[1], `${m.grade} ends inside its segment`).toBeLessThanOrEqual(m.seg[1]! + 0.5);
		}
		// Marks on one bar never overlap.
		for (const a of marks)
			for (const b of marks) if (a !== b && a.bar === b.bar) expect(a.box[1]! <= b.box[0]! || b.box[1]! <= a.box[0]!, `${a.grade} / ${b.grade}`).toBe(true);
	});

	test('read aloud: each bar is one image named by its sentence; its marks are not read out', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
		await page.goto(`${site.url}/manifestos/kitahama-2011/`, { waitUntil: 'load' });
		const sentence = await page.$eval('svg.dist-bar', (svg) => svg.closest('li')!.querySelector('.dist-sentence')!.textContent);
		const tree = await axTree(page, 'svg.dist-bar');
		await page.close();
		expect(tree[0]).toMatchObject({ role: 'image', name: sentence });
		expect(tree.slice(1).filter((n) => n.role === 'StaticText').map((n) => n.name)).toEqual([]);
	});
});
