/**
 * `npm run import` on a Word .docx and on text files (issue 25), and its parts: Japanese numbers, figures
 * on a line, the extraction damage it repairs or reports, what it refuses.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main as importMain, runImport as importFile } from '../../scripts/import.ts';
import { repair, damageWarnings } from '../../scripts/import/damage.ts';
import { figuresIn, japaneseNumber } from '../../scripts/import/drafts.ts';
import { main as newMain } from '../../scripts/new.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { adoptDrafts, PLEDGE_DOC, writeDocx, writeUnembeddedPdf } from '../helpers/documents.ts';

const quiet = { output: { write: () => true } as unknown as NodeJS.WritableStream };
const newCampaign = async (dir: string) => expect(await newMain([dir, '--yes', '--name', '佐藤 けんじ', '--office', 'さくら台町長', '--area', '架空県さくら台町', '--languages', 'ja'], quiet)).toBe(0);
const runImport = async (argv: string[]) => {
	let printed = '';
	const code = await importMain(argv, (line) => (printed += `${line}\n`));
	return { code, printed };
};

describe('Japanese numbers and figures', () => {
	it.each([
		['3億4300万', 343000000],
		['2億3,400万', 234000000],
		['4万8千', 48000],
		['１２．５', 12.5],
		['1,234', 1234],
		['679万', 6790000],
	])('%s is %d', (text, value) => expect(japaneseNumber(text)).toBe(value));

	it('finds figures with their unit and the period printed before them; dates, addresses and per-person rates are not figures', () => {
		const line = '令和6年5月1日発行、中央1-2-3。1人あたりの費用は令和4年度の2億3,400万円から、2023年度は約3億円、満足度は54.4%、812市区中25位でした。';
		const figures = figuresIn(line, '2026-12-07', () => true);
		expect(figures.map((f) => [f.text, f.value, f.unit, f.period ?? null, f.qualifier ?? null, f.of ?? null])).toEqual([
			['2億3,400万円', 234000000, 'yen', '令和4年度', null, null],
			['約3億円', 300000000, 'yen', 'FY2023', 'about', null],
			['54.4%', 54.4, 'percent', 'FY2023', null, null],
			['25位', 25, 'rank', 'FY2023', null, 812],
		]);
		expect(figures[0]!.quote).toBe('令和4年度の2億3,400万円');
	});

	it('never dates a figure in a period that has not begun', () => {
		expect(figuresIn('令和9年度の目標は500人', '2026-12-07', () => true)[0]!.period).toBeUndefined();
	});
});

describe('extraction damage', () => {
	it('turns Kangxi radicals and supplement forms into kanji, ‧ into ・, and counts them', () => {
		const { text, damage } = repair('⽉刊 市⺠の⻑い⽇々‧記録');
		expect(text).toBe('月刊 市民の長い日々・記録');
		expect([...damage.repaired]).toEqual([['⽉→月', 1], ['⺠→民', 1], ['⻑→長', 1], ['⽇→日', 1], ['‧→・', 1]]);
	});

	it('reports replacement characters and radicals it cannot map, by line, and lost line structure', () => {
		const { damage } = repair(`一行目\n二行\uFFFD目\n⺍のある行`);
		expect(damage.unreadable).toEqual([2]);
		expect(damage.radicalsLeft).toEqual([{ char: '⺍', lines: [3] }]);
		const warnings = damageWarnings(damage);
		expect(warnings.join('\n')).toContain('読み取れない文字（�）が 1 行にあります（2行目）');
		expect(warnings.join('\n')).toContain('部首の文字「⺍」（U+2E8D）が残っています（3行目）');
		expect(repair('公約'.repeat(300)).damage.lostLines?.en).toContain('one line');
	});
});

describe('importing a Word .docx', () => {
	const work = mkdtempSync(join(tmpdir(), 'koyaku-import-docx-'));
	const campaign = join(work, 'sakuradai');
	let printed = '';
	beforeAll(async () => {
		await newCampaign(campaign);
		const docx = await writeDocx(join(work, 'seisakushu.docx'), PLEDGE_DOC, '佐藤けんじ 政策集');
		const result = await runImport([docx, '--campaign', campaign, '--id', 'seisakushu-2025']);
		expect(result.code).toBe(0);
		printed = result.printed;
	});

	it('keeps Word’s headings, its automatic list numbers and the typed ● lines as printed', () => {
		const text = readFileSync(join(campaign, 'sources/seisakushu-2025.txt'), 'utf8');
		expect(text.split('\n').slice(2, 10)).toEqual([
			'安心して子育てできるまち',
			'● 放課後児童クラブを全小学校区に広げます',
			'利用できる児童は令和5年度に320人でした。',
			'● 子ども医療費の無料化を高校生まで広げます',
			'元気な産業',
			'1. 町の特産品を使った新商品の開発を支援します',
			'2. 観光案内所の開館時間を延ばします',
			'観光案内所の利用者は2023年度に1万2,400人、前年度より8.5%増えました。',
		]);
		const yaml = readFileSync(join(campaign, 'sources/seisakushu-2025.yaml'), 'utf8');
		expect(yaml).toContain('publisher: "佐藤けんじ後援会"');
		expect(yaml).toContain('date: "令和7年2月"');
		expect(printed).toContain('下書き / drafts: 6（柱 / pillars 2、公約 / pledges 4）');
		expect(printed).toContain('警告 / warnings: 0');
	});

	it('drafts the Word headings as pillars and the list items as pledges, with figures', () => {
		expect(readdirSync(join(campaign, 'pillars')).sort()).toEqual(['_seisakushu-2025-hashira-1.md', '_seisakushu-2025-hashira-2.md', 'hashira-1.md']);
		const visitors = readFileSync(join(campaign, 'policies/_seisakushu-2025-04.md'), 'utf8');
		expect(visitors).toContain('pillar: seisakushu-2025-hashira-2');
		expect(visitors).toContain('order: 2');
		expect(visitors).toContain('title: "観光案内所の開館時間を延ばします"');
		expect(visitors).toContain('value: 12400, source: { source: seisakushu-2025, quote: "2023年度に1万2,400人" }');
	});

	it('renamed, the drafts pass check with every quote found', () => {
		expect(adoptDrafts(campaign)).toHaveLength(6);
		const { problems, counts } = loadContent(campaign);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(counts).toMatchObject({ pillars: 3, policies: 5 });
	});
});

describe('importing a PDF whose Japanese font is not embedded', () => {
	it('decodes the text with pdf.js’s CMap files (UniJIS-UCS2-H) and drafts it', async () => {
		const work = mkdtempSync(join(tmpdir(), 'koyaku-import-cmap-'));
		const campaign = join(work, 'c');
		await newCampaign(campaign);
		const pdf = await writeUnembeddedPdf(join(work, 'dayori.pdf'), ['後援会だより 令和6年5月', '● 公民館を建て替えます', '利用者は令和5年度に1万2千人でした。']);
		const { code, printed } = await runImport([pdf, '--campaign', campaign, '--publisher', '公民館を考える会']);
		expect(code).toBe(0);
		expect(readFileSync(join(campaign, 'sources/dayori.txt'), 'utf8')).toBe('後援会だより 令和6年5月\n● 公民館を建て替えます\n利用者は令和5年度に1万2千人でした。\n');
		expect(printed).toContain('公約 / pledges 1');
		expect(readFileSync(join(campaign, 'policies/_dayori-01.md'), 'utf8')).toContain('{ period: 令和5年度, value: 12000, source: { source: dayori, quote: "令和5年度に1万2千人" } }');
	});
});

describe('importing a text file', () => {
	it('reads a Shift_JIS file saved by Windows, with a pillar heading like ０１', async () => {
		const work = mkdtempSync(join(tmpdir(), 'koyaku-import-text-'));
		const campaign = join(work, 'c');
		await newCampaign(campaign);
		const text = '2024年3月 まちづくり通信\n０１ 交通\n・ デマンドタクシーを全地区で運行します\n利用は2023年度に3,100件でした。\n';
		const file = join(work, 'tsushin.txt');
		writeFileSync(file, sjis(text));
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))).toThrow();
		const { code, printed } = await runImport([file, '--campaign', campaign, '--publisher', 'まちづくりの会']);
		expect(code).toBe(0);
		expect(readFileSync(join(campaign, 'sources/tsushin.txt'), 'utf8')).toBe(text);
		expect(readFileSync(join(campaign, 'sources/tsushin.yaml'), 'utf8')).toContain('date: "2024-03"');
		expect(printed).toContain('公約 / pledges 1');
		expect(adoptDrafts(campaign)).toEqual(['pillars/tsushin-hashira-1.md', 'policies/tsushin-01.md']);
		expect(loadContent(campaign).problems.map(formatProblem)).toEqual([]);
	});

	it('asks for what the document does not state, offering what it does', async () => {
		const work = mkdtempSync(join(tmpdir(), 'koyaku-import-ask-'));
		await newCampaign(join(work, 'c'));
		writeFileSync(join(work, 'memo.txt'), '公約メモ\n● 図書館の開館時間を延ばします\n');
		const asked: string[] = [];
		const answers = ['', '政策を考える会', '令和7年1月'];
		const summary = await importFile(join(work, 'memo.txt'), { campaign: join(work, 'c'), ask: async (question, fallback) => (asked.push(`${question} [${fallback}]`), answers.shift()!) });
		expect(asked).toEqual(['資料の題名 / Title [公約メモ]', '発行者 / Publisher []', '発行日（2024-05、令和6年5月。なければ none） / Date (2024-05, 令和6年5月, or none) []']);
		expect(summary.meta).toEqual({ title: '公約メモ', publisher: '政策を考える会', date: '令和7年1月' });
		expect(summary.warnings).toEqual([]);
		expect(summary.drafts).toEqual({ pillars: 0, pledges: 1 });
		// No pillar heading: the draft points at the campaign's own pillar.
		expect(readFileSync(join(work, 'c/policies/_memo-01.md'), 'utf8')).toContain('pillar: hashira-1');
	});

	it('refuses what it cannot read, and a folder that is not a campaign, in both languages', async () => {
		const work = mkdtempSync(join(tmpdir(), 'koyaku-import-bad-'));
		writeFileSync(join(work, 'old.doc'), 'x');
		await newCampaign(join(work, 'c'));
		const doc = await runImport([join(work, 'old.doc'), '--campaign', join(work, 'c')]);
		expect(doc.code).toBe(1);
		expect(doc.printed).toContain('.docx にしてください');
		expect(doc.printed).toContain('save an old Word .doc as .docx');
		writeFileSync(join(work, 'a.txt'), '● なにか');
		const notCampaign = await runImport([join(work, 'a.txt'), '--campaign', work]);
		expect(notCampaign.code).toBe(1);
		expect(notCampaign.printed).toContain('is not a campaign folder (no site.yaml)');
	});
});

/** Text as Windows Notepad saved it for years (Shift_JIS). TextEncoder writes only UTF-8, so this inverts TextDecoder's Shift_JIS table. */
function sjis(text: string): Uint8Array {
	const decoder = new TextDecoder('shift_jis');
	const table = new Map<string, number[]>();
	for (let hi = 0x81; hi <= 0xfc; hi++)
		for (let lo = 0x40; lo <= 0xfc; lo++) {
			const ch = decoder.decode(new Uint8Array([hi, lo]));
			if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [hi, lo]);
		}
	const out: number[] = [];
	for (const ch of text) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f])));
	return new Uint8Array(out);
}
