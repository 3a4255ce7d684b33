/**
 * Editors' notes (issue 21): `editorNotes` is accepted on every content kind and never published, and
 * `npm run check` warns (and still builds) when published text talks about extracting the sources or
 * their layout, naming the file, line and field.
 */
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { contentVariants, edit } from '../helpers/content-variants.ts';

const POLICY = 'policies/child-care-desk.md';
const { variant } = contentVariants('editor-notes');

/** With real imprint values, so the example-imprint warning does not hide this rule's own (none). */
const REAL_IMPRINT = edit('site.yaml', '  example: true', '  example: false');

function check(...changes: Parameters<typeof variant>) {
	const dir = variant(REAL_IMPRINT, ...changes);
	const result = loadContent(dir);
	const show = (p: Parameters<typeof formatProblem>[0]) => formatProblem(p).split(relative(process.cwd(), dir)).join('<content>');
	return { model: result.model, problems: result.problems.map(show), warnings: result.warnings.map(show) };
}

describe('editorNotes', () => {
	test('one note or a list, on a pledge and on a figure: valid, no warning', () => {
		const { model, problems, warnings } = check(
			edit(POLICY, 'source: { source: sample-newsletter-2020-01, quote: ●子育て相談窓口をひとつに }\n---', 'source: { source: sample-newsletter-2020-01, quote: ●子育て相談窓口をひとつに }\neditorNotes: 抽出したテキストでは見出しが失われています。\n---'),
			edit(POLICY, '    target: { value: 120 }\n', '    target: { value: 120 }\n    editorNotes:\n      - The layout of the flyer was lost.\n      - 2つ目のメモ\n'),
		);
		expect(problems).toEqual([]);
		expect(warnings).toEqual([]);
		expect(model).toBeDefined();
	});

	test('published text about extraction or the layout is a warning, located; the site is still built', () => {
		const { model, warnings } = check(
			edit(POLICY, '子育ての相談を、役場の**一つの窓口**で受けます。', '子育ての相談を、役場の**一つの窓口**で受けます。\n\nチラシのテキストでは、見出しが抽出の際に失われています。\n\n<!-- en -->\nOne desk.\n\nA heading was lost in extraction.'),
			edit(POLICY, "label: { ja: 子育て相談件数, en: Child-care consultations }", "label: { ja: 子育て相談件数, en: Child-care consultations }\n    description: { ja: 件数。, en: The flyer's layout was lost. }"),
		);
		expect(model).toBeDefined();
		expect(warnings).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:15  metrics.0.description.en  注意 / Warning: 公開される文章に、資料の抽出や配置についての記述（「layout」）があります。有権者向けでない編集メモは editorNotes に移してください（公開されません） / Published text talks about extracting the sources or their layout ("layout"): move notes meant for editors to editorNotes, which is never published",
			  "<content>/policies/child-care-desk.md:44  body  注意 / Warning: 公開される文章に、資料の抽出や配置についての記述（「チラシのテキスト」）があります。有権者向けでない編集メモは editorNotes に移してください（公開されません） / Published text talks about extracting the sources or their layout ("チラシのテキスト"): move notes meant for editors to editorNotes, which is never published",
			  "<content>/policies/child-care-desk.md:49  body.en  注意 / Warning: 公開される文章に、資料の抽出や配置についての記述（「extraction」）があります。有権者向けでない編集メモは editorNotes に移してください（公開されません） / Published text talks about extracting the sources or their layout ("extraction"): move notes meant for editors to editorNotes, which is never published",
			]
		`);
	});

	test('the same words inside editorNotes or a verbatim quote are not warned about', () => {
		const { warnings } = check(edit(POLICY, 'source: { source: sample-newsletter-2020-01, quote: ●子育て相談窓口をひとつに }\n---', 'source: { source: sample-newsletter-2020-01, quote: ●子育て相談窓口をひとつに }\neditorNotes: [レイアウトは失われています, lost in extraction]\n---'));
		expect(warnings).toEqual([]);
	});

	test('a note that is not text is an error naming the field', () => {
		const { problems } = check(edit(POLICY, 'source: { source: sample-newsletter-2020-01, quote: ●子育て相談窓口をひとつに }\n---', 'source: { source: sample-newsletter-2020-01, quote: ●子育て相談窓口をひとつに }\neditorNotes: { a: 1 }\n---'));
		expect(problems.join('\n')).toMatch(/child-care-desk\.md:\d+ {2}editorNotes /);
	});
});

test('the default content publishes no note about extraction or the sources\' layout', () => {
	// Komoro's content draws other warnings (its example imprint, vague verbs with no target): none of them about extraction.
	expect(loadContent('content', { model: false }).warnings.map(formatProblem).filter((w) => w.includes('editorNotes'))).toEqual([]);
});
