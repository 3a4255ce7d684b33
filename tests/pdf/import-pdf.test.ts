/**
 * `npm run import` on a text PDF (issue 25): a fictional newsletter printed by Chromium, imported into a
 * campaign made by `npm run new`. The source is stored with the kanji the PDF's font gave as radicals
 * repaired (and reported); pillars and pledges become drafts that check skips; once the drafts are
 * renamed and their figure suggestions uncommented, check verifies every quote and the site builds.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main as importMain } from '../../scripts/import.ts';
import { main as newMain } from '../../scripts/new.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { runBuild } from '../helpers/build.ts';
import { adoptDrafts, printNewsletter } from '../helpers/documents.ts';

const work = mkdtempSync(join(tmpdir(), 'koyaku-import-pdf-'));
const campaign = join(work, 'hanako');
const pdf = join(work, 'はなこ通信.pdf');
let printed = '';

beforeAll(async () => {
	await printNewsletter(pdf);
	const quiet = { output: { write: () => true } as unknown as NodeJS.WritableStream };
	expect(await newMain([campaign, '--yes', '--name', '山田 はなこ', '--reading', 'やまだ はなこ', '--office', 'ひがし丘市長', '--area', '架空県ひがし丘市'], quiet)).toBe(0);
	expect(await importMain([pdf, '--campaign', campaign, '--yes'], (line) => (printed += `${line}\n`))).toBe(0);
}, 120_000);

describe('importing a printed newsletter (PDF)', () => {
	const source = () => readFileSync(join(campaign, 'sources/shiryo-2024-05.txt'), 'utf8');

	it('stores the text as a source named by the printed date, with title, publisher and date from the document', () => {
		expect(source()).toContain('● 保育園の待機児童ゼロを目指します');
		const yaml = readFileSync(join(campaign, 'sources/shiryo-2024-05.yaml'), 'utf8');
		expect(yaml).toContain('title: "はなこ通信 第3号"');
		expect(yaml).toContain('publisher: "山田はなこ後援会"');
		expect(yaml).toContain('date: "令和6年5月1日"');
		expect(yaml).toContain('document: shiryo-2024-05.txt');
	});

	it('repairs the kanji the PDF gave as Kangxi radicals and reports it; nothing unreadable', () => {
		const text = source();
		expect(text).toContain('市民のみなさまへ。市長就任から4年');
		expect(text).toContain('【子育て・教育】');
		expect(text).not.toMatch(/[\u2e80-\u2fdf\u2027\ufffd]/u);
		expect(printed).toMatch(/部首の文字などを漢字に直しました（\d+文字: .*⽉→月/);
		expect(printed).not.toContain('読み取れない文字');
	});

	it('prints a summary: drafts, figures, warnings and the next steps', () => {
		expect(printed).toContain('下書き / drafts: 9（柱 / pillars 3、公約 / pledges 6）');
		expect(printed).toContain('数字 / figures: 8（');
		expect(printed).toContain('警告 / warnings: 1');
		expect(printed).toContain('npm run check');
	});

	it('writes drafts the loader skips: the campaign still checks as before', () => {
		expect(readdirSync(join(campaign, 'policies')).filter((f) => f.startsWith('_'))).toHaveLength(6);
		expect(readdirSync(join(campaign, 'pillars')).filter((f) => f.startsWith('_'))).toHaveLength(3);
		const { problems, counts } = loadContent(campaign);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(counts.policies).toBe(1);
	});

	it('suggests figures in comments with their period and quote, never as metrics', () => {
		const draft = readFileSync(join(campaign, 'policies/_shiryo-2024-05-04.md'), 'utf8');
		expect(draft).toContain('title: "ふるさと納税を伸ばします"');
		expect(draft).toContain('source: { source: shiryo-2024-05, quote: "ふるさと納税を伸ばします" }');
		expect(draft).toContain('#       - { period: 令和4年度, value: 234000000, source: { source: shiryo-2024-05, quote: "令和4年度の2億3,400万円" } }');
		expect(draft).toContain('#       - { period: 令和5年度, value: 312000000, source: { source: shiryo-2024-05, quote: "令和5年度は3億1,200万円" } }');
		expect(draft).not.toMatch(/^metrics:/m);
		const rank = readFileSync(join(campaign, 'policies/_shiryo-2024-05-06.md'), 'utf8');
		expect(rank).toContain('value: 98, of: 812');
		expect(rank).not.toContain('value: 45'); // 45位上昇 is a change of rank
	});

	it('once renamed (figures uncommented, pillars listed), check verifies every quote and the site builds', async () => {
		const renamed = adoptDrafts(campaign);
		expect(renamed).toHaveLength(9);
		const { problems, counts, model } = loadContent(campaign);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(counts).toMatchObject({ pillars: 4, policies: 7, metrics: 1 + 6 });
		const tax = model!.policies.find((p) => p.id === 'shiryo-2024-05-04')!;
		expect(tax.metrics[0]!.points.map((p) => p.value)).toEqual([234000000, 312000000]);
		const out = join(work, 'dist');
		await runBuild(out, { KOYAKU_CONTENT: campaign }, ['--no-pdf']);
		expect(readFileSync(join(out, 'policies/shiryo-2024-05-01/index.html'), 'utf8')).toContain('保育園の待機児童ゼロを目指します');
		expect(existsSync(join(out, 'pillars/shiryo-2024-05-hashira-2/index.html'))).toBe(true);
	}, 300_000);
});
