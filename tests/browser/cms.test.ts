/**
 * The browser editor (/admin/, Sveltia CMS) in Chromium, on a copy of a campaign that is not Komoro
 * (tests/fixtures/second-campaign), as staff use it in `npm run dev`: pick the campaign folder (an
 * origin-private folder stands in for the folder dialog), add a pledge, update a figure's latest point,
 * rate a pledge, save. The saved files are then read, checked with `check`'s own loader, and compared with
 * what was typed; every file not edited must mean exactly what it meant before; the site builds. Copied
 * back into the dev server's content folder, a save with a problem the CMS cannot know (a quote not in its
 * source) shows in the editor's banner, and goes when it is fixed.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { PeriodSchema } from '../../src/schemas/period.ts';
import { launchChromium, skipBrowser } from '../helpers/browser.ts';
import { buildSite, readPage } from '../helpers/build.ts';
import { addGroup, addItem, choose, fieldInput, fieldSection, meaning, prepareFolder, savedFiles, startDev, textFiles } from '../helpers/cms.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'second-campaign');

/** What the test types. */
const NEW_PLEDGE = {
	slug: 'furusato-nozei',
	titleJa: 'ふるさと納税の寄付額を増やす',
	titleEn: 'More hometown tax donations',
	quote: 'ふるさと納税の寄付額 毎年度200億円超',
};
const NEW_FIGURE = { id: 'furusato-donations', labelJa: 'ふるさと納税の寄付額', target: '20000000000' };
const NEW_RATING = { reason: '毎年度200億円超を目標に掲げ、取組みを始めた。', asOf: '2024-07-01' };
const POINT = { value: '11.2', period: '令和6年度' };
const RATING = { level: 'in-progress', reason: '待機児童は0人になったが、年度途中に再び待機が出ている。', asOf: '2024-06-30' };

describe.skipIf(skipBrowser)('the browser editor on a campaign folder', { timeout: 180_000 }, () => {
	let content: string;
	let dev: Awaited<ReturnType<typeof startDev>>;
	let browser: Browser;
	let page: Page;
	const original = textFiles(FIXTURE);
	const pageErrors: string[] = [];

	beforeAll(async () => {
		content = mkdtempSync(join(tmpdir(), 'koyaku-cms-'));
		cpSync(FIXTURE, content, { recursive: true });
		// The editor opens the repository's root: here the campaign folder is its own repository.
		mkdirSync(join(content, '.git'));
		dev = await startDev(content);
		browser = await launchChromium();
		page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
		page.on('pageerror', (error) => pageErrors.push(error.message));
		await prepareFolder(page, dev.url, original);
	});
	afterAll(async () => {
		await browser?.close();
		dev?.stop();
		rmSync(content, { recursive: true, force: true });
	});

	/** Clicks 保存 and waits until the CMS has written `path` (in the picked folder) with a change. */
	async function save(path: string, before: string | undefined) {
		await page.getByRole('button', { name: '保存', exact: true }).click();
		await expect.poll(async () => (await savedFiles(page))[path], { timeout: 60_000 }).not.toBe(before);
	}

	test('opens on the picked folder, in Japanese, with the collections generated from the schemas', async () => {
		await page.goto(`${dev.url}/admin/`);
		await page.getByRole('button', { name: 'ローカルリポジトリで作業' }).click();
		for (const name of ['公約 / Pledges', '政策の柱 / Pillars', 'マニフェスト / Manifestos', '後援会報 / Reports', '資料 / Sources', '設定 / Settings'])
			await expect.poll(() => page.getByText(name, { exact: true }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
	});

	test('adds a pledge, with a figure and a rating', async () => {
		await page.goto(`${dev.url}/admin/#/collections/policies/new`);
		await page.getByRole('textbox', { name: 'スラッグ' }).fill(NEW_PLEDGE.slug);
		// The pillar is chosen from the pillars that exist.
		await choose(page, 'pillar', /genki/);
		await (await fieldInput(page, 'title.ja')).fill(NEW_PLEDGE.titleJa);
		await (await fieldInput(page, 'title.en')).fill(NEW_PLEDGE.titleEn);
		await choose(page, 'source.source', /sakurahama-leaflet/);
		await (await fieldInput(page, 'source.quote')).fill(NEW_PLEDGE.quote);
		// A figure: the leaflet's target, 200億円超 every fiscal year.
		await addItem(page, 'metrics');
		await (await fieldInput(page, 'metrics.0.id')).fill(NEW_FIGURE.id);
		await (await fieldInput(page, 'metrics.0.label.ja')).fill(NEW_FIGURE.labelJa);
		await choose(page, 'metrics.0.unit', 'yen');
		await addGroup(page, 'metrics.0.target');
		await (await fieldInput(page, 'metrics.0.target.value')).fill(NEW_FIGURE.target);
		await choose(page, 'metrics.0.target.compare', 'over');
		await choose(page, 'metrics.0.target.every', 'fiscal-year');
		await choose(page, 'metrics.0.source.source', /sakurahama-leaflet/);
		await (await fieldInput(page, 'metrics.0.source.quote')).fill(NEW_PLEDGE.quote);
		// A rating, with its evidence: the leaflet's words (metric ids are offered as they were when the editor
		// opened, so the figure added here becomes a choice only after a reload).
		await addGroup(page, 'rating');
		await choose(page, 'rating.level', '取組中（in-progress）');
		await addGroup(page, 'rating.reason');
		await (await fieldInput(page, 'rating.reason.ja')).fill(NEW_RATING.reason);
		await addItem(page, 'rating.evidence');
		await choose(page, 'rating.evidence.0.source', /sakurahama-leaflet/);
		await (await fieldInput(page, 'rating.evidence.0.quote')).fill(NEW_PLEDGE.quote);
		await (await fieldInput(page, 'rating.asOf')).fill(NEW_RATING.asOf);
		await save(`policies/${NEW_PLEDGE.slug}.md`, undefined);
	});

	test("updates a figure's latest point", async () => {
		await page.goto(`${dev.url}/admin/#/collections/policies/entries/empty-shops`);
		await (await fieldInput(page, 'metrics.0.points.1.value')).fill(POINT.value);
		await (await fieldInput(page, 'metrics.0.points.1.period')).fill(POINT.period);
		await save('policies/empty-shops.md', original['policies/empty-shops.md']);
	});

	test('rates a pledge', async () => {
		await page.goto(`${dev.url}/admin/#/collections/policies/entries/zero-waiting-list`);
		// The level is chosen from ratings.yaml's levels.
		await (await fieldSection(page, 'rating.level')).getByRole('radio', { name: `取組中（${RATING.level}）`, exact: true }).check();
		await (await fieldInput(page, 'rating.reason.ja')).fill(RATING.reason);
		await (await fieldInput(page, 'rating.asOf')).fill(RATING.asOf);
		await save('policies/zero-waiting-list.md', original['policies/zero-waiting-list.md']);
	});

	test('the saved folder passes check, holds what was typed, every other file means what it meant, and the site builds', async () => {
		const saved = await savedFiles(page);
		const out = mkdtempSync(join(tmpdir(), 'koyaku-cms-saved-'));
		cpSync(FIXTURE, out, { recursive: true });
		for (const [path, text] of Object.entries(saved)) {
			mkdirSync(dirname(join(out, path)), { recursive: true });
			writeFileSync(join(out, path), text);
		}
		const { problems, model } = loadContent(out);
		expect(problems.map(formatProblem)).toEqual([]);
		// And the site builds, with the new pledge's page.
		const site = await buildSite(undefined, { KOYAKU_CONTENT: out }, ['--no-pdf']);
		expect(readPage(site, `/policies/${NEW_PLEDGE.slug}/`)).toContain(NEW_PLEDGE.titleJa);
		rmSync(site, { recursive: true, force: true });
		rmSync(out, { recursive: true, force: true });

		const pledge = model!.policies.find((p) => p.id === NEW_PLEDGE.slug)!;
		expect(pledge.title).toEqual({ ja: NEW_PLEDGE.titleJa, en: NEW_PLEDGE.titleEn });
		expect(pledge.pillar).toBe('genki');
		expect(pledge.source).toMatchObject({ source: 'sakurahama-leaflet', quote: NEW_PLEDGE.quote });
		const figure = (meaning(`policies/${NEW_PLEDGE.slug}.md`, saved[`policies/${NEW_PLEDGE.slug}.md`]!) as { data: { metrics: unknown[]; rating: unknown } }).data;
		expect(figure.metrics).toEqual([
			expect.objectContaining({
				id: NEW_FIGURE.id,
				label: { ja: NEW_FIGURE.labelJa },
				unit: 'yen',
				points: [],
				target: { value: Number(NEW_FIGURE.target), compare: 'over', every: 'fiscal-year', computable: true },
				source: { source: 'sakurahama-leaflet', quote: NEW_PLEDGE.quote },
			}),
		]);
		expect(figure.rating).toEqual({ level: 'in-progress', reason: { ja: NEW_RATING.reason }, evidence: [{ source: 'sakurahama-leaflet', quote: NEW_PLEDGE.quote }], asOf: NEW_RATING.asOf });

		// Only what was edited changed: the original's meaning with the edits applied is the saved file's.
		const shops = meaning('policies/empty-shops.md', original['policies/empty-shops.md']!) as { data: { metrics: { points: { value: number; period: unknown }[] }[] } };
		const savedShops = meaning('policies/empty-shops.md', saved['policies/empty-shops.md']!) as typeof shops;
		expect(savedShops.data.metrics[0]!.points[1]!.value).toBe(Number(POINT.value));
		expect(savedShops.data.metrics[0]!.points[1]!.period).toEqual(PeriodSchema.parse(POINT.period));
		shops.data.metrics[0]!.points[1] = savedShops.data.metrics[0]!.points[1]!;
		expect(savedShops).toEqual(shops);

		const nursery = meaning('policies/zero-waiting-list.md', original['policies/zero-waiting-list.md']!) as { data: { rating: Record<string, unknown> } };
		const savedNursery = meaning('policies/zero-waiting-list.md', saved['policies/zero-waiting-list.md']!) as typeof nursery;
		nursery.data.rating = { ...nursery.data.rating, level: RATING.level, reason: { ...(nursery.data.rating['reason'] as object), ja: RATING.reason }, asOf: RATING.asOf };
		expect(savedNursery).toEqual(nursery);

		for (const [path, text] of Object.entries(original)) {
			if (path === 'policies/empty-shops.md' || path === 'policies/zero-waiting-list.md') continue;
			expect(meaning(path, saved[path]!), path).toEqual(meaning(path, text));
		}
		expect(pageErrors).toEqual([]);
	});

	test("after a save, check's problems show in the editor's banner", async () => {
		// A problem only check can know: a quote that is not in its source document.
		await page.goto(`${dev.url}/admin/#/collections/policies/entries/${NEW_PLEDGE.slug}`);
		const quote = await fieldInput(page, 'source.quote');
		await quote.fill('この言葉は資料にありません');
		const before = (await savedFiles(page))[`policies/${NEW_PLEDGE.slug}.md`];
		await save(`policies/${NEW_PLEDGE.slug}.md`, before);
		// Staff work on the dev server's own folder: what the editor saved is what the server sees.
		for (const [path, text] of Object.entries(await savedFiles(page))) {
			if (existsSync(join(content, path)) && readFileSync(join(content, path), 'utf8') === text) continue;
			mkdirSync(dirname(join(content, path)), { recursive: true });
			writeFileSync(join(content, path), text);
		}
		const banner = page.locator('#koyaku-problems');
		await expect.poll(() => banner.isVisible(), { timeout: 30_000 }).toBe(true);
		const text = await banner.innerText();
		expect(text).toContain('チェックで 1 件の問題');
		expect(text).toContain(`policies/${NEW_PLEDGE.slug}.md`);
		expect(text).toContain('source.quote');
		expect(text).toContain('引用が出典「sakurahama-leaflet」に見つかりません');


		// Fixed in the editor: the banner goes.
		await page.goto(`${dev.url}/admin/#/collections/policies/entries/${NEW_PLEDGE.slug}`);
		await (await fieldInput(page, 'source.quote')).fill(NEW_PLEDGE.quote);
		await save(`policies/${NEW_PLEDGE.slug}.md`, (await savedFiles(page))[`policies/${NEW_PLEDGE.slug}.md`]);
		writeFileSync(join(content, 'policies', `${NEW_PLEDGE.slug}.md`), (await savedFiles(page))[`policies/${NEW_PLEDGE.slug}.md`]!);
		await expect.poll(() => banner.isVisible(), { timeout: 30_000 }).toBe(false);
	});
});
