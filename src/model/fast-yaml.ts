import jsyaml from 'js-yaml';

/**
 * The fast path for reading YAML: js-yaml (about 10× faster than `yaml`'s parseDocument here) with the
 * plain scalars resolved exactly as the `yaml` package's YAML 1.2 core schema does (same patterns, same
 * conversions), so a file reads the same whichever parser read it. Positions, error messages and anything
 * unusual stay with `yaml`: this returns undefined and the caller parses with `yaml` instead.
 */

/**
 * An implicit scalar type: `first` holds the characters a match can start with, so the pattern runs only
 * on candidates (every plain scalar of every file is offered to each type; nearly all are words).
 */
const scalar = (tag: string, first: string, test: RegExp, construct: (text: string) => unknown) =>
	new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
		kind: 'scalar',
		resolve: (text: string | null) => {
			const value = text ?? '';
			return (value === '' || first.includes(value[0]!)) && test.test(value);
		},
		construct: (text: string | null) => construct(text ?? ''),
	});

// The patterns and conversions of yaml/dist/schema/core/{bool,int,float}.js and common/null.js.
const DIGITS = '0123456789';
const CORE = jsyaml.FAILSAFE_SCHEMA.extend({
	implicit: [
		scalar('null', '~Nn', /^(?:~|[Nn]ull|NULL)?$/, () => null),
		scalar('bool', 'TtFf', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
		scalar('int', `-+${DIGITS}`, /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (text) =>
			text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10),
		),
		scalar('float', `-+.${DIGITS}`, /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/, (text) =>
			/nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : parseFloat(text),
		),
	],
});

/**
 * Whether to leave a text to `yaml`: true where the two parsers were seen to differ
 * (tests/unit/fast-yaml.test.ts hunts for more), matching conservatively anything that looks like them:
 * directives (`%YAML 1.1` changes the schema there) and document markers with content; anchors and
 * aliases (`yaml` limits alias expansion, js-yaml does not); tags (`!` alone reads "" against null); keys
 * that read as null ("" against "null") and explicit `?` keys; a `-` with nothing after it (js-yaml
 * misplaces the next item); quoted scalars and flow collections that go on to the next line and `#`
 * straight after a token (indentation and comment rules `yaml` applies more strictly). Real content
 * almost never has these; such files are read by `yaml`, only slower. One pass over the characters.
 */
export function unusual(text: string): boolean {
	const n = text.length;
	let i = 0;
	while (i < n) {
		// Start of a line.
		const lineStart = i;
		const first = text.charCodeAt(i);
		if (first === 0x25 /* % */) return true;
		if ((text.startsWith('---', i) || text.startsWith('...', i)) && !blankUntilEol(text, i + 3)) return true;
		let depth = 0;
		let nodeStart = true;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c === 0x0a) break;
			if (c === 0x20 || c === 0x09) {
				i++;
				continue;
			}
			if (c === 0x23 /* # */) {
				const prev = i > lineStart ? text.charCodeAt(i - 1) : 0x20;
				if (prev !== 0x20 && prev !== 0x09) return true;
				i = eol(text, i);
				break;
			}
			if (nodeStart) {
				nodeStart = false;
				if (c === 0x26 || c === 0x2a || c === 0x21 /* & * ! */) return true;
				if (c === 0x3f /* ? */ && isBreak(text, i + 1)) return true;
				if (c === 0x3a /* : */ && (isBreak(text, i + 1) || isFlowEnd(text.charCodeAt(i + 1)))) return true;
				if (c === 0x2d /* - */ && isBreak(text, i + 1)) {
					if (blankUntilEol(text, i + 1)) return true;
					i++;
					nodeStart = true;
					continue;
				}
				if (c === 0x22 || c === 0x27 /* " ' */) {
					i = closeQuote(text, i);
					if (i < 0 || text.charCodeAt(i) === 0x23) return true;
					continue;
				}
				if (c === 0x5b || c === 0x7b /* [ { */) {
					depth++;
					i++;
					nodeStart = true;
					continue;
				}
				if ((c === 0x7e || c === 0x6e || c === 0x4e) /* ~ n N */ && /^(?:~|null|Null|NULL)[ \t]*:(?:[ \t,\]}\n]|$)/.test(text.slice(i, i + 8))) return true;
			}
			if (c === 0x3a /* : */ && (isBreak(text, i + 1) || (depth > 0 && isFlowEnd(text.charCodeAt(i + 1))))) {
				i++;
				nodeStart = true;
				continue;
			}
			if (depth > 0 && (c === 0x2c || c === 0x5d || c === 0x7d) /* , ] } */) {
				if (c !== 0x2c) depth--;
				i++;
				if (text.charCodeAt(i) === 0x23) return true;
				nodeStart = c === 0x2c;
				continue;
			}
			i++;
		}
		if (depth > 0) return true;
		i++;
	}
	return false;
}

const isBreak = (text: string, i: number) => i >= text.length || text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x0a;
const isFlowEnd = (c: number) => c === 0x2c || c === 0x5d || c === 0x7d;
const eol = (text: string, i: number) => {
	const end = text.indexOf('\n', i);
	return end < 0 ? text.length : end;
};
/** Only spaces, tabs or a comment from `i` to the end of the line (a comment: `#`, then no other line terminator). */
const blankUntilEol = (text: string, i: number) => {
	let comment = false;
	for (; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a) return true;
		if (comment) {
			if (c === 0x0d || c === 0x2028 || c === 0x2029) return false;
		} else if (c === 0x23) comment = true;
		else if (c !== 0x20 && c !== 0x09) return false;
	}
	return true;
};
/** The index after the quoted scalar opening at `i`, or -1 when it does not close on this line. */
function closeQuote(text: string, i: number): number {
	const quote = text.charCodeAt(i);
	for (let j = i + 1; j < text.length; j++) {
		const c = text.charCodeAt(j);
		if (c === 0x0a) return -1;
		if (quote === 0x22 && c === 0x5c /* \ */) j++;
		else if (c === quote) {
			if (quote === 0x27 && text.charCodeAt(j + 1) === 0x27) j++;
			else return j + 1;
		}
	}
	return -1;
}

/**
 * The data of a YAML text when the fast path can read it, else undefined (syntax errors included:
 * the caller then parses with `yaml`, which words and locates them).
 * @example fastYaml('period: 2016-04\nvalue: 01') // { period: '2016-04', value: 1 }
 */
export function fastYaml(text: string): { data: unknown } | undefined {
	if (unusual(text)) return undefined;
	try {
		return { data: jsyaml.load(text, { schema: CORE }) };
	} catch {
		return undefined;
	}
}
