import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Problem } from './problems.ts';

/**
 * The list step of the loader: which files of a content folder are read. A file listed here may be read
 * (a regular file inside the folder, directly or by a symlink that stays inside), with its size known;
 * what a volunteer evidently meant to be read but would be skipped (`.MD`, `site.yml`) is a problem.
 */

/** Where a file is, for messages, and how it may be read. */
export interface FileReader {
	/** The content folder's real path. */
	root: string;
	/** Path as messages show it. */
	rel(path: string): string;
	problems: Problem[];
}

/**
 * Whether `path` may be read: a regular file inside the content folder, directly or by a symlink that
 * stays inside. Pushes the problem and returns false otherwise.
 */
export function checkPath(reader: FileReader, path: string): boolean {
	return checkedSize(reader, path) !== undefined;
}

/** `checkPath`, giving the size in bytes of the file that may be read (undefined when it may not). */
export function checkedSize(reader: FileReader, path: string): number | undefined {
	const fail = (message: string) => (reader.problems.push({ file: reader.rel(path), field: '', message }), undefined);
	let link: ReturnType<typeof lstatSync>;
	try {
		link = lstatSync(path);
	} catch {
		return fail('ファイルを開けません / The file cannot be opened');
	}
	if (link.isSymbolicLink()) {
		let real: string;
		try {
			real = realpathSync(path);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ELOOP') return fail('シンボリックリンクが輪になっていて、ファイルにたどり着きません。リンクを削除して本物のファイルを置いてください / This symbolic link points round in a loop and never reaches a file: replace it by the real file');
			return fail('シンボリックリンクの先にファイルがありません。リンクを削除するか、本物のファイルを置いてください / This symbolic link points to a file that does not exist: remove it or put the real file here');
		}
		const inside = relative(reader.root, real);
		if (inside.startsWith('..') || inside === '' || inside.split(sep)[0] === '..' || /^[a-zA-Z]:/.test(inside))
			return fail('シンボリックリンクがコンテンツのフォルダの外を指しています。外のファイルは読みません。ファイルをフォルダの中にコピーしてください / This symbolic link points outside the content folder, which is never read: copy the file into the folder instead');
		const target = statSync(real);
		if (!target.isFile()) return fail('シンボリックリンクの先がファイルではありません / This symbolic link does not point to a file');
		return target.size;
	}
	return link.isFile() ? link.size : undefined;
}


/** A file found by `listFiles`, whose path may be read. */
export interface ListedFile {
	/** The file name without its extension. */
	id: string;
	path: string;
	/** The path as messages show it. */
	file: string;
	/** Size in bytes when listed. */
	size: number;
}

/** Extensions that mean "Markdown" to people, but that koyaku would not read. */
const MARKDOWN_LIKE = /^\.(md|markdown|mdown|mkd|mkdn|mdwn|txt)$/i;
const YAML_LIKE = /^\.(ya?ml)$/i;

/**
 * The files of a content subfolder with extension `ext`, sorted; warns (as problems) about files that
 * were evidently meant to be read but would be skipped (`.MD`, `.markdown`, `.YML`…).
 */
export function listFiles(reader: FileReader, folder: string, ext: RegExp, expected: string): ListedFile[] {
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return [];
	}
	const out: ListedFile[] = [];
	// Every file of a folder is shown under the folder's path: worked out once, not per file (unless the
	// folder is the working directory itself, which shows as "").
	const shown = reader.rel(folder);
	// join(folder, name) is the normalised folder, a separator and the name (a name from readdir has no
	// separator and is not . or ..): the joining is done once, not per file.
	const folderBase = join(folder, 'x').slice(0, -1);
	const shownBase = join(shown, 'x').slice(0, -1);
	const shownAs = reader.rel(join(folder, 'x')) === join(shown, 'x') ? (name: string) => shownBase + name : (name: string) => reader.rel(folderBase + name);
	for (const name of names.sort()) {
		if (name.startsWith('_') || name.startsWith('.')) continue;
		const path = folderBase + name;
		if (ext.test(name)) {
			const size = checkedSize(reader, path);
			if (size !== undefined) out.push({ id: name.replace(ext, ''), path, file: shownAs(name), size });
			continue;
		}
		const extension = extname(name);
		const meant = expected === '.md' ? MARKDOWN_LIKE.test(extension) && extension !== '.txt' : YAML_LIKE.test(extension);
		if (meant)
			reader.problems.push({
				file: reader.rel(path),
				field: '',
				message: `拡張子「${extension}」のファイルは読みません。「${expected}」のことですか？ 名前を ${name.slice(0, -extension.length)}${expected} にしてください / Files ending "${extension}" are not read: did you mean "${expected}"? Rename it to ${name.slice(0, -extension.length)}${expected}`,
			});
	}
	return out;
}

/** A required top-level file saved under a near-miss name (`site.yml`, `Site.yaml`), for "did you mean". */
export function nearMiss(dir: string, name: string): string | undefined {
	const base = name.replace(/\.yaml$/, '').toLowerCase();
	try {
		return readdirSync(dir).find((other) => other !== name && YAML_LIKE.test(extname(other)) && other.slice(0, -extname(other).length).toLowerCase() === base);
	} catch {
		return undefined;
	}
}
