/**
 * The search step, indexing the built files, reuses the live site's index when the built pages are unchanged (scripts/steps/search-index.ts):
 * the reused files are the ones Pagefind writes for those pages, and any change to a page, or a live index
 * other than the recorded one, makes a fresh index.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOrReuse, indexSite } from '../../scripts/steps/search-index.ts';
import { builtSite, folderSnapshot } from '../helpers/site.ts';

let work: string;
let live: string;
/** A new build's folder: the built pages without their index. */
const newBuild = (name: string) => {
	const dir = join(work, name);
	cpSync(builtSite(), dir, { recursive: true });
	rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
	return dir;
};
const previous = process.env['KOYAKU_CACHE'];

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'koyaku-search-reuse-'));
	process.env['KOYAKU_CACHE'] = join(work, 'cache');
	live = join(work, 'dist');
	// A first build: indexed, swapped in, recorded.
	const first = newBuild('first');
	const report = await indexOrReuse(first, live);
	expect(report.reused).toBe(false);
	renameSync(first, live);
	report.record!();
}, 240_000);
afterAll(() => {
	if (previous === undefined) delete process.env['KOYAKU_CACHE'];
	else process.env['KOYAKU_CACHE'] = previous;
	rmSync(work, { recursive: true, force: true });
});

describe('reusing the live search index', () => {
	it('links the live index when no page changed, with the files Pagefind writes for these pages', async () => {
		const again = newBuild('again');
		const report = await indexOrReuse(again, live);
		expect(report.reused).toBe(true);
		expect(report.pages['ja']).toBeGreaterThan(0);
		// What Pagefind writes when it indexes these files now.
		const fresh = newBuild('fresh');
		await indexSite(fresh);
		expect(folderSnapshot(join(again, 'pagefind'))).toEqual(folderSnapshot(join(fresh, 'pagefind')));
	}, 240_000);

	it('indexes again when one page changed', async () => {
		const changed = newBuild('changed');
		const page = join(changed, 'en', 'index.html');
		writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>changed</p></main>'));
		const report = await indexOrReuse(changed, live);
		expect(report.reused).toBe(false);
		expect(readdirSync(join(changed, 'pagefind'))).toContain('pagefind-entry.json');
	}, 240_000);

	it('indexes again when the live index is not the recorded one', async () => {
		const entry = join(live, 'pagefind', 'pagefind-entry.json');
		const original = readFileSync(entry, 'utf8');
		rmSync(entry);
		writeFileSync(entry, original.replace('"page_count"', '"page_count" ')); // a new file, not the linked one
		try {
			const report = await indexOrReuse(newBuild('replaced'), live);
			expect(report.reused).toBe(false);
		} finally {
			rmSync(entry);
			writeFileSync(entry, original);
		}
	}, 240_000);

	it('always indexes with KOYAKU_CACHE=off', async () => {
		process.env['KOYAKU_CACHE'] = 'off';
		try {
			expect((await indexOrReuse(newBuild('off'), live)).reused).toBe(false);
		} finally {
			process.env['KOYAKU_CACHE'] = join(work, 'cache');
		}
	}, 240_000);
});
