/**
 * The in-browser check the PDF step runs before printing (src/flyer/fit.ts), on a small two-page sheet in
 * a real Chromium: every text inside its page and uncovered, sizes at least the minimum; items marked
 * `data-drop` are left out, least important first, until the page fits, and taken back if they fit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fitFlyer, type FitOptions } from '../../src/flyer/fit.ts';

const OPTIONS: FitOptions = { safeMm: 3, minPt: 7, bodyPt: 9, bodySelector: '.points li', maxGrow: 1 };
const sheet = (front: string, back = '<footer class="imprint" data-fit="imprint"><p>発行 山田はなこ後援会</p></footer>') => `<!doctype html><html lang="ja"><head><style>
* { margin: 0; padding: 0; box-sizing: border-box; }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden; --grow: 1; }
.trim { position: absolute; inset: 0; display: flex; flex-direction: column; padding: 10mm 12mm; }
.front-body, .back-body { flex: 1; min-height: 0; overflow: hidden; }
li { height: 60mm; font-size: 10pt; }
</style></head><body>
<section class="page" data-page="front"><div class="trim"><main class="front-body">${front}</main></div></section>
<section class="page" data-page="back"><div class="trim"><div class="back-body"></div>${back}</div></section>
</body></html>`;

let browser: Browser;
let page: Page;
beforeAll(async () => {
	const { chromium } = await import('playwright-core');
	browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
	page = await browser.newPage({ viewport: { width: 900, height: 2400 } });
});
afterAll(() => browser?.close());

const run = async (html: string) => {
	await page.setContent(html);
	// Vitest's transform names functions with a helper the page does not have.
	await page.evaluate('window.__name = (f) => f');
	return page.evaluate(fitFlyer, OPTIONS);
};

describe('the check before printing', () => {
	it('finds the imprint covered by another element, and says which text', async () => {
		const result = await run(sheet('<p>表面</p>', '<footer class="imprint" data-fit="imprint"><p>発行 山田はなこ後援会</p><div style="position:absolute; left:0; right:0; bottom:0; height:40mm; background:#0a4f8f"></div></footer>'));
		expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'covered', part: 'imprint', page: 'back', text: '発行 山田はなこ後援会' }));
	});

	it('finds text too small, outside the safe area, and what cannot fit even alone', async () => {
		const result = await run(sheet('<p style="font-size:6pt">小さい字</p><p style="position:absolute; left:0; top:0">端の字</p><div data-fit="title" style="height:10mm; overflow:hidden"><p style="height:30mm">長すぎる題名</p></div>'));
		expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'small', text: '小さい字', pt: 6 }));
		expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'outside', text: '端の字' }));
		expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'overflow', part: 'title' }));
		expect(result.problems.find((p) => p.kind === 'overflow')!.down).toBeCloseTo(20, 0);
	});

	it('a whole, uncovered page passes', async () => {
		const result = await run(sheet('<p>表面の文</p>'));
		expect(result.problems).toEqual([]);
		expect(result.dropped).toEqual([]);
	});

	it('puts a back that fits on the front there, and prints one page', async () => {
		const back = '<div class="back-body"><section data-to-front="body-end" style="height:40mm">裏の結果</section></div><footer class="imprint" data-to-front="foot"><p>発行 山田はなこ後援会</p></footer>';
		const result = await run(sheet('<p>表面</p>', back).replace('<div class="back-body"></div>', ''));
		expect(result.pages).toBe(1);
		expect(result.problems).toEqual([]);
		expect(await page.evaluate(() => [document.querySelectorAll('[data-page]').length, document.querySelector('[data-page="front"]')!.textContent!.replace(/\s+/g, '')])).toEqual([1, '表面裏の結果発行山田はなこ後援会']);
	});

	it('keeps two pages when the back does not fit on the front, moving the part that evens them out', async () => {
		// Front: 20 mm used of 277. Back: 120 + 120 mm parts; both cannot join the front (one can).
		const back = '<div class="back-body"><section id="a" data-to-front="body-end" style="height:120mm">裏A</section><section id="b" data-to-front="body-end" style="height:120mm">裏B</section></div><footer class="imprint"><p>発行 山田はなこ後援会</p></footer>';
		const result = await run(sheet('<p style="height:20mm">表面</p>', back).replace('<div class="back-body"></div>', ''));
		expect(result.pages).toBe(2);
		expect(result.problems).toEqual([]);
		const where = await page.evaluate(() => ['#a', '#b'].map((id) => (document.querySelector(id)!.closest('[data-page]') as HTMLElement).dataset['page']));
		expect(where.filter((p) => p === 'front')).toHaveLength(1);
	});

	it('leaves out the highest data-drop first until the page fits, then takes back what fits, and lists what it left out', async () => {
		// Room for 4 items of 60 mm on the 277 mm body: 6 listed; the two least important (highest rank) go.
		const items = [
			[1, 200],
			[2, 500],
			[3, 300],
			[4, 510],
			[5, 210],
			[6, 310],
		]
			.map(([n, rank]) => `<li data-drop="${rank}" data-drop-kind="point" data-drop-name="項目${n}">項目${n}</li>`)
			.join('');
		const result = await run(sheet(`<ul class="points">${items}</ul>`));
		expect(result.problems).toEqual([]);
		expect(result.dropped.map((d) => d.name)).toEqual(['項目4', '項目2']);
	});
});
