/**
 * A campaign that only grades targets (tests/fixtures/targets-only, fictional みなと台町): no ratings.yaml,
 * so no pledge scale. It checks and builds with content alone, and no page shows a rating for a pledge.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { buildSite, readPage, ROOT } from '../helpers/build.ts';
import { elements, textOf } from '../helpers/html.ts';

const CONTENT = join(ROOT, 'tests/fixtures/targets-only');
let out = '';
beforeAll(async () => {
	out = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-targets-')), { KOYAKU_CONTENT: CONTENT });
}, 240_000);
const page = (path: string) => readPage(out, path);

describe('a campaign without ratings.yaml', () => {
	it('has no ratings.yaml, checks clean and builds, flyers included', () => {
		expect(existsSync(join(CONTENT, 'ratings.yaml'))).toBe(false);
		const result = loadContent(CONTENT);
		// The one warning: the imprint is marked as example values (the flyer would print them).
		expect([result.problems, result.warnings.map((w) => w.field)]).toEqual([[], ['imprint.example']]);
		expect([result.model?.hasScale, result.model?.ratings.levels, result.model?.levels]).toEqual([false, [], []]);
		for (const file of ['index.html', 'en/index.html', 'flyer-ja.pdf', 'flyer-en.pdf']) expect(existsSync(join(out, file)), file).toBe(true);
	});

	it('a pledge without a rating shows none: no badge, no rating box, no rating bar, no "not rated"', () => {
		for (const path of ['/policies/bus-network/', '/pillars/kurashi/', '/manifestos/minatodai-plan/', '/', '/en/policies/bus-network/']) {
			const html = page(path);
			expect(html, path).not.toMatch(/class="[^"]*\b(badge|rating-box|rating-bar|dashboard)\b/);
			expect(textOf(html), path).not.toMatch(/評価なし|Not rated/);
		}
		expect(page('/pillars/kurashi/')).toContain('data-policy="bus-network"');
	});

	it('no empty "how far the pledges have got" heading where there is nothing to tally', () => {
		for (const path of ['/', '/manifestos/minatodai-plan/']) expect(textOf(page(path)), path).not.toContain('公約の進み具合');
		for (const path of ['/en/', '/en/manifestos/minatodai-plan/']) expect(textOf(page(path)), path).not.toContain('How far the pledges have got');
	});

	it('its targets are graded by the manifesto\'s bands, shown on the scale page', () => {
		const card = textOf(elements(page('/pillars/kurashi/'), 'figure', /id="bus-riders"/)[0]!);
		expect(card).toContain('目標 5万人以上（2025年度まで）');
		expect(card).toMatch(/評価 B\s*（60%以上）/);
		const scale = textOf(page('/ratings/'));
		expect(scale).toContain('目標達成');
		expect(elements(page('/ratings/'), 'dl', /class="scale card"/)).toHaveLength(1);
	});

	it('a target for every fiscal year says how many of the measured years met it, in both languages', () => {
		const card = (path: string) => textOf(elements(page(path), 'figure', /id="checkup-rate"/)[0]!);
		expect(card('/pillars/kurashi/')).toMatch(/目標\s*毎年度60%以上\s*達成率\s*101\.7%\s*達成した年度\s*2年度中1年度（2023年度）/);
		expect(card('/en/pillars/kurashi/')).toMatch(/Fiscal years met\s*1 of 2 \(FY2023\)/);
		expect(card('/metrics/checkup-rate/')).toContain('2年度中1年度（2023年度）');
		// A one-off target has no such line.
		expect(textOf(elements(page('/pillars/kurashi/'), 'figure', /id="bus-riders"/)[0]!)).not.toContain('達成した年度');
	});

	it('a source dated by its year only is shown so', () => {
		expect(textOf(elements(page('/pillars/kurashi/'), 'figure', /id="bus-riders"/)[0]!)).toMatch(/みなと台町 目標の進み具合\s*（2024年）/);
	});
});
