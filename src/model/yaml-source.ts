import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { fastYaml } from './fast-yaml.ts';

/** A parsed YAML text that can say on which line of its file a field stands. */
export interface YamlSource {
	file: string;
	data: unknown;
	/** 1-based line of the field at `path` (of its key, when it has one); the nearest parent's when the field is missing. */
	lineOf(path: readonly PropertyKey[], keyOnly?: boolean): number | undefined;
	/** YAML syntax errors, already located. */
	syntaxErrors: { line: number; message: string }[];
}

/** Accept what editors on Windows save: a UTF-8 byte-order mark and CRLF line endings. */
export const normaliseText = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/**
 * Parses YAML; `firstLine` is the file line the YAML starts on. The data comes from the fast path when it
 * can read the text; the `yaml` package's document (with positions) is built only when a line is asked
 * for (a problem is being reported) or the fast path declined (then `yaml` words the syntax errors).
 * @example parseYaml('a.yaml', 'title: x').lineOf(['title']) // 1
 */
export function parseYaml(file: string, text: string, firstLine = 1): YamlSource {
	const fast = fastYaml(text);
	let positions: ReturnType<typeof withPositions> | undefined;
	const located = () => (positions ??= withPositions(text, firstLine));
	return {
		file,
		data: fast ? (fast.data ?? null) : located().data,
		syntaxErrors: fast ? [] : located().syntaxErrors,
		lineOf: (path, keyOnly) => located().lineOf(path, keyOnly),
	};
}

/** The `yaml` package's parse: slower, but it knows where every node stands and words syntax errors. */
function withPositions(text: string, firstLine: number): Pick<YamlSource, 'data' | 'syntaxErrors' | 'lineOf'> {
	const counter = new LineCounter();
	// YAML 1.2 core schema: dates stay strings (2020-01-15), so periods and dates read as written.
	const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	const syntaxErrors = doc.errors.map((error) => ({
		line: lineAt(error.pos[0]),
		message: `YAMLの書き方に誤りがあります（字下げ・「:」の後の空白・引用符を確認してください） / YAML syntax error: ${error.message.split('\n')[0]}`,
	}));
	return {
		data: syntaxErrors.length ? undefined : doc.toJS(),
		syntaxErrors,
		lineOf(path, keyOnly = false) {
			let node: Node | null | undefined = doc.contents;
			let offset = node?.range?.[0];
			for (const key of path) {
				if (isMap(node)) {
					const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
					if (!pair) break;
					offset = (pair.key as Node).range?.[0] ?? offset;
					node = pair.value as Node | null;
				} else if (isSeq(node) && typeof key === 'number') {
					const item = node.items[key] as Node | undefined;
					if (!item) break;
					offset = item.range?.[0] ?? offset;
					node = item;
				} else break;
			}
			if (!keyOnly && isScalar(node) && node.range) offset = node.range[0];
			return offset === undefined ? undefined : lineAt(offset);
		},
	};
}

/** A Markdown file: its frontmatter as YAML with positions, and its body. */
export interface MarkdownSource extends YamlSource {
	body: string;
	/** 1-based line where the body starts. */
	bodyLine: number;
}

/** Splits a Markdown file with gray-matter and parses its frontmatter with line positions. */
export function parseMarkdown(file: string, raw: string): MarkdownSource {
	const text = normaliseText(raw);
	// gray-matter splits; `yaml` parses (positions). Give gray-matter a no-op engine so YAML is parsed once.
	const parsed = matter(text, { engines: { yaml: () => ({}) } });
	const hasFrontmatter = text.startsWith('---\n');
	const yaml = parseYaml(file, parsed.matter.replace(/^\n/, ''), 2);
	const bodyLine = hasFrontmatter ? text.slice(0, text.length - parsed.content.length).split('\n').length : 1;
	return { ...yaml, data: hasFrontmatter ? yaml.data : undefined, body: parsed.content, bodyLine };
}
