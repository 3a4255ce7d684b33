// The editor page's file formats (src/cms/admin.ts): koyaku reads and writes content files with the same
// YAML library as `check` (eemeli/yaml, served from node_modules), so that saving a file changes only what
// was edited. The CMS hands each file's data to its form and back; on the way back the data is written
// INTO the file as it was (its YAML document), so comments, one-line groups, quotes and numbers printed
// as 18.0 stay where nothing changed. Should the edited document ever not read back as exactly the data
// the CMS saved, the data is written out afresh instead: a file never means something the form did not say.
import { Document, isMap, isScalar, isSeq, parse, parseDocument, visit } from './yaml/index.js';

/**
 * The switches' defaults (`cumulative: false`, `computable: true`…), by field path with `#` for a list
 * index: the form writes every switch it shows, and one a file left out keeps meaning its default.
 */
const DEFAULTS = new Map();
/**
 * Groups content may write in short: a text as just its Japanese (`title: 日本語`, the form's `ja`), a
 * source as just its id (`source: komoro-flyer-2024`, the form's `source`). By field path, as DEFAULTS.
 */
const SHORTHAND = new Map();
/**
 * The lists of the form, by field path. Content may write one item without the list where the schema
 * allows it (`rating:` one evaluation, `editorNotes:` one note): the form gets a list of one, and a list
 * of one is written back as the single item the file had.
 */
const LISTS = new Set();
{
	const config = parse(await (await fetch('config.yml', { cache: 'no-store' })).text());
	const walk = (fields, path) => {
		for (const field of fields ?? []) {
			const here = path ? `${path}.${field.name}` : field.name;
			if (field.widget === 'boolean' && 'default' in field) DEFAULTS.set(here, field.default);
			const inner = field.widget === 'list' ? `${here}.#` : here;
			if (field.widget === 'list') LISTS.add(here);
			const names = (field.fields ?? field.field?.fields ?? []).map((f) => f.name).join(',');
			// A text (with or without its やさしい日本語), or a noun with its English plural and singular, as just its
			// Japanese; vote phrases as just the list to add.
			if (/^ja,en(,enOne)?(,easy)?$/.test(names)) SHORTHAND.set(inner, 'ja');
			else if (names === 'add,ignore') SHORTHAND.set(inner, 'add');
			else if (names.startsWith('source,quote') || names === 'achievement,metric,source,quote') SHORTHAND.set(inner, 'source');
			walk(field.fields, inner);
			if (field.field) walk(field.field.fields, inner);
		}
	};
	for (const collection of config.collections ?? []) {
		walk(collection.fields, '');
		for (const file of collection.files ?? []) walk(file.fields, '');
	}
}

/** The CMS keeps keys its form does not know: the file's own text rides along under this one, never written. */
const ORIGINAL = '_koyakuOriginal';

/** Where a printed number's decimals live: [path pattern of the number's map, number key, key of its decimals]. */
const PRINTED = [
	[/^metrics\.\d+\.points\.\d+$/, 'value', 'decimals'],
	[/^results\.\d+\.counts\.\d+$/, 'share', 'decimals'],
	[/^results\.\d+$/, 'average', 'averageDecimals'],
];

const keyOf = (pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

/**
 * The data of a YAML text. A figure printed as 18.0 reads as the number 18: the decimals it was printed
 * with are put beside it (`decimals: 1`, as the content guide allows), so a form that rewrites the number
 * cannot drop them. Returns where they were put.
 */
function readYaml(text) {
	const doc = parseDocument(text);
	if (doc.errors.length) throw doc.errors[0];
	const data = doc.toJS() ?? {};
	const added = [];
	const walk = (node, path, holder) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = keyOf(pair);
				const value = pair.value;
				const rule = PRINTED.find(([pattern, number]) => number === key && pattern.test(path));
				if (rule && holder && isScalar(value) && typeof value.value === 'number' && value.minFractionDigits > 0 && holder[rule[2]] === undefined) {
					holder[rule[2]] = value.minFractionDigits;
					added.push({ path, key: rule[2], digits: value.minFractionDigits });
				}
				walk(value, path ? `${path}.${key}` : key, holder?.[key]);
			}
		} else if (isSeq(node)) node.items.forEach((item, i) => walk(item, path ? `${path}.${i}` : String(i), holder?.[i]));
	};
	walk(doc.contents, '', data);
	return { data: expand(data, ''), added };
}

/** Short forms written out for the form: `title: 日本語` → `{ ja: 日本語 }`, `source: id` → `{ source: id }`. */
function expand(value, path) {
	if (SHORTHAND.has(path) && value !== null && value !== undefined && !isObject(value)) return { [SHORTHAND.get(path)]: expand(value, `${path}.${SHORTHAND.get(path)}`) };
	if (LISTS.has(path) && value !== null && value !== undefined && !Array.isArray(value)) return expand([value], path);
	if (Array.isArray(value)) return value.map((item) => expand(item, `${path}.#`));
	if (isObject(value)) for (const key of Object.keys(value)) value[key] = expand(value[key], path ? `${path}.${key}` : key);
	return value;
}

/** A short group of plain values on one line (`title: { ja: …, en: … }`), as content is written by hand. */
function oneLine(node) {
	visit(node, {
		Map(_, map) {
			if (map.items.every((pair) => isScalar(pair.value)) && JSON.stringify(map.toJSON()).length <= 90) map.flow = true;
		},
	});
	return node;
}

const create = (doc, value) => oneLine(doc.createNode(value));
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `value` written into the document's `node`: unchanged parts keep their node (and its comments and style). */
function merge(doc, node, value, path = '') {
	// A short form the form left as it was stays short.
	if (isScalar(node) && isObject(value) && SHORTHAND.has(path)) {
		const keys = Object.keys(value);
		if (keys.length === 1 && keys[0] === SHORTHAND.get(path) && value[keys[0]] === node.value) return node;
	}
	// A short list (`votePhrases: [a, b]`) stays short while the rest of its group is empty.
	if (isSeq(node) && isObject(value) && SHORTHAND.has(path)) {
		const key = SHORTHAND.get(path);
		const rest = Object.keys(value).filter((k) => k !== key && !(Array.isArray(value[k]) && value[k].length === 0));
		if (rest.length === 0 && Array.isArray(value[key])) return merge(doc, node, value[key], `${path}.${key}`);
	}
	// One item written without its list stays so while the form's list holds just that one.
	if (Array.isArray(value) && value.length === 1 && LISTS.has(path) && node && !isSeq(node)) return merge(doc, node, value[0], `${path}.#`);
	if (isObject(value) && isMap(node)) {
		for (const pair of [...node.items]) if (!(keyOf(pair) in value)) node.items.splice(node.items.indexOf(pair), 1);
		for (const [key, item] of Object.entries(value)) {
			const pair = node.items.find((p) => keyOf(p) === key);
			if (pair) pair.value = merge(doc, pair.value, item, path ? `${path}.${key}` : key);
			else node.set(key, create(doc, item));
		}
		return node;
	}
	if (Array.isArray(value) && isSeq(node)) {
		node.items = value.map((item, i) => (i < node.items.length ? merge(doc, node.items[i], item, `${path}.#`) : create(doc, item)));
		return node;
	}
	if (isScalar(node) && (node.value === value || (value instanceof Date && node.value instanceof Date && +value === +node.value))) return node;
	return create(doc, value);
}

/** A list item YAML prints plain in a one-line list (a word, an id, 保育, older people). */
const PLAIN_WORDS = /^[^\s,[\]{}:#"'&*!|>%@`](?:[^,[\]{}:#"'&*!|>%@`]*[^\s,[\]{}:#"'&*!|>%@`])?$/u;

/**
 * Content is written `{ ja: …, en: … }` but `[a, b]`: the YAML library pads both kinds of one-line group
 * alike, so the padding of one-line lists of plain words (ids, 保育) is taken out again.
 */
function unpadLists(doc, text) {
	visit(doc, {
		Seq(_, seq) {
			if (!seq.flow || !seq.items.every((item) => isScalar(item) && PLAIN_WORDS.test(String(item.value)))) return;
			const items = seq.items.map((item) => String(item.value)).join(', ');
			text = text.replace(`[ ${items} ]`, `[${items}]`);
		},
	});
	return text;
}

/** Leaves out of `value` the switches the file did not have and the form set to their default. */
function dropDefaults(value, node, path) {
	if (isObject(value)) {
		for (const key of Object.keys(value)) {
			const here = path ? `${path}.${key}` : key;
			const child = isMap(node) ? node.items.find((p) => keyOf(p) === key)?.value : undefined;
			if (isMap(node) && child === undefined && DEFAULTS.has(here) && DEFAULTS.get(here) === value[key]) delete value[key];
			else dropDefaults(value[key], child, here);
		}
	} else if (Array.isArray(value)) value.forEach((item, i) => dropDefaults(item, isSeq(node) ? node.items[i] : undefined, `${path}.#`));
}

/**
 * A number the form edits as text (a year as a period, a pillar's number) comes back as text: where the
 * file had that very number, it stays a number (`period: 2023`, not `period: "2023"`).
 */
function keepNumbers(value, node) {
	if (isObject(value) && isMap(node)) {
		for (const key of Object.keys(value)) {
			const child = node.items.find((p) => keyOf(p) === key)?.value;
			if (isScalar(child) && typeof child.value === 'number' && typeof value[key] === 'string' && value[key] === String(child.value)) value[key] = child.value;
			else keepNumbers(value[key], child);
		}
	} else if (Array.isArray(value) && isSeq(node)) value.forEach((item, i) => {
		const child = node.items[i];
		if (isScalar(child) && typeof child.value === 'number' && typeof item === 'string' && item === String(child.value)) value[i] = child.value;
		else keepNumbers(item, child);
	});
}

/** Same data, whatever the order of keys. */
function same(a, b) {
	if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
	if (isObject(a)) return isObject(b) && Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => k in b && same(a[k], b[k]));
	return a === b || (a instanceof Date && b instanceof Date && +a === +b);
}

/**
 * How the YAML is printed: long lines kept long, and a quoted text with line breaks kept on one line with
 * `\n` (as content writes notes), not folded over several lines.
 */
const PRINT = { lineWidth: 0, doubleQuotedMinMultiLineLength: Infinity };

const at = (data, path) => (path ? path.split('.').reduce((o, k) => o?.[k], data) : data);

/** The YAML of `data`, written into `original` (the file's text when it was opened) when there is one. */
function writeYaml(data, original) {
	const fresh = () => {
		const doc = oneLine(new Document(data));
		return unpadLists(doc, doc.toString(PRINT));
	};
	if (!original) return fresh();
	try {
		const { added } = readYaml(original.yaml);
		const doc = parseDocument(original.yaml);
		const expected = structuredClone(data);
		dropDefaults(expected, doc.contents, '');
		keepNumbers(expected, doc.contents);
		const wanted = structuredClone(expected);
		// Decimals this format put beside a number the form left as it was: the file prints them already.
		for (const { path, key, digits } of added) {
			const holder = at(wanted, path);
			if (holder && holder[key] === digits) delete holder[key];
		}
		doc.contents = merge(doc, doc.contents, wanted);
		const text = unpadLists(doc, doc.toString(PRINT));
		const back = readYaml(text).data;
		return same(back, expected) ? text : fresh();
	} catch {
		return fresh();
	}
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

window.CMS.registerCustomFormat('koyaku-frontmatter', 'md', {
	fromFile: (text) => {
		const match = FRONTMATTER.exec(text);
		if (!match) return { body: text };
		return { ...readYaml(match[1]).data, body: text.slice(match[0].length), [ORIGINAL]: { yaml: match[1] } };
	},
	toFile: (value) => {
		const { body = '', [ORIGINAL]: original, ...data } = value ?? {};
		const yaml = writeYaml(data, original);
		return `---\n${yaml}${yaml.endsWith('\n') ? '' : '\n'}---\n${body}`;
	},
});
window.CMS.registerCustomFormat('koyaku-yaml', 'yaml', {
	fromFile: (text) => ({ ...readYaml(text).data, [ORIGINAL]: { yaml: text } }),
	toFile: (value) => {
		const { [ORIGINAL]: original, ...data } = value ?? {};
		return writeYaml(data, original);
	},
});
window.CMS.init();
