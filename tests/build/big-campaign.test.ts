/**
 * A big campaign (the bench's synthetic one, 60 pledges with 150 figures in ten pillars) stays a site a
 * phone can load: pillar pages draw a limited number of charts and list the other figures, the /metrics/
 * index lists every figure on one line, and every figure is still one tap from its chart.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCampaign } from '../../scripts/bench/synthetic.ts';
import { CHART_CARDS_PER_PAGE } from '../../src/lib/page-size.ts';
import { loadContent } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { buildSite, readPage } from '../helpers/build.ts';
import { elements } from '../helpers/html.ts';
import { brokenReferences } from '../helpers/links.ts';
import { FIRST_VIEW_BUDGET, firstViewBytes, htmlPages, pageWeight } from '../helpers/weight.ts';

let out = '';
let model: Model;
beforeAll(async () => {
	const campaign = writeCampaign(mkdtempSync(join(tmpdir(), 'koyaku-big-content-')), 60);
	model = loadContent(campaign.dir).model!;
	out = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-big-')), { KOYAKU_CONTENT: campaign.dir, KOYAKU_OG: 'off' }, ['--skip', 'pdf']);
}, 300_000);

/** Ids of the figures drawn as chart cards, and of those listed one per line, on a page. */
const figuresOn = (html: string) => ({
	cards: elements(html, 'figure', /class="[^"]*\bmetric-card\b/).map((f) => /id="([^"]+)"/.exec(f)![1]!),
	lines: elements(html, 'li').filter((li) => /<a href="[^"]*\/metrics\/[^/"]+\/"/.test(li) && /class="figure-value"/.test(li)).map((li) => /id="([^"]+)"/.exec(li)![1]!),
});

describe('a campaign with many figures', () => {
	it('has more figures than a page draws', () => {
		expect(model.metrics.length).toBe(150);
		expect(model.pillars.length).toBe(10);
	});

	it('a pillar page draws its first figures as charts and lists the rest, each figure once', () => {
		for (const pillar of model.pillars) for (const lang of ['', '/en']) {
			const { cards, lines } = figuresOn(readPage(out, `${lang}/pillars/${pillar.id}/`));
			const own = model.metrics.filter((m) => m.owner.kind === 'policy' && model.policies.find((p) => p.id === m.owner.id)?.pillar === pillar.id).map((m) => m.id);
			expect(own.length).toBeGreaterThan(CHART_CARDS_PER_PAGE);
			expect(cards).toEqual(own.slice(0, CHART_CARDS_PER_PAGE));
			expect(lines).toEqual(own.slice(CHART_CARDS_PER_PAGE));
		}
	});

	it('a listed figure gives its latest value and when, and links to its own page with the chart', () => {
		const html = readPage(out, '/pillars/pillar-1/');
		const id = figuresOn(html).lines[0]!;
		const line = elements(html, 'li', new RegExp(`id="${id}"`))[0]!;
		expect(line).toMatch(new RegExp(`<a href="/metrics/${id}/"`));
		expect(line).toMatch(/class="figure-value">[\d,.]+(?:%|人|件|円)</);
		expect(line).toMatch(/\d{4}年度/);
		expect(figuresOn(readPage(out, `/metrics/${id}/`)).cards).toEqual([id]);
	});

	it('the /metrics/ index lists every figure on one line, with no chart', () => {
		for (const path of ['/metrics/', '/en/metrics/']) {
			const { cards, lines } = figuresOn(readPage(out, path));
			expect(cards, path).toEqual([]);
			expect(lines.toSorted(), path).toEqual(model.metrics.map((m) => m.id).toSorted());
			expect(readPage(out, path), path).not.toMatch(/<svg[^>]*class="chart/);
		}
	});

	it('home, pillar and policy pages stay within the first-view budget', () => {
		const over = htmlPages(out)
			.filter((page) => /^\/(?:en\/)?(?:pillars\/[^/]+\/|policies\/[^/]+\/)?$/.test(page))
			.map((page) => ({ page, bytes: firstViewBytes(pageWeight(out, page)) }))
			.filter(({ bytes }) => bytes > FIRST_VIEW_BUDGET)
			.map(({ page, bytes }) => `${page}: ${bytes} B gzip (budget ${FIRST_VIEW_BUDGET} B)`);
		expect(over).toEqual([]);
	});

	it('no link leads nowhere: each home tile opens its figure\'s own page, and pledge pages find each listed figure', () => {
		// Built without the flyers and share images (not what this file is about), so those are left out.
		expect(brokenReferences(out, 'https://sample-town.example').filter((p) => !/→ \/(?:flyer-(?:ja|en)\.pdf|og\/.+\.png) does not exist$/.test(p))).toEqual([]);
		const tiles = elements(readPage(out, '/'), 'a', /class="tile"/).map((a) => /href="([^"]+)"/.exec(a)![1]!);
		expect(tiles.length).toBeGreaterThan(0);
		// Each tile opens the figure's own page, not an anchor inside the long /metrics/ index (issue 21).
		expect(tiles.filter((href) => !/^\/metrics\/[a-z0-9-]+\/$/.test(href))).toEqual([]);
	});
});
