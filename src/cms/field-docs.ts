/**
 * The words beside each schema field, read from the schema files themselves: the JSDoc line above a field
 * is its English hint, and its `@label 日本語 / English` and `@ja 日本語の説明` tags are the editor's label and
 * Japanese hint. The editor's configuration (src/cms/config.ts) is generated from the zod schemas and these
 * words, so a field's label lives beside the field and cannot drift from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { SITE_LABELS } from './site-labels.ts';

/** What the schema file says about one field. */
export interface FieldDoc {
	/** The JSDoc text without tags (English). */
	en: string;
	/** `@label`: the Japanese label, before the slash. */
	labelJa?: string;
	/** `@label`: the English label, after the slash. */
	labelEn?: string;
	/** `@ja`: the Japanese hint. */
	ja?: string;
}

/** Field docs keyed `ExportName.path.to.field` (arrays are transparent), e.g. `PolicySchema.rating`. */
export type FieldDocs = Map<string, FieldDoc>;

const SCHEMAS = join(import.meta.dirname, '..', 'schemas');

const tagText = (tag: ts.JSDocTag) => (typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? '').trim();

function docOf(node: ts.Node): FieldDoc | undefined {
	const jsdoc = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc).at(-1);
	if (!jsdoc) return undefined;
	const en = (typeof jsdoc.comment === 'string' ? jsdoc.comment : ts.getTextOfJSDocComment(jsdoc.comment) ?? '').replace(/\s+/g, ' ').trim();
	const doc: FieldDoc = { en };
	for (const tag of jsdoc.tags ?? []) {
		const text = tagText(tag).replace(/\s+/g, ' ');
		if (tag.tagName.text === 'label') {
			const [ja, english] = text.split(/\s+\/\s+/);
			doc.labelJa = ja?.trim();
			if (english) doc.labelEn = english.trim();
		} else if (tag.tagName.text === 'ja') doc.ja = text;
	}
	return doc;
}

/** Every field of every object literal in one schema file, keyed by export name and property path. */
function docsOfFile(text: string, docs: FieldDocs): void {
	const file = ts.createSourceFile('schema.ts', text, ts.ScriptTarget.Latest, true);
	const visit = (node: ts.Node, path: string) => {
		if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
			const name = node.name.getText(file).replace(/^['"]|['"]$/g, '');
			const here = `${path}.${name}`;
			const doc = docOf(node);
			if (doc && !docs.has(here)) docs.set(here, doc);
			ts.forEachChild(node.initializer, (child) => visit(child, here));
			return;
		}
		ts.forEachChild(node, (child) => visit(child, path));
	};
	for (const statement of file.statements) {
		if (!ts.isVariableStatement(statement)) continue;
		for (const decl of statement.declarationList.declarations) {
			if (ts.isIdentifier(decl.name) && decl.initializer) visit(decl.initializer, decl.name.text);
		}
	}
}

let cached: FieldDocs | undefined;

/** The field docs of every file in src/schemas/ (read once per process). */
export function schemaFieldDocs(dir = SCHEMAS): FieldDocs {
	if (cached && dir === SCHEMAS) return cached;
	const docs: FieldDocs = new Map();
	for (const name of readdirSync(dir).sort()) if (name.endsWith('.ts')) docsOfFile(readFileSync(join(dir, name), 'utf8'), docs);
	for (const [key, words] of Object.entries(SITE_LABELS)) {
		const doc = docs.get(key);
		if (doc && !doc.labelJa) docs.set(key, { ...doc, ...words });
	}
	if (dir === SCHEMAS) cached = docs;
	return docs;
}
