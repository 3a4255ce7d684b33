/**
 * The browser editor under test: a dev server on a copy of a campaign folder, an origin-private folder
 * (OPFS) in Chromium standing in for the folder staff pick in the CMS's "work with local repository"
 * dialog, and a way to read what the CMS saved there and compare it with the original as `check` reads it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import type { Problem } from '../../src/model/problems.ts';
import type { MarkdownKind } from '../../src/model/read.ts';
import { validateMarkdown, validateSource } from '../../src/model/validate.ts';
import { parseMarkdown, parseYaml } from '../../src/model/yaml-source.ts';
import type { z } from 'zod';
import { ManifestoSchema } from '../../src/schemas/manifesto.ts';
import { PillarSchema } from '../../src/schemas/pillar.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { RatingScaleSchema } from '../../src/schemas/rating.ts';
import { ReportSchema } from '../../src/schemas/report.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { ROOT } from './build.ts';

/** The text files of a folder, by path relative to it (`policies/x.md`). */
export function textFiles(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (sub: string) => {
		for (const name of readdirSync(join(dir, sub))) {
			const path = join(sub, name);
			if (statSync(join(dir, path)).isDirectory()) {
				if (name !== '.git') walk(path);
			} else if (/\.(md|yaml|txt)$/.test(name)) out[path.split('\\').join('/')] = readFileSync(join(dir, path), 'utf8');
		}
	};
	walk('');
	return out;
}

const freePort = () =>
	new Promise<number>((done) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});

/** `astro dev` on a content folder (as `npm run dev` starts it, without its check first). */
export async function startDev(content: string): Promise<{ url: string; stop: () => void; log: () => string }> {
	const port = await freePort();
	let log = '';
	const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: ROOT,
		env: { ...process.env, KOYAKU_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout!.on('data', (chunk: Buffer) => (log += chunk));
	child.stderr!.on('data', (chunk: Buffer) => (log += chunk));
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 240; i++) {
		try {
			if ((await fetch(`${url}/admin/problems.json`)).ok) return { url, stop: () => child.kill(), log: () => log };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	child.kill();
	throw new Error(`astro dev did not start:\n${log}`);
}

/**
 * Makes the CMS's folder picker return an origin-private folder named `campaign` holding `files` and a `.git`
 * folder (the CMS asks for a repository's root). Call before the admin page loads; `origin` is any page
 * of the dev server (OPFS is per origin).
 */
export async function prepareFolder(page: Page, origin: string, files: Record<string, string>): Promise<void> {
	await page.addInitScript(() => {
		(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
			(await navigator.storage.getDirectory()).getDirectoryHandle('campaign', { create: true });
	});
	await page.goto(`${origin}/admin/problems.json`);
	await page.evaluate(async (files) => {
		const root = await navigator.storage.getDirectory();
		await root.removeEntry('campaign', { recursive: true }).catch(() => undefined);
		const dir = await root.getDirectoryHandle('campaign', { create: true });
		await dir.getDirectoryHandle('.git', { create: true });
		for (const [path, text] of Object.entries(files)) {
			const parts = path.split('/');
			let at = dir;
			for (const part of parts.slice(0, -1)) at = await at.getDirectoryHandle(part, { create: true });
			const writable = await (await at.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
			await writable.write(text);
			await writable.close();
		}
	}, files);
}

/** The text files in the origin-private `campaign` folder now (what the CMS saved). */
export function savedFiles(page: Page): Promise<Record<string, string>> {
	return page.evaluate(async () => {
		const out: Record<string, string> = {};
		const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
			for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
				if (name === '.git') continue;
				if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
				else if (/\.(md|yaml|txt)$/.test(name)) out[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
			}
		};
		await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('campaign'), '');
		return out;
	});
}

const SCHEMAS: [RegExp, z.ZodType][] = [
	[/^site\.yaml$/, SiteSchema],
	[/^ratings\.yaml$/, RatingScaleSchema],
	[/^sources\/[^/]+\.yaml$/, SourceSchema],
	[/^manifestos\/[^/]+\.md$/, ManifestoSchema],
	[/^pillars\/[^/]+\.md$/, PillarSchema],
	[/^policies\/[^/]+\.md$/, PolicySchema],
	[/^reports\/[^/]+\.md$/, ReportSchema],
];

/**
 * A content file as `check` reads it, with check's own reader and validator: its data through its zod
 * schema (shorthand normalised, defaults filled in, the decimals numbers were printed with, e.g. 18.0)
 * and its Markdown body as rendered; a .txt document as it is. Throws with the problems on a file check rejects.
 */
export function meaning(path: string, text: string): unknown {
	const schema = SCHEMAS.find(([pattern]) => pattern.test(path))?.[1];
	if (!schema) return text;
	const problems: Problem[] = [];
	const kind = path.split('/')[0] as MarkdownKind;
	let out: unknown;
	if (path.endsWith('.yaml')) out = { data: validateSource(schema, parseYaml(path, text), problems) };
	else {
		const result = validateMarkdown(kind, { id: path.split('/')[1]!.replace(/\.md$/, ''), file: path, src: parseMarkdown(path, text) }, problems);
		out = 'parsed' in result ? { data: result.parsed.data, body: result.parsed.body } : undefined;
	}
	if (problems.length || out === undefined) throw new Error(`${path}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
	return out;
}

export const relPath = (dir: string, file: string) => relative(dir, file).split('\\').join('/');

/** Fills the input of the field at `keyPath` (e.g. `title.ja`), scrolling each enclosing field into view first (the CMS draws fields as they come into view). */
export async function fieldInput(page: Page, keyPath: string) {
	const parts = keyPath.split('.');
	for (let i = 1; i <= parts.length; i++) {
		// A list item has no section of its own: its list's items are opened instead (collapsed when filled).
		if (/^\d+$/.test(parts[i - 1]!)) continue;
		const section = page.locator(`[data-mode="edit"] section[data-key-path="${parts.slice(0, i).join('.')}"]`).first();
		// Scrolls the form from the top down until the field is drawn.
		if ((await section.count()) === 0) {
			await page.mouse.move(200, 500);
			await page.mouse.wheel(0, -100_000);
		}
		for (let tries = 0; tries < 120 && (await section.count()) === 0; tries++) {
			await page.mouse.move(200, 500);
			await page.mouse.wheel(0, 250);
			await page.waitForTimeout(50);
		}
		await section.waitFor({ state: 'attached', timeout: 40_000 });
		await section.scrollIntoViewIfNeeded();
		if ((await section.getAttribute('data-field-type')) === 'list') {
			const closed = section.locator('button[aria-controls*="-item-"][aria-controls$="-body"][aria-expanded="false"]');
			// A DOM click: the form's sticky toolbars cover the buttons for a pointer.
			// Its items are drawn a moment after the list.
			for (let tries = 0, idle = 0; tries < 40 && idle < 8; tries++) {
				if ((await closed.count()) > 0) await closed.first().evaluate((button: HTMLElement) => button.click());
				else idle++;
				await page.waitForTimeout(60);
			}
		}
	}
	return page.locator(`[data-mode="edit"] section[data-key-path="${keyPath}"]`).first().locator('input:not([type=radio]):not([type=checkbox]), textarea').first();
}

/** The field section at `keyPath`, drawn. */
export async function fieldSection(page: Page, keyPath: string) {
	await fieldInput(page, keyPath);
	return page.locator(`[data-mode="edit"] section[data-key-path="${keyPath}"]`).first();
}

/** When the CMS last wrote a file in the origin-private `campaign` folder (ms since 1970). */
export function modifiedAt(page: Page, path: string): Promise<number> {
	return page.evaluate(async (path) => {
		let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('campaign');
		const parts = path.split('/');
		for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
		return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).lastModified;
	}, path);
}

/** Turns on an optional group (its "… を追加" checkbox), e.g. `rating`. */
export async function addGroup(page: Page, keyPath: string): Promise<void> {
	const section = await fieldSection(page, keyPath).catch(async () => page.locator(`[data-mode="edit"] section[data-key-path="${keyPath}"]`).first());
	await section.getByRole('checkbox').first().check();
}

/** Adds an item to the list at `keyPath` (its "… を追加" button). */
export async function addItem(page: Page, keyPath: string): Promise<void> {
	const section = page.locator(`[data-mode="edit"] section[data-key-path="${keyPath}"]`).first();
	await section.scrollIntoViewIfNeeded();
	await section.locator('button[data-label$="を追加"]').last().evaluate((button: HTMLElement) => button.click());
}

/** Picks `option` in the choice at `keyPath`: a radio button, or an entry of its drop-down list. */
export async function choose(page: Page, keyPath: string, option: string | RegExp): Promise<void> {
	const section = await fieldSection(page, keyPath);
	const radio = section.getByRole('radio', { name: option, exact: typeof option === 'string' });
	if ((await radio.count()) > 0) return radio.first().check();
	await section.getByRole('combobox').first().click();
	await page.getByRole('option', { name: option, exact: typeof option === 'string' }).first().click();
}
