/**
 * Data flows one way: content → read → validate (src/schemas) → rules → assemble (src/model) → pages,
 * charts, flyer, data. Nothing below the pages imports from above it: every import of every file under
 * src/schemas and src/model (static, re-export, type-only and dynamic) is read from its source and must
 * stay below the pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const SRC = join(ROOT, 'src');
/** The layers above the model: what the pages, charts and flyer are made of. */
const ABOVE = ['lib', 'pages', 'components', 'layouts', 'charts', 'flyer', 'cms', 'styles', 'scripts'];

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));

/** Every module `file` imports: `import … from`, `export … from`, `import '…'` and `import('…')`, comments left out. */
export function importsOf(file: string): string[] {
	const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	const found = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm)].map((m) => m[2]!);
	return found;
}

/** The folder under src/ (with the file) an import lands in, or undefined for a package. */
const landing = (file: string, specifier: string): string | undefined =>
	specifier.startsWith('.') ? relative(SRC, resolve(dirname(file), specifier)).split('\\').join('/') : undefined;

describe('layers', () => {
	test('the import reader finds every kind of import', () => {
		const probe = join(SRC, 'model', 'rules.ts');
		const all = importsOf(probe);
		// rules.ts has value, type-only and package imports.
		expect(all).toContain('./problems.ts');
		expect(all).toContain('fastest-levenshtein');
		expect(all.every((s) => !s.includes('\n'))).toBe(true);
	});

	test('nothing in src/schemas or src/model imports from the layers above it', () => {
		const upward: string[] = [];
		for (const file of [...files(join(SRC, 'schemas')), ...files(join(SRC, 'model'))]) {
			for (const specifier of importsOf(file)) {
				const target = landing(file, specifier);
				if (!target) continue;
				if (target.startsWith('..') || ABOVE.includes(target.split('/')[0]!)) upward.push(`${relative(ROOT, file)} → ${specifier}`);
			}
		}
		expect(upward).toEqual([]);
	});

	test('src/schemas does not import the model (validation comes before the rules)', () => {
		const upward = files(join(SRC, 'schemas')).flatMap((file) => importsOf(file).filter((s) => landing(file, s)?.startsWith('model/')).map((s) => `${relative(ROOT, file)} → ${s}`));
		expect(upward).toEqual([]);
	});
});

describe('the chart cache knows the code that draws', () => {
	test('every file in DRAWING_CODE exists, and every file chart-config imports from src is listed', async () => {
		const { DRAWING_CODE } = await import('../../src/charts/chart-cache.ts');
		const missing = DRAWING_CODE.filter((file) => {
			try {
				readFileSync(join(ROOT, file));
				return false;
			} catch {
				return true;
			}
		});
		expect(missing).toEqual([]);
		// A drawing's words and rounding come from what chart-config and figure-words import: a moved or new file
		// left out of the key would serve stale charts from the cache.
		const listed = new Set(DRAWING_CODE);
		const unlisted = ['lib/chart-config.ts', 'lib/figure-words.ts'].flatMap((file) =>
			importsOf(join(SRC, file))
				.filter((spec) => spec.startsWith('.') && !/model\/model\.ts$|i18n\/index\.ts$/.test(spec))
				.map((spec) => `src/${landing(join(SRC, file), spec)}`)
				.filter((path) => !listed.has(path)),
		);
		expect(unlisted).toEqual([]);
	});
});
