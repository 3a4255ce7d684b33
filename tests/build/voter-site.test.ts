/**
 * The voter site as search engines, share previews, feed readers and static hosts see it: every page's
 * head (lang, description, canonical, hreflang pair, Open Graph, feed), every internal link and #anchor,
 * the sitemap with language alternates, the feeds, the 404 page, the JSON open data, robots.txt, the
 * progress dashboard's numbers, and the whole site again under a base path (a GitHub Pages project site).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text } from '../../src/i18n/index.ts';
import { JSON_FIELDS, JSON_METRIC_FIELDS, JSON_POINT_FIELDS } from '../../src/lib/open-data.ts';
import { DESCRIPTION_MAX } from '../../src/lib/page-meta.ts';
import { loadContent } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { ROOT, buildSite, readPage } from '../helpers/build.ts';
import { attr, decode, elements, openingTags, textOf } from '../helpers/html.ts';
import { brokenReferences, filesOf, pathOf, referencesIn } from '../helpers/links.ts';
import { editionOf, editionsOf, twinIn } from '../helpers/editions.ts';
import { builtSite } from '../helpers/site.ts';

const model = loadContent(join(ROOT, 'content')).model as Model;
const origin = new URL(model.site.url).origin;
let dir: string;
let pages: string[];
beforeAll(() => {
	dir = builtSite();
	pages = filesOf(dir).filter((f) => f.endsWith('index.html')).map((f) => pathOf(f));
});

const meta = (html: string, key: string) => {
	const tag = openingTags(html, 'meta').find((m) => attr(m, 'property') === key || attr(m, 'name') === key);
	return tag ? attr(tag, 'content') : undefined;
};
const link = (html: string, rel: string, hreflang?: string) =>
	openingTags(html, 'link')
		.filter((l) => attr(l, 'rel') === rel && (hreflang === undefined || attr(l, 'hreflang') === hreflang))
		.map((l) => attr(l, 'href'));

describe('every page', () => {
	it('is built in every edition (site.yaml locales): each Japanese page has its twin in every other edition', () => {
		expect(pages.length).toBeGreaterThan(100);
		const editions = editionsOf(model);
		expect(editions.map((e) => e.lang)).toEqual(model.site.locales);
		const ja = pages.filter((p) => editionOf(model, p).lang === 'ja');
		for (const { lang } of editions)
			expect(pages.filter((p) => editionOf(model, p).lang === lang).sort(), lang).toEqual(ja.map((p) => twinIn(model, p, lang)).sort());
		for (const path of ['/', '/metrics/', '/ratings/', '/reports/', ...model.pillars.map((p) => `/pillars/${p.id}/`), ...model.policies.map((p) => `/policies/${p.id}/`), ...model.reports.map((r) => `/reports/${r.id}/`)])
			expect(ja).toContain(path);
	});

	it('has lang, a description, canonical, hreflang for every edition with x-default, Open Graph, Twitter and feed tags', () => {
		const problems: string[] = [];
		const editions = editionsOf(model);
		const root = editions.find((e) => e.prefix === '/')!;
		for (const path of pages) {
			const html = readPage(dir, path);
			const edition = editionOf(model, path);
			const expect_ = (ok: boolean, what: string) => ok || problems.push(`${path}: ${what}`);
			// The edition's BCP 47 tag: ja, en, or ja-x-easy for the やさしい日本語 edition.
			expect_(attr(html.match(/<html[^>]*>/)![0], 'lang') === edition.tag, 'lang');
			const description = meta(html, 'description') ?? '';
			expect_(description.length >= 10 && description.length <= DESCRIPTION_MAX + 60, `description "${description}"`);
			expect_(elements(html, 'title')[0]!.length > 20, 'title');
			expect_(link(html, 'canonical')[0] === `${origin}${path}`, 'canonical');
			// One alternate per edition, each naming its own twin (this page under its own tag), and x-default the root's.
			for (const other of editions) {
				const hrefs = link(html, 'alternate', other.tag);
				expect_(hrefs.length === 1 && hrefs[0] === `${origin}${twinIn(model, path, other.lang)}`, `hreflang ${other.tag}`);
			}
			expect_(openingTags(html, 'link').filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang')).length === editions.length + 1, 'no other hreflang');
			expect_(link(html, 'alternate', 'x-default')[0] === `${origin}${twinIn(model, path, root.lang)}`, 'x-default');
			for (const key of ['og:type', 'og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'og:site_name', 'og:locale', 'twitter:card'])
				expect_(!!meta(html, key), key);
			expect_(meta(html, 'og:url') === `${origin}${path}`, 'og:url');
			expect_(meta(html, 'og:description') === description, 'og:description');
			const feed = openingTags(html, 'link').find((l) => attr(l, 'type') === 'application/rss+xml');
			expect_(!!feed && attr(feed, 'href') === `${edition.prefix}rss.xml`, 'feed link');
			expect_(elements(html, 'h1').length === 1, 'exactly one h1');
		}
		expect(problems.slice(0, 30)).toEqual([]);
	});

	it('gives every page its own description, within each edition', () => {
		// Per edition: the やさしい日本語 edition shows the Japanese text where no easy text is written (site.yaml
		// README), so an easy page may share its Japanese twin's description; within one edition none may repeat.
		const byDescription = new Map<string, string[]>();
		for (const path of pages) {
			const d = `${editionOf(model, path).lang}: ${meta(readPage(dir, path), 'description')!}`;
			byDescription.set(d, [...(byDescription.get(d) ?? []), path]);
		}
		expect(new Set(pages.map((p) => editionOf(model, p).lang)).size).toBe(model.site.locales.length);
		// Figure pages describe the figure; the rest must differ from each other.
		const shared = [...byDescription.values()].filter((paths) => paths.length > 1);
		expect(shared).toEqual([]);
	});

	it('links only to pages, files and #anchors that exist', () => {
		expect(brokenReferences(dir, origin)).toEqual([]);
	});

	it('shows the last-updated date from content in the footer', () => {
		const footer = elements(readPage(dir, '/'), 'footer')[0]!;
		expect(textOf(footer)).toContain('最終更新 2024年');
		expect(textOf(elements(readPage(dir, '/en/'), 'footer')[0]!)).toContain('Last updated 2024');
	});

	it('design pages carry no style attribute and no inline script (ready for a Content-Security-Policy)', () => {
		for (const path of ['/', '/en/', '/ratings/', '/reports/', `/pillars/${model.pillars[0]!.id}/`]) {
			const html = readPage(dir, path).replace(/<figure class="metric-card"[\s\S]*?<\/figure>/g, '');
			expect(html, path).not.toMatch(/\sstyle="/);
			expect(openingTags(html, 'script').filter((s) => !attr(s, 'src')), path).toEqual([]);
		}
	});
});

describe('sitemap, feeds, robots.txt, 404', () => {
	it('the sitemap lists every page once, with an alternate for every edition, and never the 404', () => {
		const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
		const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(maps.length).toBeGreaterThan(0);
		const entries = maps.flatMap((url) => [...readFileSync(join(dir, new URL(url).pathname), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!));
		const locs = entries.map((e) => new URL(e.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname);
		expect(locs.sort()).toEqual([...pages].sort());
		for (const entry of entries) {
			const path = new URL(entry.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname;
			const alternates = [...entry.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]!);
			expect(alternates.sort(), path).toEqual(editionsOf(model).map((e) => e.tag).sort());
			for (const edition of editionsOf(model)) expect(entry, path).toContain(`hreflang="${edition.tag}" href="${origin}${twinIn(model, path, edition.lang)}"`);
		}
	});

	it.each(editionsOf(model).map((e) => [e.lang, `${e.prefix}rss.xml`, e.tag] as const))('the %s feed lists every newsletter issue in its language', (lang, path, tag) => {
		const xml = readFileSync(join(dir, path), 'utf8');
		expect(xml.startsWith('<?xml')).toBe(true);
		// Its language tag, as its pages' <html lang> (ja-x-easy for the easy edition).
		expect(xml).toContain(`<language>${tag}</language>`);
		const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
		expect(items).toHaveLength(model.reports.length);
		for (const report of model.reports) {
			const item = items.find((i) => i.includes(`/reports/${report.id}/`))!;
			expect(decode(item.match(/<title>([^<]+)<\/title>/)![1]!)).toBe(text(report.title, lang));
			expect(item.match(/<link>([^<]+)<\/link>/)![1]).toBe(`${origin}${twinIn(model, `/reports/${report.id}/`, lang)}`);
			expect(Number.isNaN(Date.parse(item.match(/<pubDate>([^<]+)<\/pubDate>/)![1]!))).toBe(false);
		}
	});

	it('robots.txt allows everything and names the sitemap', () => {
		const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
		expect(robots).toContain('User-agent: *');
		expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
	});

	it('404.html speaks both languages, links home in each, and is not indexed', () => {
		const html = readFileSync(join(dir, '404.html'), 'utf8');
		expect(textOf(html)).toContain('ページが見つかりません');
		expect(textOf(html)).toContain('Page not found');
		expect(html).toMatch(/<section[^>]*lang="en"/);
		expect(meta(html, 'robots')).toBe('noindex');
		expect(referencesIn(html)).toEqual(expect.arrayContaining(['/', '/en/']));
		expect(link(html, 'canonical')).toEqual([]);
	});
});

describe('open data: metrics.json', () => {
	const json = () => JSON.parse(readFileSync(join(dir, 'data', 'metrics.json'), 'utf8')) as Record<string, unknown> & { metrics: Record<string, unknown>[] };

	it('holds every figure once, by its stable id, in the order of the site', () => {
		expect(json().metrics.map((m) => m['id'])).toEqual(model.metrics.map((m) => m.id));
	});

	it('has exactly the documented fields', () => {
		const doc = json();
		const names = (list: { name: string }[]) => list.map((f) => f.name);
		expect(Object.keys(doc).sort()).toEqual(names(JSON_FIELDS).sort());
		const metricKeys = new Set(doc.metrics.flatMap((m) => Object.keys(m)));
		expect([...metricKeys].filter((k) => !names(JSON_METRIC_FIELDS).includes(k))).toEqual([]);
		const pointKeys = new Set(doc.metrics.flatMap((m) => (m['points'] as Record<string, unknown>[]).flatMap((p) => Object.keys(p))));
		expect([...pointKeys].filter((k) => !names(JSON_POINT_FIELDS).includes(k))).toEqual([]);
		// The fields are documented on the metrics page.
		const page = textOf(readPage(dir, '/metrics/'));
		for (const f of [...JSON_METRIC_FIELDS, ...JSON_POINT_FIELDS]) expect(page).toContain(f.about.ja);
	});

	it('keeps the values as stored, with their sources, and links each figure to its card', () => {
		const tax = json().metrics.find((m) => m['id'] === 'hometown-tax-donations')!;
		const points = tax['points'] as { value: number; source?: { source: string; quote: string } }[];
		const stored = model.metrics.find((m) => m.id === 'hometown-tax-donations')!;
		expect(points.map((p) => p.value)).toEqual(stored.points.map((p) => p.value));
		expect(tax['url']).toBe(`${origin}/metrics/#hometown-tax-donations`);
		expect((tax['source'] as { source: string }).source).toBe(stored.source.source);
		expect(json()['sources']).toHaveLength(model.sources.length);
	});

	it('is linked, with the CSV, from the metrics page in both languages', () => {
		for (const path of ['/metrics/', '/en/metrics/']) {
			const refs = referencesIn(readPage(dir, path));
			expect(refs).toContain('/data/metrics.json');
			expect(refs).toContain('/data/metrics.csv');
		}
	});
});

describe('progress dashboard', () => {
	/** Counts in the legends of a dashboard, per bar, as [level, count, percent] in scale order: the levels at zero share one line. */
	const order = (id: string) => model.levels.findIndex((l) => l.id === id);
	const legends = (html: string) =>
		elements(html, 'ul', /class="legend/).map((ul) =>
			[
				...[...ul.matchAll(/data-level="([^"]+)"[\s\S]*?<span class="legend-count">(\d+)[^<]*<\/span>[（(](\d+)%[）)]/g)].map(([, level, n, pct]) => [level!, Number(n), Number(pct)] as const),
				...(ul.match(/data-zero="([^"]+)"/)?.[1]!.split(' ') ?? []).map((level) => [level, 0, 0] as const),
			].sort((a, b) => order(a[0]) - order(b[0])),
		);

	const rated = (id: string) => model.policies.some((p) => p.manifesto === id && !model.levelOf(p).unrated);
	it.each(model.manifestos.filter((m) => rated(m.id)).map((m) => [m.id] as const))('home shows %s overall and per pillar: every level, counts and shares that add up', (id) => {
		const html = readPage(dir, '/');
		const section = html.slice(html.indexOf(`data-dashboard="${id}"`));
		const dashboard = section.slice(0, section.indexOf('</div>\n') > 0 ? undefined : undefined);
		const bars = legends(dashboard.slice(0, dashboard.indexOf('data-dashboard=', 20) > 0 ? dashboard.indexOf('data-dashboard=', 20) : undefined));
		const policies = model.policies.filter((p) => p.manifesto === id);
		const pillars = model.pillars.filter((p) => p.manifesto === id && policies.some((x) => x.pillar === p.id));
		const loose = policies.filter((p) => !p.pillar);
		const groups = [policies, ...(pillars.length > 1 || (pillars.length > 0 && loose.length > 0) ? [...pillars.map((p) => policies.filter((x) => x.pillar === p.id)), ...(loose.length ? [loose] : [])] : [])];
		expect(bars).toHaveLength(groups.length);
		groups.forEach((group, i) => {
			const bar = bars[i]!;
			expect(bar.map(([level, n]) => [level, n])).toEqual(model.ratings.levels.map((l) => [l.id, group.filter((p) => model.levelOf(p).id === l.id).length]));
			expect(bar.reduce((sum, [, , pct]) => sum + pct, 0)).toBe(100);
			// Each level at zero is named once, on the one line of zeros, never as its own 「0件（0%）」 row.
			expect(bar.filter(([, n]) => n === 0).length).toBe(model.ratings.levels.filter((l) => !group.some((p) => model.levelOf(p).id === l.id)).length);
		});
		expect(dashboard).not.toMatch(/<span class="legend-count">0/);
	});

	it.each(model.manifestos.filter((m) => !rated(m.id)).map((m) => [m.id] as const))('%s has no rating yet: one sentence, not a grey bar over rows of zeros', (id) => {
		for (const [path, sentence] of [['/', /2024年の公約\d+件の評価は、まだ公表されていません。/], ['/en/', /No rating of the \d+ pledges of 2024 has been published yet\./]] as const) {
			const html = readPage(dir, path);
			const card = elements(html, 'div', new RegExp(`data-dashboard="${id}"`))[0]!;
			expect(textOf(card), path).toMatch(sentence);
			expect(card, path).not.toMatch(/rating-bar|class="legend/);
		}
	});

	it('draws each bar segment as wide as its share, with a pattern as well as a colour', () => {
		const html = readPage(dir, `/pillars/${model.pillars.find((p) => model.policies.some((x) => x.pillar === p.id))!.id}/`);
		const svg = elements(html, 'svg', /class="rating-bar/)[0]!;
		const rects = openingTags(svg, 'rect').filter((r) => attr(r, 'data-count'));
		const total = rects.reduce((sum, r) => sum + Number(attr(r, 'data-count')), 0);
		for (const r of rects) expect(Number.parseFloat(attr(r, 'width')!)).toBeCloseTo((Number(attr(r, 'data-count')) / total) * 100, 5);
		expect(rects.every((r) => /^url\(#/.test(attr(r, 'fill')!))).toBe(true);
		expect(new Set(rects.map((r) => attr(r, 'fill'))).size).toBe(rects.length);
	});
});

describe('pillar and pledge pages', () => {
	it('label each pillar as the current programme or an earlier record', () => {
		const current = model.manifestos.at(-1)!;
		for (const pillar of model.pillars) {
			const html = textOf(readPage(dir, `/pillars/${pillar.id}/`));
			expect(html).toContain(pillar.manifesto === current.id ? '今期の政策' : '前回の公約と実績');
		}
	});

	it('show each achievement once on a pledge page, and link to the previous and next pledge of the pillar', () => {
		for (const policy of model.policies.filter((p) => p.pillar)) {
			const html = readPage(dir, `/policies/${policy.id}/`);
			// Each achievement of the pledge, or cited as its evidence, is one element on the page.
			for (const a of model.achievements.filter((x) => x.policy === policy.id || policy.rating.evidence.some((ev) => 'achievement' in ev && ev.achievement === x.id))) {
				expect(html.split(`data-achievement="${a.id}"`).length - 1, `${policy.id}: ${a.id}`).toBe(1);
			}
			const siblings = model.policies.filter((p) => p.pillar === policy.pillar);
			const at = siblings.indexOf(policy);
			const pager = elements(html, 'nav', /class="pager"/)[0] ?? '';
			const hrefs = openingTags(pager, 'a').map((a) => attr(a, 'href'));
			expect(hrefs, policy.id).toEqual([siblings[at - 1], siblings[at + 1]].filter(Boolean).map((p) => `/policies/${p!.id}/`));
			expect(referencesIn(html)).toContain(`/pillars/${policy.pillar}/`);
		}
	});

	it('give every figure card an id to link to, and the evidence links reach them', () => {
		const policy = model.policies.find((p) => p.rating.evidence.some((ev) => 'metric' in ev))!;
		const html = readPage(dir, `/policies/${policy.id}/`);
		for (const m of model.metrics.filter((x) => x.owner.id === policy.id)) expect(html).toContain(`id="${m.id}"`);
	});
});

describe('under a base path (GitHub Pages project site)', () => {
	let baseDir: string;
	const fixture = join(ROOT, 'tests/fixtures/valid');
	const fixtureModel = loadContent(fixture).model!;
	const fixtureOrigin = new URL(fixtureModel.site.url).origin;
	beforeAll(async () => {
		baseDir = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-base-')), { KOYAKU_CONTENT: fixture, KOYAKU_BASE: '/komoro/' });
	}, 240_000);
	afterAll(() => rmSync(baseDir, { recursive: true, force: true }));

	it('every link, asset, favicon, feed, share image, sitemap and feed entry resolves under /komoro/', () => {
		expect(brokenReferences(baseDir, fixtureOrigin, '/komoro/')).toEqual([]);
	});

	it('no page refers to anything at the domain root', () => {
		for (const file of filesOf(baseDir).filter((f) => f.endsWith('.html'))) {
			const local = referencesIn(readFileSync(join(baseDir, file), 'utf8')).filter((r) => r.startsWith('/') && !r.startsWith('//'));
			expect(local.filter((r) => !r.startsWith('/komoro/')), file).toEqual([]);
		}
	});

	it('canonical, hreflang and the sitemap carry the base path', () => {
		const html = readFileSync(join(baseDir, 'en', 'metrics', 'index.html'), 'utf8');
		expect(link(html, 'canonical')[0]).toBe(`${fixtureOrigin}/komoro/en/metrics/`);
		expect(link(html, 'alternate', 'ja')[0]).toBe(`${fixtureOrigin}/komoro/metrics/`);
		expect(readFileSync(join(baseDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${fixtureOrigin}/komoro/sitemap-index.xml`);
		expect(readFileSync(join(baseDir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${fixtureOrigin}/komoro/en/</loc>`);
	});
});
