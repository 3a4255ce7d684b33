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

/** Limits on YAML: far above real content (Komoro's deepest field: 6 levels; no aliases). */
export const YAML_LIMITS = { depth: 32, aliases: 100 };

/**
 * How deeply YAML text nests (indentation steps, `- ` items and open `[` `{`), in one linear pass, so
 * absurd nesting is refused before the parser recurses into it.
 * @example yamlDepth('a:\n  b: [1, [2]]').depth // 4
 */
export function yamlDepth(text: string): { depth: number; line: number } {
	let worst = { depth: 0, line: 1 };
	let open = 0;
	let line = 0;
	for (const row of text.split('\n')) {
		line++;
		const indent = /^[ \u3000]*/.exec(row)![0].length;
		const dashes = /^[ \u3000]*(?:-[ \u3000]+)*/.exec(row)![0].replace(/[^-]/g, '').length;
		let most = open;
		for (const ch of row) {
			if (ch === '[' || ch === '{') most = Math.max(most, ++open);
			else if ((ch === ']' || ch === '}') && open > 0) open--;
		}
		const depth = Math.floor(indent / 2) + dashes + most;
		if (depth > worst.depth) worst = { depth, line };
	}
	return worst;
}

/**
 * Full-width spaces (U+3000) typed with a Japanese IME where YAML needs plain spaces: in indentation,
 * after a list dash, after the colon of a `key:`. Line and column count are kept; values are untouched.
 * @example acceptFullWidthSpaces('\u3000name:\u3000小泉') // '  name: 小泉'
 */
export function acceptFullWidthSpaces(text: string): string {
	if (!text.includes('\u3000')) return text;
	return text.replace(/^([ \u3000]*(?:-[ \u3000]+)*)([A-Za-z_][\w-]*:\u3000+)?/gm, (_, lead: string, key: string | undefined) =>
		lead.replace(/\u3000/g, '  ') + (key ? key.replace(/\u3000+$/, ' ') : ''),
	);
}

/**
 * Parses YAML; `firstLine` is the file line the YAML starts on. Within the limits, the data comes from the
 * fast path when it can read the text; the `yaml` package's document (with positions) is built only when
 * a line is asked for (a problem is being reported) or the fast path declined (then `yaml` words the
 * syntax errors and applies the alias limit).
 * @example parseYaml('a.yaml', 'title: x').lineOf(['title']) // 1
 */
export function parseYaml(file: string, text: string, firstLine = 1): YamlSource {
	const fast = yamlDepth(text).depth <= YAML_LIMITS.depth ? fastYaml(acceptFullWidthSpaces(text)) : undefined;
	if (!fast) return withPositions(file, text, firstLine);
	let positions: YamlSource | undefined;
	return {
		file,
		data: fast.data ?? null,
		syntaxErrors: [],
		lineOf: (path, keyOnly) => (positions ??= withPositions(file, text, firstLine)).lineOf(path, keyOnly),
	};
}

/** The `yaml` package's parse: slower, but it knows where every node stands and words syntax errors. */
function withPositions(file: string, text: string, firstLine: number): YamlSource {
	const counter = new LineCounter();
	const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	const fail = (line: number, message: string): YamlSource => ({ file, data: undefined, syntaxErrors: [{ line, message }], lineOf: () => undefined });
	const depth = yamlDepth(text);
	if (depth.depth > YAML_LIMITS.depth)
		return fail(
			depth.line + firstLine - 1,
			`項目の入れ子が深すぎます（${depth.depth}段、上限${YAML_LIMITS.depth}段）。字下げや [ ] { } を見直してください / The fields nest too deeply (${depth.depth} levels; the limit is ${YAML_LIMITS.depth}): check the indentation and brackets`,
		);
	// YAML 1.2 core schema: dates stay strings (2020-01-15), so periods and dates read as written.
	const doc: Document = parseDocument(acceptFullWidthSpaces(text), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	const lines = text.split('\n');
	const syntaxErrors = doc.errors.map((error) => {
		const line = lineAt(error.pos[0]);
		// The commonest slip, said in words: `order:3` needs a space after the colon.
		const slip = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):([^\s:/][^\n]*)$/.exec(lines[line - firstLine] ?? '');
		return {
			line,
			message: slip
				? `「:」の後に半角スペースが必要です（${slip[1]}: ${slip[2]!.slice(0, 20)}） / A space is needed after the colon: ${slip[1]}: ${slip[2]!.slice(0, 20)}`
				: `YAMLの書き方に誤りがあります（字下げ・「:」の後の空白・引用符を確認してください） / YAML syntax error: ${error.message.split('\n')[0]}`,
		};
	});
	let data: unknown;
	if (!syntaxErrors.length) {
		try {
			// Aliases (*name) repeat what an anchor (&name) holds: a handful is fine, thousands are a "billion laughs" bomb.
			data = doc.toJS({ maxAliasCount: YAML_LIMITS.aliases });
		} catch (error) {
			if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
			return fail(
				firstLine,
				`別名（* と &）の使い方が多すぎるか、輪になっています。別名を使わずに書いてください / Too many aliases (* and &), or an alias that refers to itself: write the values out instead`,
			);
		}
	}
	return {
		file,
		data,
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
	if (/^---[ \t]*\n/.test(text) && !/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
		const message = '先頭の --- に対応する閉じの --- の行がありません。項目の最後の次の行に --- だけの行を書いてください / The frontmatter is not closed: write a line with only --- after the last field';
		return { file, data: undefined, syntaxErrors: [{ line: 1, message }], lineOf: () => undefined, body: '', bodyLine: 1 };
	}
	// gray-matter splits; `yaml` parses (positions). Give gray-matter a no-op engine so YAML is parsed once.
	const hasFrontmatter = text.startsWith('---\n');
	// Only a bare --- opens frontmatter: gray-matter would read `---js` or `---!` as a language and throw.
	const parsed = hasFrontmatter ? matter(text, { engines: { yaml: () => ({}) } }) : { matter: '', content: text };
	const yaml = parseYaml(file, parsed.matter.replace(/^\n/, ''), 2);
	const bodyLine = hasFrontmatter ? text.slice(0, text.length - parsed.content.length).split('\n').length : 1;
	return { ...yaml, data: hasFrontmatter ? yaml.data : undefined, body: parsed.content, bodyLine };
}
