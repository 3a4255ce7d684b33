import jsyaml from 'js-yaml';

/**
 * The fast path for reading YAML: js-yaml (about 10× faster than `yaml`'s parseDocument here) with the
 * plain scalars resolved exactly as the `yaml` package's YAML 1.2 core schema does (same patterns, same
 * conversions), so a file reads the same whichever parser read it. Positions, error messages and anything
 * unusual stay with `yaml`: this returns undefined and the caller parses with `yaml` instead.
 */

const scalar = (tag: string, test: RegExp, construct: (text: string) => unknown) =>
	new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
		kind: 'scalar',
		resolve: (text: string | null) => test.test(text ?? ''),
		construct: (text: string | null) => construct(text ?? ''),
	});

// The patterns and conversions of yaml/dist/schema/core/{bool,int,float}.js and common/null.js.
const CORE = jsyaml.FAILSAFE_SCHEMA.extend({
	implicit: [
		scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
		scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
		scalar('int', /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (text) =>
			text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10),
		),
		scalar('float', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/, (text) =>
			/nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : parseFloat(text),
		),
	],
});

/**
 * Left to `yaml`, where the two parsers were seen to differ (tests/unit/fast-yaml.test.ts hunts for more),
 * conservatively matching anything that looks like them: directives (`%YAML 1.1` changes the schema
 * there) and document markers with content; anchors and aliases (`yaml` limits alias expansion, js-yaml
 * does not); tags (`!` alone: "" against null); keys that read as null ("" against "null") and explicit
 * `?` keys; a line ending in a bare `-` (js-yaml misplaces the next item); quoted scalars and flow
 * collections that continue on the next line, and `#` straight after `[{,]}` or a quote (indentation and comment rules
 * `yaml` applies more strictly). Real content almost never has these; those files are simply read slower.
 */
const UNUSUAL = new RegExp(
	[
		/^%|^(?:---|\.\.\.)(?![ \t]*$)/,
		/(?:^[ \t]*|[:?,[{-][ \t]*)[&*!]/,
		/(?:^|[-?,[{])[ \t]*(?:~|[Nn]ull|NULL)?[ \t]*:(?:[ \t,\]}]|$)/,
		/(?:^|[-,[{])[ \t]*\?(?:[ \t]|$)/,
		/(?:^|[ \t])-[ \t]*(?:#.*)?$/,
		/(?:^[ \t]*|[:?,[{-][ \t]*)"(?:[^"\\\n]|\\.)*$/,
		/(?:^[ \t]*|[:?,[{-][ \t]*)'(?:[^'\n]|'')*$/,
		/(?:^[ \t]*|[:?,-][ \t]+)[[{](?!.*[\]}][ \t]*$)/,
		/[[{,\]}]#|"(?:[^"\\\n]|\\.)*"#|'(?:[^'\n]|'')*'#/,
	]
		.map((part) => part.source)
		.join('|'),
	'm',
);

/**
 * The data of a YAML text when the fast path can read it, else undefined (syntax errors included:
 * the caller then parses with `yaml`, which words and locates them).
 * @example fastYaml('period: 2016-04\nvalue: 01') // { period: '2016-04', value: 1 }
 */
export function fastYaml(text: string): { data: unknown } | undefined {
	if (UNUSUAL.test(text)) return undefined;
	try {
		return { data: jsyaml.load(text, { schema: CORE }) };
	} catch {
		return undefined;
	}
}
