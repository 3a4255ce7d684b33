/**
 * The dev server's reload (src/content-reload.ts turns on keepParsedFiles): loading again after a save
 * parses only the changed files, and gives the same model and the same located problems as a fresh load.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { keepParsedFiles, keptStats } from '../../src/model/read.ts';

const dir = mkdtempSync(join(tmpdir(), 'koyaku-dev-reload-'));
cpSync('content', dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The model as data (its functions left out), to compare two loads. */
const data = (result: ReturnType<typeof loadContent>) => JSON.stringify(result.model);
const messages = (result: ReturnType<typeof loadContent>) => result.problems.map(formatProblem);
const policy = join(dir, 'policies', 'zaisei-kenzenka-furusato-shimin.md');
const original = readFileSync(policy, 'utf8');

// Fresh loads (nothing kept yet), to compare with.
const fresh = data(loadContent(dir));
writeFileSync(policy, original.replace(/^title:/m, 'titel:'));
const freshBroken = messages(loadContent(dir));
writeFileSync(policy, original);

describe('reloading with kept parses', () => {
	it('gives the same model as a fresh load, load after load', () => {
		keepParsedFiles();
		expect(data(loadContent(dir))).toBe(fresh);
		expect(data(loadContent(dir))).toBe(fresh);
	});

	it('shows a change to one file, and the same located problems as a fresh load', () => {
		writeFileSync(policy, original.replace(/^title:/m, 'titel:'));
		const broken = loadContent(dir);
		expect(broken.model).toBeUndefined();
		expect(messages(broken)).toEqual(freshBroken);
		expect(freshBroken.some((m) => m.includes('titel') && /:\d+/.test(m))).toBe(true);
		writeFileSync(policy, original);
		expect(data(loadContent(dir))).toBe(fresh);
	});

	it('parses only the files whose text changed', () => {
		loadContent(dir);
		const stats = { ...keptStats };
		writeFileSync(policy, original.replace(/^(title:\n +ja: *)/m, '$1改'));
		const after = loadContent(dir).model!;
		writeFileSync(policy, original);
		expect(after.policies.find((p) => p.file.endsWith('zaisei-kenzenka-furusato-shimin.md'))!.title.ja.startsWith('改')).toBe(true);
		expect(keptStats.parsed - stats.parsed).toBe(1);
		expect(keptStats.reused - stats.reused).toBeGreaterThan(40);
	});
});
