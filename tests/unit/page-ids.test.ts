/**
 * PAGE_IDS (the ids content may not take) against the pages' source: every fixed id a page or component
 * writes is listed, and every listed id is still written somewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PAGE_IDS } from '../../src/model/page-ids.ts';
import { ROOT } from '../helpers/build.ts';

const sources = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : []));

test('every fixed id in src/pages, src/components and src/layouts is in PAGE_IDS, and every PAGE_IDS entry is used', () => {
	const written = new Set<string>();
	// The accessibility page's results section is written by a template function (the build step fills it in).
	for (const file of [...['pages', 'components', 'layouts'].flatMap((dir) => sources(join(ROOT, 'src', dir))), join(ROOT, 'src/lib/accessibility.ts')]) {
		const text = readFileSync(file, 'utf8');
		// `id="figures"` on an element or a <Section>, and a prop's default (`id = 'site-search-q'`).
		for (const m of text.matchAll(/\bid="([^"{}]+)"|\bid = '([^']+)'/g)) written.add((m[1] ?? m[2])!);
	}
	expect([...written].filter((id) => !PAGE_IDS.has(id)).sort()).toEqual([]);
	expect([...PAGE_IDS].filter((id) => !written.has(id)).sort()).toEqual([]);
});
