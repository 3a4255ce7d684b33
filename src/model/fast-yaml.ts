/**
 * The fast path for reading YAML: a reader of the subset content is written in — block mappings and
 * sequences, plain and quoted one-line scalars, one-line flow collections `[…]` `{…}`, comments — in one
 * pass over the characters, with the plain scalars resolved exactly as the `yaml` package's YAML 1.2 core
 * schema does (same patterns, same conversions), so a file reads the same whichever parser read it
 * (tests/unit/fast-yaml.test.ts compares the two on all content, fixtures and generated documents).
 * Anything outside the subset — and anything that looks like it could read differently: anchors, aliases,
 * tags, directives, block scalars `|` `>`, text running on to the next line, tabs, control characters,
 * duplicate or null keys — makes it decline (undefined): the caller then parses with `yaml`, which also
 * words and locates every syntax error.
 * The same pass measures how deeply the text nests (as `yamlDepth` in yaml-source.ts does), so a text
 * over the limit is declined without a second scan.
 */

/** Thrown (never an Error: no stack to build) when the text is outside the subset. */
const DECLINE = { declined: true };

// The patterns and conversions of yaml/dist/schema/core/{bool,int,float}.js and common/null.js.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

/**
 * A plain scalar's value under the YAML 1.2 core schema; only candidates (by their first character) meet
 * a pattern, since nearly every plain scalar of every file is a word.
 * @example resolvePlain('01') // 1
 * @example resolvePlain('2020-01-15') // '2020-01-15'
 */
export function resolvePlain(text: string): unknown {
	const c = text.charCodeAt(0);
	if (c === 0x7e /* ~ */ || c === 0x6e || c === 0x4e /* n N */) return (text.length === 1 || text.length === 4) && NULL.test(text) ? null : text;
	if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46 /* t T f F */) return (text.length === 4 || text.length === 5) && BOOL.test(text) ? text[0] === 't' || text[0] === 'T' : text;
	if (!((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e /* 0-9 - + . */)) return text;
	if (INT.test(text)) return text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10);
	if (FLOAT.test(text)) return /nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : parseFloat(text);
	return text;
}

/** The escapes of yaml/dist/compose/resolve-flow-scalar.js (but a tab or a line break: declined). */
const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\' };

const isFlowIndicator = (c: number) => c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d; // , [ ] { }
const isBracket = (c: number) => c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
/** Characters declined wherever they stand: tabs, control characters, carriage returns, byte-order marks, non-characters, line separators and lone surrogates. */
// Ordered so that the usual characters (ASCII, kana and kanji) are through after a few comparisons.
const isOdd = (text: string, i: number, c: number) =>
	c < 0x20 || (c >= 0x7f && (c <= 0x9f || (c >= 0x2028 && (c <= 0x2029 || (c >= 0xd800 && oddHigh(text, i, c))))));
const oddHigh = (text: string, i: number, c: number) =>
	c === 0xfeff || c === 0xfffe || c === 0xffff ||
	(c >= 0xd800 && c <= 0xdbff && !(text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff)) ||
	(c >= 0xdc00 && c <= 0xdfff && !(text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff));
/** A plain scalar cannot start with these (YAML's indicators), nor with `-` `?` `:` before a space. */
const NOT_PLAIN_FIRST = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') NOT_PLAIN_FIRST[c.charCodeAt(0)] = 1;

/** One read of one text: the position and the current line, and the nesting measured so far. */
class SubsetReader {
	readonly t: string;
	readonly n: number;
	pos = 0;
	/** The current line: where it starts and ends (its '\n' or the end), its indentation. */
	ls = 0;
	le = 0;
	indent = 0;
	/** `- ` items opened and flow brackets nested on the current line (for the depth). */
	dashes = 0;
	flow = 0;
	flowMost = 0;
	/** The deepest line so far, as `yamlDepth` counts it. */
	depth = 0;
	/** A bracket inside a scalar or comment: `yamlDepth` counts it, this reader cannot say how deep the text is then. */
	stray = false;
	/** Whether the next content line is the first (where `---` may open the document). */
	first = true;

	constructor(text: string) {
		this.t = text;
		this.n = text.length;
	}

	/** Ends the current line (recording its depth) and moves to the start of the next content line, or the end. */
	nextLine(): void {
		this.endLine();
		this.pos = this.le + 1;
		this.seekContent();
	}

	endLine(): void {
		const depth = (this.indent >> 1) + this.dashes + this.flowMost;
		if (depth > this.depth) this.depth = depth;
	}

	/** From the start of a line (`pos`), past blank and comment lines, to the first character of a content line (or the end). */
	seekContent(): void {
		const t = this.t;
		while (this.pos < this.n) {
			const ls = this.pos;
			let le = t.indexOf('\n', ls);
			if (le < 0) le = this.n;
			let i = ls;
			while (i < le && t.charCodeAt(i) === 0x20) i++;
			this.ls = ls;
			this.le = le;
			this.indent = i - ls;
			this.dashes = 0;
			this.flowMost = 0;
			if (i < le) {
				if (t.charCodeAt(i) === 0x23 /* # */) this.comment(i);
				else if (i > ls || !this.opener()) {
					this.pos = i;
					this.fullWidthAt(i);
					this.first = false;
					return;
				}
			}
			this.endLine();
			this.pos = le + 1;
		}
		this.pos = this.ls = this.le = this.n;
		this.indent = 0;
	}

	/**
	 * Whether the line is the `---` that opens the document (then nothing but a comment may follow on it).
	 * Directives, document markers anywhere else and `...` are declined.
	 */
	opener(): boolean {
		const t = this.t;
		const ls = this.ls;
		const c = t.charCodeAt(ls);
		if (c === 0x25 /* % */) throw DECLINE;
		if (!(t.startsWith('---', ls) || t.startsWith('...', ls))) return false;
		if (c === 0x2e || !this.first || (ls + 3 < this.le && t.charCodeAt(ls + 3) !== 0x20)) throw DECLINE;
		this.first = false;
		this.pos = ls + 3;
		this.endOfValue();
		return true;
	}

	/** A comment from `i` to the end of the line: checked for characters that are declined and brackets. */
	comment(i: number): void {
		const t = this.t;
		for (let j = i + 1; j < this.le; j++) {
			const c = t.charCodeAt(j);
			if (isOdd(t, j, c)) throw DECLINE;
			if (isBracket(c)) this.stray = true;
		}
	}

	/**
	 * Declines a full-width space (U+3000) where a node starts, or after a dash there: `yamlDepth` counts
	 * it as indentation, and the caller replaces it (`acceptFullWidthSpaces`) before reading.
	 */
	fullWidthAt(i: number): void {
		const c = this.t.charCodeAt(i);
		if (c === 0x3000 || (c === 0x2d && this.t.charCodeAt(i + 1) === 0x3000)) throw DECLINE;
	}

	skipSpaces(i: number): void {
		while (i < this.le && this.t.charCodeAt(i) === 0x20) i++;
		this.pos = i;
	}

	/** After a value: only spaces and a comment may end the line. */
	endOfValue(): void {
		const t = this.t;
		let i = this.pos;
		while (i < this.le && t.charCodeAt(i) === 0x20) i++;
		if (i < this.le) {
			// A comment, after a space.
			if (t.charCodeAt(i) !== 0x23 || t.charCodeAt(i - 1) !== 0x20) throw DECLINE;
			this.comment(i);
		}
		this.pos = this.le;
	}

	/** The node that starts at `pos` on the current line, at column `col` (a block collection, or one value). */
	blockNode(col: number, parent: number): unknown {
		const t = this.t;
		const c = t.charCodeAt(this.pos);
		if (c === 0x2d && this.pos + 1 < this.le && t.charCodeAt(this.pos + 1) === 0x20) return this.sequence(col);
		const colon = this.keyEnd(this.pos);
		if (colon >= 0) return this.mapping(col, colon);
		const value = this.inlineValue();
		this.nextLine();
		if (this.pos < this.n && this.indent > parent) throw DECLINE;
		return value;
	}

	/**
	 * Where the key of an implicit `key: value` that starts at `i` ends (the index of its `:`), or -1 when the
	 * line is not one. Quoted keys are found by their closing quote.
	 */
	keyEnd(i: number): number {
		const t = this.t;
		const le = this.le;
		const c = t.charCodeAt(i);
		// A flow collection is a value (as a key, `{a: 1}: x`, it is declined after it).
		if (c === 0x5b || c === 0x7b) return -1;
		if (c === 0x22 || c === 0x27) {
			const close = this.quoteEnd(i);
			return close < le && t.charCodeAt(close) === 0x3a && (close + 1 === le || t.charCodeAt(close + 1) === 0x20) ? close : -1;
		}
		// The characters are checked on the way (a key is not scanned again; a value would be declined for them too).
		for (let j = i; j < le; j++) {
			const d = t.charCodeAt(j);
			if (d > 0x7e || d < 0x20) {
				if (isOdd(t, j, d)) throw DECLINE;
			} else if (d === 0x3a) {
				if (j + 1 === le || t.charCodeAt(j + 1) === 0x20) return j;
			} else if (d === 0x23) {
				if (j > i && t.charCodeAt(j - 1) === 0x20) return -1;
			} else if (isBracket(d)) this.stray = true;
		}
		return -1;
	}

	/** The index after the quoted scalar opening at `i` on this line (the line's end when it does not close there). */
	quoteEnd(i: number): number {
		const t = this.t;
		const quote = t.charCodeAt(i);
		for (let j = i + 1; j < this.le; j++) {
			const c = t.charCodeAt(j);
			if (quote === 0x22 && c === 0x5c) j++;
			else if (c === quote) {
				if (quote === 0x27 && t.charCodeAt(j + 1) === 0x27) j++;
				else return j + 1;
			}
		}
		return this.le;
	}

	/** A block mapping whose keys stand at column `col`, the first at `pos` (its `:` at `firstColon`). */
	mapping(col: number, firstColon: number): Record<string, unknown> {
		const t = this.t;
		const map: Record<string, unknown> = {};
		for (let colon = firstColon; ; colon = this.keyEnd(this.pos)) {
			if (colon < 0) throw DECLINE;
			const key = this.key(this.pos, colon);
			if (Object.hasOwn(map, key)) throw DECLINE;
			this.skipSpaces(colon + 1);
			let value: unknown;
			if (this.pos === this.le || t.charCodeAt(this.pos) === 0x23) {
				if (this.pos < this.le) {
					if (t.charCodeAt(this.pos - 1) !== 0x20) throw DECLINE;
					this.comment(this.pos);
				}
				this.nextLine();
				if (this.pos >= this.n) value = null;
				else if (this.indent > col) value = this.blockNode(this.indent, col);
				else if (this.indent === col && t.charCodeAt(this.pos) === 0x2d && this.pos + 1 < this.le && t.charCodeAt(this.pos + 1) === 0x20) value = this.sequence(col);
				else value = null;
			} else {
				value = this.inlineValue();
				this.nextLine();
			}
			map[key] = value;
			if (this.pos >= this.n || this.indent < col) return map;
			if (this.indent > col || (t.charCodeAt(this.pos) === 0x2d && this.pos + 1 < this.le && t.charCodeAt(this.pos + 1) === 0x20)) throw DECLINE;
		}
	}

	/** A mapping key from `i` to its `:` at `colon`, as `yaml` makes it a property name. */
	key(i: number, colon: number): string {
		const t = this.t;
		const c = t.charCodeAt(i);
		// `yaml` refuses implicit keys over 1024 characters.
		if (colon - i > 1000) throw DECLINE;
		let key: string;
		if (c === 0x22 || c === 0x27) {
			this.pos = i;
			key = this.quoted();
		} else {
			let end = colon;
			while (end > i && t.charCodeAt(end - 1) === 0x20) end--;
			if (end === i) throw DECLINE;
			this.plainFirst(i, end, false);
			const text = t.slice(i, end);
			const value = resolvePlain(text);
			// A null key reads as "" in `yaml`; `<<` merges in other parsers.
			if (value === null || text === '<<') throw DECLINE;
			key = typeof value === 'string' ? value : String(value);
		}
		if (key === '__proto__') throw DECLINE;
		return key;
	}

	/** Checks how a plain scalar from `i` to `end` starts (its characters are checked where it is scanned). */
	plainFirst(i: number, end: number, flow: boolean): void {
		const t = this.t;
		const first = t.charCodeAt(i);
		if (first < 128 && NOT_PLAIN_FIRST[first]) {
			// `-5`, `-x`: a dash before anything but a space (or, in a flow, an indicator) starts a plain scalar.
			const next = i + 1 < end ? t.charCodeAt(i + 1) : 0x20;
			if (first !== 0x2d || next === 0x20 || (flow && isFlowIndicator(next))) throw DECLINE;
		}
	}

	/** A value that starts at `pos` and ends on this line: a quoted or plain scalar, or a flow collection. */
	inlineValue(): unknown {
		const t = this.t;
		const c = t.charCodeAt(this.pos);
		let value: unknown;
		if (c === 0x22 || c === 0x27) value = this.quoted();
		else if (c === 0x5b || c === 0x7b) value = this.flowCollection();
		else {
			// A block plain scalar: up to a comment or the end of the line, and no `: ` in it (a mapping on one line).
			const start = this.pos;
			let end = this.le;
			for (let j = start; j < this.le; j++) {
				const d = t.charCodeAt(j);
				if (d > 0x7e || d < 0x20) {
					if (isOdd(t, j, d)) throw DECLINE;
				} else if (d === 0x3a) {
					if (j + 1 === this.le || t.charCodeAt(j + 1) === 0x20) throw DECLINE;
				} else if (d === 0x23) {
					if (t.charCodeAt(j - 1) === 0x20) {
						end = j;
						break;
					}
				} else if (isBracket(d)) this.stray = true;
			}
			let last = end;
			while (last > start && t.charCodeAt(last - 1) === 0x20) last--;
			this.plainFirst(start, last, false);
			value = resolvePlain(t.slice(start, last));
			this.pos = end;
		}
		this.endOfValue();
		return value;
	}

	/** A quoted scalar at `pos`, closed on this line; `pos` moves past it. */
	quoted(): string {
		const t = this.t;
		const start = this.pos;
		const quote = t.charCodeAt(start);
		let out = '';
		let from = start + 1;
		for (let j = start + 1; j < this.le; j++) {
			const c = t.charCodeAt(j);
			if (c > 0x7e || c < 0x20) {
				if (isOdd(t, j, c)) throw DECLINE;
			} else if (c === quote) {
				if (quote === 0x27 && t.charCodeAt(j + 1) === 0x27) {
					out += t.slice(from, j + 1);
					from = ++j + 1;
					continue;
				}
				this.pos = j + 1;
				// `"a"#b`: a comment must follow a space.
				if (t.charCodeAt(this.pos) === 0x23) throw DECLINE;
				return out + t.slice(from, j);
			} else if (c === 0x5c && quote === 0x22) {
				out += t.slice(from, j);
				const e = t[j + 1];
				const simple = e === undefined ? undefined : ESCAPES[e];
				if (simple !== undefined) {
					out += simple;
					from = ++j + 1;
					continue;
				}
				const length = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
				const hex = t.slice(j + 2, j + 2 + length);
				if (!length || hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex) || parseInt(hex, 16) > 0x10ffff) throw DECLINE;
				out += String.fromCodePoint(parseInt(hex, 16));
				from = j + 2 + length;
				j = from - 1;
			} else if (isBracket(c)) this.stray = true;
		}
		// Not closed on this line: a scalar running on (or a missing quote) is left to `yaml`.
		throw DECLINE;
	}

	/** A `[…]` or `{…}` at `pos`, closed on this line; `pos` moves past it. */
	flowCollection(): unknown[] | Record<string, unknown> {
		const t = this.t;
		const open = t.charCodeAt(this.pos);
		if (++this.flow > this.flowMost) this.flowMost = this.flow;
		this.skipSpaces(this.pos + 1);
		const close = open === 0x5b ? 0x5d : 0x7d;
		let out: unknown[] | Record<string, unknown>;
		if (t.charCodeAt(this.pos) === close) {
			out = open === 0x5b ? [] : {};
			this.pos++;
		} else if (open === 0x5b) {
			const list: unknown[] = [];
			for (;;) {
				list.push(this.flowNode());
				if (this.flowNext(close)) break;
			}
			out = list;
		} else {
			const map: Record<string, unknown> = {};
			for (;;) {
				const c = t.charCodeAt(this.pos);
				const key = c === 0x22 || c === 0x27 ? this.quoted() : this.flowKey();
				if (key === '__proto__' || Object.hasOwn(map, key)) throw DECLINE;
				// `key: value`, with a space after the colon and a value.
				if (t.charCodeAt(this.pos) !== 0x3a || t.charCodeAt(this.pos + 1) !== 0x20) throw DECLINE;
				this.skipSpaces(this.pos + 1);
				map[key] = this.flowNode();
				if (this.flowNext(close)) break;
			}
			out = map;
		}
		this.flow--;
		return out;
	}

	/** After an entry of a flow collection: `,` and the next entry (false), or its closing bracket (true). */
	flowNext(close: number): boolean {
		this.skipSpaces(this.pos);
		const c = this.t.charCodeAt(this.pos);
		if (c === close) {
			this.pos++;
			return true;
		}
		if (c !== 0x2c || this.pos >= this.le) throw DECLINE;
		this.skipSpaces(this.pos + 1);
		// An empty entry or a trailing comma.
		const next = this.t.charCodeAt(this.pos);
		if (this.pos >= this.le || next === 0x2c || next === close) throw DECLINE;
		return false;
	}

	/** A plain key in a flow mapping, up to its `:`. */
	flowKey(): string {
		const start = this.pos;
		const end = this.flowPlainEnd(start);
		this.plainFirst(start, end, true);
		const text = this.t.slice(start, end);
		this.skipSpaces(end);
		const value = resolvePlain(text);
		if (value === null || text === '<<') throw DECLINE;
		return typeof value === 'string' ? value : String(value);
	}

	/** An entry of a flow collection (or a value of its mapping) at `pos`. */
	flowNode(): unknown {
		const t = this.t;
		if (this.pos >= this.le) throw DECLINE;
		const c = t.charCodeAt(this.pos);
		if (c === 0x22 || c === 0x27) return this.quoted();
		if (c === 0x5b || c === 0x7b) return this.flowCollection();
		const start = this.pos;
		const end = this.flowPlainEnd(start);
		// `[a: b]` (a pair in a list) and `{a: b: c}` are left to `yaml`.
		if (t.charCodeAt(end) === 0x3a) throw DECLINE;
		this.pos = end;
		this.plainFirst(start, end, true);
		return resolvePlain(t.slice(start, end));
	}

	/** Where a plain scalar in a flow collection that starts at `i` ends (trailing spaces left out). */
	flowPlainEnd(i: number): number {
		const t = this.t;
		const le = this.le;
		let j = i;
		for (; j < le; j++) {
			const c = t.charCodeAt(j);
			if (c > 0x7e || c < 0x20) {
				if (isOdd(t, j, c)) throw DECLINE;
			} else if (c === 0x2c || c === 0x5d || c === 0x7d) break;
			else if (c === 0x5b || c === 0x7b) throw DECLINE;
			else if (c === 0x3a) {
				const next = j + 1 < le ? t.charCodeAt(j + 1) : 0x20;
				if (next === 0x20 || isFlowIndicator(next)) break;
			} else if (c === 0x23 && j > i && t.charCodeAt(j - 1) === 0x20) throw DECLINE;
		}
		if (j >= le) throw DECLINE;
		let end = j;
		while (end > i && t.charCodeAt(end - 1) === 0x20) end--;
		if (end === i) throw DECLINE;
		return end;
	}

	/** A block sequence whose `- ` stand at column `col`, the first at `pos`. */
	sequence(col: number): unknown[] {
		const t = this.t;
		const list: unknown[] = [];
		let colon: number;
		for (;;) {
			this.dashes++;
			this.skipSpaces(this.pos + 1);
			this.fullWidthAt(this.pos);
			if (this.pos === this.le || t.charCodeAt(this.pos) === 0x23) throw DECLINE;
			const at = this.pos - this.ls;
			const c = t.charCodeAt(this.pos);
			if (c === 0x2d && this.pos + 1 < this.le && t.charCodeAt(this.pos + 1) === 0x20) list.push(this.sequence(at));
			else if ((colon = this.keyEnd(this.pos)) >= 0) list.push(this.mapping(at, colon));
			else {
				list.push(this.inlineValue());
				this.nextLine();
				if (this.pos < this.n && this.indent > col) throw DECLINE;
			}
			if (this.pos >= this.n || this.indent < col) return list;
			if (this.indent > col) throw DECLINE;
			if (!(t.charCodeAt(this.pos) === 0x2d && this.pos + 1 < this.le && t.charCodeAt(this.pos + 1) === 0x20)) return list;
		}
	}
}

/**
 * The data of a YAML text in the subset, with how deeply it nests as `yamlDepth` counts it (undefined
 * when a bracket inside a scalar or comment leaves that to `yamlDepth`); undefined outside the subset.
 * @example readSubset('a:\n  b: [1, [2]]') // { data: { a: { b: [1, [2]] } }, depth: 3 }
 */
export function readSubset(text: string): { data: unknown; depth: number | undefined } | undefined {
	const reader = new SubsetReader(text);
	try {
		reader.seekContent();
		let data: unknown = null;
		if (reader.pos < reader.n) {
			data = reader.blockNode(reader.indent, -1);
			// Anything left (a line less indented than the first) is not one node.
			if (reader.pos < reader.n) return undefined;
		}
		return { data, depth: reader.stray ? undefined : reader.depth };
	} catch (error) {
		if (error === DECLINE) return undefined;
		// Deep nesting of flow collections exhausts the stack before the depth limit is checked: `yaml` says it.
		if (error instanceof RangeError) return undefined;
		throw error;
	}
}

/**
 * The data of a YAML text when the fast path can read it, else undefined (syntax errors included:
 * the caller then parses with `yaml`, which words and locates them).
 * @example fastYaml('period: 2016-04\nvalue: 01') // { data: { period: '2016-04', value: 1 } }
 */
export function fastYaml(text: string): { data: unknown } | undefined {
	const read = readSubset(text);
	return read && { data: read.data };
}
