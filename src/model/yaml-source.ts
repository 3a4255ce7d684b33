import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A parsed YAML text that can say on which line of its file a field stands. */
export interface YamlSource {
	file: string;
	data: unknown;
	/** 1-based line of the field at `path` (of its key, when it has one); the nearest parent's when the field is missing. */
	lineOf(path: readonly PropertyKey[], keyOnly?: boolean): number | undefined;
	/** Decimal places a number at `path` was written with when they end in zero (`6.0` → 1), else undefined. */
	decimalsOf(path: readonly PropertyKey[]): number | undefined;
	/** YAML syntax errors, already located. */
	syntaxErrors: { line: number; message: string }[];
}

/** Accept what editors on Windows save: a UTF-8 byte-order mark and CRLF line endings. */
export const normaliseText = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/**
 * Parses YAML keeping positions, so problems can name lines. `firstLine` is the file line the YAML starts on.
 * @example parseYaml('a.yaml', 'title: x').lineOf(['title']) // 1
 */
export function parseYaml(file: string, text: string, firstLine = 1): YamlSource {
	const counter = new LineCounter();
	// YAML 1.2 core schema: dates stay strings (2020-01-15), so periods and dates read as written.
	const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	const syntaxErrors = doc.errors.map((error) => ({
		line: lineAt(error.pos[0]),
		message: `YAMLの書き方に誤りがあります（字下げ・「:」の後の空白・引用符を確認してください） / YAML syntax error: ${error.message.split('\n')[0]}`,
	}));
	return {
		file,
		data: syntaxErrors.length ? undefined : doc.toJS(),
		syntaxErrors,
		decimalsOf(path) {
			const node = doc.getIn(path as unknown[], true);
			if (!isScalar(node) || typeof node.value !== 'number') return undefined;
			return node.minFractionDigits || undefined;
		},
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
