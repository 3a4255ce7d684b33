import type { z } from 'zod';
import { ManifestoSchema } from '../schemas/manifesto.ts';
import { PillarSchema } from '../schemas/pillar.ts';
import { PolicySchema } from '../schemas/policy.ts';
import { RatingScaleSchema } from '../schemas/rating.ts';
import { ReportSchema } from '../schemas/report.ts';
import { SiteSchema } from '../schemas/site.ts';
import { SourceSchema } from '../schemas/source.ts';
import { hasBodyText, readBodyDeferred } from './body.ts';
import type { Parsed, ParsedContent } from './parsed.ts';
import { zodProblems, type Problem } from './problems.ts';
import { unsafeChar, unsafeCharMessage } from './read-file.ts';
import { internalProblem, MARKDOWN_KINDS, type MarkdownKind, type ReadContent, type ReadEntry } from './read.ts';
import type { MarkdownSource, YamlSource } from './yaml-source.ts';

/** Stage 2 of the loader: each parsed file against its schema, one file at a time (no cross-file knowledge). */

/**
 * The validated data of one parsed file, or undefined after pushing its located problems.
 * @example validateSource(SiteSchema, parseYaml('site.yaml', 'title: x'), problems)
 */
export function validateSource<S extends z.ZodType>(schema: S, src: YamlSource, problems: Problem[]): z.output<S> | undefined {
	for (const error of src.syntaxErrors) problems.push({ file: src.file, line: error.line, field: '', message: error.message });
	if (src.syntaxErrors.length) return undefined;
	if (src.data === undefined || src.data === null) {
		const message = src.file.endsWith('.md')
			? '先頭に --- で囲んだ項目（frontmatter）がありません / The file has no frontmatter between --- lines'
			: 'ファイルが空です。項目（key: value）を書いてください / The file is empty: write its fields (key: value)';
		problems.push({ file: src.file, line: 1, field: '', message });
		return undefined;
	}
	const chars = unsafeTextProblems(src);
	problems.push(...chars);
	const result = schema.safeParse(src.data);
	if (result.success) return chars.length ? undefined : result.data;
	problems.push(...zodProblems(result.error, schema, src.data, src));
	return undefined;
}

/**
 * Characters no published text may hold (bidi and control characters, read-file.ts `unsafeChar`) in any
 * value or key of a parsed file, located: checked on the values as YAML decoded them, so a `"\u202E"`
 * escape is caught like the character itself. (Loops: this visits every string of every file.)
 */
function unsafeTextProblems(src: YamlSource): Problem[] {
	const out: Problem[] = [];
	// One path, extended and cut back as the walk goes (copied only for a problem).
	const path: (string | number)[] = [];
	const report = (code: number) => out.push({ file: src.file, line: src.lineOf([...path]), field: path.join('.'), message: unsafeCharMessage(code) });
	const visit = (value: unknown): void => {
		if (typeof value === 'string') {
			const code = unsafeChar(value);
			if (code !== undefined) report(code);
		} else if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) {
				path.push(i);
				visit(value[i]);
				path.pop();
			}
		} else if (value && typeof value === 'object' && !(value instanceof Date)) {
			for (const key in value as Record<string, unknown>) {
				const code = unsafeChar(key);
				if (code !== undefined) report(code);
				path.push(key);
				visit((value as Record<string, unknown>)[key]);
				path.pop();
			}
		}
	};
	visit(src.data);
	return out;
}

/** Ids are file names: lower-case letters, digits and hyphens. Returns the message when `id` is not one. */
export function checkId(id: string): string | undefined {
	if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return undefined;
	return `ファイル名はIDになるため、半角英小文字・数字・ハイフンにしてください（例: hometown-tax.md） / The file name is the id: use lower-case letters, digits and hyphens (e.g. hometown-tax.md)`;
}

/**
 * Records the decimals figures were printed with, which YAML numbers lose (21.0 reads as 21):
 * metric values and printed shares and averages keep them unless `decimals` is written.
 */
function keepPrinted(data: unknown, src: YamlSource): void {
	const record = data as { metrics?: { points: { decimals?: number }[] }[]; results?: { counts: { decimals?: number; share?: number }[]; average?: number; averageDecimals?: number }[] };
	// Set only when known (never set and deleted: every point of a big campaign passes here).
	record.metrics?.forEach((metric, i) =>
		metric.points.forEach((point, j) => {
			const decimals = point.decimals ?? src.decimalsOf(['metrics', i, 'points', j, 'value']);
			if (decimals !== undefined) point.decimals = decimals;
			else delete point.decimals;
		}),
	);
	record.results?.forEach((result, i) => {
		result.counts.forEach((count, j) => {
			const decimals = count.decimals ?? (count.share !== undefined ? src.decimalsOf(['results', i, 'counts', j, 'share']) : undefined);
			if (decimals !== undefined) count.decimals = decimals;
			else delete count.decimals;
		});
		const averageDecimals = result.averageDecimals ?? (result.average !== undefined ? src.decimalsOf(['results', i, 'average']) : undefined);
		if (averageDecimals !== undefined) result.averageDecimals = averageDecimals;
		else delete result.averageDecimals;
	});
}

/** The schema of each folder of Markdown files. */
export const MARKDOWN_SCHEMAS = { manifestos: ManifestoSchema, pillars: PillarSchema, policies: PolicySchema, reports: ReportSchema } as const satisfies Record<MarkdownKind, z.ZodType>;

/** A file's id, and the metric and achievement ids it defines: what references to a broken file may name. */
const brokenIds = (id: string, data: unknown): string[] => {
	const out = [id];
	const record = (data ?? {}) as Record<string, unknown>;
	for (const key of ['metrics', 'achievements'])
		if (Array.isArray(record[key])) for (const item of record[key]) if (item && typeof item.id === 'string') out.push(item.id);
	return out;
};

/**
 * One Markdown file against its folder's schema, and its body: the valid entry, or the ids it leaves
 * broken after pushing its located problems. Needs nothing from other files, so files can be validated
 * in any order and on any thread.
 */
export function validateMarkdown(kind: MarkdownKind, { id, file, src }: ReadEntry<MarkdownSource>, problems: Problem[]): { parsed: Parsed<unknown> } | { broken: string[] } {
	try {
		const idProblem = checkId(id);
		if (idProblem) problems.push({ file, field: '', message: idProblem });
		const data = validateSource(MARKDOWN_SCHEMAS[kind], src, problems);
		if (data === undefined || idProblem) return { broken: brokenIds(id, src.data) };
		keepPrinted(data, src);
		const { body, issues, links } = readBodyDeferred(src.body);
		for (const issue of issues) problems.push({ file, line: src.bodyLine + issue.line - 1, field: issue.field, message: issue.message });
		if (!hasBodyText(body, 'ja') && hasBodyText(body, 'en'))
			problems.push({ file, line: src.bodyLine, field: 'body', message: '本文に日本語がありません。<!-- en --> の前に日本語を書いてください / The body has English but no Japanese: write Japanese before the <!-- en --> line' });
		else if (!hasBodyText(body, 'ja') && hasBodyText(body, 'easy'))
			problems.push({ file, line: src.bodyLine, field: 'body', message: '本文に日本語がありません。<!-- easy --> の前にふつうの日本語を書いてください / The body has easy Japanese but no Japanese: write the Japanese before the <!-- easy --> line' });
		return { parsed: { id, file, src, data, body, links: links.map((link) => ({ ...link, line: src.bodyLine + link.line - 1 })), bodySource: { text: src.body, line: src.bodyLine } } };
	} catch (error) {
		problems.push(internalProblem(file, error));
		return { broken: brokenIds(id, src.data) };
	}
}

/** What validating the Markdown files found, per folder, in file order: the valid entries, the ids left broken, the problems. */
export type ValidMarkdown = Record<MarkdownKind, { parsed: Parsed<unknown>[]; broken: string[]; problems: Problem[] }>;

/**
 * Validates everything `readContent` found; `markdown` is the Markdown files already read and validated
 * one by one (`validateMarkdown`). Files that fail are left out of the result; their ids (and the metric
 * and achievement ids they define) go to `broken`.
 */
export function validateContent(read: ReadContent, markdown: ValidMarkdown, problems: Problem[]): ParsedContent {
	const broken = new Set<string>(read.unreadable);
	for (const kind of MARKDOWN_KINDS) for (const id of markdown[kind].broken) broken.add(id);

	const yamlEntry = <S extends z.ZodType>(entry: ReadEntry | undefined, schema: S): Parsed<z.output<S>> | undefined => {
		if (!entry) return undefined;
		const data = validateSource(schema, entry.src, problems);
		return data === undefined ? undefined : { id: entry.id, file: entry.file, src: entry.src, data };
	};

	const site = yamlEntry(read.site, SiteSchema);
	const ratings = yamlEntry(read.ratings, RatingScaleSchema);
	// A ratings.yaml that failed is not "no scale": pledges' ratings are then not reported a second time.
	if (read.ratings && !ratings) broken.add('ratings');

	const sources: Parsed<z.output<typeof SourceSchema>>[] = [];
	const texts = new Map<string, string>();
	for (const entry of read.sources) {
		const data = validateSource(SourceSchema, entry.src, problems);
		if (!data) {
			broken.add(entry.id);
			continue;
		}
		const text = read.document(data.document);
		if (text === null) {
			// The document itself could not be read (reported on it): its quotes are not checked one by one.
			broken.add(entry.id);
			continue;
		}
		if (text === undefined) {
			broken.add(entry.id);
			problems.push({ file: entry.file, line: entry.src.lineOf(['document']), field: 'document', message: `文書ファイル ${data.document} が sources/ にありません / The document file ${data.document} is not in sources/` });
			continue;
		}
		texts.set(entry.id, text);
		sources.push({ id: entry.id, file: entry.file, src: entry.src, data });
	}
	// The Markdown files' problems after the YAML files', as the files are read.
	for (const kind of MARKDOWN_KINDS) for (const problem of markdown[kind].problems) problems.push(problem);

	return {
		dir: read.dir,
		...(site ? { site } : {}),
		...(ratings ? { ratings } : {}),
		sources,
		texts,
		manifestos: markdown.manifestos.parsed as ParsedContent['manifestos'],
		pillars: markdown.pillars.parsed as ParsedContent['pillars'],
		policies: markdown.policies.parsed as ParsedContent['policies'],
		reports: markdown.reports.parsed as ParsedContent['reports'],
		broken,
	};
}
