/** For test files: the site that global-setup.ts built for this run. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import './build.ts';

/** The folder of the site built for this test run; throws the build's error if it failed. */
export function builtSite(): string {
	const info = inject('koyakuBuild');
	if (!info?.dir) throw new Error(info?.error ?? 'The site was not built: is tests/helpers/global-setup.ts in vitest.config.ts?');
	return info.dir;
}

/** Every .html file of a built site (404.html too): its path inside the site folder and its text. */
export function builtHtml(dir: string = builtSite()): { path: string; html: string }[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort()
		.map((file) => ({ path: relative(dir, file), html: readFileSync(file, 'utf8') }));
}

/** Every file under `dir` (its path from `dir`, e.g. `/en/index.html`) with its bytes in base64: two folders are the same when these are equal. */
export function folderSnapshot(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [path.slice(dir.length), readFileSync(path).toString('base64')];
			}),
	);
}
