/**
 * What a voter notices first (issue 21), in the built site: editors' notes are never published, a figure's
 * caveats sit in one folded note under it, pledge cards show the substance of the rating without a word
 * cut, the current pillar is named rather than linked, the home page and the flyer lead with the same
 * figures, and the English sentences that read unnaturally stay fixed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { t, text } from '../../src/i18n/index.ts';
import { cardLine, reasonOpening } from '../../src/lib/card-text.ts';
import { flyerContent } from '../../src/flyer/flyer-content.ts';
import { loadContent } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { ROOT, readPage } from '../helpers/build.ts';
import { decode, elements, textOf } from '../helpers/html.ts';
import { builtSite } from '../helpers/site.ts';

const model = loadContent(join(ROOT, 'content')).model as Model;
let dir: string;
beforeAll(() => {
	dir = builtSite();
});
const page = (path: string) => readPage(dir, path);

/** Every editors' note in content/, from the files themselves (the model does not carry them). */
function editorNotes(): string[] {
	const notes: string[] = [];
	const collect = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object')
			for (const [key, item] of Object.entries(value)) {
				if (key === 'editorNotes') notes.push(...(Array.isArray(item) ? item : [item]).map(String));
				else collect(item);
			}
	};
	for (const folder of ['manifestos', 'pillars', 'policies', 'reports'])
		for (const file of readdirSync(join(ROOT, 'content', folder))) collect(matter(readFileSync(join(ROOT, 'content', folder, file), 'utf8')).data);
	return notes;
}

/** Every text file of the built site (pages, feeds, sitemaps, open data), decoded. */
const builtTexts = () =>
	(readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
		.filter((entry) => entry.isFile() && /\.(html|xml|json|csv|txt)$/.test(entry.name))
		.map((entry) => ({ path: join(entry.parentPath, entry.name).slice(dir.length), text: decode(readFileSync(join(entry.parentPath, entry.name), 'utf8')) }));

describe("editors' notes", () => {
	it('the default content has notes, and no built file (page, feed, sitemap, open data) shows any of them', () => {
		const notes = editorNotes();
		expect(notes.length).toBeGreaterThanOrEqual(20);
		const files = builtTexts();
		const shown = notes.flatMap((note) => {
			const piece = note.slice(0, 40);
			return files.filter((f) => f.text.includes(piece)).map((f) => `${f.path}: ${piece}`);
		});
		expect(shown).toEqual([]);
	});

	it('no page talks about extraction or the sources’ layout (抽出, “lost in extraction”, 使っていない数字)', () => {
		const pages = builtTexts().filter((f) => f.path.endsWith('.html'));
		const talk = pages.flatMap((f) => (/抽出|使っていない数字|見出しのはっきりしない|lost in extraction|flyer's text|extracted text/.exec(textOf(elements(f.text, 'main')[0] ?? ''))?.[0] ? [f.path] : []));
		expect(talk).toEqual([]);
	});
});

describe('a figure’s caveats: one folded note under the figure', () => {
	it.each(['', 'en/'])('/%smetrics/hometown-tax-donations/: the printed figure and its source first, then この数字について / About this figure', (prefix) => {
		const lang = prefix ? 'en' : 'ja';
		const html = page(`/${prefix}metrics/hometown-tax-donations/`);
		const card = elements(html, 'figure', /class="metric-card"/)[0]!;
		const about = elements(card, 'details', /class="metric-about"/)[0]!;
		expect(textOf(elements(about, 'summary')[0]!)).toBe(t(lang, 'metric.about'));
		const metric = model.metrics.find((m) => m.id === 'hometown-tax-donations')!;
		expect(decode(textOf(about))).toContain(text(metric.description!, lang).slice(0, 30));
		// The caveat is not in the running text before the note, and the source comes before it.
		const before = card.slice(0, card.indexOf('<details class="metric-about"'));
		expect(decode(before)).not.toContain(text(metric.description!, lang).slice(0, 30));
		expect(before).toContain('class="metric-source"');
	});
});

describe('pledge cards', () => {
	it.each(['ja', 'en'] as const)('%s: every card line is the substance of the rating, never a cut word, never the standard opening', (lang) => {
		const opening = reasonOpening(model, lang);
		expect(opening.length).toBeGreaterThan(5);
		const problems: string[] = [];
		for (const pillar of model.pillars) {
			const html = page(`/${lang === 'en' ? 'en/' : ''}pillars/${pillar.id}/`);
			for (const card of elements(html, 'li', /class="card pledge-card"/)) {
				const id = /data-policy="([^"]+)"/.exec(card)![1]!;
				const policy = model.policies.find((p) => p.id === id)!;
				const line = decode(textOf((elements(card, 'p', /class="pledge-reason"/)[0] ?? '').replace(/<wbr>/g, '')));
				if (!policy.rating.reason) continue;
				const reason = text(policy.rating.reason, lang);
				if (line.startsWith(opening)) problems.push(`${id}: starts with the standard opening`);
				if (line !== cardLine(reason, opening, lang)) problems.push(`${id}: not the card line`);
				// A shortened line stops at a clause boundary of the reason: what follows is 、 or , or ;.
				if (line.endsWith('…')) {
					const kept = line.slice(0, -1);
					const rest = reason.slice(reason.indexOf(kept.slice(1)) + kept.length - 1);
					if (!/^[、，,;]/.test(rest)) problems.push(`${id}: cut mid-clause: …${kept.slice(-12)}|${rest.slice(0, 12)}`);
				} else if (!/[。.！？!?」”)）]$/.test(line)) problems.push(`${id}: does not end a sentence: ${line.slice(-20)}`);
				if (/Rule applied|基準：/.test(line)) problems.push(`${id}: shows the rule`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('navigation', () => {
	it.each(['', 'en/'])('/%spillars/…: 「ほかの政策の柱」 names the current pillar without linking it', (prefix) => {
		for (const pillar of model.pillars) {
			const html = page(`/${prefix}pillars/${pillar.id}/`);
			const nav = elements(html, 'nav', /aria-labelledby="other-pillars"/)[0];
			if (!nav) continue;
			expect(nav).not.toContain(`href="/${prefix}pillars/${pillar.id}/"`);
			const current = elements(nav, 'span', /aria-current="page"/)[0]!;
			expect(decode(textOf(current))).toContain(text(pillar.title, prefix ? 'en' : 'ja'));
		}
	});

	it.each(['ja', 'en'] as const)('%s: the home page leads with the figures the flyer leads with (one hometown-tax headline for the 2024 manifesto)', (lang) => {
		const tiles = elements(page(lang === 'en' ? '/en/' : '/'), 'a', /class="tile"/).map((a) => /href="[^"]*\/metrics\/([^/]+)\/"/.exec(a)![1]!);
		const flyer = flyerContent(model, lang).headlines.map((h) => h.id);
		expect(tiles.slice(0, flyer.length)).toEqual(flyer);
		expect(flyer).toContain('hometown-tax-total-2016-2023');
	});
});

describe('English that reads naturally (pinned)', () => {
	it('a change reads as fewer or lower, not as a signed amount; no "Change since"', () => {
		const hours = textOf(page('/en/metrics/overtime-hours-change/'));
		expect(hours).toContain('Change in overtime hours: about 3,200 fewer hours in FY2018 than in FY2017.');
		expect(hours).toContain('compared with FY2017');
		expect(textOf(page('/en/metrics/overtime-hours-change-rate/'))).toContain('12.81% lower in FY2018 than in FY2017.');
		// The chart's value label and the data table too (the axis keeps its signed ticks: −4,000 … 0).
		const words = (path: string) => textOf(page(path));
		for (const path of ['/en/', '/en/metrics/', '/en/pillars/shisei-wo-tadasu/']) expect(words(path)).not.toMatch(/Change since|about −/);
	});

	it('the dashboard, the legend, the figure link, the share line and counts', () => {
		const home = decode(textOf(page('/en/')));
		expect(home).toContain('Progress on the pledges');
		expect(home).not.toContain('How far the pledges have got');
		expect(home).toMatch(/Not rated \d+ \(\d+%\)/);
		const metrics = decode(textOf(page('/en/metrics/')));
		expect(metrics).not.toContain('(to share)');
		expect(metrics).toContain('“Hometown tax donations” on a page of its own, to share');
		expect(decode(textOf(page('/en/metrics/hometown-tax-donations/')))).toContain('Where this figure belongs: ');
		expect(t('en', 'search.countOne', { count: 1, query: 'x' })).toBe('1 result for “x”');
	});
});
