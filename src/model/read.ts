import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './problems.ts';
import { listFiles, nearMiss, type FileReader, type ListedFile } from './list.ts';
import { FILE_LIMITS, readTextFile } from './read-file.ts';
import { normaliseText, parseMarkdown, parseYaml, type MarkdownSource, type YamlSource } from './yaml-source.ts';

/**
 * The read stage of the loader (see load.ts): the YAML files listed (list.ts), read (read-file.ts) and
 * parsed (yaml-source.ts) into located entries, and the Markdown folders listed for read-markdown.ts.
 * All file access of the loader goes through here and list.ts / read-file.ts (the later stages see only
 * what they return), so limits on what may be read belong there.
 */

/** One content file, parsed but not yet validated. */
export interface ReadEntry<S extends YamlSource = YamlSource> {
	/** The id: the file name without extension. */
	id: string;
	/** Path relative to the working directory, as shown in messages. */
	file: string;
	src: S;
}

/** The folders of Markdown files, in reading order. */
export const MARKDOWN_KINDS = ['manifestos', 'pillars', 'policies', 'reports'] as const;
export type MarkdownKind = (typeof MARKDOWN_KINDS)[number];

/** A folder of Markdown files, listed: each file is then read on its own (`readMarkdownFile`). */
export interface MarkdownFolder {
	/** Problems met while listing (files that would be skipped), reported before those of its files. */
	problems: Problem[];
	files: ListedFile[];
}

/**
 * Everything found in a content folder: its YAML files parsed with line positions, its Markdown folders listed.
 * Problems found reading the YAML files are already pushed; those of the Markdown folders are in `markdown`.
 */
export interface ReadContent {
	dir: string;
	/** The content folder's real path. */
	root: string;
	/** Absent when the file is missing (already reported). */
	site?: ReadEntry;
	ratings?: ReadEntry;
	sources: ReadEntry[];
	markdown: Record<MarkdownKind, MarkdownFolder>;
	/** Ids of YAML files that could not be read (already reported): references to them are not reported again. */
	unreadable: string[];
	/** The text of a document in `sources/`, normalised; undefined when there is no such file, null when it could not be read (already reported). */
	document(name: string): string | undefined | null;
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

	const reader: FileReader = { root: realpathSync(dir), rel: relPath, problems };
	const unreadable: string[] = [];
	/** Reads one file; an unexpected failure (a bug in koyaku) is reported on that file, and the rest still loads. */
	const guarded = <T>(path: string, id: string, run: () => T | undefined): T | undefined => {
		try {
			const out = run();
			if (out === undefined) unreadable.push(id);
			return out;
		} catch (error) {
			unreadable.push(id);
			problems.push(internalProblem(relPath(path), error));
			return undefined;
		}
	};

	const readYaml = (name: string, required: boolean): ReadEntry | undefined => {
		const path = join(dir, name);
		if (!existsSync(path) && !isLink(path)) {
			const other = nearMiss(dir, name);
			if (other) problems.push({ file: relPath(join(dir, other)), field: '', message: `「${name}」のことですか？ ファイル名を ${name} にしてください / Did you mean "${name}"? Rename ${other} to ${name}` });
			else if (required) problems.push({ file: relPath(path), field: '', message: `${name} がありません。作成してください / ${name} is missing: create it (see README)` });
			return undefined;
		}
		return yamlFile(name.replace(/\.ya?ml$/, ''), path);
	};
	const yamlFile = (id: string, path: string): ReadEntry | undefined =>
		guarded(path, id, () => {
			const text = readTextFile(reader, path);
			return text === undefined ? undefined : { id, file: relPath(path), src: parsedOnce(path, text, () => parseYaml(relPath(path), normaliseText(text))) };
		});
	const present = <T>(list: (T | undefined)[]) => list.filter((item): item is T => item !== undefined);
	const listMarkdown = (sub: MarkdownKind): MarkdownFolder => {
		const folderProblems: Problem[] = [];
		return { problems: folderProblems, files: listFiles({ ...reader, problems: folderProblems }, join(dir, sub), /\.md$/, '.md') };
	};

	const site = readYaml('site.yaml', true);
	// Optional: a campaign that only grades targets has no pledge scale.
	const ratings = readYaml('ratings.yaml', false);
	const sources = present(listFiles(reader, join(dir, 'sources'), /\.ya?ml$/, '.yaml').map(({ id, path }) => yamlFile(id, path)));
	return {
		dir,
		root: reader.root,
		site,
		ratings,
		sources,
		markdown: { manifestos: listMarkdown('manifestos'), pillars: listMarkdown('pillars'), policies: listMarkdown('policies'), reports: listMarkdown('reports') },
		unreadable,
		document(name) {
			const path = join(dir, 'sources', name);
			if (!existsSync(path) && !isLink(path)) return undefined;
			const text = guarded(path, name, () => readTextFile(reader, path, FILE_LIMITS.document));
			return text === undefined ? null : normaliseText(text);
		},
	};
}

/**
 * Reads and parses one listed Markdown file: its entry, or undefined after pushing why it could not be
 * read (an unexpected failure, a bug in koyaku, is reported on the file). Touches nothing shared but the
 * kept parses, so files can be read in any order.
 */
export function readMarkdownFile(root: string, listed: ListedFile, problems: Problem[]): ReadEntry<MarkdownSource> | undefined {
	const { id, path, file } = listed;
	try {
		const text = readTextFile({ root, rel: relPath, problems }, path, FILE_LIMITS.content, listed);
		return text === undefined ? undefined : { id, file, src: parsedOnce(path, text, () => parseMarkdown(file, text)) };
	} catch (error) {
		problems.push(internalProblem(file, error));
		return undefined;
	}
}

/** Whether parses are kept (the dev server). */
export const keepingParsedFiles = () => kept[KEPT] !== undefined;

// On globalThis: the dev server's integration (which turns this on) and its pages (which read) are separate module instances.
const kept = globalThis as { [key: symbol]: Map<string, { text: string; src: YamlSource }> | undefined };
const KEPT = Symbol.for('koyaku.parsed-files');

/**
 * For a long-running process (the dev server reloads the content after every save): keep each file's
 * parse, and parse again only files whose text changed. A build or check reads once and keeps nothing.
 */
export const keepParsedFiles = () => {
	kept[KEPT] ??= new Map();
};

/** Files parsed and parses reused while keepParsedFiles is on (for tests and the bench). */
export const keptStats = { parsed: 0, reused: 0 };

/** `parse()`, or the kept parse of the same text of the same file. */
function parsedOnce<S extends YamlSource>(path: string, text: string, parse: () => S): S {
	const files = kept[KEPT];
	if (!files) return parse();
	const key = `${process.cwd()}\0${path}`;
	const known = files.get(key);
	if (known && known.text === text) {
		keptStats.reused++;
		return known.src as S;
	}
	keptStats.parsed++;
	const src = parse();
	files.set(key, { text, src });
	return src;
}

const isLink = (path: string) => {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
};

/**
 * A bug in koyaku (not the content) met while processing `file`: said plainly, with the file named.
 * The stack is kept for `--debug`.
 */
export function internalProblem(file: string, error: unknown): Problem {
	const detail = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
	return {
		file,
		field: '',
		message: `このファイルの処理中に koyaku 内部のエラーが起きました（koyaku の不具合です。開発者に知らせてください） / Internal error in koyaku while processing this file (a bug in koyaku, not necessarily in your content; please report it): ${detail}`,
		...(error instanceof Error && error.stack ? { debug: error.stack } : {}),
	};
}
