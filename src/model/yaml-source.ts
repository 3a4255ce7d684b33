import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import { readSubset } from './fast-yaml.ts';

/**
 * The `yaml` package, loaded the first time a text needs it (a problem to locate, a text the fast path
 * declines): a check of valid content in the fast path's subset never loads it.
 */
let yamlPackage: typeof import('yaml') | undefined;
const yamlLib = () => (yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

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
export const normaliseText = (text: string) => {
	const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	// A native search first: nearly every file has no carriage return to replace.
	return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
};

/** Limits on YAML: far above real content (Komoro's deepest field: 6 levels; no aliases). */
export const YAML_LIMITS = { depth: 32, aliases: 100 };

/**
 * How deeply YAML text nests (indentation steps, `- ` items and open `[` `{`), in one linear pass, so
 * absurd nesting is refused before the parser recurses into it.
 * @example yamlDepth('a:\n  b: [1, [2]]').depth // 4
 */
export function yamlDepth(text: string): { depth: number; line: number } {
	// Character codes, not regular expressions and string iteration: this runs on every file check reads.
	const isSpace = (c: number) => c === 0x20 || c === 0x3000;
	let worst = { depth: 0, line: 1 };
	let open = 0;
	let line = 0;
	let start = 0;
	const n = text.length;
	while (start <= n) {
		line++;
		let end = text.indexOf('\n', start);
		if (end < 0) end = n;
		let i = start;
		while (i < end && isSpace(text.charCodeAt(i))) i++;
		const indent = i - start;
		// `- ` list dashes after the indentation, each followed by spaces.
		let dashes = 0;
		while (i + 1 < end && text.charCodeAt(i) === 0x2d && isSpace(text.charCodeAt(i + 1))) {
			i += 2;
			while (i < end && isSpace(text.charCodeAt(i))) i++;
			dashes++;
		}
		let most = open;
		for (let j = start; j < end; j++) {
			const c = text.charCodeAt(j);
			if (c === 0x5b || c === 0x7b) most = Math.max(most, ++open);
			else if ((c === 0x5d || c === 0x7d) && open > 0) open--;
		}
		const depth = Math.floor(indent / 2) + dashes + most;
		if (depth > worst.depth) worst = { depth, line };
		start = end + 1;
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
 * The fast path's reading of a text within the depth limit, or undefined. The reader measures the depth as
 * it goes; `yamlDepth` scans again only a text whose full-width spaces were replaced (the limit counts
 * them as written) or with brackets inside its scalars or comments (which it counts too).
 */
function fastRead(text: string): { data: unknown } | undefined {
	const spaced = acceptFullWidthSpaces(text);
	const read = readSubset(spaced);
	if (!read) return undefined;
	const depth = spaced === text && read.depth !== undefined ? read.depth : yamlDepth(text).depth;
	return depth <= YAML_LIMITS.depth ? read : undefined;
}

/**
 * Parses YAML; `firstLine` is the file line the YAML starts on. Within the limits, the data comes from the
 * fast path when it can read the text; the `yaml` package's document (with positions) is built only when
 * a line is asked for (a problem is being reported) or the fast path declined (then `yaml` words the
 * syntax errors and applies the alias limit).
 * @example parseYaml('a.yaml', 'title: x').lineOf(['title']) // 1
 */
export function parseYaml(file: string, text: string, firstLine = 1): YamlSource {
	const fast = fastRead(text);
	if (!fast) return withPositions(file, text, firstLine);
	let positions: YamlSource | undefined;
	let printsTrailingZero: boolean | undefined;
	return {
		file,
		data: fast.data ?? null,
		syntaxErrors: [],
		lineOf: (path, keyOnly) => (positions ??= withPositions(file, text, firstLine)).lineOf(path, keyOnly),
		// Numbers lose trailing zeros when parsed (21.0 → 21); only a file that prints one needs the positioned parse.
		decimalsOf: (path) => (printsTrailingZero ??= /\d\.\d*0(?!\d)/.test(text)) ? (positions ??= withPositions(file, text, firstLine)).decimalsOf(path) : undefined,
	};
}

/** The `yaml` package's parse: slower, but it knows where every node stands and words syntax errors. */
function withPositions(file: string, text: string, firstLine: number): YamlSource {
	const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlLib();
	const counter = new LineCounter();
	const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	const fail = (line: number, message: string): YamlSource => ({ file, data: undefined, syntaxErrors: [{ line, message }], lineOf: () => undefined, decimalsOf: () => undefined });
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
	/** The frontmatter's YAML as parsed (from line 2): enough to parse it again elsewhere (`parseLater`). */
	matter: string;
}

/**
 * The YAML source of text that another thread already parsed and found valid: parsed again here only
 * when something asks for its data or a line (a cross-file rule reporting a problem), with the same
 * answers as the first parse.
 * @example parseLater('policies/a.md', 'title: x', 2).lineOf(['title']) // 2
 */
export function parseLater(file: string, text: string, firstLine: number): YamlSource {
	let parsed: YamlSource | undefined;
	const yaml = () => (parsed ??= parseYaml(file, text, firstLine));
	return {
		file,
		get data() {
			return yaml().data;
		},
		syntaxErrors: [],
		lineOf: (path, keyOnly) => yaml().lineOf(path, keyOnly),
		decimalsOf: (path) => yaml().decimalsOf(path),
	};
}

/**
 * Splits a Markdown text that opens with `---` and a line break into its frontmatter and body exactly as
 * gray-matter does (tests/unit/frontmatter.test.ts compares the two): the frontmatter ends at the first
 * line break followed by `---`, and the body starts after that line's next line break.
 * @example splitFrontmatter('---\ntitle: x\n---\nBody') // { matter: '\ntitle: x', content: 'Body' }
 */
export function splitFrontmatter(text: string): { matter: string; content: string } {
	const rest = text.slice(3);
	const close = rest.indexOf('\n---');
	if (close < 0) return { matter: rest, content: '' };
	let content = rest.slice(close + 4);
	if (content.startsWith('\r')) content = content.slice(1);
	if (content.startsWith('\n')) content = content.slice(1);
	return { matter: rest.slice(0, close), content };
}

/** 1 + the line breaks in the first `end` characters of `text`. */
function linesIn(text: string, end: number): number {
	let lines = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) lines++;
	return lines;
}

/** Splits a Markdown file and parses its frontmatter (positions only when a problem needs a line). */
export function parseMarkdown(file: string, raw: string): MarkdownSource {
	const text = normaliseText(raw);
	if (/^---[ \t]*\n/.test(text) && !/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
		const message = '先頭の --- に対応する閉じの --- の行がありません。項目の最後の次の行に --- だけの行を書いてください / The frontmatter is not closed: write a line with only --- after the last field';
		return { file, data: undefined, syntaxErrors: [{ line: 1, message }], lineOf: () => undefined, decimalsOf: () => undefined, body: '', bodyLine: 1, matter: '' };
	}
	// Only a bare --- opens frontmatter (gray-matter, which this split follows, would read `---js` as a language).
	const hasFrontmatter = text.startsWith('---\n');
	const parsed = hasFrontmatter ? splitFrontmatter(text) : { matter: '', content: text };
	const matter = parsed.matter.replace(/^\n/, '');
	const yaml = parseYaml(file, matter, 2);
	const bodyLine = hasFrontmatter ? linesIn(text, text.length - parsed.content.length) : 1;
	return { ...yaml, data: hasFrontmatter ? yaml.data : undefined, body: parsed.content, bodyLine, matter };
}
