/**
 * The built site as a reader and an election board would check it: every page in both languages,
 * language alternates, the legally required contact on every page, ratings with their reasons.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { text } from '../../src/i18n/index.ts';
import { loadContent } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { ROOT, readPage } from '../helpers/build.ts';
import { builtSite } from '../helpers/site.ts';
import { decode, elements, textOf } from '../helpers/html.ts';

const model = loadContent(join(ROOT, 'content')).model as Model;
let dir: string;
beforeAll(() => {
	dir = builtSite();
});

/** Every page the model implies, as URL paths without the language prefix. */
const pages = [
	'',
	'metrics/',
	'ratings/',
	'reports/',
	'search/',
	'accessibility/',
	...model.metrics.map((m) => `metrics/${m.id}/`),
	...model.manifestos.map((m) => `manifestos/${m.id}/`),
	...model.pillars.map((p) => `pillars/${p.id}/`),
	...model.policies.map((p) => `policies/${p.id}/`),
	...model.reports.map((r) => `reports/${r.id}/`),
];
const both = pages.flatMap((path) => [`/${path}`, `/en/${path}`]);
/** Every page of every edition of Komoro's site: Japanese, English and the やさしい日本語 edition (issue 28). */
const every = [...both, ...pages.map((path) => `/easy/${path}`)];

const attr = (html: string, pattern: RegExp) => html.match(pattern)?.[1];
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };
const stripTags = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!)
		.replace(/\s+/g, ' ');

describe('every page exists in both languages', () => {
	it('and nothing else is built', () => {
		const found: string[] = [];
		const walk = (sub: string) => {
			for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
				if (entry.isDirectory() && entry.name !== '_astro') walk(join(sub, entry.name));
				else if (entry.name === 'index.html') found.push(`/${sub ? `${sub}/` : ''}`);
			}
		};
		walk('');
		expect(found.sort()).toEqual([...every].sort());
	});

	it.each(both.filter((path) => !path.startsWith('/en/')))('%s writes sources the Japanese way: 出典： and a quotation straight after the title', (path) => {
		// Tags removed without adding spaces, so a space the page really prints between 」 and 「 shows.
		const main = decode((elements(readPage(dir, path), 'main')[0] ?? '').replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ''));
		expect(main).not.toMatch(/出典\s*[:：]\s*[:：]|出典:|出典 |\s—\s|」\s+「|）\s+「/);
		if (/^\/(policies|reports)\/[^/]+\/$/.test(path)) expect(main).toContain('出典：');
	});

	it.each(both)('%s declares its language, canonical URL and both alternates', (path) => {
		const html = readPage(dir, path);
		const lang = path.startsWith('/en/') ? 'en' : 'ja';
		const page = path.replace(/^\/(en\/)?/, '');
		expect(attr(html, /<html lang="([^"]+)"/)).toBe(lang);
		expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toBe(new URL((lang === 'en' ? 'en/' : '') + page, model.site.url).href);
		expect(attr(html, /hreflang="ja" href="([^"]+)"/)).toBe(new URL(page, model.site.url).href);
		expect(attr(html, /hreflang="en" href="([^"]+)"/)).toBe(new URL(`en/${page}`, model.site.url).href);
		expect(attr(html, /hreflang="x-default" href="([^"]+)"/)).toBe(new URL(page, model.site.url).href);
		// The language switch leads to the same page in the other language (and in the easy Japanese edition: Komoro has it).
		const other = lang === 'en' ? `/${page}` : `/en/${page}`;
		expect(html).toContain(`<a class="lang-switch" href="${other}" lang="${lang === 'en' ? 'ja' : 'en'}">`);
		expect(html).toContain(`<a class="lang-switch" href="/easy/${page}" lang="ja-x-easy">`);
	});

	it.each(both)('%s shows the publisher, address and contact e-mail (公職選挙法 142条の3)', (path) => {
		const html = readPage(dir, path);
		const lang = path.startsWith('/en/') ? 'en' : 'ja';
		expect(html).toContain(`href="mailto:${model.site.imprint.email}"`);
		expect(stripTags(html)).toContain(text(model.site.imprint.publisher, lang));
		expect(stripTags(html)).toContain(text(model.site.imprint.address, lang));
	});

	it('says the imprint holds example values while it does', () => {
		expect(model.site.imprint.example).toBe(true);
		expect(stripTags(readPage(dir, '/'))).toContain('この発行者情報は例です');
		expect(stripTags(readPage(dir, '/en/'))).toContain('These publisher details are examples');
	});

	it('the default content is fully translated, so no English page says otherwise', () => {
		expect(both.filter((path) => path.startsWith('/en/') && readPage(dir, path).includes('class="fallback-notice"'))).toEqual([]);
	});

	it('every internal link points at a built page', () => {
		const targets = new Set(every);
		for (const path of every) {
			for (const [, href] of readPage(dir, path).matchAll(/href="(\/[^"#]*)(?:#[^"]*)?"/g)) {
				if (!href!.endsWith('/')) expect(existsSync(join(dir, href!)), `${path} links to the file ${href}`).toBe(true);
				else expect(targets, `${path} links to ${href}`).toContain(href);
			}
		}
	});
});

describe('pledges and ratings', () => {
	it.each(model.policies.map((p) => [p.id, p] as const))('%s shows its title and rating in both languages', (id, policy) => {
		const level = model.levelOf(policy);
		for (const lang of ['ja', 'en'] as const) {
			const html = stripTags(readPage(dir, `${lang === 'en' ? '/en' : ''}/policies/${id}/`));
			expect(html).toContain(text(policy.title, lang));
			expect(html).toContain(text(level.label, lang));
			expect(html).toContain(text(level.rule, lang));
			if (policy.rating.reason) expect(html).toContain(text(policy.rating.reason, lang));
		}
	});

	it.each(model.manifestos.filter((m) => model.policies.some((p) => p.manifesto === m.id && !model.levelOf(p).unrated)).map((m) => [m.id, m] as const))('%s tallies every rating level, the zeros on one line', (id) => {
		const html = readPage(dir, `/manifestos/${id}/`);
		const policies = model.policies.filter((p) => p.manifesto === id);
		// The dashboard's first legend is the overall one: every level counted, then those at zero together.
		const dashboard = html.slice(html.indexOf(`data-dashboard="${id}"`));
		const legend = dashboard.slice(dashboard.indexOf('<ul class="legend'), dashboard.indexOf('</ul>'));
		const counts = new Map([...legend.matchAll(/data-level="([^"]+)"[\s\S]*?<span class="legend-count">(\d+)件<\/span>/g)].map(([, level, n]) => [level!, Number(n)]));
		for (const level of legend.match(/data-zero="([^"]+)"/)?.[1]!.split(' ') ?? []) counts.set(level, 0);
		expect(model.ratings.levels.map((level) => [level.id, counts.get(level.id)])).toEqual(model.ratings.levels.map((level) => [level.id, policies.filter((p) => model.levelOf(p).id === level.id).length]));
		expect([...counts.values()].reduce((sum, n) => sum + n, 0)).toBe(policies.length);
		expect(textOf(legend)).toMatch(/0件：/);
	});

	it('the rating scale page publishes every level with its rule', () => {
		for (const lang of ['ja', 'en'] as const) {
			const html = stripTags(readPage(dir, lang === 'en' ? '/en/ratings/' : '/ratings/'));
			for (const level of model.ratings.levels) {
				expect(html).toContain(text(level.label, lang));
				expect(html).toContain(text(level.rule, lang));
			}
		}
	});

	it('the newsletter page carries the whole message in both languages', () => {
		const report = model.reports[0]!;
		const ja = stripTags(readPage(dir, `/reports/${report.id}/`));
		const en = stripTags(readPage(dir, `/en/reports/${report.id}/`));
		expect(ja).toContain(stripTags(report.body.ja).trim().slice(0, 60));
		expect(en).toContain(stripTags(report.body.en!).trim().slice(0, 60));
		for (const point of report.points) expect(en).toContain(text(point, 'en'));
		// The figures it features are on it as chart cards.
		const html = readPage(dir, `/reports/${report.id}/`);
		for (const id of report.highlights.metrics) expect(html).toContain(`<figure class="metric-card" id="${id}"`);
	});
});

describe('home page', () => {
	it("leads with the headline figures: each manifesto's own and those the latest newsletter features", () => {
		const expected = [
			// Each manifesto's `headlines` (the 2024 flyer's boxes), else its own figures.
			...[...model.manifestos].reverse().flatMap((m) => m.headlines ?? model.metrics.filter((x) => x.owner.kind === 'manifesto' && x.owner.id === m.id).map((x) => x.id)),
			...model.reports[0]!.highlights.metrics,
		];
		for (const [lang, prefix] of [['ja', '/'], ['en', '/en/']] as const) {
			const tiles = [...readPage(dir, prefix).matchAll(/class="tile" href="([^"]+)"/g)].map(([, href]) => href);
			// Each tile opens its figure's own page (issue 21), not an anchor in the long /metrics/ page.
			expect(tiles).toEqual([...new Set(expected)].map((id) => `${prefix}metrics/${id}/`));
		}
		expect(stripTags(readPage(dir, '/'))).toContain('3億4,300万円 50.5倍');
	});
});

describe('open data', () => {
	it('the CSV holds every measured point, with its source quote', () => {
		const csv = readFileSync(join(dir, 'data', 'metrics.csv'), 'utf8');
		expect(csv.startsWith('\uFEFFmetric_id,')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(1 + model.metrics.reduce((n, m) => n + m.points.length, 0));
		const tax = lines.find((line) => line.startsWith('hometown-tax-donations,') && line.includes(',2020-01,'));
		expect(tax).toContain(',343000000,');
		expect(tax).toContain('1月現在/3億4300万');
	});
	it('the metrics page links to it in both languages', () => {
		expect(readPage(dir, '/metrics/')).toContain('href="/data/metrics.csv"');
		expect(readPage(dir, '/en/metrics/')).toContain('href="/data/metrics.csv"');
	});
});

describe('npm run build', () => {
	const npm = (args: string[], env: Record<string, string>) =>
		spawnSync('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 240_000 });

	it('stops on invalid content with the check messages, and writes no site', () => {
		const content = mkdtempSync(join(tmpdir(), 'koyaku-broken-'));
		cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
		const file = join(content, 'site.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('email:', 'emial:'));
		const out = join(content, 'out');
		const result = npm(['build', '--', '--outDir', out], { KOYAKU_CONTENT: content });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/site\.yaml:\d+ {2}imprint\.emial {2}知らない項目「emial」です。「email」のことですか？/);
		expect(result.stderr).toContain('nothing was built');
		expect(result.stderr).not.toContain('    at ');
		expect(existsSync(out)).toBe(false);
	});

	it('builds another campaign from KOYAKU_CONTENT', () => {
		const content = join(ROOT, 'tests/fixtures/valid');
		const fixture = loadContent(content).model!;
		const out = mkdtempSync(join(tmpdir(), 'koyaku-fixture-site-'));
		const result = npm(['build', '--', '--outDir', out], { KOYAKU_CONTENT: content });
		expect(result.status, result.stderr).toBe(0);
		expect(stripTags(readFileSync(join(out, 'index.html'), 'utf8'))).toContain(text(fixture.site.candidate.displayName ?? fixture.site.candidate.name, 'ja'));
		expect(existsSync(join(out, 'en', 'policies', fixture.policies[0]!.id, 'index.html'))).toBe(true);
		// Untranslated text falls back to Japanese, and the English page says so; a fully translated page does not.
		const page = (id: string) => stripTags(readFileSync(join(out, 'en', 'policies', id, 'index.html'), 'utf8'));
		expect(page('child-care-desk')).toContain('Parts of this page are not yet translated');
		expect(page('child-care-desk')).toContain('土曜日も開く');
		expect(page('town-promotion')).not.toContain('not yet translated');
	}, 240_000);
});
