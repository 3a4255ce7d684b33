/**
 * The words beside each schema field, read from the schema files themselves: the JSDoc line above a field
 * is its English hint, and its `@label 日本語 / English` and `@ja 日本語の説明` tags are the editor's label and
 * Japanese hint. The editor's configuration (src/cms/config.ts) is generated from the zod schemas and these
 * words, and so are the editors' JSON Schemas (scripts/json-schemas.ts): a field's words live beside the
 * field, in one place, and cannot drift from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { z } from 'zod';
import { AchievementSchema } from '../schemas/achievement.ts';
import { ManifestoSchema } from '../schemas/manifesto.ts';
import { MetricPointSchema, MetricSchema, MetricTargetSchema } from '../schemas/metric.ts';
import { PillarSchema } from '../schemas/pillar.ts';
import { PolicyRatingSchema, PolicySchema, ScheduleStepSchema } from '../schemas/policy.ts';
import { EvaluatorSchema, GradeBandSchema, RatingLevelSchema, RatingScaleSchema } from '../schemas/rating.ts';
import { ReportSchema } from '../schemas/report.ts';
import { NounSchema, PublishedResultSchema, ReportResultSchema, ResultCategorySchema, ResultCountSchema } from '../schemas/results.ts';
import { SearchSchema } from '../schemas/search.ts';
import { SiteSchema } from '../schemas/site.ts';
import { FlyerSchema } from '../schemas/flyer.ts';
import { SourceSchema } from '../schemas/source.ts';
import { VotePhrasesSchema } from '../schemas/election.ts';
import { CounterSchema } from '../schemas/text.ts';

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

/** The variable a schema is made from (`SiteSchema = SiteBase.superRefine(…)`, `X = Fields.extend({…})`). */
function madeFrom(node: ts.Expression): string | undefined {
	let at: ts.Expression = node;
	while (ts.isCallExpression(at) || ts.isPropertyAccessExpression(at)) at = at.expression;
	return ts.isIdentifier(at) && at !== node ? at.text : undefined;
}

/** Every field of every object literal in one schema file, keyed by export name and property path. */
function docsOfFile(text: string, docs: FieldDocs, aliases: Map<string, string>): void {
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
			if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
			visit(decl.initializer, decl.name.text);
			const base = madeFrom(decl.initializer);
			if (base && base !== 'z') aliases.set(decl.name.text, base);
		}
	}
}

let cached: FieldDocs | undefined;

/** The field docs of every file in src/schemas/ (read once per process). */
export function schemaFieldDocs(dir = SCHEMAS): FieldDocs {
	if (cached && dir === SCHEMAS) return cached;
	const docs: FieldDocs = new Map();
	const aliases = new Map<string, string>();
	for (const name of readdirSync(dir).sort()) if (name.endsWith('.ts')) docsOfFile(readFileSync(join(dir, name), 'utf8'), docs, aliases);
	// A schema made from another has that one's fields' words too (its own words win).
	const rootOf = (name: string): string[] => (aliases.has(name) ? [aliases.get(name)!, ...rootOf(aliases.get(name)!)] : []);
	for (const name of aliases.keys())
		for (const base of rootOf(name))
			for (const [key, doc] of [...docs]) if (key.startsWith(`${base}.`) && !docs.has(`${name}${key.slice(base.length)}`)) docs.set(`${name}${key.slice(base.length)}`, doc);
	if (dir === SCHEMAS) cached = docs;
	return docs;
}

/** Named schemas: a field whose schema is one of these has its subfields' words under that name. */
export const NAMED_SCHEMAS = new Map<unknown, string>([
	[AchievementSchema, 'AchievementSchema'],
	[ManifestoSchema, 'ManifestoSchema'],
	[MetricPointSchema, 'MetricPointSchema'],
	[MetricSchema, 'MetricSchema'],
	[MetricTargetSchema, 'MetricTargetSchema'],
	[PillarSchema, 'PillarSchema'],
	[PolicyRatingSchema, 'PolicyRatingSchema'],
	[PolicySchema, 'PolicySchema'],
	[ScheduleStepSchema, 'ScheduleStepSchema'],
	[RatingLevelSchema, 'RatingLevelSchema'],
	[GradeBandSchema, 'GradeBandSchema'],
	[EvaluatorSchema, 'EvaluatorSchema'],
	[RatingScaleSchema, 'RatingScaleSchema'],
	[ReportSchema, 'ReportSchema'],
	[PublishedResultSchema, 'PublishedResultSchema'],
	[ReportResultSchema, 'ReportResultSchema'],
	[ResultCountSchema, 'ResultCountSchema'],
	[ResultCategorySchema, 'ResultCategorySchema'],
	[NounSchema, 'NounSchema'],
	[SiteSchema, 'SiteSchema'],
	[FlyerSchema, 'FlyerSchema'],
	[SearchSchema, 'SearchSchema'],
	[VotePhrasesSchema, 'VotePhrasesSchema'],
	[SourceSchema, 'SourceSchema'],
	[CounterSchema, 'CounterSchema'],
]);

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; options?: z.ZodType[] };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The schema as written in a file (without optional / default / transform), and the name it goes by. */
function written(schema: z.ZodType, base: string): [z.ZodType, string] {
	base = NAMED_SCHEMAS.get(schema) ?? base;
	const def = defOf(schema);
	if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable') return written(def.innerType!, base);
	if (def.type === 'pipe') return written(def.in!, base);
	return [schema, base];
}

/**
 * The words of every field under a schema, by its path in a file (`levels[].id`, `flyer.manifesto`; a
 * union's options share their path), for generators that walk the file's shape rather than the zod schema.
 */
export function fieldDocsAlong(schema: z.ZodType, docs: FieldDocs = schemaFieldDocs()): Map<string, FieldDoc | undefined> {
	const found = new Map<string, FieldDoc | undefined>();
	const visit = (node: z.ZodType, outer: string, path: string) => {
		const [inner, base] = written(node, outer);
		const def = defOf(inner);
		if (def.type === 'object')
			for (const [key, value] of Object.entries(def.shape!)) {
				const at = path ? `${path}.${key}` : key;
				if (!found.get(at)) found.set(at, docs.get(`${base}.${key}`));
				visit(value, `${base}.${key}`, at);
			}
		else if (def.type === 'array') visit(def.element!, base, `${path}[]`);
		else if (def.type === 'union') for (const option of def.options!) visit(option, base, path);
	};
	visit(schema, NAMED_SCHEMAS.get(schema) ?? 'Schema', '');
	return found;
}
