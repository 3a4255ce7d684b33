import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './problems.ts';
import { normaliseText, parseMarkdown, parseYaml, type MarkdownSource, type YamlSource } from './yaml-source.ts';

/**
 * Stage 1 of the loader: files → parsed, located entries. All file access of the loader happens here
 * (the later stages see only what this returns), so limits on what may be read belong in this file.
 */

/** One content file, parsed but not yet validated. */
export interface ReadEntry<S extends YamlSource = YamlSource> {
	/** The id: the file name without extension. */
	id: string;
	/** Path relative to the working directory, as shown in messages. */
	file: string;
	src: S;
}

/** Everything found in a content folder, parsed with line positions. */
export interface ReadContent {
	dir: string;
	/** Absent when the file is missing (already reported). */
	site?: ReadEntry;
	ratings?: ReadEntry;
	sources: ReadEntry[];
	manifestos: ReadEntry<MarkdownSource>[];
	pillars: ReadEntry<MarkdownSource>[];
	policies: ReadEntry<MarkdownSource>[];
	reports: ReadEntry<MarkdownSource>[];
	/** The text of a document in `sources/`, normalised; undefined when there is no such file. */
	document(name: string): string | undefined;
}

/** The path as messages show it: relative to the working directory. */
export const relPath = (path: string) => relative(process.cwd(), path) || path;

/**
 * Reads and parses every content file under `dir`; problems (missing folder or required files) are pushed to `problems`.
 * @example readContent('content', []).manifestos.map((m) => m.id) // ['komoro-future-2016', …]
 */
export function readContent(dir: string, problems: Problem[]): ReadContent | undefined {
	if (!existsSync(dir)) {
		problems.push({ file: relPath(dir), field: '', message: 'コンテンツのフォルダが見つかりません / The content folder does not exist (set KOYAKU_CONTENT to its path)' });
		return undefined;
	}

	const readYaml = (name: string, required: boolean): ReadEntry | undefined => {
		const path = join(dir, name);
		if (!existsSync(path)) {
			if (required) problems.push({ file: relPath(path), field: '', message: `${name} がありません。作成してください / ${name} is missing: create it (see README)` });
			return undefined;
		}
		return { id: name.replace(/\.ya?ml$/, ''), file: relPath(path), src: parseYaml(relPath(path), normaliseText(readFileSync(path, 'utf8'))) };
	};

	const listDir = (sub: string, ext: RegExp) => {
		const folder = join(dir, sub);
		if (!existsSync(folder)) return [];
		return readdirSync(folder)
			.filter((name) => ext.test(name) && !name.startsWith('_') && !name.startsWith('.') && statSync(join(folder, name)).isFile())
			.sort()
			.map((name) => ({ id: name.replace(ext, ''), path: join(folder, name) }));
	};

	const readMarkdownDir = (sub: string): ReadEntry<MarkdownSource>[] =>
		listDir(sub, /\.md$/).map(({ id, path }) => ({ id, file: relPath(path), src: parseMarkdown(relPath(path), readFileSync(path, 'utf8')) }));

	return {
		dir,
		site: readYaml('site.yaml', true),
		ratings: readYaml('ratings.yaml', true),
		sources: listDir('sources', /\.ya?ml$/).map(({ id, path }) => ({ id, file: relPath(path), src: parseYaml(relPath(path), normaliseText(readFileSync(path, 'utf8'))) })),
		manifestos: readMarkdownDir('manifestos'),
		pillars: readMarkdownDir('pillars'),
		policies: readMarkdownDir('policies'),
		reports: readMarkdownDir('reports'),
		document(name) {
			const path = join(dir, 'sources', name);
			return existsSync(path) ? normaliseText(readFileSync(path, 'utf8')) : undefined;
		},
	};
}
