// The editor page's file formats (src/cms/admin.ts): koyaku reads and writes content files with the same
// YAML library as `check` (eemeli/yaml, served from node_modules), and keeps what a plain round trip
// through data would lose: a figure printed as 18.0 reads as the number 18, so before the CMS sees the
// file the decimals it was printed with are written out (`decimals: 1`, as the content guide allows),
// and the site keeps showing 18.0 after staff save the file.
import { Document, isMap, isScalar, isSeq, parseDocument, visit } from './yaml/index.js';

/** Where a printed number's decimals live: [path pattern of the number, key of its decimals beside it]. */
const PRINTED = [
	[/^metrics\.\d+\.points\.\d+\.value$/, 'decimals'],
	[/^results\.\d+\.counts\.\d+\.share$/, 'decimals'],
	[/^results\.\d+\.average$/, 'averageDecimals'],
];

/** The data of a YAML text, with the decimals of printed numbers written out where the text had them. */
function readYaml(text) {
	const doc = parseDocument(text);
	if (doc.errors.length) throw doc.errors[0];
	const data = doc.toJS() ?? {};
	const walk = (node, path, holder) => {
		if (isMap(node)) {
			const object = holder;
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
				const here = path ? `${path}.${key}` : key;
				const value = pair.value;
				if (isScalar(value) && typeof value.value === 'number' && value.minFractionDigits > 0) {
					const rule = PRINTED.find(([pattern]) => pattern.test(here));
					if (rule && object && object[rule[1]] === undefined) object[rule[1]] = value.minFractionDigits;
				}
				walk(value, here, object?.[key]);
			}
		} else if (isSeq(node)) node.items.forEach((item, i) => walk(item, `${path}.${i}`, holder?.[i]));
	};
	walk(doc.contents, '', data);
	return data;
}

/**
 * YAML as people write koyaku's content: a short group of plain values on one line
 * (`title: { ja: …, en: … }`, `- { period: FY2019, value: 32 }`), everything else in blocks.
 */
function writeYaml(data) {
	const doc = new Document(data);
	visit(doc, {
		Map(_, node) {
			if (node.items.every((pair) => isScalar(pair.value)) && JSON.stringify(node.toJSON()).length <= 90) node.flow = true;
		},
	});
	return doc.toString({ lineWidth: 0 });
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

window.CMS.registerCustomFormat('koyaku-frontmatter', 'md', {
	fromFile: (text) => {
		const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
		if (!match) return { body: text };
		return { ...readYaml(match[1]), body: text.slice(match[0].length + (text.startsWith('\uFEFF') ? 1 : 0)) };
	},
	toFile: (value) => {
		const { body = '', ...data } = value ?? {};
		return `---\n${writeYaml(data)}---\n${body}`;
	},
});
window.CMS.registerCustomFormat('koyaku-yaml', 'yaml', { fromFile: readYaml, toFile: writeYaml });
window.CMS.init();
