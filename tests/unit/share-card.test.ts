/**
 * Share cards: what each card says comes from the model and the figure text helpers (metric-text.ts);
 * the PNG is 1200×630, carries the data it was drawn from, and is cached by a hash of what it shows.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { t, text } from '../../src/i18n/index.ts';
import { headline } from '../../src/lib/metric-text.ts';
import { CARD_KEYWORD, cardHash, renderCard } from '../../src/lib/og-image.ts';
import { cardFor, cardImage, shareCards } from '../../src/lib/share-card.ts';
import { loadContent } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { ROOT } from '../helpers/build.ts';
import { readPng } from '../helpers/png.ts';

const model = loadContent(join(ROOT, 'content')).model as Model;
const cards = shareCards(model);

describe('what the cards say', () => {
	it('one card per home, manifesto, pillar, pledge, issue and figure, per language, each with its own image', () => {
		const perLang = 1 + model.manifestos.length + model.pillars.length + model.policies.length + model.reports.length + model.metrics.length;
		expect(model.site.locales).toEqual(['ja', 'en', 'easy']);
		expect(cards).toHaveLength(model.site.locales.length * perLang);
		expect(new Set(cards.map((c) => c.image)).size).toBe(cards.length);
	});

	it('names the image path by language, kind and id', () => {
		expect(cardImage('en', 'metric', 'hometown-tax')).toBe('/og/en/metrics/hometown-tax.png');
		expect(cardImage('ja', 'home')).toBe('/og/ja/home.png');
	});

	it.each(model.metrics.map((m) => m.id))("figure %s: the headline number, change and period are metric-text's headline", (id) => {
		const metric = model.metrics.find((m) => m.id === id)!;
		for (const lang of ['ja', 'en'] as const) {
			const card = cardFor(model, lang, 'metric', id);
			const head = headline(metric, lang);
			expect(card.figure).toMatchObject({ label: text(metric.label, lang), value: head.value, when: head.span ?? head.period });
			expect(card.figure!.change).toBe(head.change);
			expect(card.figure!.basis).toBe(head.basis);
			const doc = model.sources.find((s) => s.id === metric.source.source)!;
			expect(card.figure!.source.startsWith(t(lang, 'metric.source'))).toBe(true);
			expect(card.figure!.source).toContain(text(doc.title, lang));
			for (const part of [card.title, head.value, head.change]) if (part) expect(card.alt).toContain(part);
		}
	});

	it.each(model.policies.map((p) => p.id))("pledge %s: its rating in the scale's colour with its date and its main figure, or, unrated, what it is about", (id) => {
		const policy = model.policies.find((p) => p.id === id)!;
		const level = model.levelOf(policy);
		for (const lang of ['ja', 'en'] as const) {
			const card = cardFor(model, lang, 'policy', id);
			expect(card.title).toBe(text(policy.title, lang));
			if (level.unrated && !policy.rating.asOf) {
				// Never rated (the current manifesto's priorities): no large 未評価 (issue 21), but what it is about.
				expect(card.rating).toBeUndefined();
				expect(card.fact).toBeTruthy();
				expect(card.alt).not.toContain(text(level.label, lang));
			} else {
				expect(card.rating).toMatchObject({ label: text(level.label, lang), color: level.color, asOf: t(lang, 'policy.asOf', { date: lang === 'ja' ? '2020年1月15日' : '15 January 2020' }) });
				expect(card.alt).toContain(card.rating!.asOf);
			}
			if (model.manifestos.some((m) => m.priorityIds.includes(id))) expect(card.eyebrow).toMatch(lang === 'ja' ? /^最重点政策 \d$/ : /^Top priorities: no\. \d$/);
		}
	});

	it('a rated pledge with a figure names it with its headline: ふるさと納税 on the finance pledge', () => {
		expect(cardFor(model, 'ja', 'policy', 'zaisei-kenzenka-furusato-shimin').fact).toBe('小諸ふるさと市民　3,682人（2020年1月15日）');
		expect(cardFor(model, 'en', 'policy', 'zaisei-kenzenka-furusato-shimin').fact).toBe('Komoro Furusato Citizens: 3,682 people (15 January 2020)');
	});

	it('every card names the candidate and the site', () => {
		for (const card of cards) {
			expect(card.candidate).toContain(text(model.site.candidate.displayName ?? model.site.candidate.name, card.lang));
			expect(card.site).toBe(text(model.site.siteName ?? model.site.organisation, card.lang));
		}
	});

	it('pages without a card of their own get the home card of their language', () => {
		expect(cardFor(model, 'en', 'metric', 'no-such-figure').image).toBe('/og/en/home.png');
	});
});

describe('drawing and caching', () => {
	const root = mkdtempSync(join(tmpdir(), 'koyaku-og-'));
	const cache = join(root, 'og');
	process.env['KOYAKU_CACHE'] = root;
	afterAll(() => {
		delete process.env['KOYAKU_CACHE'];
		rmSync(root, { recursive: true, force: true });
	});
	const card = cardFor(model, 'ja', 'metric', model.metrics[0]!.id);

	it('draws a 1200×630 PNG that carries the data it was drawn from', async () => {
		const png = readPng(await renderCard(card));
		expect([png.width, png.height, png.crcOk]).toEqual([1200, 630, true]);
		expect(png.chunks.slice(0, 2)).toEqual(['IHDR', 'iTXt']);
		const drawn = JSON.parse(png.text[CARD_KEYWORD]!);
		expect(drawn.figure).toEqual(card.figure);
		expect(drawn.title).toBe(card.title);
	});

	it('draws again only when what the card shows changes', async () => {
		const first = await renderCard(card);
		expect(readdirSync(cache)).toHaveLength(1);
		expect((await renderCard(card)).equals(first)).toBe(true);
		expect(readdirSync(cache)).toHaveLength(1);
		// Where the page lives is not drawn: same hash.
		expect(cardHash({ ...card, page: '/elsewhere/' })).toBe(cardHash(card));
		// A changed number is: a new picture.
		const changed = { ...card, figure: { ...card.figure!, value: '1億円' } };
		expect(cardHash(changed)).not.toBe(cardHash(card));
		const second = await renderCard(changed);
		expect(second.equals(first)).toBe(false);
		expect(readdirSync(cache)).toHaveLength(2);
	});
});
