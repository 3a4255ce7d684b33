/**
 * Hostile and broken content, one small case per class: each is a copy of the valid fixture with one
 * thing done to it, and pins the exact lines a volunteer sees from `npm run check`.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bodyLimitProblem, markdownDepth, readBody } from '../../src/model/body.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { electionDayStop } from '../../scripts/build.ts';
import { decodeText, firstInvalidUtf8 } from '../../src/model/read-file.ts';
import { imageInfo } from '../../src/model/image-file.ts';
import { internalProblem } from '../../src/model/read.ts';
import { underBase } from '../../src/lib/body-html.ts';
import { linkSchemeProblem, urlScheme } from '../../src/schemas/url.ts';
import { acceptFullWidthSpaces, yamlDepth } from '../../src/model/yaml-source.ts';
import { append, contentVariants, edit, read, VALID, write, type Change } from '../helpers/content-variants.ts';

const POLICY = 'policies/child-care-desk.md';
const { root, variant, problems } = contentVariants('hostile');

describe('encodings: say which one and how to fix it', () => {
	test('Shift_JIS (Windows Notepad, Excel "CSV" habits)', () => {
		const sjis = Buffer.from([...Buffer.from('# site\ncandidate:\n  name: '), 0x8f, 0xac, 0x90, 0xf2, 0x0a]);
		expect(problems(write('site.yaml', sjis))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:3  (file)  このファイルは Shift_JIS で保存されています。「UTF-8」で保存し直してください（メモ帳なら「名前を付けて保存」→ 文字コード「UTF-8」） / This file is saved as Shift_JIS: save it again as UTF-8 (in Notepad: Save As → Encoding "UTF-8")",
			]
		`);
	});
	test('UTF-16 with a byte-order mark', () => {
		expect(problems((dir) => writeFileSync(join(dir, 'site.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(read(dir, 'site.yaml'), 'utf16le')])))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:1  (file)  このファイルは UTF-16 で保存されています。「UTF-8」で保存し直してください（メモ帳なら「名前を付けて保存」→ 文字コード「UTF-8」） / This file is saved as UTF-16: save it again as UTF-8 (in Notepad: Save As → Encoding "UTF-8")",
			]
		`);
	});
	test('UTF-16 without a byte-order mark', () => {
		expect(problems((dir) => writeFileSync(join(dir, POLICY), Buffer.from(read(dir, POLICY), 'utf16le')))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:1  (file)  このファイルは UTF-16 で保存されています。「UTF-8」で保存し直してください（メモ帳なら「名前を付けて保存」→ 文字コード「UTF-8」） / This file is saved as UTF-16: save it again as UTF-8 (in Notepad: Save As → Encoding "UTF-8")",
			]
		`);
	});
	test('EUC-JP', () => {
		expect(problems(write(POLICY, Buffer.from([...Buffer.from('---\ntitle: '), 0xbe, 0xae, 0xbd, 0xf4, 0x0a, ...Buffer.from('---\n')])))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:2  (file)  このファイルは EUC-JP で保存されています。「UTF-8」で保存し直してください（メモ帳なら「名前を付けて保存」→ 文字コード「UTF-8」） / This file is saved as EUC-JP: save it again as UTF-8 (in Notepad: Save As → Encoding "UTF-8")",
			]
		`);
	});
	test('bytes that are no known text encoding, with the line', () => {
		expect(problems(write(POLICY, Buffer.from([...Buffer.from('---\ntitle: a\n'), 0xff, 0xfe, 0xfd, 0x80, 0x0a])))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:3  (file)  このファイルには UTF-8 ではない文字があります（3行目）。「UTF-8」で保存し直してください（メモ帳なら「名前を付けて保存」→ 文字コード「UTF-8」） / This file is not UTF-8 text (line 3): save it again as UTF-8 (in Notepad: Save As → Encoding "UTF-8")",
			]
		`);
	});
	test('a Shift_JIS source document is named once, not as dozens of quote errors', () => {
		expect(problems((dir) => writeFileSync(join(dir, 'sources/sample-newsletter-2020-01.txt'), Buffer.from([0x8f, 0xac, 0x90, 0xf2, 0x0a])))).toMatchInlineSnapshot(`
			[
			  "<content>/sources/sample-newsletter-2020-01.txt:1  (file)  このファイルは Shift_JIS で保存されています。「UTF-8」で保存し直してください（メモ帳なら「名前を付けて保存」→ 文字コード「UTF-8」） / This file is saved as Shift_JIS: save it again as UTF-8 (in Notepad: Save As → Encoding "UTF-8")",
			]
		`);
	});
	test('the first invalid byte is found exactly', () => {
		expect([firstInvalidUtf8(Buffer.from('あいう')), firstInvalidUtf8(Buffer.from([0x61, 0xe3, 0x81])), firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))]).toEqual([-1, 1, 0]);
		expect(decodeText(Buffer.from('\uFEFFa: 1'))).toEqual({ text: 'a: 1' });
	});
});

describe('what users really write is accepted', () => {
	test('CRLF line endings, a byte-order mark and full-width spaces in indentation and after a colon', () => {
		const dir = variant(
			(d) => writeFileSync(join(d, POLICY), '\uFEFF' + read(d, POLICY).replace(/\n/g, '\r\n')),
			edit('site.yaml', '\n  name:', '\n\u3000name:'),
			edit(POLICY, 'deadline: FY2018', 'deadline:\u3000FY2018'),
		);
		const result = loadContent(dir);
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.model?.policies.find((p) => p.id === 'child-care-desk')?.deadline?.key).toBe('FY2018');
	});
	test('full-width spaces inside values are left alone', () => {
		expect(acceptFullWidthSpaces('\u3000name:\u3000小泉\u3000俊博\n-\u3000a\nnote: 注意:\u3000x')).toBe('  name: 小泉\u3000俊博\n-  a\nnote: 注意:\u3000x');
	});
});

describe('broken files', () => {
	test('a broken YAML line', () => {
		expect(problems(edit(POLICY, 'deadline: FY2018', 'deadline: "FY2018'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:39  (file)  YAMLの書き方に誤りがあります（字下げ・「:」の後の空白・引用符を確認してください） / YAML syntax error: Missing closing "quote",
			]
		`);
	});
	test('frontmatter never closed', () => {
		expect(problems((dir) => writeFileSync(join(dir, POLICY), read(dir, POLICY).replace(/\n---\n/, '\n\n')))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:1  (file)  先頭の --- に対応する閉じの --- の行がありません。項目の最後の次の行に --- だけの行を書いてください / The frontmatter is not closed: write a line with only --- after the last field",
			]
		`);
	});
	test('an empty Markdown file, a file of only spaces, an empty YAML file', () => {
		expect(problems(write(POLICY, ''), write('reports/newsletter-2020-01.md', ' \n\u3000\n'), write('ratings.yaml', ''))).toMatchInlineSnapshot(`
			[
			  "<content>/ratings.yaml:1  (file)  ファイルが空です。内容を書くか、ファイルを削除してください / The file is empty: write its content or delete the file",
			  "<content>/policies/child-care-desk.md:1  (file)  ファイルが空です。内容を書くか、ファイルを削除してください / The file is empty: write its content or delete the file",
			  "<content>/reports/newsletter-2020-01.md:1  (file)  ファイルが空です。内容を書くか、ファイルを削除してください / The file is empty: write its content or delete the file",
			]
		`);
	});
	test('YAML alias bomb ("billion laughs")', () => {
		const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`)].join('\n');
		expect(problems(write(POLICY, `---\n${bomb}\n---\nx\n`))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:2  (file)  別名（* と &）の使い方が多すぎるか、輪になっています。別名を使わずに書いてください / Too many aliases (* and &), or an alias that refers to itself: write the values out instead",
			]
		`);
	});
	test('absurdly nested YAML is refused in linear time, with one message', () => {
		expect(problems(write(POLICY, `---\ntitle: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\nx\n`))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:2  (file)  項目の入れ子が深すぎます（50000段、上限32段）。字下げや [ ] { } を見直してください / The fields nest too deeply (50000 levels; the limit is 32): check the indentation and brackets",
			]
		`);
		expect(yamlDepth('a:\n  b: [1, [2]]')).toEqual({ depth: 3, line: 2 });
	});
	test('a file too large to be content', () => {
		expect(problems(write(POLICY, `---\ntitle: x\n---\n${'あ'.repeat(400_000)}\n`))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md  (file)  ファイルが大きすぎます（1.2 MB、上限 1 MB）。分けてください / The file is too large (1.2 MB; the limit is 1 MB): split it",
			]
		`);
	});
});

describe('file names and folders', () => {
	test('.MD, .markdown and .YML next to the files koyaku reads: "did you mean"', () => {
		expect(
			problems(
				(dir) => writeFileSync(join(dir, 'policies/extra.MD'), read(dir, POLICY)),
				(dir) => writeFileSync(join(dir, 'reports/issue-2.markdown'), read(dir, 'reports/newsletter-2020-01.md')),
				(dir) => writeFileSync(join(dir, 'sources/other.YML'), 'title: x\n'),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/sources/other.YML  (file)  拡張子「.YML」のファイルは読みません。「.yaml」のことですか？ 名前を other.yaml にしてください / Files ending ".YML" are not read: did you mean ".yaml"? Rename it to other.yaml",
			  "<content>/policies/extra.MD  (file)  拡張子「.MD」のファイルは読みません。「.md」のことですか？ 名前を extra.md にしてください / Files ending ".MD" are not read: did you mean ".md"? Rename it to extra.md",
			  "<content>/reports/issue-2.markdown  (file)  拡張子「.markdown」のファイルは読みません。「.md」のことですか？ 名前を issue-2.md にしてください / Files ending ".markdown" are not read: did you mean ".md"? Rename it to issue-2.md",
			]
		`);
	});
	test('site.yml instead of site.yaml', () => {
		expect(problems((dir) => (cpSync(join(dir, 'site.yaml'), join(dir, 'site.yml')), rmSync(join(dir, 'site.yaml'))))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yml  (file)  「site.yaml」のことですか？ ファイル名を site.yaml にしてください / Did you mean "site.yaml"? Rename site.yml to site.yaml",
			]
		`);
	});
	test('a symlink to a file outside the content folder is never read', () => {
		const outside = join(root, 'outside.txt');
		writeFileSync(outside, read(VALID, 'sources/sample-newsletter-2020-01.txt'));
		expect(
			problems((dir) => {
				rmSync(join(dir, 'sources/sample-newsletter-2020-01.txt'));
				symlinkSync(outside, join(dir, 'sources/sample-newsletter-2020-01.txt'));
			}),
		).toMatchInlineSnapshot(`
			[
			  "<content>/sources/sample-newsletter-2020-01.txt  (file)  シンボリックリンクがコンテンツのフォルダの外を指しています。外のファイルは読みません。ファイルをフォルダの中にコピーしてください / This symbolic link points outside the content folder, which is never read: copy the file into the folder instead",
			]
		`);
	});
	test('a dangling symlink and a symlink loop', () => {
		expect(
			problems(
				(dir) => symlinkSync(join(dir, 'policies/nowhere.md'), join(dir, 'policies/ghost.md')),
				(dir) => (symlinkSync('loop-b.md', join(dir, 'policies/loop-a.md')), symlinkSync('loop-a.md', join(dir, 'policies/loop-b.md'))),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/policies/ghost.md  (file)  シンボリックリンクの先にファイルがありません。リンクを削除するか、本物のファイルを置いてください / This symbolic link points to a file that does not exist: remove it or put the real file here",
			  "<content>/policies/loop-a.md  (file)  シンボリックリンクが輪になっていて、ファイルにたどり着きません。リンクを削除して本物のファイルを置いてください / This symbolic link points round in a loop and never reaches a file: replace it by the real file",
			  "<content>/policies/loop-b.md  (file)  シンボリックリンクが輪になっていて、ファイルにたどり着きません。リンクを削除して本物のファイルを置いてください / This symbolic link points round in a loop and never reaches a file: replace it by the real file",
			]
		`);
	});
	test('a symlink that stays inside the content folder is fine', () => {
		const dir = variant((d) => {
			mkdirSync(join(d, 'drafts'));
			cpSync(join(d, 'reports/newsletter-2020-01.md'), join(d, 'drafts/newsletter.md'));
			rmSync(join(d, 'reports/newsletter-2020-01.md'));
			symlinkSync(join(d, 'drafts/newsletter.md'), join(d, 'reports/newsletter-2020-01.md'));
		});
		expect(loadContent(dir).problems.map(formatProblem)).toEqual([]);
	});
});

describe('text that lies', () => {
	test('bidi override characters are refused, with the line', () => {
		expect(problems(edit(POLICY, 'deadline: FY2018', 'deadline: FY2018 # \u202E100%'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:7  (file)  文字の並ぶ向きを変える見えない制御文字（U+202E）があります。数字や文が逆向きに見えることがあるため、削除してください / An invisible character that reverses text direction (U+202E) is here: it can make "%001" read as "100%". Delete it",
			]
		`);
	});
	test('a quote of only ** or spaces (it would match every document)', () => {
		expect(problems(edit('policies/more-tax-revenue.md', 'source: { source: sample-newsletter-2020-01, quote: ふるさと納税は、金額で50.5倍！ }', 'source: { source: sample-newsletter-2020-01, quote: "** **" }'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/more-tax-revenue.md:27  metrics.0.source.quote  引用が空です（空白や ** だけ）。出典の文言を写すか、quote を削除してください / The quote is empty (only spaces or **): copy the words from the source, or remove quote",
			]
		`);
	});
	test('an empty source document is named once', () => {
		expect(problems(write('sources/sample-newsletter-2020-01.txt', '\n\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/sources/sample-newsletter-2020-01.txt:1  (file)  ファイルが空です。内容を書くか、ファイルを削除してください / The file is empty: write its content or delete the file",
			]
		`);
	});
});

describe('impossible values', () => {
	test('a rank below 1, or not whole', () => {
		expect(problems(edit('manifestos/sample-future-2016.md', '{ period: 2016, value: 25, of: 812 }', '{ period: 2016, value: 0, of: 812 }'))).toMatchInlineSnapshot(`
			[
			  "<content>/manifestos/sample-future-2016.md:30  metrics.0.points.0.value  順位は1以上の整数で書いてください（今は 0） / A rank is a whole number from 1 (1st, 2nd…), not 0",
			]
		`);
	});
	test('a measurement, a rating and a newsletter dated in the future', () => {
		const future = problems(
			edit('policies/women-on-boards.md', 'period: 2019-04', 'period: 2099-04'),
			edit('policies/more-tax-revenue.md', 'asOf: 2020-01-15', 'asOf: 2099-01-15'),
			edit('reports/newsletter-2020-01.md', 'date: 2020-01', 'date: 2099-01'),
		);
		expect(future.map((line) => line.replace(/\d{4}-\d{2}-\d{2}）/g, 'TODAY）').replace(/today is \d{4}-\d{2}-\d{2}/g, 'today is TODAY').replace(/today \(\d{4}-\d{2}-\d{2}\)/g, 'today (TODAY)'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/more-tax-revenue.md:14  rating.asOf  評価した日 2099-01-15 が今日（TODAY）より後です。評価した日を書いてください / The rating date 2099-01-15 is after today (TODAY): write the day the rating was made",
			  "<content>/policies/women-on-boards.md:12  metrics.0.points.1.period  2099-04 はまだ来ていない期間です（今日は TODAY）。将来の目標なら target に書いてください / 2099-04 has not begun yet (today is TODAY): a measured value cannot be from the future. Write a goal as the metric's target",
			  "<content>/reports/newsletter-2020-01.md:2  date  発行日 2099-01-20 が今日（TODAY）より後です / The issue date 2099-01-20 is after today (TODAY)",
			]
		`);
	});
});

describe('links and images in bodies', () => {
	test('javascript:, data: and vbscript: in every spelling are refused at check time', () => {
		expect(
			problems(
				append(POLICY, '\n[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](jav&#x61;script:alert(1))\n\n[d][r] <javascript:alert(1)>\n\n[r]: javascript:alert(1)\n\n[e](data:text/html;base64,PHNjcmlwdD4=) <a href="&#106;avascript:x">f</a> <a href=" vbscript:x">g</a>\n'),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:43  body  リンク先「javascript:alert(1)」は使えません。https:// か mailto: で始まるアドレス、またはサイト内のパス（/policies/… など）にしてください / The address "javascript:alert(1)" is not allowed (javascript:): links may only use https://, http://, mailto: or a path within the site",
			  "<content>/policies/child-care-desk.md:43  body  リンク先「JaVaScRiPt:alert(1)」は使えません。https:// か mailto: で始まるアドレス、またはサイト内のパス（/policies/… など）にしてください / The address "JaVaScRiPt:alert(1)" is not allowed (javascript:): links may only use https://, http://, mailto: or a path within the site",
			  "<content>/policies/child-care-desk.md:43  body  リンク先「javascript:alert(1)」は使えません。https:// か mailto: で始まるアドレス、またはサイト内のパス（/policies/… など）にしてください / The address "javascript:alert(1)" is not allowed (javascript:): links may only use https://, http://, mailto: or a path within the site",
			  "<content>/policies/child-care-desk.md:45  body  リンク先「javascript:alert(1)」は使えません。https:// か mailto: で始まるアドレス、またはサイト内のパス（/policies/… など）にしてください / The address "javascript:alert(1)" is not allowed (javascript:): links may only use https://, http://, mailto: or a path within the site",
			  "<content>/policies/child-care-desk.md:45  body  リンク先「javascript:alert(1)」は使えません。https:// か mailto: で始まるアドレス、またはサイト内のパス（/policies/… など）にしてください / The address "javascript:alert(1)" is not allowed (javascript:): links may only use https://, http://, mailto: or a path within the site",
			  "<content>/policies/child-care-desk.md:49  body  リンク先「data:text/html;base64,PHNjcmlwdD4=」は使えません。https:// か mailto: で始まるアドレス、またはサイト内のパス（/policies/… など）にしてください / The address "data:text/html;base64,PHNjcmlwdD4=" is not allowed (data:): links may only use https://, http://, mailto: or a path within the site",
			  "<content>/policies/child-care-desk.md:49  body  リンク先「javascript:x」は使えません。https:// か mailto: で始まるアドレス、またはサイト内のパス（/policies/… など）にしてください / The address "javascript:x" is not allowed (javascript:): links may only use https://, http://, mailto: or a path within the site",
			  "<content>/policies/child-care-desk.md:49  body  リンク先「vbscript:x」は使えません。https:// か mailto: で始まるアドレス、またはサイト内のパス（/policies/… など）にしてください / The address "vbscript:x" is not allowed (vbscript:): links may only use https://, http://, mailto: or a path within the site",
			]
		`);
	});
	test('links to pages that do not exist, paths not from /, and missing images', () => {
		expect(problems(append(POLICY, '\n[a](/policies/no-such-pledge/) [b](/en/pillars/nope/) [c](policies/more-tax-revenue/) ![map](/images/map.png)\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:43  body  リンク先のページ「/policies/no-such-pledge/」はありません / There is no page "/policies/no-such-pledge/" on the site (pages: /, /metrics/, /ratings/, /reports/, /policies/<id>/, /pillars/<id>/, /manifestos/<id>/, /reports/<id>/, /metrics/<id>/, /rss.xml; /en/… for English; files for the whole site: /data/metrics.csv, /data/metrics.json, /flyer-<lang>.pdf)",
			  "<content>/policies/child-care-desk.md:43  body  リンク先のページ「/en/pillars/nope/」はありません / There is no page "/en/pillars/nope/" on the site (pages: /, /metrics/, /ratings/, /reports/, /policies/<id>/, /pillars/<id>/, /manifestos/<id>/, /reports/<id>/, /metrics/<id>/, /rss.xml; /en/… for English; files for the whole site: /data/metrics.csv, /data/metrics.json, /flyer-<lang>.pdf)",
			  "<content>/policies/child-care-desk.md:43  body  サイト内へのリンク「policies/more-tax-revenue/」は / から書いてください（例: /policies/hometown-tax/） / Write links within the site from the root, starting with / (e.g. /policies/hometown-tax/), not "policies/more-tax-revenue/"",
			  "<content>/policies/child-care-desk.md:43  body  画像「/images/map.png」が見つかりません。public/ フォルダに置いたファイルを / からのパスで書いてください / The image "/images/map.png" does not exist: put the file in the public/ folder and write its path from / (e.g. /images/map.png)",
			]
		`);
	});
	test('a misspelt page gets the nearest real one; a link to a broken file is not reported a second time', () => {
		expect(
			problems(append(POLICY, '\n[a](/policies/more-tax-revenu/) [b](/en/policies/town-promotion/)\n'), edit('policies/town-promotion.md', 'manifesto: sample-future-2016', 'manifest: sample-future-2016')).filter((line) => line.includes('child-care-desk')),
		).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:43  body  リンク先のページ「/policies/more-tax-revenu/」はありません。「/policies/more-tax-revenue/」のことですか？ / There is no page "/policies/more-tax-revenu/" on the site: did you mean "/policies/more-tax-revenue/"?",
			]
		`);
	});
	test('links to pages that exist, anchors, mail and web addresses, and a real image pass', () => {
		const dir = variant(append(POLICY, '\n[a](/policies/more-tax-revenue/) [b](/en/pillars/child-care/) [c](/metrics/#women-on-councils) [d](#top) [e](mailto:a@example.jp) [f](https://example.jp/) [g](/) [h](/en/) ![i](/favicon.svg)\n'));
		expect(loadContent(dir).problems.map(formatProblem)).toEqual([]);
	});
	test("a source's url and the site's url must be web addresses", () => {
		expect(
			problems(
				edit('site.yaml', 'url: https://sample-town.example/', 'url: javascript:alert(1)'),
				edit('sources/sample-newsletter-2020-01.yaml', 'url: https://sample-town.example/newsletter-2020-01.pdf', 'url: "data:text/html,<script>alert(1)</script>"'),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:8  url  https:// で始まるURLを書いてください / Write the full address, starting with https://",
			  "<content>/sources/sample-newsletter-2020-01.yaml:7  url  http:// か https:// で始まるURLを書いてください / Write a web address starting with https:// (or http://)",
			]
		`);
	});
	test('a browser reads the scheme through spaces, tabs, line breaks and case', () => {
		expect(['JavaScript:x', ' \u0001javascript:x', 'java\tscript:x', 'java\nscript:x', '/x', 'x:y', 'https://a', '//a'].map(urlScheme)).toEqual(['javascript', 'javascript', 'javascript', 'javascript', undefined, 'x', 'https', undefined]);
		expect([linkSchemeProblem('mailto:a@b.jp'), linkSchemeProblem('#top'), linkSchemeProblem('/a?b=c:d')]).toEqual([undefined, undefined, undefined]);
	});
});

describe('absurd bodies: refused with a limit, never a crash or a hang', () => {
	test('deep block quotes and lists', () => {
		expect(problems(append(POLICY, `\n${'>'.repeat(5000)} deep\n`), append('reports/newsletter-2020-01.md', `\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:43  body  本文の入れ子（引用「>」やリストの字下げ、HTMLのタグ）が深すぎます（5000段、上限24段）。入れ子を浅くしてください / The body nests too deeply (5000 levels of quotes, indented lists or HTML tags; the limit is 24): flatten it",
			  "<content>/reports/newsletter-2020-01.md:58  body.en  本文の入れ子（引用「>」やリストの字下げ、HTMLのタグ）が深すぎます（40段、上限24段）。入れ子を浅くしてください / The body nests too deeply (40 levels of quotes, indented lists or HTML tags; the limit is 24): flatten it",
			]
		`);
	});
	test('too much markup, too many list items or lines, too long', () => {
		expect([bodyLimitProblem('*a**'.repeat(200)), bodyLimitProblem('- a\n'.repeat(101)), bodyLimitProblem('a\n'.repeat(1001)), bodyLimitProblem('あ'.repeat(20_001))].map((p) => p?.message)).toMatchInlineSnapshot(`
			[
			  "本文の記号（* _ ~ [ ] \` < > | & ^ #）が多すぎます（600個、上限300個）。装飾を減らしてください / The body has too much markup (600 of the characters * _ ~ [ ] \` < > | & ^ #; the limit is 300): use less formatting",
			  "本文のリスト項目が多すぎます（101個、上限100個）。別のページに分けてください / The body has too many list items (101; the limit is 100): split it into several pages",
			  "本文の行が多すぎます（1,002行、上限1,000行）。別のページに分けてください / The body has too many lines (1,002; the limit is 1,000): split it into several pages",
			  "本文が長すぎます（20,001文字、上限20,000文字）。別のページに分けてください / The body is too long (20,001 characters; the limit is 20,000): split it into several pages",
			]
		`);
	});
	test('the nesting estimate counts quotes, indented list markers and open HTML tags', () => {
		expect([markdownDepth('> > a').depth, markdownDepth('- a\n  - b\n    - c').depth, markdownDepth('<div><div><span>x').depth, markdownDepth('        code').depth]).toEqual([2, 3, 3, 0]);
	});
});

describe('internal errors', () => {
	test('say plainly that koyaku has a bug, name the file, and keep the stack only for --debug', () => {
		const problem = internalProblem('content/policies/a.md', new TypeError("Cannot read properties of undefined (reading 'ja')\n    at render (body.ts:1:1)"));
		expect(formatProblem(problem)).toMatchInlineSnapshot(`"content/policies/a.md  (file)  このファイルの処理中に koyaku 内部のエラーが起きました（koyaku の不具合です。開発者に知らせてください） / Internal error in koyaku while processing this file (a bug in koyaku, not necessarily in your content; please report it): TypeError: Cannot read properties of undefined (reading 'ja')"`);
		expect(problem.debug).toContain('TypeError');
	});
});

describe('site-root links in bodies follow the base path', () => {
	test('under /komoro/, and nothing else is touched', () => {
		expect(underBase('<p><a href="/policies/x/">x</a> <img src="/favicon.svg" alt="/a"> <a href="//cdn.example/x">c</a> <a href="https://a.jp/">w</a> <a href="#f">f</a></p>', '/komoro/')).toBe(
			'<p><a href="/komoro/policies/x/">x</a> <img src="/komoro/favicon.svg" alt="/a"> <a href="//cdn.example/x">c</a> <a href="https://a.jp/">w</a> <a href="#f">f</a></p>',
		);
		expect(underBase('<a href="/x/">x</a>', '/')).toBe('<a href="/x/">x</a>');
	});
});

describe('part 2: every way of writing a date is one Japan date', () => {
	const electionDay = (line: string) => loadContent(variant(edit('site.yaml', 'electionDate: 2024-04-21', line))).model?.site.electionDate;
	test('a YAML timestamp with a time zone, a date and time without one, an era day, full-width digits', () => {
		expect(['electionDate: !!timestamp 2026-12-07T00:00:00+09:00', 'electionDate: !!timestamp 2026-12-06T15:00:00Z', 'electionDate: "2026-12-06T10:00:00-05:00"', 'electionDate: 2026-12-07 08:30', 'electionDate: 令和8年12月7日', 'electionDate: ２０２６-１２-０７', 'electionDate: 2026年12月7日', 'electionDate: 2026/12/7', 'electionDate: R8.12.7'].map(electionDay)).toEqual(
			Array(9).fill('2026-12-07'),
		);
	});
	test('so the election-day guard stops the build on that day, whichever way it is written', () => {
		const day = electionDay('electionDate: !!timestamp 2026-12-07T00:00:00+09:00');
		expect(electionDayStop(day, new Date('2026-12-06T15:30:00Z'))).toContain('2026-12-07');
		expect(electionDayStop(day, new Date('2026-12-06T14:30:00Z'))).toBeUndefined();
	});
	test('dates before 1900 (明治元年 is before the Gregorian calendar in Japan) or after 2100, year 0 and year 1 are refused', () => {
		expect(
			problems(
				edit('site.yaml', 'electionDate: 2024-04-21', 'electionDate: 0001-01-01'),
				edit('policies/women-on-boards.md', 'period: FY2016', 'period: FY1899'),
				edit('manifestos/sample-future-2016.md', '{ period: 2016, value: 25, of: 812 }', '{ period: 明治元年, value: 25, of: 812 }'),
				edit('reports/newsletter-2020-01.md', 'date: 2020-01-20', 'date: 0001'),
				edit('policies/more-tax-revenue.md', 'asOf: 2020-01-15', 'asOf: 0000-01-01'),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:17  electionDate  「0001-01-01」は1年です。扱える期間は1900年から2100年までです（和暦なら明治33年以降）。年を確かめてください / "0001-01-01" is the year 1: periods and dates must fall between 1900 and 2100 (for a Japanese-era date, 明治33年 or later). Check the year",
			  "<content>/manifestos/sample-future-2016.md:30  metrics.0.points.0.period  「明治元年」は1868年です。扱える期間は1900年から2100年までです（和暦なら明治33年以降）。年を確かめてください / "明治元年" is the year 1868: periods and dates must fall between 1900 and 2100 (for a Japanese-era date, 明治33年 or later). Check the year",
			  "<content>/policies/more-tax-revenue.md:14  rating.asOf  「0000-01-01」は0年です。扱える期間は1900年から2100年までです（和暦なら明治33年以降）。年を確かめてください / "0000-01-01" is the year 0: periods and dates must fall between 1900 and 2100 (for a Japanese-era date, 明治33年 or later). Check the year",
			  "<content>/policies/women-on-boards.md:10  metrics.0.points.0.period  「FY1899」は1899年です。扱える期間は1900年から2100年までです（和暦なら明治33年以降）。年を確かめてください / "FY1899" is the year 1899: periods and dates must fall between 1900 and 2100 (for a Japanese-era date, 明治33年 or later). Check the year",
			  "<content>/reports/newsletter-2020-01.md:2  date  日付を印刷どおりに書いてください（2020-01-15・2020-01・2024・令和6年3月）。日付が印刷されていなければ date: none と書きます（今は "1"） / Write the date as printed (2020-01-15, 2020-01, 2024 or 令和6年3月); if the document prints no date, write date: none, not "1"",
			]
		`);
	});
});

describe('part 2: impossible figures', () => {
	test('values no page can print: 1e21, the largest double, an average of 1e308', () => {
		expect(
			problems(
				edit('policies/women-on-boards.md', 'value: 29.2', 'value: 1e21'),
				edit('policies/women-on-boards.md', 'target: { value: 30, period: FY2020 }', 'target: { value: 1.7976931348623157e308, period: FY2020 }'),
				edit('manifestos/sample-future-2016.md', 'subtitle: 山田はなこ政策集', 'subtitle: 山田はなこ政策集\nresults:\n  - { period: FY2018, counts: [{ A: 1 }], average: 1e308, source: { source: sample-newsletter-2020-01 } }'),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/manifestos/sample-future-2016.md:5  results.0.average  割合 1e+308% はありえない大きさです（上限は ±100,000%）。印刷どおりの % の数を書いてください / The rate 1e+308% cannot be right (the limit is ±100,000%): write the percentage as printed",
			  "<content>/policies/women-on-boards.md:13  metrics.0.points.1.value  数値 1e+21 は大きすぎます（上限は ±1,000,000,000,000,000、千兆）。基本の単位（円・人など）で書いた数か確かめてください / The number 1e+21 is too large (the limit is ±1,000,000,000,000,000): check it is written in the base unit (yen, people…)",
			  "<content>/policies/women-on-boards.md:14  metrics.0.target.value  数値 1.7976931348623157e+308 は大きすぎます（上限は ±1,000,000,000,000,000、千兆）。基本の単位（円・人など）で書いた数か確かめてください / The number 1.7976931348623157e+308 is too large (the limit is ±1,000,000,000,000,000): check it is written in the base unit (yen, people…)",
			]
		`);
	});
	test('a percentage beyond ±100,000%', () => {
		expect(problems(edit('policies/women-on-boards.md', 'value: 29.2', 'value: 1000000'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/women-on-boards.md:13  metrics.0.points.1.value  割合（unit: percent）1000000% はありえない大きさです（上限は ±100,000%）。% の数で書いてください / The percentage 1000000% cannot be right (the limit is ±100,000%): write the number of percent",
			]
		`);
	});
	test('grade bands and rating levels with the same id, or a full-width twin', () => {
		expect(
			problems(
				edit('ratings.yaml', '{ id: B, min: 90', '{ id: Ａ, min: 90'),
				edit('ratings.yaml', '  - id: not-rated', '  - id: achieved'),
				edit('manifestos/sample-future-2016.md', 'subtitle: 山田はなこ政策集', 'subtitle: 山田はなこ政策集\ngrades: [{ id: A, min: 100 }, { id: A, min: 50 }, { id: D }]'),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/ratings.yaml:15  levels.2.id  評価段階のID「achieved」が2回あります（1番目と3番目）。1つにしてください / The rating level id "achieved" is listed twice (items 1 and 3): keep one",
			  "<content>/ratings.yaml:22  grades.1.id  評価区分のID「Ａ」が2回あります（「A」と同じ文字です）（1番目と2番目）。1つにしてください / The grade band id "Ａ" is listed twice (the same as "A", written in other widths) (items 1 and 2): keep one",
			  "<content>/manifestos/sample-future-2016.md:4  grades.1.id  評価区分のID「A」が2回あります（1番目と2番目）。1つにしてください / The grade band id "A" is listed twice (items 1 and 2): keep one",
			]
		`);
	});
	test('a negative value out of a total (a negative share)', () => {
		expect(problems(edit('policies/women-on-boards.md', 'value: 19.8', 'value: -19.8\n        of: 100'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/women-on-boards.md:11  metrics.0.points.0.value  値 -19.8 は全体の数 100 のうちの数なので、マイナスにはなりません / The value -19.8 is a number out of 100, so it cannot be negative",
			]
		`);
	});
});

describe('part 2: addresses read the way a browser reads them', () => {
	test('a user name or password, a query or a quote in the site address; a password in a source address', () => {
		expect(
			problems(
				edit('site.yaml', 'url: https://sample-town.example/', 'url: https://user:secret@sample-town.example/'),
				edit('sources/sample-newsletter-2020-01.yaml', 'url: https://sample-town.example/newsletter-2020-01.pdf', 'url: https://admin:hunter2@sample-town.example/newsletter-2020-01.pdf'),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:8  url  アドレスにユーザー名やパスワード（「@」の前の部分）が含まれています。サイトに印刷されてしまうため、取り除いてください / The address contains a user name or password (the part before "@"): it would be printed on the site for everyone to read, so remove it",
			  "<content>/sources/sample-newsletter-2020-01.yaml:7  url  アドレスにユーザー名やパスワード（「@」の前の部分）が含まれています。サイトに印刷されてしまうため、取り除いてください / The address contains a user name or password (the part before "@"): it would be printed on the site for everyone to read, so remove it",
			]
		`);
		expect(['https://sample-town.example/a"b/', "https://sample-town.example/it's/", 'https://sample-town.example/?utm=1', 'https://sample-town.example/#top', 'https://sample-town.example/a b/'].map((url) => problems(edit('site.yaml', 'url: https://sample-town.example/', `url: ${JSON.stringify(url)}`)).length)).toEqual([1, 1, 1, 1, 1]);
		expect(loadContent(variant(edit('site.yaml', 'url: https://sample-town.example/', 'url: https://sample-town.example:8443/komoro/'))).problems).toEqual([]);
	});
	test('protocol-relative links (//, /\\, entities), https: without slashes, passwords and off-site images in bodies are refused', () => {
		expect(
			problems(append(POLICY, '\n[a](//evil.example/) <a href="/\\evil.example/">b</a> <a href="&#x2F;&#x2F;evil.example/">c</a> [d](https:evil.example/path) [e](https://u:p@evil.example/) ![f](https://evil.example/x.png) ![g](//evil.example/y.png)\n')),
		).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:43  body  リンク先「//evil.example/」は「//」で始まっています。ほかのサイトなら https:// から、このサイトのページなら / 1つから書いてください / The address "//evil.example/" starts with "//": write another site's address in full from https://, or a page of this site from a single /",
			  "<content>/policies/child-care-desk.md:43  body  リンク先「/\\evil.example/」は「//」で始まっています。ほかのサイトなら https:// から、このサイトのページなら / 1つから書いてください / The address "/\\evil.example/" starts with "//": write another site's address in full from https://, or a page of this site from a single /",
			  "<content>/policies/child-care-desk.md:43  body  リンク先「//evil.example/」は「//」で始まっています。ほかのサイトなら https:// から、このサイトのページなら / 1つから書いてください / The address "//evil.example/" starts with "//": write another site's address in full from https://, or a page of this site from a single /",
			  "<content>/policies/child-care-desk.md:43  body  アドレス「https:evil.example/path」は https:// のように「//」を付けて書いてください / Write the address "https:evil.example/path" with its two slashes, as https://…",
			  "<content>/policies/child-care-desk.md:43  body  アドレスにユーザー名やパスワード（「@」の前の部分）が含まれています。サイトに印刷されてしまうため、取り除いてください / The address contains a user name or password (the part before "@"): it would be printed on the site for everyone to read, so remove it",
			  "<content>/policies/child-care-desk.md:43  body  ほかのサイトの画像「https://evil.example/x.png」は表示できません（サイトの安全設定で読み込みが止められます）。画像を public/ フォルダに置き、/ からのパスで書いてください / The image "https://evil.example/x.png" is on another site, which the site's security policy does not load (it would show as a broken image): put the file in the public/ folder and write its path from / (e.g. /images/map.png)",
			  "<content>/policies/child-care-desk.md:43  body  リンク先「//evil.example/y.png」は「//」で始まっています。ほかのサイトなら https:// から、このサイトのページなら / 1つから書いてください / The address "//evil.example/y.png" starts with "//": write another site's address in full from https://, or a page of this site from a single /",
			]
		`);
	});
	test('Https:// and MAILTO: are links to a browser, so they keep their href; every http(s) link gets rel', () => {
		const { body, issues } = readBody('[a](Https://example.jp/) [b](MAILTO:office@example.jp) <Https://example.jp/x> <a href="HTTP://example.jp/y">c</a>');
		expect(issues).toEqual([]);
		expect(body.ja).toBe(
			'<p><a href="https://example.jp/" rel="noopener noreferrer">a</a> <a href="mailto:office@example.jp">b</a> <a href="https://example.jp/x" rel="noopener noreferrer">Https://example.jp/x</a> <a href="http://example.jp/y" rel="noopener noreferrer">c</a></p>',
		);
	});
	test('links to the pages and files the build writes pass, in every language where they exist', () => {
		const dir = variant(append(POLICY, '\n[a](/reports/) [b](/rss.xml) [c](/en/rss.xml) [d](/data/metrics.json) [e](/data/metrics.csv) [f](/en/reports/) [g](/flyer-ja.pdf) [h](/pillars/child-care/#figures) [i](/en/metrics/#hometown-tax) [j](/ratings/#level-achieved) [k](/metrics/women-on-councils/#women-on-councils)\n'));
		expect(loadContent(dir).problems.map(formatProblem)).toEqual([]);
	});
	test('a file that exists only once for the site, under a language; a missing anchor, here and on another page', () => {
		expect(problems(append(POLICY, '\n[a](/en/data/metrics.csv) [b](/metrics/#no-such-figure) [c](#hometown-tax) [d](/policies/more-tax-revenue/#women-on-councils)\n'))).toMatchInlineSnapshot(`
			[
			  "<content>/policies/child-care-desk.md:43  body  リンク先のページ「/en/data/metrics.csv」はありません。「/data/metrics.csv」のことですか？ / There is no page "/en/data/metrics.csv" on the site: did you mean "/data/metrics.csv"?",
			  "<content>/policies/child-care-desk.md:43  body  リンク先「/metrics/#no-such-figure」の「#no-such-figure」は、ページ「/metrics/」にありません。図表や実績のIDを書いてください / The page "/metrics/" has no part "#no-such-figure"; write the id of a figure or achievement shown on that page",
			  "<content>/policies/child-care-desk.md:43  body  リンク先「#hometown-tax」の「#hometown-tax」は、ページ「/policies/child-care-desk/」にありません。図表や実績のIDを書いてください / The page "/policies/child-care-desk/" has no part "#hometown-tax"; write the id of a figure or achievement shown on that page",
			  "<content>/policies/child-care-desk.md:43  body  リンク先「/policies/more-tax-revenue/#women-on-councils」の「#women-on-councils」は、ページ「/policies/more-tax-revenue/」にありません。図表や実績のIDを書いてください / The page "/policies/more-tax-revenue/" has no part "#women-on-councils"; write the id of a figure or achievement shown on that page",
			]
		`);
	});
});

describe('part 2: the text a reader gets is checked, not the bytes', () => {
	test('bidi controls as YAML escapes and as HTML references in bodies; control characters that break the feed', () => {
		expect(
			problems(
				edit(POLICY, 'deadline: FY2018', 'deadline: FY2018\nsummary: "30\\u202E%"'),
				edit('reports/newsletter-2020-01.md', 'title: { ja: サンプル町に元気を！, en: Energy for Sample Town! }', 'title: { ja: "サンプル町に元気を！\\x07", en: "Energy\\x1b for Sample Town! \\uFFFF" }'),
				append('policies/more-tax-revenue.md', '\n&#x202E;%001\n'),
				append('policies/town-promotion.md', '\nline\n\n&#8238;%001 &rlm;\n'),
				append('pillars/child-care.md', '\n<span title="x">&#x7;</span>\n'),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/pillars/child-care.md:16  body  見えない制御文字（U+0007）があります。ページやフィード（RSS）が壊れるため、削除してください / An invisible control character (U+0007) is here: it breaks pages and the feed (RSS). Delete it",
			  "<content>/policies/child-care-desk.md:8  summary  文字の並ぶ向きを変える見えない制御文字（U+202E）があります。数字や文が逆向きに見えることがあるため、削除してください / An invisible character that reverses text direction (U+202E) is here: it can make "%001" read as "100%". Delete it",
			  "<content>/policies/more-tax-revenue.md:43  body.en  文字の並ぶ向きを変える見えない制御文字（U+202E）があります。数字や文が逆向きに見えることがあるため、削除してください / An invisible character that reverses text direction (U+202E) is here: it can make "%001" read as "100%". Delete it",
			  "<content>/policies/town-promotion.md:14  body.en  文字の並ぶ向きを変える見えない制御文字（U+202E）があります。数字や文が逆向きに見えることがあるため、削除してください / An invisible character that reverses text direction (U+202E) is here: it can make "%001" read as "100%". Delete it",
			  "<content>/reports/newsletter-2020-01.md:3  title.ja  見えない制御文字（U+0007）があります。ページやフィード（RSS）が壊れるため、削除してください / An invisible control character (U+0007) is here: it breaks pages and the feed (RSS). Delete it",
			  "<content>/reports/newsletter-2020-01.md:3  title.en  見えない制御文字（U+001B）があります。ページやフィード（RSS）が壊れるため、削除してください / An invisible control character (U+001B) is here: it breaks pages and the feed (RSS). Delete it",
			]
		`);
	});
	test('an astral character, tabs, line breaks and &amp; are fine', () => {
		const dir = variant(edit(POLICY, 'deadline: FY2018', 'deadline: FY2018\nsummary: "𠮷野家\\tの\\n一行"'), append('policies/more-tax-revenue.md', '\n&amp; &#x1F600; &#169; &copy;\n'));
		expect(loadContent(dir).problems.map(formatProblem)).toEqual([]);
	});
});

describe('part 2: the portrait is checked as the build will read it', () => {
	const PNG = readFileSync(join(VALID, '../second-campaign/images/portrait.png'));
	/** A PNG claiming `width` × `height` pixels: its header and its end, without the pixels (as small as a PNG of one colour). */
	const pngHeader = (width: number, height: number) => {
		const header = Buffer.from(PNG.subarray(0, 33));
		header.writeUInt32BE(width, 16);
		header.writeUInt32BE(height, 20);
		return Buffer.concat([header, PNG.subarray(PNG.length - 12)]);
	};
	const portrait = (src: string) => edit('site.yaml', '  title: { ja: サンプル町長, en: Mayor of Sample Town }', `  title: { ja: サンプル町長, en: Mayor of Sample Town }\n  portrait: { src: ${JSON.stringify(src)}, alt: 山田はなこの写真 }`);
	const withImage = (file: string, bytes: Uint8Array): Change => (dir) => (mkdirSync(join(dir, file, '..'), { recursive: true }), writeFileSync(join(dir, file), bytes));
	test('the format and size are read from the bytes, and a file cut short is not an image', async () => {
		const sharp = (await import('sharp')).default;
		const jpeg = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#c33' } }).jpeg().toBuffer();
		const webp = await sharp({ create: { width: 31, height: 21, channels: 3, background: '#c33' } }).webp().toBuffer();
		const lossless = await sharp({ create: { width: 32, height: 22, channels: 4, background: '#c33' } }).webp({ lossless: true }).toBuffer();
		expect([imageInfo(jpeg), imageInfo(webp), imageInfo(lossless), imageInfo(PNG)?.format]).toEqual([
			{ format: 'jpeg', width: 30, height: 20 },
			{ format: 'webp', width: 31, height: 21 },
			{ format: 'webp', width: 32, height: 22 },
			'png',
		]);
		expect([jpeg.subarray(0, jpeg.length - 10), webp.subarray(0, webp.length - 10), PNG.subarray(0, PNG.length - 20)].map(imageInfo)).toEqual([undefined, undefined, undefined]);
	});
	test('a real PNG in the folder passes', () => {
		expect(loadContent(variant(portrait('images/portrait.png'), withImage('images/portrait.png', PNG))).problems.map(formatProblem)).toEqual([]);
	});
	test('missing, outside the folder, absolute, a draft, a symlink out, not an image, cut short, too many bytes or pixels: refused at check, located, in both languages', () => {
		const cases: Change[][] = [
			[portrait('images/none.png')],
			[portrait('/etc/passwd.png')],
			[portrait('../outside.png')],
			[portrait('_drafts/portrait.png'), withImage('_drafts/portrait.png', PNG)],
			[portrait('images/portrait.png'), (dir) => (writeFileSync(join(root, 'outside.png'), PNG), mkdirSync(join(dir, 'images')), symlinkSync(join(root, 'outside.png'), join(dir, 'images/portrait.png')))],
			[portrait('images/portrait.png'), withImage('images/portrait.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'))],
			[portrait('images/portrait.png'), withImage('images/portrait.png', PNG.subarray(0, PNG.length - 40))],
			[portrait('images/portrait.jpg'), withImage('images/portrait.jpg', Buffer.alloc(11_000_000))],
			[portrait('images/portrait.png'), withImage('images/portrait.png', pngHeader(20_000, 20_000))],
		];
		const found = cases.map((changes) => problems(...changes));
		for (const lines of found) expect(lines).toHaveLength(1);
		expect(found.map((lines) => lines[0])).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:6  candidate.portrait.src  画像「images/none.png」がコンテンツのフォルダにありません（シンボリックリンクの先がない場合も含みます） / The image "images/none.png" is not in the content folder (or is a symbolic link to nothing)",
			  "<content>/site.yaml:6  candidate.portrait.src  画像「/etc/passwd.png」はコンテンツのフォルダの中のファイルを、フォルダからの相対パスで書いてください（例: images/portrait.jpg）。/ で始まるパスや .. は使えません / Write the image as a path inside the content folder, relative to it (e.g. images/portrait.jpg): no leading / and no ..",
			  "<content>/site.yaml:6  candidate.portrait.src  画像「../outside.png」はコンテンツのフォルダの中のファイルを、フォルダからの相対パスで書いてください（例: images/portrait.jpg）。/ で始まるパスや .. は使えません / Write the image as a path inside the content folder, relative to it (e.g. images/portrait.jpg): no leading / and no ..",
			  "<content>/site.yaml:6  candidate.portrait.src  画像「_drafts/portrait.png」は名前が _ で始まるフォルダかファイルにあります。_ で始まるものは下書きとして無視されるため、別の場所に置いてください / The image "_drafts/portrait.png" is in a folder or file whose name starts with _, which koyaku ignores as a draft: move it",
			  "<content>/site.yaml:6  candidate.portrait.src  画像「images/portrait.png」はシンボリックリンクで、コンテンツのフォルダの外を指しています。外のファイルは読みません。画像をフォルダの中にコピーしてください / The image "images/portrait.png" is a symbolic link to a file outside the content folder, which is never read: copy the image into the folder",
			  "<content>/site.yaml:6  candidate.portrait.src  「images/portrait.png」は JPEG・PNG・WebP の画像として読めません（壊れているか、名前だけ .png などにした別の種類のファイルです） / "images/portrait.png" cannot be read as a JPEG, PNG or WebP image (it is broken, or another kind of file, such as an SVG, named like an image)",
			  "<content>/site.yaml:6  candidate.portrait.src  「images/portrait.png」は JPEG・PNG・WebP の画像として読めません（壊れているか、名前だけ .png などにした別の種類のファイルです） / "images/portrait.png" cannot be read as a JPEG, PNG or WebP image (it is broken, or another kind of file, such as an SVG, named like an image)",
			  "<content>/site.yaml:6  candidate.portrait.src  画像「images/portrait.jpg」が大きすぎます（11 MB、上限 10 MB）。写真アプリなどで小さくして保存し直してください（長い辺 2,000 ピクセル程度で十分です） / The image "images/portrait.jpg" is too large (11 MB; the limit is 10 MB): save it smaller (about 2,000 pixels on the longer side is plenty)",
			  "<content>/site.yaml:6  candidate.portrait.src  画像「images/portrait.png」の画素数が多すぎます（20,000 × 20,000 ピクセル、上限は長い辺 10,000・全体 5,000万ピクセル）。小さくして保存し直してください / The image "images/portrait.png" has too many pixels (20,000 × 20,000; the limit is 10,000 on the longer side and 50 megapixels in all): save it smaller",
			]
		`);
	});
});

describe("part 2: the flyer's glyphs", () => {
	test('emoji, right-to-left scripts and symbols outside the flyer font are named at check, where the flyer can print them', () => {
		expect(
			problems(
				edit('policies/town-promotion.md', 'title: { ja: 町の魅力を発信, en: Promote the town }', 'title: { ja: 町の魅力を発信🎉, en: Promote the town 👍🏽 مرحبا }'),
				edit('pillars/child-care.md', 'title: { ja: 子育て, en: Child care }', 'title: { ja: 子育て, en: Child care שלום }'),
				edit('site.yaml', 'organisation: { ja: 山田はなこ後援会,', 'organisation: { ja: 山田はなこ後援会♔,'),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:6  organisation  チラシの文字（Noto Sans JP）にない文字があります: ♔（U+2654）。印刷すると空の四角になるか、機械ごとに違う字体になるため、削除するか別の書き方にしてください / The flyer's font (Noto Sans JP) has no glyph for ♔ (U+2654): printed, it would be an empty box or a different font on every machine. Remove it or write it another way",
			  "<content>/pillars/child-care.md:3  title  チラシの文字（Noto Sans JP）にない文字があります: ש（U+05E9）、ל（U+05DC）、ו（U+05D5）、ם（U+05DD）。印刷すると空の四角になるか、機械ごとに違う字体になるため、削除するか別の書き方にしてください / The flyer's font (Noto Sans JP) has no glyph for ש (U+05E9), ל (U+05DC), ו (U+05D5), ם (U+05DD): printed, it would be an empty box or a different font on every machine. Remove it or write it another way",
			  "<content>/policies/town-promotion.md:3  title  チラシの文字（Noto Sans JP）にない文字があります: 🎉（U+1F389）、👍（U+1F44D）、🏽（U+1F3FD）、م（U+0645）、ر（U+0631）、ح（U+062D）、ب（U+0628）、ا（U+0627）。印刷すると空の四角になるか、機械ごとに違う字体になるため、削除するか別の書き方にしてください / The flyer's font (Noto Sans JP) has no glyph for 🎉 (U+1F389), 👍 (U+1F44D), 🏽 (U+1F3FD), م (U+0645), ر (U+0631), ح (U+062D), ب (U+0628), ا (U+0627): printed, it would be an empty box or a different font on every machine. Remove it or write it another way",
			]
		`);
	});
	test('rare kanji the font has (𠮷 𩸽 𡈽), and an emoji in a pledge the flyer never prints, pass', () => {
		const dir = variant(
			edit('policies/town-promotion.md', 'title: { ja: 町の魅力を発信, en: Promote the town }', 'title: { ja: 𠮷野の𩸽と𡈽を発信, en: Promote the town }'),
			edit(POLICY, 'title: { ja: 子育て相談窓口をひとつに, en: One desk for child-care questions }', 'title: { ja: 子育て相談窓口をひとつに😀, en: One desk for child-care questions }'),
		);
		expect(loadContent(dir).problems.map(formatProblem)).toEqual([]);
	});
	test('a figure the flyer cannot show (one point, a pledge\'s) may have an emoji, until flyer.headlines names it', () => {
		const label = edit('policies/more-tax-revenue.md', 'label: { ja: サンプル町ふるさと町民, en: Sample Town hometown citizens }', 'label: { ja: サンプル町ふるさと町民🏠, en: Sample Town hometown citizens }');
		expect(loadContent(variant(label)).problems.map(formatProblem)).toEqual([]);
		expect(problems(label, edit('site.yaml', 'electionDate: 2024-04-21', 'electionDate: 2024-04-21\nflyer: { headlines: [virtual-citizens] }')).map((line) => line.split('  ').slice(0, 2).join('  '))).toEqual(['<content>/policies/more-tax-revenue.md:29  metrics.1.label']);
	});
	test('a Japanese-only site is not checked in English', () => {
		const dir = variant(edit('site.yaml', 'electionDate: 2024-04-21', 'electionDate: 2024-04-21\nlocales: [ja]'), edit('pillars/child-care.md', 'title: { ja: 子育て, en: Child care }', 'title: { ja: 子育て, en: Child care 😀 }'));
		expect(loadContent(dir).problems.map(formatProblem)).toEqual([]);
	});
});
