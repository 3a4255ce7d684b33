/**
 * Share cards on the built site: every page names an og:image that exists, is a 1200×630 PNG and has its
 * alternative text; home, manifestos, pillars, pledges, newsletter issues and figures each have their own
 * card; and a figure's card was drawn from the same words as its page's headline (the PNG carries the data
 * it was drawn from, see src/lib/og-image.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { CARD_KEYWORD } from '../../src/lib/og-image.ts';
import type { ShareCard } from '../../src/lib/share-card.ts';
import { ROOT, readPage } from '../helpers/build.ts';
import { attr, elements, openingTags, textOf, withoutFurigana } from '../helpers/html.ts';
import { readPng } from '../helpers/png.ts';
import { editionOf, editionsOf, twinIn } from '../helpers/editions.ts';
import { builtSite } from '../helpers/site.ts';
import { htmlPages } from '../helpers/weight.ts';

const model = loadContent(join(ROOT, 'content')).model as Model;
let dir: string;
beforeAll(() => {
	dir = builtSite();
});

const pngsUnder = (root: string, sub = ''): string[] =>
	readdirSync(join(root, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pngsUnder(root, join(sub, e.name)) : e.name.endsWith('.png') ? [`/${sub}/${e.name}`] : []));

const meta = (html: string, property: string) => {
	const tag = openingTags(html, 'meta').find((t) => attr(t, 'property') === property || attr(t, 'name') === property);
	return tag && attr(tag, 'content');
};
/** The card data a PNG was drawn from. */
const drawnFrom = (file: string) => JSON.parse(readPng(readFileSync(file)).text[CARD_KEYWORD] ?? 'null') as Omit<ShareCard, 'page' | 'image' | 'alt'> | null;
const imageFile = (url: string) => join(dir, new URL(url).pathname);

describe('every page has a share card', () => {
	it('builds one PNG per card and no more: home, manifestos, pillars, pledges, issues, figures × every edition', () => {
		const perLang = 1 + model.manifestos.length + model.pillars.length + model.policies.length + model.reports.length + model.metrics.length;
		const pngs = pngsUnder(dir, 'og');
		expect(pngs.length).toBe(model.site.locales.length * perLang);
		// Each edition has its own cards, in its own folder (og/ja, og/en, og/easy).
		for (const lang of model.site.locales) expect(pngs.filter((png) => png.startsWith(`/og/${lang}/`)), lang).toHaveLength(perLang);
		// None is orphaned: every PNG is some page's og:image.
		const named = new Set(htmlPages(dir).map((page) => new URL(meta(readPage(dir, page), 'og:image')!).pathname));
		expect(pngs.filter((png) => !named.has(png))).toEqual([]);
	});

	it('every page names an og:image that exists, is 1200×630 and has og:image:alt', () => {
		const pages = htmlPages(dir);
		expect(pages.length).toBeGreaterThan(100);
		for (const page of pages) {
			const html = readPage(dir, page);
			const image = meta(html, 'og:image');
			expect(image, page).toMatch(new RegExp(`^${model.site.url}og/(${model.site.locales.join('|')})/.+\\.png$`));
			const file = imageFile(image!);
			expect(existsSync(file), `${page}: ${image}`).toBe(true);
			const png = readPng(readFileSync(file));
			expect([png.width, png.height, png.crcOk], page).toEqual([1200, 630, true]);
			expect([meta(html, 'og:image:width'), meta(html, 'og:image:height'), meta(html, 'og:image:type')], page).toEqual(['1200', '630', 'image/png']);
			const alt = meta(html, 'og:image:alt') ?? '';
			const card = drawnFrom(file)!;
			// The alternative text says what the picture says: its title and, for a figure, its number.
			expect(alt, page).toContain(card.title);
			if (card.figure) expect(alt, page).toContain(card.figure.value);
			expect(meta(html, 'twitter:card')).toBe('summary_large_image');
			expect(meta(html, 'og:url')).toBe(attr(openingTags(html, 'link').find((t) => attr(t, 'rel') === 'canonical')!, 'href'));
			// The card is in the page's edition.
			expect(new URL(image!).pathname.split('/')[2], page).toBe(editionOf(model, page).lang);
			expect(card.lang, page).toBe(editionOf(model, page).lang);
		}
	});

	it.each([
		['', 'home', (lang: string) => `/og/${lang}/home.png`],
		...model.manifestos.map((m) => [`manifestos/${m.id}/`, 'manifesto', (lang: string) => `/og/${lang}/manifestos/${m.id}.png`] as const),
		...model.pillars.map((p) => [`pillars/${p.id}/`, 'pillar', (lang: string) => `/og/${lang}/pillars/${p.id}.png`] as const),
		...model.policies.map((p) => [`policies/${p.id}/`, 'policy', (lang: string) => `/og/${lang}/policies/${p.id}.png`] as const),
		...model.reports.map((r) => [`reports/${r.id}/`, 'report', (lang: string) => `/og/${lang}/reports/${r.id}.png`] as const),
		...model.metrics.map((m) => [`metrics/${m.id}/`, 'metric', (lang: string) => `/og/${lang}/metrics/${m.id}.png`] as const),
	] as const)('/%s has its own card (%s) whose title is the page heading, in every edition', (path, kind, image) => {
		for (const { lang } of editionsOf(model)) {
			const html = readPage(dir, twinIn(model, `/${path}`, lang));
			const url = meta(html, 'og:image')!;
			expect(new URL(url).pathname).toBe(image(lang));
			const card = drawnFrom(imageFile(url))!;
			expect(card.kind).toBe(kind);
			expect(card.lang).toBe(lang);
			// The heading as read (the easy edition's furigana left out: the card has none).
			if (kind !== 'home') expect(textOf(withoutFurigana(elements(html, 'h1')[0] ?? '')), lang).toContain(card.title);
		}
	});
});

describe("a figure's card shows the figure's own headline", () => {
	it.each(model.metrics.map((m) => m.id))('%s: number, change, period and source match its page (every edition)', (id) => {
		for (const { lang } of editionsOf(model)) {
			const html = readPage(dir, twinIn(model, `/metrics/${id}/`, lang));
			const figure = elements(html, 'figure', /class="metric-card"/)[0]!;
			// The page's words as read: the easy edition's furigana left out (the card has none).
			const part = (cls: string) => {
				const el = elements(figure, 'span', new RegExp(`class="${cls}"`))[0];
				return el === undefined ? undefined : textOf(withoutFurigana(el));
			};
			const card = drawnFrom(imageFile(meta(html, 'og:image')!))!;
			expect(card.figure, `${lang} ${id}`).toBeDefined();
			expect(card.figure!.value).toBe(part('metric-value'));
			expect(card.figure!.change).toBe(part('metric-change'));
			expect([card.figure!.when, card.figure!.basis].filter(Boolean).join(lang === 'en' ? ' · ' : '・')).toBe(part('metric-when'));
			expect(card.figure!.label).toBe(part('metric-label'));
			// The source the card names is the document the page cites.
			const cited = textOf(withoutFurigana(elements(figure, 'cite')[0] ?? elements(figure, 'p', /class="metric-source"/)[0]!));
			expect(card.figure!.source).toContain(cited);
		}
	});

	it('the hometown-tax card shows ふるさと納税 and 50.5倍, as the newsletter prints it', () => {
		const hometown = model.metrics.find((m) => m.label.ja.includes('ふるさと納税') && m.change?.kind === 'ratio')!;
		const card = drawnFrom(join(dir, 'og', 'ja', 'metrics', `${hometown.id}.png`))!;
		expect(card.title).toContain('ふるさと納税');
		expect(card.figure!.change).toBe('50.5倍');
		expect(model.sources.find((s) => s.id === hometown.source.source)!.text).toContain('50.5倍');
	});
});

describe('figure pages', () => {
	it('the metrics page links to every figure page, in every edition', () => {
		for (const { lang } of editionsOf(model)) {
			const html = readPage(dir, twinIn(model, '/metrics/', lang));
			for (const metric of model.metrics) expect(html).toContain(`href="${twinIn(model, `/metrics/${metric.id}/`, lang)}"`);
		}
	});

	it.each(model.metrics.map((m) => m.id))('/metrics/%s/ has the chart, table, source and LINE, X and Facebook links to itself', (id) => {
		for (const { lang } of editionsOf(model)) {
			const path = twinIn(model, `/metrics/${id}/`, lang);
			const html = readPage(dir, path);
			expect(elements(html, 'figure', /class="metric-card"/)).toHaveLength(1);
			expect(html).toMatch(/<canvas[^>]*role="img"|<svg[^>]*role="img"/);
			expect(elements(html, 'table', /class="metric-table"/)).toHaveLength(1);
			expect(elements(html, 'p', /class="metric-source"/)).toHaveLength(1);
			const self = encodeURIComponent(new URL(path.slice(1), model.site.url).href);
			const share = openingTags(html, 'a').filter((a) => attr(a, 'data-share'));
			expect(share.map((a) => attr(a, 'data-share'))).toEqual(['line', 'x', 'facebook']);
			for (const a of share) expect(attr(a, 'href'), `${path} ${attr(a, 'data-share')}`).toContain(self);
			expect(attr(share[0]!, 'href')).toMatch(/^https:\/\/social-plugins\.line\.me\/lineit\/share\?url=/);
		}
	});
});
