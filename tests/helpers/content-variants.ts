/**
 * Broken copies of the valid fixture (tests/fixtures/valid) for loader tests: each case applies a few
 * changes to a fresh copy and reads the problems exactly as `npm run check` prints them.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';

export const VALID = fileURLToPath(new URL('../fixtures/valid', import.meta.url));

/** A file of a copy, as text. */
export const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** One change to a copy of the fixture, given the copy's folder. */
export type Change = (dir: string) => void;

/** Replaces `from` by `to` in one file; fails when `from` is not there exactly once, so no case can silently test nothing. */
export const edit =
	(file: string, from: string, to: string): Change =>
	(dir) => {
		const path = join(dir, file);
		const text = readFileSync(path, 'utf8');
		const count = text.split(from).length - 1;
		if (count !== 1) throw new Error(`expected "${from}" once in ${file}, found ${count}`);
		writeFileSync(path, text.replace(from, () => to));
	};
export const write =
	(file: string, content: string | Uint8Array): Change =>
	(dir) =>
		writeFileSync(join(dir, file), content);
export const append =
	(file: string, text: string): Change =>
	(dir) =>
		writeFileSync(join(dir, file), read(dir, file) + text);
export const remove =
	(file: string): Change =>
	(dir) =>
		rmSync(join(dir, file));
export const rename =
	(from: string, to: string): Change =>
	(dir) =>
		renameSync(join(dir, from), join(dir, to));

/**
 * Called at a test file's top level: a temporary folder for its copies (removed after the file), a
 * `variant` that makes a changed copy, and `problems` that loads one and returns the printed problems,
 * the folder shown as `<content>` (the model must be withheld).
 */
export function contentVariants(name: string) {
	const root = mkdtempSync(join(tmpdir(), `koyaku-${name}-`));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const variant = (...changes: Change[]): string => {
		const dir = mkdtempSync(join(root, 'case-'));
		cpSync(VALID, dir, { recursive: true });
		for (const change of changes) change(dir);
		return dir;
	};
	const problems = (...changes: Change[]): string[] => {
		const dir = variant(...changes);
		const result = loadContent(dir);
		expect(result.model).toBeUndefined();
		return result.problems.map((p) => formatProblem(p).split(relative(process.cwd(), dir)).join('<content>'));
	};
	return { root, variant, problems };
}
