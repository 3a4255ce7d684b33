/**
 * The browser editor's configuration is generated from the zod schemas (src/cms/config.ts): every schema
 * field is a form field, in the schema's order, with a Japanese label and hint beside an English one;
 * required exactly where the schema requires it; enums as choices; ids as choices of what exists.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cmsConfig, type CmsNode } from '../../src/cms/config.ts';
import { contentIds } from '../../src/cms/content-ids.ts';
import { ManifestoSchema } from '../../src/schemas/manifesto.ts';
import { PillarSchema } from '../../src/schemas/pillar.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { RatingScaleSchema } from '../../src/schemas/rating.ts';
import { ReportSchema } from '../../src/schemas/report.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { SourceSchema } from '../../src/schemas/source.ts';

const dir = 'tests/fixtures/second-campaign';
const ids = contentIds(dir);
const { config, limits } = cmsConfig({ contentDir: dir, ids });
const collections = config['collections'] as CmsNode[];
const collection = (name: string) => collections.find((c) => c['name'] === name)!;
const settings = (name: string) => (collection('settings')['files'] as CmsNode[]).find((f) => f['name'] === name)!;
const fields = (node: CmsNode) => node['fields'] as CmsNode[];
const field = (node: CmsNode, path: string): CmsNode =>
	path.split('.').reduce<CmsNode>((at, name) => (at['fields'] as CmsNode[] | undefined)?.find((f) => f['name'] === name) ?? (at['field'] as CmsNode), node);

/** Every field node in a tree of fields. */
function* all(nodes: CmsNode[]): Generator<CmsNode> {
	for (const node of nodes) {
		yield node;
		if (node['fields']) yield* all(node['fields'] as CmsNode[]);
		if (node['field']) yield* all([node['field'] as CmsNode]);
	}
}
const shapeKeys = (schema: z.ZodType) => {
	const def = (schema as unknown as { _zod: { def: { type: string; in?: z.ZodType; shape?: object } } })._zod.def;
	return Object.keys(def.type === 'pipe' ? (def.in as unknown as { _zod: { def: { shape: object } } })._zod.def.shape : def.shape!);
};

describe('the editor configuration', () => {
	it('has a collection for each kind of file, and every schema field in the schema order', () => {
		const cases: [CmsNode, z.ZodType, string[]][] = [
			[collection('policies'), PolicySchema, ['body']],
			[collection('pillars'), PillarSchema, ['body']],
			[collection('manifestos'), ManifestoSchema, ['body']],
			[collection('reports'), ReportSchema, ['body']],
			[collection('sources'), SourceSchema, []],
			[settings('site'), SiteSchema, []],
			[settings('ratings'), RatingScaleSchema, []],
		];
		for (const [node, schema, extra] of cases) expect(fields(node).map((f) => f['name'])).toEqual([...shapeKeys(schema), ...extra]);
		expect(collection('policies')).toMatchObject({ folder: 'tests/fixtures/second-campaign/policies', extension: 'md', format: 'koyaku-frontmatter', create: true });
		expect(settings('site')).toMatchObject({ file: 'tests/fixtures/second-campaign/site.yaml', format: 'koyaku-yaml' });
	});

	it('labels every field in Japanese and English, with a hint', () => {
		const unlabelled: string[] = [];
		for (const node of [...collections.filter((c) => c['fields']), settings('site'), settings('ratings')])
			for (const f of all(fields(node))) {
				const label = String(f['label'] ?? '');
				if (!/^(?:ID|[^/]*[\u3040-\u30ff\u4e00-\u9fff][^/]*) \/ [A-Za-z]/.test(label)) unlabelled.push(`${node['name']}: ${f['name']} "${label}"`);
			}
		expect(unlabelled).toEqual([]);
		expect(field(collection('policies'), 'title')).toMatchObject({ label: '公約 / Pledge', hint: '一覧に出る短い言い方 / The pledge in a few words, as listed.' });
	});

	it('requires what the schema requires', () => {
		const policies = collection('policies');
		expect(field(policies, 'title')['required']).toBe(true);
		expect(field(policies, 'title.ja')['required']).toBe(true);
		expect(field(policies, 'title.en')['required']).toBe(false);
		expect(field(policies, 'source')['required']).toBe(true);
		expect(field(policies, 'pillar')['required']).toBe(false);
		expect(field(policies, 'metrics.id')['required']).toBe(true);
		expect(field(policies, 'metrics.points.value')['required']).toBe(true);
		expect(field(policies, 'metrics.points.period')['required']).toBe(false);
	});

	it('offers the ids that exist, and the schema enums, as choices', () => {
		const policies = collection('policies');
		expect(field(policies, 'pillar')).toMatchObject({ widget: 'relation', collection: 'pillars' });
		expect(field(policies, 'source.source')).toMatchObject({ widget: 'relation', collection: 'sources' });
		expect(field(policies, 'rating.level')).toMatchObject({
			widget: 'select',
			options: [
				{ label: '達成済（achieved）', value: 'achieved' },
				{ label: '取組中（in-progress）', value: 'in-progress' },
				{ label: '未着手（not-started）', value: 'not-started' },
			],
		});
		expect(field(policies, 'rating.evidence.metric')['options']).toEqual(expect.arrayContaining(['waiting-children', 'empty-shop-rate']));
		expect(field(policies, 'metrics.unit')).toMatchObject({ widget: 'select', options: ['yen', 'percent', 'people', 'cases', 'hours', 'rank', 'count'] });
		expect(field(collection('manifestos'), 'pillars')).toMatchObject({ widget: 'relation', collection: 'pillars', multiple: true });
		expect(field(collection('reports'), 'results.about')['options']).toEqual(expect.arrayContaining(['sakurahama-vision', 'genki', 'kodomo']));
	});

	it('edits numbers as the schema reads them, and switches with the schema default', () => {
		const policies = collection('policies');
		expect(field(policies, 'metrics.points.value')).toMatchObject({ widget: 'number', value_type: 'float' });
		expect(field(policies, 'metrics.points.decimals')).toMatchObject({ widget: 'number', value_type: 'int', min: 0, max: 4 });
		// Saving a file writes each switch: its default must be the schema's, or a save changes the meaning.
		expect(field(policies, 'metrics.target.computable')).toMatchObject({ widget: 'boolean', default: true });
		expect(field(policies, 'rating.asOf')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
	});

	it("site.yaml's editor names a GitHub repository, in words a volunteer understands", () => {
		const site = { candidate: { name: 'a', title: 'b' }, organisation: 'c', url: 'https://example.jp/', imprint: { publisher: 'd', address: 'e', email: 'f@example.jp', printer: { name: 'g', address: 'h' } } };
		expect(SiteSchema.parse({ ...site, editor: { repo: 'sakurahama-koenkai/site' } }).editor).toEqual({ repo: 'sakurahama-koenkai/site', branch: 'main' });
		expect(SiteSchema.safeParse({ ...site, editor: { repo: 'https://github.com/x' } }).error?.issues[0]?.message).toBe(
			'GitHub のリポジトリを owner/name の形で書いてください（例: komoro-koenkai/site） / Write the GitHub repository as owner/name, e.g. komoro-koenkai/site',
		);
	});

	it('edits a field written as one item or a list as the list, a short form as its group, printed dates as text', () => {
		const policies = collection('policies');
		// A rating or its history: a list of ratings (koyaku-format.js reads one rating as a list of one).
		expect(field(policies, 'rating')).toMatchObject({ widget: 'list', required: false });
		expect(field(policies, 'rating')['min']).toBeUndefined();
		expect((field(policies, 'rating')['fields'] as CmsNode[]).map((f) => f['name'])).toEqual(['level', 'reason', 'evidence', 'asOf', 'evaluator', 'report', 'source']);
		expect(field(policies, 'editorNotes')).toMatchObject({ widget: 'list', field: { widget: 'text' } });
		// A noun is { ja, en, enOne } (or just its Japanese); vote phrases are { add, ignore } (or just the list to add).
		expect(fields(field(settings('site'), 'terms.pledges')).map((f) => f['name'])).toEqual(['ja', 'en', 'enOne']);
		expect(fields(field(settings('site'), 'votePhrases')).map((f) => f['name'])).toEqual(['add', 'ignore']);
		expect(field(collection('manifestos'), 'announced')).toMatchObject({ widget: 'string', required: false });
		expect(field(collection('manifestos'), 'announced')['hint']).toMatch(/2020-01-15・2020-01・2024・令和6年3月.*none/);
		expect(field(collection('sources'), 'date')['hint']).toMatch(/^印刷どおりに.*\n書き方: 2020-01-15/);
		expect(field(collection('policies'), 'deadline')['hint']).toMatch(/FY2016（年度）/);
		expect(field(settings('site'), 'flyer.campaign.types')).toMatchObject({ widget: 'object', fields: [{ name: 'ja', widget: 'number', value_type: 'int', min: 1 }, { name: 'en', widget: 'number' }] });
	});

	it('names the fields it cannot express exactly', () => {
		expect(limits.join('\n')).toMatchInlineSnapshot(`
			"PillarSchema.number: 数字も文字として編集します（新しく入れた 1 は "1" として保存） / edited as text: a number typed in is saved as "1" (a number left as it was stays a number)
			PolicyRatingSchema.evidence: 根拠は「実績・数値・資料」のどれか1つを書く / evidence is one of an achievement, a metric or a source (with a quote): the form shows all three, check accepts one
			PublishedResultSchema.counts: 短い書き方（A: 44）はフォームで読めません。{ id: A, count: 44 } と書いてから編集してください / the form cannot read the shorthand "A: 44": write { id: A, count: 44 } before editing the file in the browser
			ReportResultSchema.counts: 短い書き方（A: 44）はフォームで読めません。{ id: A, count: 44 } と書いてから編集してください / the form cannot read the shorthand "A: 44": write { id: A, count: 44 } before editing the file in the browser
			ScheduleStepSchema.evidence: 根拠は「実績・数値・資料」のどれか1つを書く / evidence is one of an achievement, a metric or a source (with a quote): the form shows all three, check accepts one
			SearchSchema.synonyms: 言葉と言葉の対応表はフォームに出ません。ファイルで直接編集してください（保存しても変わりません） / a map of words to words is not shown in the form: edit it in the file (saving keeps it as it is)
			SiteSchema.readings: 言葉と言葉の対応表はフォームに出ません。ファイルで直接編集してください（保存しても変わりません） / a map of words to words is not shown in the form: edit it in the file (saving keeps it as it is)"
		`);
	});
});
