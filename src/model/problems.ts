import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';
import type { YamlSource } from './yaml-source.ts';

/** One thing wrong with the content, located for the person who has to fix it. */
export interface Problem {
	/** Path of the file, relative to the working directory. */
	file: string;
	/** 1-based line in that file, when known. */
	line?: number;
	/** Dotted path of the field, e.g. `metrics.0.points.1.value`; empty for the whole file. */
	field: string;
	/** What is wrong and what is expected, in Japanese and English. */
	message: string;
	/** For internal errors only: the stack, shown by `--debug`. */
	debug?: string;
}

/**
 * Formats a problem as one line: `path:line  field  message`.
 * @example formatProblem({ file: 'content/site.yaml', line: 3, field: 'url', message: '…' }) // 'content/site.yaml:3  url  …'
 */
export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return [where, problem.field || '(file)', problem.message].join('  ');
}

const TYPE_NAMES: Record<string, [string, string]> = {
	string: ['文字列', 'text'],
	number: ['数値', 'a number'],
	boolean: ['true または false ', 'true or false'],
	array: ['リスト（- で始まる行）', 'a list (lines starting with -)'],
	object: ['項目のまとまり（key: value）', 'a group of fields (key: value)'],
	date: ['日付', 'a date'],
	int: ['整数', 'a whole number'],
};

function describeInput(input: unknown, lang: 'ja' | 'en' = 'en'): string {
	const ja = lang === 'ja';
	if (input === undefined) return ja ? '何もない' : 'nothing';
	if (input === null) return ja ? '空欄' : 'an empty value';
	if (Array.isArray(input)) return ja ? 'リスト' : 'a list';
	if (typeof input === 'object') return ja ? '項目のまとまり' : 'a group of fields';
	return JSON.stringify(input);
}

type ZodIssue = z.core.$ZodIssue;

/** Walks a zod schema along an input path to find the object keys allowed there (for "did you mean"). */
export function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
	const def = schema._zod.def as unknown as Record<string, any>;
	switch (def['type']) {
		case 'object':
			if (path.length === 0) return Object.keys(def['shape']);
			return def['shape'][path[0] as string] ? keysAt(def['shape'][path[0] as string], path.slice(1)) : [];
		case 'array':
			return path.length === 0 ? [] : keysAt(def['element'], path.slice(1));
		case 'pipe':
			return keysAt(def['in'], path);
		case 'optional':
		case 'default':
		case 'nullable':
		case 'prefault':
		case 'readonly':
			return keysAt(def['innerType'], path);
		case 'union':
			return [...new Set((def['options'] as z.core.$ZodType[]).flatMap((option) => keysAt(option, path)))];
		default:
			return [];
	}
}

/** A union's issues come per branch; show the branch the input was evidently aiming at. */
function pickUnionBranch(issue: Extract<ZodIssue, { code: 'invalid_union' }>): ZodIssue[] | undefined {
	const branches = issue.errors.filter((branch) => branch.length > 0);
	const typed = branches.filter((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
	if (typed.length === 0) return undefined;
	return typed.reduce((best, branch) => (branch.length < best.length ? branch : best));
}

function expectedTypeMessage(issue: Extract<ZodIssue, { code: 'invalid_type' }>, input: unknown): string {
	const [ja, en] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
	if (input === undefined) return `必須の項目です。${ja}を書いてください / This field is required: write ${en}`;
	return `${ja}を書いてください（今は ${describeInput(input, 'ja')}） / Expected ${en}, got ${describeInput(input)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let node: any = data;
	for (const key of path) {
		if (node == null || typeof node !== 'object') return undefined;
		node = node[key as any];
	}
	return node;
}

/**
 * Turns zod issues into located, friendly problems: one wrapper for every file kind.
 * `prefix` is the path of this value inside the file (e.g. `[]` for a whole frontmatter).
 */
export function zodProblems(
	error: z.core.$ZodError,
	schema: z.core.$ZodType,
	data: unknown,
	source: YamlSource,
	prefix: readonly PropertyKey[] = [],
): Problem[] {
	const out: Problem[] = [];
	// Fields an unknown key was probably meant to be: "titel" already says "did you mean title?".
	const guessed = new Set<string>();
	const visit = (issue: ZodIssue, base: readonly PropertyKey[]) => {
		const path = [...base, ...issue.path];
		const at = (field: readonly PropertyKey[], keyOnly = false): Problem => ({
			file: source.file,
			line: source.lineOf([...prefix, ...field], keyOnly),
			field: [...prefix, ...field].map(String).join('.'),
			message: '',
		});
		switch (issue.code) {
			case 'invalid_union': {
				const branch = pickUnionBranch(issue);
				if (branch) return branch.forEach((inner) => visit(inner, path));
				const input = valueAt(data, path);
				const expected = issue.errors.flat().map((i) => (i.code === 'invalid_type' ? i.expected : '')).filter(Boolean);
				const names = [...new Set(expected)].map((t) => TYPE_NAMES[t] ?? [t, t]);
				const keys = keysAt(schema, path);
				// The common shorthand unions get an example instead of a list of types.
				const [ja, en] = keys.includes('ja')
					? ['文章を書いてください（例: 日本語だけ、または { ja: 日本語, en: English }）', 'Write the text: plain Japanese, or { ja: …, en: … }']
					: keys.includes('quote')
						? ['出典のID、または { source: ID, quote: 引用 } を書いてください', 'Write a source id, or { source: id, quote: exact words }']
						: expected.includes('date')
							? ['日付を書いてください（例: 2020-01-15）', 'Write a date, e.g. 2020-01-15']
							: [`${names.map((n) => n[0]).join('または')}を書いてください`, `Write ${names.map((n) => n[1]).join(' or ')}`];
				out.push({
					...at(path),
					message:
						input === undefined
							? `必須の項目です。${ja} / This field is required. ${en}`
							: `${ja}（今は ${describeInput(input, 'ja')}） / ${en} (got ${describeInput(input)})`,
				});
				return;
			}
			case 'unrecognized_keys': {
				const known = keysAt(schema, path);
				for (const key of issue.keys) {
					const guess = known.length ? closest(key, known) : undefined;
					if (guess) guessed.add([...prefix, ...path, guess].map(String).join('.'));
					const hint = guess ? `「${guess}」のことですか？ / Did you mean "${guess}"?` : '';
					out.push({
						...at([...path, key], true),
						message: `知らない項目「${key}」です。${hint ? hint.split(' / ')[0] : '削除してください。'} / Unknown field "${key}". ${hint ? hint.split(' / ')[1] : 'Remove it.'}${known.length ? ` (allowed: ${known.join(', ')})` : ''}`,
					});
				}
				return;
			}
			case 'invalid_type': {
				// A schema's own bilingual message (e.g. "no units or commas" on a figure) beats the generic one, as for too_small.
				const input = valueAt(data, path);
				out.push({ ...at(path), message: input !== undefined && issue.message.includes(' / ') ? issue.message : expectedTypeMessage(issue, input) });
				return;
			}
			case 'invalid_value': {
				const input = valueAt(data, path);
				const options = issue.values.map(String);
				const guess = typeof input === 'string' ? closest(input, options) : undefined;
				out.push({
					...at(path),
					message: `次のどれかを書いてください: ${options.join(', ')}${guess ? `（「${guess}」のことですか？）` : ''} / Expected one of ${options.join(', ')}, got ${describeInput(input)}${guess ? ` (did you mean "${guess}"?)` : ''}`,
				});
				return;
			}
			case 'too_small':
				out.push({
					...at(path),
					message: issue.message.includes(' / ')
						? issue.message
						: issue.origin === 'array'
							? `${issue.minimum}個以上必要です / Needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
							: issue.origin === 'string'
								? `空にしないでください / Must not be empty`
								: `${issue.minimum}以上にしてください / Must be at least ${issue.minimum}`,
				});
				return;
			case 'invalid_format':
				out.push({
					...at(path),
					message: issue.message.includes(' / ') ? issue.message : `形式が正しくありません（${issue.format}） / Not a valid ${issue.format}`,
				});
				return;
			case 'too_big':
				out.push({
					...at(path),
					message: issue.message.includes(' / ')
						? issue.message
						: issue.origin === 'array'
							? `${issue.maximum}個までにしてください / At most ${issue.maximum} item${issue.maximum === 1 ? '' : 's'}`
							: issue.origin === 'string'
								? `${issue.maximum}文字までにしてください / At most ${issue.maximum} characters`
								: `${issue.maximum}以下にしてください / Must be at most ${issue.maximum}`,
				});
				return;
			default:
				// Every message is bilingual: a zod default (English only) gets a Japanese lead.
				out.push({ ...at(path), message: issue.message.includes(' / ') ? issue.message : `値が正しくありません / ${issue.message}` });
		}
	};
	for (const issue of error.issues) visit(issue, []);
	return out.filter((problem) => !(guessed.has(problem.field) && problem.message.startsWith('必須の項目です')));
}
