/**
 * The browser editor's configuration (Sveltia CMS), GENERATED from the zod schemas in src/schemas/ and the
 * words beside their fields (src/cms/field-docs.ts), never written by hand: the editor and `npm run check`
 * cannot drift apart. Ids other files refer to are offered as choices from the content that exists
 * (a pledge's pillar from content/pillars/, a rating level from ratings.yaml, evidence from the metrics and
 * achievements written anywhere).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { DateSchema, IdSchema } from '../schemas/id.ts';
import { ManifestoSchema } from '../schemas/manifesto.ts';
import { DocumentDateSchema, OptionalDateSchema, PeriodSchema } from '../schemas/period.ts';
import { PillarSchema } from '../schemas/pillar.ts';
import { EvidenceSchema, PolicySchema } from '../schemas/policy.ts';
import { EditorNotesSchema } from '../schemas/editor-notes.ts';
import { RatingScaleSchema } from '../schemas/rating.ts';
import { ReportSchema } from '../schemas/report.ts';
import { SiteSchema } from '../schemas/site.ts';
import { SourceSchema } from '../schemas/source.ts';
import { SourceRefSchema } from '../schemas/source-ref.ts';
import { LocalizedTextSchema } from '../schemas/text.ts';
import type { ContentIds } from './content-ids.ts';
import { NAMED_SCHEMAS, schemaFieldDocs, type FieldDoc, type FieldDocs } from './field-docs.ts';

/** A Sveltia CMS field, collection or configuration: plain data written out as config.yml. */
export type CmsNode = Record<string, unknown>;

const NAMED = NAMED_SCHEMAS;

/** The zod internals this walk reads (zod 4's `_zod.def`). */
interface Def {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	element?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	options?: z.ZodType[];
	entries?: Record<string, string>;
	checks?: { _zod: { def: { check: string; format?: string; value?: number; inclusive?: boolean; minimum?: number; maximum?: number; pattern?: RegExp } } }[];
	format?: string;
	pattern?: RegExp;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The schema without optional / default / prefault, and whether the field may be left out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; fallback?: unknown } {
	let inner = schema;
	let optional = false;
	let fallback: unknown;
	for (;;) {
		const def = defOf(inner) as Def & { defaultValue?: unknown };
		if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
			optional = true;
			if (def.type === 'default' && fallback === undefined) fallback = def.defaultValue;
			inner = def.innerType!;
		} else return { inner, optional, fallback };
	}
}

/** A schema with its transform taken off (`.transform` is a pipe into a transform). */
const input = (schema: z.ZodType): z.ZodType => {
	const def = defOf(schema);
	return def.type === 'pipe' && defOf(def.out).type === 'transform' ? input(def.in!) : schema;
};

/** What kind of id a field holds, by its name: where its choices come from. */
type IdKind = 'pillar' | 'manifesto' | 'policy' | 'metric' | 'achievement' | 'level' | 'source' | 'about';
const ID_KINDS: Record<string, IdKind> = {
	pillar: 'pillar',
	pillars: 'pillar',
	manifesto: 'manifesto',
	policy: 'policy',
	policies: 'policy',
	priorities: 'policy',
	metric: 'metric',
	metrics: 'metric',
	headlines: 'metric',
	charts: 'metric',
	achievement: 'achievement',
	level: 'level',
	source: 'source',
	about: 'about',
};

interface Walk {
	docs: FieldDocs;
	ids: ContentIds;
	/** Fields the generated form cannot express exactly, `Schema.path: why` (for the closing note and the README). */
	limits: Set<string>;
}

const words = (doc: FieldDoc | undefined, name: string) => ({
	label: doc?.labelJa ? `${doc.labelJa}${doc.labelEn ? ` / ${doc.labelEn}` : ''}` : name,
	...(doc && (doc.ja || doc.en) ? { hint: [doc.ja, doc.en].filter(Boolean).join(' / ') } : {}),
});

// A schema made from another (ReportResultSchema from ResultFields) has that one's words too: field-docs.ts.
const lookup = (walk: Walk, base: string, name: string): FieldDoc | undefined => walk.docs.get(`${base}.${name}`);

const relation = (collection: string, multiple: boolean, extra: CmsNode = {}): CmsNode => ({
	widget: 'relation',
	collection,
	value_field: '{{slug}}',
	display_fields: ['{{slug}}', 'title.ja'],
	search_fields: ['title.ja', '{{slug}}'],
	...(multiple ? { multiple: true } : {}),
	...extra,
});

/** A choice from a list of ids found in the content; a plain id input when there are none yet. */
function choice(ids: readonly string[], multiple: boolean): CmsNode {
	if (ids.length === 0) return multiple ? { widget: 'list' } : { widget: 'string', pattern: [IdSchema_PATTERN, ID_MESSAGE] };
	return { widget: 'select', options: [...ids], ...(multiple ? { multiple: true } : {}) };
}
const IdSchema_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const ID_HINT = 'ID（ファイル名）: 半角英小文字・数字・ハイフン（例: hometown-tax）。後から変えられません / Id (the file name): lower-case letters, digits and hyphens, e.g. hometown-tax; it cannot be changed later';
const ID_MESSAGE = '半角英小文字・数字・ハイフンで書いてください（例: hometown-tax） / Use lower-case letters, digits and hyphens, e.g. hometown-tax';

function idWidget(kind: IdKind | undefined, multiple: boolean, walk: Walk): CmsNode {
	switch (kind) {
		case 'pillar':
			return relation('pillars', multiple);
		case 'manifesto':
			return relation('manifestos', multiple);
		case 'policy':
			return relation('policies', multiple);
		case 'source':
			return relation('sources', multiple);
		case 'level': {
			const node = choice(walk.ids.levels, multiple);
			const names = walk.ids.levelNames ?? {};
			// Shown by its name in ratings.yaml (達成済), saved as its id.
			if (node['options']) node['options'] = walk.ids.levels.map((id) => ({ label: names[id] ? `${names[id]}（${id}）` : id, value: id }));
			return node;
		}
		case 'metric':
			return choice(walk.ids.metrics, multiple);
		case 'achievement':
			return choice(walk.ids.achievements, multiple);
		case 'about':
			return choice([...walk.ids.manifestos, ...walk.ids.pillars], multiple);
		default:
			return multiple ? { widget: 'list' } : { widget: 'string', pattern: [IdSchema_PATTERN, ID_MESSAGE] };
	}
}

const LANGUAGE_LABELS: Record<string, string> = { ja: '日本語 / Japanese', en: '英語 / English' };

/** `{ ja, en, easy }`: inputs side by side (the admin page's stylesheet lays out objects of class koyaku-text). */
function localized(name: string, required: boolean): CmsNode {
	return {
		widget: 'object',
		// Marked for the admin page's stylesheet and the browser test.
		fields: [
			{ name: 'ja', label: '日本語 / Japanese', widget: 'string', required },
			{ name: 'en', label: '英語 / English', widget: 'string', required: false },
			{ name: 'easy', label: 'やさしい日本語 / Easy Japanese', widget: 'string', required: false },
		],
		summary: `{{fields.ja}}`,
		...(name ? {} : {}),
	};
}

const PERIOD_HINT = '書き方: FY2016（年度）・2016（年）・2020-01（月）・2020-01-15（日）・2016-04..2023-12（期間）・令和5年度 / Written as FY2016, 2016, 2020-01, 2020-01-15, 2016-04..2023-12 or 令和5年度';
const DOC_DATE_HINT = '書き方: 2020-01-15・2020-01・2024・令和6年3月。日付が印刷されていなければ none / Written as printed: 2020-01-15, 2020-01, 2024 or 令和6年3月; none when no date is printed';
/** A field's own hint, then how its text is written (`formats`, from the widget). */
const withFormats = (head: CmsNode, widget: CmsNode): CmsNode => {
	const { formats, ...rest } = widget;
	return formats ? { ...head, ...rest, hint: [head['hint'], formats].filter(Boolean).join('\n') } : { ...head, ...rest };
};

/** The Sveltia field for one schema field. */
function field(name: string, schema: z.ZodType, base: string, walk: Walk, required = true): CmsNode {
	const doc = lookup(walk, base, name);
	const { inner, optional, fallback } = unwrap(schema);
	const req = required && !optional;
	const head: CmsNode = { name, ...words(doc, name), required: req };
	// Notes run over several lines (a heading, a blank line, a paragraph): each one is a text area.
	if (schema === EditorNotesSchema) return { ...head, widget: 'list', field: { name: 'note', label: 'メモ / Note', widget: 'text' } };
	const withBase = NAMED.get(inner) ?? NAMED.get(input(inner)) ?? `${base}.${name}`;
	return withFormats(head, widgetFor(name, inner, withBase, walk, req, fallback));
}

function widgetFor(name: string, schema: z.ZodType, base: string, walk: Walk, required: boolean, fallback: unknown): CmsNode {
	if (schema === LocalizedTextSchema) return localized(name, required);
	if (schema === SourceRefSchema) {
		return {
			widget: 'object',
			fields: [
				{ name: 'source', ...words(walk.docs.get('SourceRefSchema.source'), 'source'), required, ...relation('sources', false) },
				{ name: 'quote', ...words(walk.docs.get('SourceRefSchema.quote'), 'quote'), required: false, widget: 'text' },
				{ name: 'locator', ...words(walk.docs.get('SourceRefSchema.locator'), 'locator'), required: false, widget: 'string' },
			],
			summary: '{{fields.source}}',
		};
	}
	if (schema === EvidenceSchema) {
		walk.limits.add(`${base}: 根拠は「実績・数値・資料」のどれか1つを書く / evidence is one of an achievement, a metric or a source (with a quote): the form shows all three, check accepts one`);
		return {
			widget: 'object',
			fields: [
				{ name: 'achievement', ...words(walk.docs.get('EvidenceSchema.achievement'), 'achievement'), required: false, ...idWidget('achievement', false, walk) },
				{ name: 'metric', ...words(walk.docs.get('EvidenceSchema.metric'), 'metric'), required: false, ...idWidget('metric', false, walk) },
				{ name: 'source', ...words(walk.docs.get('SourceRefSchema.source'), 'source'), required: false, ...relation('sources', false) },
				{ name: 'quote', ...words(walk.docs.get('SourceRefSchema.quote'), 'quote'), required: false, widget: 'text' },
			],
		};
	}
	if (schema === PeriodSchema) return { widget: 'string', formats: PERIOD_HINT };
	// A date as printed (a day, a month, a year, 令和6年3月, or none): text, checked by `check`.
	if (schema === DocumentDateSchema || schema === OptionalDateSchema) return { widget: 'string', formats: DOC_DATE_HINT };
	if (schema === DateSchema) return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
	if (schema === IdSchema) return name === 'id' ? { widget: 'string', pattern: [IdSchema_PATTERN, ID_MESSAGE] } : idWidget(ID_KINDS[name], false, walk);
	const def = defOf(input(schema));
	switch (def.type) {
		case 'object': {
			const named = NAMED.get(schema) ?? NAMED.get(input(schema));
			const here = named ?? base;
			return { widget: 'object', fields: Object.entries(def.shape!).map(([key, value]) => field(key, value, here, walk, true)) };
		}
		case 'array': {
			const element = def.element!;
			const max = def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
			const min = def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
			const bounds = { ...(max !== undefined ? { max } : {}), ...(min !== undefined ? { min } : {}) };
			if (element === IdSchema) return { ...idWidget(ID_KINDS[name], true, walk), ...bounds };
			if (element === LocalizedTextSchema) return { widget: 'list', field: { name: 'text', label: '文 / Text', ...localized('text', true) }, ...bounds };
			const inner = input(element);
			const idef = defOf(inner);
			if (idef.type === 'union' && element !== EvidenceSchema && element !== SourceRefSchema) {
				// ResultCountSchema or its `A: 44` shorthand: the form writes the long form.
				const object = idef.options!.find((o) => defOf(input(o)).type === 'object');
				walk.limits.add(`${base}: 短い書き方（A: 44）はフォームで読めません。{ id: A, count: 44 } と書いてから編集してください / the form cannot read the shorthand "A: 44": write { id: A, count: 44 } before editing the file in the browser`);
				if (object) return { ...widgetFor(name, object, NAMED.get(object) ?? base, walk, true, undefined), widget: 'list', collapsed: 'auto', ...bounds };
			}
			const named = NAMED.get(element) ?? NAMED.get(inner);
			const sub = widgetFor(name, element, named ?? base, walk, true, undefined);
			if (sub['widget'] === 'object') return { widget: 'list', fields: sub['fields'], ...(sub['summary'] ? { summary: sub['summary'] } : {}), collapsed: 'auto', ...bounds };
			return { widget: 'list', field: { name: 'item', ...words(lookup(walk, base.slice(0, base.lastIndexOf('.')), name), name), ...sub }, ...bounds };
		}
		case 'record': {
			// Keys from a list (a flyer's type number per language): one field per key.
			const keys = defOf((def as Def & { keyType?: z.ZodType }).keyType).entries;
			if (keys) {
				const value = (def as Def & { valueType?: z.ZodType }).valueType!;
				return { widget: 'object', fields: Object.values(keys).map((key) => ({ name: key, label: LANGUAGE_LABELS[key] ?? key, required: false, ...widgetFor(key, value, base, walk, false, undefined) })) };
			}
			// Free keys (site search's word → words): no form field can hold them; a hidden field keeps what the file says.
			walk.limits.add(`${base}: 言葉と言葉の対応表はフォームに出ません。ファイルで直接編集してください（保存しても変わりません） / a map of words to words is not shown in the form: edit it in the file (saving keeps it as it is)`);
			return { widget: 'hidden' };
		}
		case 'enum':
			// No `default`: the CMS would write it into every file it saves; the schema's default applies anyway.
			return { widget: 'select', options: Object.values(def.entries!) };
		case 'boolean':
			// The CMS writes a switch's value into every file it saves: its default must be the schema's
			// (computable: true), or saving a file would change what it means.
			return { widget: 'boolean', default: fallback ?? false };
		case 'number': {
			const int = def.checks?.some((c) => c._zod.def.check === 'number_format' && c._zod.def.format === 'safeint');
			const node: CmsNode = { widget: 'number', value_type: int ? 'int' : 'float' };
			for (const c of def.checks ?? []) {
				if (c._zod.def.check === 'greater_than' && c._zod.def.inclusive) node['min'] = c._zod.def.value;
				if (c._zod.def.check === 'greater_than' && !c._zod.def.inclusive && int) node['min'] = c._zod.def.value! + 1;
				if (c._zod.def.check === 'less_than' && c._zod.def.inclusive) node['max'] = c._zod.def.value;
			}
			return node;
		}
		case 'string': {
			const regex = def.checks?.find((c) => c._zod.def.check === 'string_format' && c._zod.def.format === 'regex')?._zod.def.pattern;
			if (def.format === 'email') return { widget: 'string', type: 'email' };
			if (def.format === 'url') return { widget: 'string', type: 'url' };
			if (regex && /^\^#\[0-9a-fA-F\]\{6\}\$$/.test(regex.source)) return { widget: 'color' };
			return { widget: 'string', ...(regex ? { pattern: [regex.source, walk.docs.get(`${base}.${name}`)?.en ?? regex.source] } : {}) };
		}
		case 'union': {
			const options = def.options!.map(input);
			const list = options.find((o) => defOf(o).type === 'array');
			const object = options.find((o) => defOf(o).type === 'object');
			const text = options.find((o) => defOf(o).type === 'string');
			const one = list && defOf(input(defOf(list).element!));
			// One or a list (a rating or its history, a note or notes): edited as the list. The editor's
			// format (koyaku-format.js) reads a single one as a list of one, and writes a list of one back as the
			// single one the file had, so a file saved unchanged means what it meant.
			if (list && one && ((object && input(defOf(list).element!) === object) || (text && one.type === 'string'))) {
				const { min: _min, ...node } = widgetFor(name, list, base, walk, required, undefined);
				return node;
			}
			// The long form of a group with a short one (a noun as just its Japanese; vote phrases as just the
			// list to add): edited as the group; koyaku-format.js reads the short form into it and keeps it short.
			if (object && (text || list)) return widgetFor(name, object, NAMED.get(object) ?? base, walk, required, undefined);
			// e.g. a pillar's number: 1 or "01". The form writes text.
			walk.limits.add(`${base}: 数字も文字として編集します（新しく入れた 1 は "1" として保存） / edited as text: a number typed in is saved as "1" (a number left as it was stays a number)`);
			return { widget: 'string' };
		}
		default:
			walk.limits.add(`${base}: ${def.type} の項目は文字入力になります / a ${def.type} field edits as plain text`);
			return { widget: 'string' };
	}
}

/** Every field of an object schema, in the schema's order. */
function fieldsOf(schema: z.ZodType, walk: Walk): CmsNode[] {
	const name = NAMED.get(schema)!;
	const def = defOf(input(schema));
	return Object.entries(def.shape!).map(([key, value]) => field(key, value, name, walk));
}

/** Where the editor works and what it offers. */
export interface CmsSetup {
	/** The content folder. */
	contentDir: string;
	/** The ids that exist in the content now. */
	ids: ContentIds;
	/** site.yaml `editor`: the GitHub repository the published editor saves to; default: none (the local folder only). */
	editor?: { repo: string; branch: string };
	/** The site's address, linked from the editor. */
	siteUrl?: string;
}

/**
 * The repository root the editor opens (the folder staff pick, or the GitHub repository): the nearest
 * folder above the content folder with a `.git`, else the content folder itself.
 */
export function repositoryRoot(contentDir: string): string {
	for (let dir = contentDir; ; dir = dirname(dir)) {
		if (existsSync(join(dir, '.git'))) return dir;
		if (dirname(dir) === dir) return contentDir;
	}
}

/** The content folder's path inside the repository, `/`-separated, '' when it is the root. */
export const contentPath = (contentDir: string) => relative(repositoryRoot(contentDir), contentDir).split(sep).join('/');

/** The whole configuration, and the fields it cannot express exactly. */
export function cmsConfig(setup: CmsSetup, docs: FieldDocs = schemaFieldDocs()): { config: CmsNode; limits: string[] } {
	const walk: Walk = { docs, ids: setup.ids, limits: new Set() };
	const at = (path: string) => [contentPath(setup.contentDir), path].filter(Boolean).join('/');
	// The text as written first: the rich-text mode rewrites Markdown it did not change (*x* → _x_) when the file is saved.
	const body = {
		name: 'body',
		label: '本文 / Text',
		widget: 'markdown',
		modes: ['raw', 'rich_text'],
		required: false,
		hint: '公開ページに載る文章（Markdown。右上のボタンで見たままの編集に切り替え） / The text shown on the page (Markdown; the button at the top right switches to rich text)',
	};
	// The file name is the id other files refer to: typed once, when the entry is made (renaming it later would
	// break those references).
	const slugField = {
		slug: { editable: ['create'], hint: `${ID_HINT}`, pattern: [IdSchema_PATTERN, ID_MESSAGE] },
		identifier_field: 'title.ja',
		summary: '{{title.ja}}（{{slug}}）',
	};
	const folder = (name: string, label: string, path: string, schema: z.ZodType, withBody: boolean, description: string): CmsNode => ({
		name,
		label,
		description,
		folder: at(path),
		extension: withBody ? 'md' : 'yaml',
		// koyaku's own formats (src/cms/koyaku-format.js): the same YAML library as check, keeping printed decimals.
		format: withBody ? 'koyaku-frontmatter' : 'koyaku-yaml',
		create: true,
		...slugField,
		fields: [...fieldsOf(schema, walk), ...(withBody ? [body] : [])],
	});
	const config: CmsNode = {
		backend: setup.editor ? { name: 'github', repo: setup.editor.repo, branch: setup.editor.branch } : { name: 'github', repo: 'koyaku/local-folder', branch: 'main' },
		media_folder: at('images'),
		public_folder: '/images',
		app_title: 'koyaku 編集 / Editor',
		...(setup.siteUrl ? { site_url: setup.siteUrl } : {}),
		show_preview_links: false,
		output: { omit_empty_optional_fields: true },
		collections: [
			folder('policies', '公約 / Pledges', 'policies', PolicySchema, true, '公約1つに1ファイル（ファイル名がID） / One file per pledge (its file name is its id)'),
			folder('pillars', '政策の柱 / Pillars', 'pillars', PillarSchema, true, '政策の柱・分野 / The manifesto\'s pillars or areas'),
			folder('manifestos', 'マニフェスト / Manifestos', 'manifestos', ManifestoSchema, true, 'マニフェスト（版ごと） / A manifesto or edition'),
			folder('reports', '後援会報 / Reports', 'reports', ReportSchema, true, '後援会報・進捗報告 / Newsletter issues and progress reports'),
			folder('sources', '資料 / Sources', 'sources', SourceSchema, false, '出典の資料（本文は同じフォルダの .txt） / Source documents (their text is the .txt beside them)'),
			{
				name: 'settings',
				label: '設定 / Settings',
				files: [
					{ name: 'site', label: 'サイト設定 / Site (site.yaml)', file: at('site.yaml'), format: 'koyaku-yaml', fields: fieldsOf(SiteSchema, walk) },
					{ name: 'ratings', label: '評価の基準 / Rating scale (ratings.yaml)', file: at('ratings.yaml'), format: 'koyaku-yaml', fields: fieldsOf(RatingScaleSchema, walk) },
				],
			},
		],
	};
	return { config, limits: [...walk.limits].sort() };
}
