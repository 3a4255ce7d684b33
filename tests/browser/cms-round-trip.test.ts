/**
 * Every one of Komoro's content files, and those of a campaign written in short forms, through the
 * browser editor (/admin/, Sveltia CMS) in Chromium:
 * opened, its English title (or name, or intro) edited, saved. Every saved file must mean exactly what it
 * meant but for that one text (check's own reader and validator: data, printed decimals, rendered body),
 * differ from the original in that one line of text only, and the whole folder must pass check.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { launchChromium, skipBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build.ts';
import { fieldInput, meaning, prepareFolder, savedFiles, startDev, textFiles } from '../helpers/cms.ts';

/** Komoro, and a campaign written with the short forms (`title: 日本語`, `source: id`). */
const CAMPAIGNS = [
	{ name: "Komoro's content", dir: join(ROOT, 'content'), atLeast: 50 },
	{ name: 'a Japanese-only campaign written in short forms', dir: join(ROOT, 'tests/fixtures/ja-only-campaign'), atLeast: 5 },
];

/** The editor's address of a file, and an English text in it to edit. */
function entryOf(path: string): { hash: string; field: string } | undefined {
	if (path === 'site.yaml') return { hash: 'collections/settings/entries/site', field: 'candidate.name.en' };
	if (path === 'ratings.yaml') return { hash: 'collections/settings/entries/ratings', field: 'intro.en' };
	const m = /^(manifestos|pillars|policies|reports)\/([^/]+)\.md$|^(sources)\/([^/]+)\.yaml$/.exec(path);
	if (!m) return undefined;
	return { hash: `collections/${m[1] ?? m[3]}/entries/${m[2] ?? m[4]}`, field: 'title.en' };
}

/** What a file means with the English text at `field` set to `value`. */
function withEnglish(meant: unknown, field: string, value: string): unknown {
	const copy = structuredClone(meant) as { data: Record<string, unknown> };
	const path = field.split('.');
	const text = path.slice(0, -1).reduce<Record<string, unknown>>((at, key) => at[key] as Record<string, unknown>, copy.data);
	text['en'] = value;
	return copy;
}

describe.skipIf(skipBrowser).each(CAMPAIGNS)('$name through the browser editor', { timeout: 900_000 }, ({ dir: campaign, atLeast }) => {
	const original = textFiles(campaign);
	let content: string;
	let dev: Awaited<ReturnType<typeof startDev>>;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		content = mkdtempSync(join(tmpdir(), 'koyaku-cms-komoro-'));
		cpSync(campaign, content, { recursive: true });
		mkdirSync(join(content, '.git'));
		dev = await startDev(content);
		browser = await launchChromium();
		page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
		await prepareFolder(page, dev.url, original);
		await page.goto(`${dev.url}/admin/`);
		await page.getByRole('button', { name: 'ローカルリポジトリで作業' }).click();
		await page.getByText('公約 / Pledges', { exact: true }).first().waitFor({ timeout: 60_000 });
	});
	afterAll(async () => {
		await browser?.close();
		dev?.stop();
		rmSync(content, { recursive: true, force: true });
	});

	test('every file, edited and saved, changes in the edited line alone and passes check', async () => {
		const edited = Object.keys(original).filter((path) => entryOf(path));
		expect(edited.length).toBeGreaterThan(atLeast);
		const typed: Record<string, { field: string; value: string }> = {};
		for (const path of edited) {
			const { hash, field } = entryOf(path)!;
			await page.goto(`${dev.url}/admin/#/${hash}`);
			const input = await fieldInput(page, field);
			const value = `${await input.inputValue()} ✓`.trim();
			typed[path] = { field, value };
			await input.fill(value);
			await page.getByRole('button', { name: '保存', exact: true }).click();
			// Saved: the editor closes.
			await expect
				.poll(() => page.url(), { timeout: 60_000, message: path })
				.not.toContain('/entries/')
				.catch(async (error) => {
					// What the editor says is wrong with the form, if it would not save.
					const invalid = await page.locator('[data-mode="edit"] section[data-key-path]:has(> div [aria-invalid="true"])').evaluateAll((sections) => sections.map((s) => `${s.getAttribute('data-key-path')}: ${s.textContent?.slice(0, 200)}`));
					throw new Error(`${path} was not saved; fields the editor rejects: ${JSON.stringify(invalid)}`, { cause: error });
				});
		}
		const saved = await savedFiles(page);
		for (const [path, text] of Object.entries(original)) {
			const meant = meaning(path, text);
			expect(meaning(path, saved[path]!), path).toEqual(typed[path] ? withEnglish(meant, typed[path].field, typed[path].value) : meant);
		}
		// An edit changes only what was edited: the one line of that text (comments, one-line groups, quotes,
		// numbers as printed and the Markdown body are kept as written).
		const changed = Object.fromEntries(
			edited.map((path) => {
				const before = original[path]!.split('\n');
				const after = saved[path]!.split('\n');
				return [path, [...after.filter((line) => !before.includes(line)), ...before.filter((line) => !after.includes(line))]];
			}),
		);
		for (const path of edited) expect(changed[path]!.length, `${path}: ${JSON.stringify(changed[path])}`).toBeLessThanOrEqual(2);

		const out = mkdtempSync(join(tmpdir(), 'koyaku-cms-komoro-saved-'));
		cpSync(campaign, out, { recursive: true });
		for (const [path, text] of Object.entries(saved)) {
			mkdirSync(dirname(join(out, path)), { recursive: true });
			writeFileSync(join(out, path), text);
		}
		const { problems } = loadContent(out);
		rmSync(out, { recursive: true, force: true });
		expect(problems.map(formatProblem)).toEqual([]);
	});
});
