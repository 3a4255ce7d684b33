/**
 * The やさしい日本語 format (issue 28): any `{ ja, en }` text may carry `easy`, and a Markdown body a part after
 * a line `<!-- easy -->` (after the Japanese; before or after the English). The same checks apply to it as to
 * the Japanese, located in `body.easy` / `….easy`.
 */
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBody, readBodyDeferred, splitBody } from '../../src/model/body.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { LocalizedTextSchema } from '../../src/schemas/text.ts';
import { contentVariants, edit } from '../helpers/content-variants.ts';

describe('body parts', () => {
	test('ja, then en and easy in either order', () => {
		expect(splitBody('日本語\n<!-- en -->\nEnglish\n<!-- easy -->\nやさしい')).toEqual({ ja: '日本語', en: 'English', easy: 'やさしい' });
		expect(splitBody('日本語\n<!-- easy -->\nやさしい\n\n<!-- en -->\nEnglish')).toEqual({ ja: '日本語', en: 'English', easy: 'やさしい' });
		expect(splitBody('日本語\n<!--easy-->\nやさしい')).toEqual({ ja: '日本語', en: '', easy: 'やさしい' });
		expect(splitBody('日本語だけ')).toEqual({ ja: '日本語だけ', en: '', easy: '' });
	});

	test('each part is rendered on its own, eagerly and deferred alike', () => {
		const markdown = '日本語\n<!-- easy -->\nやさしい **ことば**\n<!-- en -->\nEnglish';
		const eager = readBody(markdown).body;
		const deferred = readBodyDeferred(markdown).body;
		expect({ ...eager }).toEqual({ ja: '<p>日本語</p>', en: '<p>English</p>', easy: '<p>やさしい <strong>ことば</strong></p>' });
		expect([deferred.ja, deferred.en, deferred.easy]).toEqual([eager.ja, eager.en, eager.easy]);
	});

	test('a problem in the easy part is reported at its line, in body.easy', () => {
		const { issues } = readBody('日本語\n<!-- en -->\nEnglish\n<!-- easy -->\n\n[x](javascript:alert(1))');
		expect(issues.map((i) => `${i.line} ${i.field}`)).toEqual(['6 body.easy']);
	});
});

describe('text fields', () => {
	test('easy is accepted beside ja and en, and never empty', () => {
		expect(LocalizedTextSchema.parse({ ja: '子育て', easy: 'こそだて' })).toEqual({ ja: '子育て', easy: 'こそだて' });
		expect(LocalizedTextSchema.safeParse({ ja: '子育て', easy: ' ' }).error?.issues[0]?.message).toMatch(/やさしい日本語が空です/);
		expect(LocalizedTextSchema.safeParse({ easy: 'こそだて' }).success).toBe(false);
	});
});

describe('content checks cover easy text', () => {
	const { variant } = contentVariants('easy-text');
	const POLICY = 'policies/child-care-desk.md';
	const REAL_IMPRINT = edit('site.yaml', '  example: true', '  example: false');
	const check = (...changes: Parameters<typeof variant>) => {
		const dir = variant(REAL_IMPRINT, ...changes);
		const result = loadContent(dir);
		const show = (p: Parameters<typeof formatProblem>[0]) => formatProblem(p).split(relative(process.cwd(), dir)).join('<content>');
		return { model: result.model, problems: result.problems.map(show), warnings: result.warnings.map(show) };
	};

	test('valid easy text loads into the model', () => {
		const { model, problems } = check(
			edit(POLICY, '子育ての相談を、役場の**一つの窓口**で受けます。', '子育ての相談を、役場の**一つの窓口**で受けます。\n\n<!-- easy -->\nこどもの そうだんは 1つの まどぐちで します。'),
			edit(POLICY, "label: { ja: 子育て相談件数, en: Child-care consultations }", "label: { ja: 子育て相談件数, en: Child-care consultations, easy: こそだての そうだんの かず }"),
		);
		expect(problems).toEqual([]);
		const policy = model!.policies.find((p) => p.id === 'child-care-desk')!;
		expect(policy.body.easy).toBe('<p>こどもの そうだんは 1つの まどぐちで します。</p>');
		expect(policy.metrics[0]!.label).toMatchObject({ easy: 'こそだての そうだんの かず' });
	});

	test("editors' notes in easy text and body are warned about, located", () => {
		const { warnings } = check(
			edit(POLICY, '子育ての相談を、役場の**一つの窓口**で受けます。', '子育ての相談を、役場の**一つの窓口**で受けます。\n\n<!-- easy -->\nチラシのテキストでは みだしが ありません。'),
			edit(POLICY, "label: { ja: 子育て相談件数, en: Child-care consultations }", "label: { ja: 子育て相談件数, en: Child-care consultations }\n    description: { ja: 件数。, easy: レイアウトは 失われています。 }"),
		);
		expect(warnings.map((w) => w.split('  注意')[0])).toEqual(['<content>/policies/child-care-desk.md:15  metrics.0.description.easy', '<content>/policies/child-care-desk.md:45  body.easy']);
	});

	test('a body with only easy Japanese is refused: Japanese comes first', () => {
		const { problems } = check(edit(POLICY, '子育ての相談を、役場の**一つの窓口**で受けます。', '<!-- easy -->\nこどもの そうだん'));
		expect(problems.join('\n')).toMatch(/<!-- easy --> の前にふつうの日本語を書いてください/);
	});
});
