import type { Parsed } from './parsed.ts';
import type { Problem } from './problems.ts';
import type { ListedFile } from './list.ts';
import { keepingParsedFiles, MARKDOWN_KINDS, readMarkdownFile, type MarkdownKind, type ReadContent } from './read.ts';
import { validateMarkdown, type ValidMarkdown } from './validate.ts';
import { parseLater } from './yaml-source.ts';

/**
 * The Markdown files (nearly all of a big campaign's files) go through the read, parse and validate steps
 * one file at a time, since no step needs another file (`markdownOutcome`), so a file's parsed YAML can be
 * let go before the next file is read; `collectMarkdown` puts the outcomes back together in the order one
 * pass over the stages would have reported them.
 */

/** What reading and validating one Markdown file found. */
export interface MarkdownOutcome {
	/** Problems met reading it (reported with the read stage's). */
	readProblems: Problem[];
	/** Problems met validating it (reported with the validate stage's). */
	validateProblems: Problem[];
	/** The file as messages show it, when it could be read. */
	file?: string;
	/** The valid entry. */
	parsed?: Parsed<unknown>;
	/** The valid entry's frontmatter YAML (from line 2), to parse again for a line (`parseLater`). */
	matter?: string;
	/** Ids it leaves broken (its own, and the metrics and achievements it defines) when it is not valid. */
	broken: string[];
}

/** One listed Markdown file, with the folder it is in. */
export interface MarkdownJob {
	kind: MarkdownKind;
	listed: ListedFile;
}

/** Reads and validates one Markdown file of the content folder whose real path is `root`. */
export function markdownOutcome(root: string, { kind, listed }: MarkdownJob): MarkdownOutcome {
	const readProblems: Problem[] = [];
	const entry = readMarkdownFile(root, listed, readProblems);
	if (!entry) return { readProblems, validateProblems: [], broken: [listed.id] };
	const validateProblems: Problem[] = [];
	const result = validateMarkdown(kind, entry, validateProblems);
	if (!('parsed' in result)) return { readProblems, validateProblems, file: entry.file, broken: result.broken };
	// Unless the parse is kept for the next load (the dev server), let go of the parsed YAML: the valid data
	// is all the later stages use, and a problem they find parses the frontmatter again for its line.
	// (Ten thousand files' YAML kept to the end was a good part of check's garbage collection.)
	const { matter } = entry.src;
	const parsed = keepingParsedFiles() ? result.parsed : { ...result.parsed, src: parseLater(entry.file, matter, 2) };
	return { readProblems, validateProblems, file: entry.file, parsed, matter, broken: [] };
}

/** Every listed Markdown file, folder by folder, in reading order. */
export const markdownJobs = (read: ReadContent): MarkdownJob[] => MARKDOWN_KINDS.flatMap((kind) => read.markdown[kind].files.map((listed) => ({ kind, listed })));

/**
 * Puts the outcomes of `jobs` (same order) back together: pushes the read-stage problems to `problems`
 * (each folder's listing problems, then its files'), and returns what the validate stage takes, with the
 * files that could be read in reading order (cross-file problems are ordered by it).
 */
export function collectMarkdown(read: ReadContent, jobs: MarkdownJob[], outcomes: MarkdownOutcome[], problems: Problem[]): { valid: ValidMarkdown; files: string[] } {
	const valid = Object.fromEntries(MARKDOWN_KINDS.map((kind) => [kind, { parsed: [], broken: [], problems: [] }])) as unknown as ValidMarkdown;
	const files: string[] = [];
	let next = 0;
	for (const kind of MARKDOWN_KINDS) {
		for (const problem of read.markdown[kind].problems) problems.push(problem);
		const into = valid[kind];
		for (; next < jobs.length && jobs[next]!.kind === kind; next++) {
			const outcome = outcomes[next]!;
			for (const problem of outcome.readProblems) problems.push(problem);
			for (const problem of outcome.validateProblems) into.problems.push(problem);
			for (const id of outcome.broken) into.broken.push(id);
			if (outcome.file !== undefined) files.push(outcome.file);
			if (outcome.parsed) into.parsed.push(outcome.parsed);
		}
	}
	return { valid, files };
}

/**
 * The read and validate stages of every Markdown file `readContent` listed, one file after another:
 * pushes the read-stage problems, returns what `validateContent` takes and the readable files in order.
 * @example validateContent(read, readMarkdown(read, problems).valid, problems)
 */
export function readMarkdown(read: ReadContent, problems: Problem[]): ReturnType<typeof collectMarkdown> {
	const jobs = markdownJobs(read);
	return collectMarkdown(read, jobs, jobs.map((job) => markdownOutcome(read.root, job)), problems);
}
