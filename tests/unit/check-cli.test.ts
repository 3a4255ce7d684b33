/** `npm run check` (scripts/check.ts) as a volunteer runs it: real process, real exit code, real output. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/check.ts');
const VALID = join(ROOT, 'tests/fixtures/valid');

/** Runs the CLI with Node 24 (vitest's own node), in `cwd`, on the content folder `content`. */
function check(content: string | undefined, cwd: string, ...args: string[]) {
	return checkAt(undefined, content, cwd, ...args);
}

/** `check`, with the clock set (`KOYAKU_NOW`, as the election-day guard's tests set it). */
function checkAt(now: string | undefined, content: string | undefined, cwd: string, ...args: string[]) {
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
	delete env['KOYAKU_NOW'];
	if (now) env['KOYAKU_NOW'] = now;
	delete env['KOYAKU_CONTENT'];
	if (content !== undefined) env['KOYAKU_CONTENT'] = content;
	const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('on valid content', () => {
	const run = check('tests/fixtures/valid', ROOT);

	// The fixture's imprint is marked as example values: the one warning (the flyer would print them).
	const EXAMPLE_WARNING = 'tests/fixtures/valid/site.yaml:16  imprint.example  注意 / Warning: チラシの発行者・頒布責任者・印刷者が例の値のままです';

	test('exits 0, warning only that the imprint holds example values', () => {
		expect(run.status).toBe(0);
		expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(EXAMPLE_WARNING)]);
	});

	test('prints the folder, the counts and the translation coverage', () => {
		expect(run.stdout).toMatchInlineSnapshot(`
			"✔ tests/fixtures/valid/ に問題はありません / tests/fixtures/valid/ is valid
			  1 manifestos · 2 pillars · 4 policies · 8 metrics · 3 achievements · 1 sources · 1 reports
			  English translation: text fields 82.3% (56/68), bodies 83.3% (5/6)
			  選挙の時期: 選挙の後（投票日2024-04-21は終わりました）。お礼のあいさつはウェブサイトではできますが、印刷物ではできません（公職選挙法178条） / Election phase: after the election (election day 2024-04-21 is over). Thank-you greetings are allowed on the website, not in print (Public Offices Election Act art. 178)
			"
		`);
	});

	test('with the やさしい日本語 edition (here --furigana), the words whose furigana it is not sure of, once', () => {
		// site.yaml `locales` with `easy` turns this on by itself; without either, the analyser is not loaded
		// (the output above has no furigana line).
		const easy = check('tests/fixtures/valid', ROOT, '--furigana');
		expect(easy.status).toBe(0);
		const at = easy.stdout.indexOf('  ふりがな');
		expect(easy.stdout.slice(0, at)).toBe(run.stdout);
		expect(easy.stdout.slice(at)).toMatchInlineSnapshot(`
			"  ふりがな: 読みが確かでない言葉が4語あります。確かめて、正しい読みを site.yaml の readings に書いてください（書いた言葉はこの一覧から消えます） / Furigana: 4 words whose reading koyaku is not sure of. Check them and write the right reading in site.yaml's readings (words written there leave this list)
			    固有名詞 / proper noun: 山田（やまだ）
			    数と助数詞 / number with counter: 1日（ついたち）、一時（いちじ）
			    一字ずつ読んだ言葉（辞書にない言葉かもしれません） / read one kanji at a time (maybe a word the dictionary lacks): 町外（まちがい）
			"
		`);
	});

	test('the furigana list is kept in the cache by the texts and readings that decide it: a second check does not load the analyser', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'koyaku-furigana-cache-'));
		try {
			cpSync(VALID, join(cwd, 'content'), { recursive: true });
			const env = { ...process.env, NO_COLOR: '1', KOYAKU_CACHE: join(cwd, 'cache'), KOYAKU_CONTENT: join(cwd, 'content') } as NodeJS.ProcessEnv;
			delete env['KOYAKU_NOW'];
			const cli = () => spawnSync(process.execPath, [SCRIPT, '--furigana'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 }).stdout;
			const first = cli();
			expect(first).toContain('山田（やまだ）');
			const folder = join(cwd, 'cache', 'furigana');
			const kept = readdirSync(folder);
			expect(kept).toHaveLength(1);
			// What the second run prints comes from the cache file, not from the analyser.
			writeFileSync(join(folder, kept[0]!), readFileSync(join(folder, kept[0]!), 'utf8').replace('山田（やまだ）', '山田（CACHED）'));
			expect(cli()).toContain('山田（CACHED）');
			// A confirmed reading changes the key: the analyser runs again and the word leaves the list.
			const site = join(cwd, 'content', 'site.yaml');
			writeFileSync(site, `${readFileSync(site, 'utf8')}\nreadings:\n  山田: やまだ\n`);
			const third = cli();
			expect(third).toContain('町外（まちがい）');
			expect(third).not.toContain('山田');
		} finally {
			rmSync(cwd, { recursive: true, force: true });
		}
	});

	test('--quiet prints nothing but the warning', () => {
		const quiet = check('tests/fixtures/valid', ROOT, '--quiet');
		expect([quiet.status, quiet.stdout]).toEqual([0, '']);
		expect(quiet.stderr.trim().split('\n')).toEqual([expect.stringContaining(EXAMPLE_WARNING)]);
	});
});

describe('on broken content', () => {
	let cwd: string;
	let run: ReturnType<typeof check>;
	beforeAll(() => {
		// A copy at <tmp>/content, run from <tmp> with KOYAKU_CONTENT unset: paths print as content/…, as for a volunteer.
		cwd = mkdtempSync(join(tmpdir(), 'koyaku-cli-'));
		const dir = join(cwd, 'content');
		cpSync(VALID, dir, { recursive: true });
		const edit = (file: string, from: string, to: string) => {
			const text = readFileSync(join(dir, file), 'utf8');
			if (text.split(from).length !== 2) throw new Error(`expected "${from}" once in ${file}`);
			writeFileSync(join(dir, file), text.replace(from, to));
		};
		edit('policies/child-care-desk.md', 'unit: hours', 'unit: hour');
		edit('policies/child-care-desk.md', 'title: { ja: 子育て相談窓口', 'titel: { ja: 子育て相談窓口');
		edit('policies/women-on-boards.md', 'period: 2019-04', 'period: 2016-04');
		edit('site.yaml', 'email: office@sample-town.example', 'email: office-at-sample-town');
		run = check(undefined, cwd);
	});
	afterAll(() => rmSync(cwd, { recursive: true, force: true }));

	test('exits 1 and prints nothing on stdout', () => {
		expect([run.status, run.stdout]).toEqual([1, '']);
	});

	test('stderr has one line per problem, then the one-line summary', () => {
		expect(run.stderr).toMatchInlineSnapshot(`
			"content/site.yaml:12  imprint.email  メールアドレスの形が正しくありません / This is not an e-mail address
			content/policies/child-care-desk.md:3  titel  知らない項目「titel」です。「title」のことですか？ / Unknown field "titel". Did you mean "title"? (allowed: pillar, manifesto, order, title, wording, summary, points, rating, deadline, funding, schedule, metrics, source, editorNotes)
			content/policies/child-care-desk.md:25  metrics.1.unit  次のどれかを書いてください: yen, percent, people, cases, hours, rank, count（「hours」のことですか？） / Expected one of yen, percent, people, cases, hours, rank, count, got "hour" (did you mean "hours"?)
			content/policies/women-on-boards.md:12  metrics.0.points.1.period  値は古い順に並べてください。2016-04 は FY2016 より前に書きます / List points oldest first: 2016-04 must come before FY2016

			✘ 3ファイルに4件の問題があります。サイトは作成していません / 4 problems in 3 files: nothing was built
			"
		`);
	});

	test('no stack trace', () => {
		expect(run.stderr).not.toContain('    at ');
	});
});

test('a content folder that does not exist: exit 1, one problem, no stack trace', () => {
	const run = check('no/such/folder', ROOT);
	expect([run.status, run.stderr.includes('    at '), run.stderr.trim().split('\n')[0]]).toEqual([
		1,
		false,
		'no/such/folder  (file)  コンテンツのフォルダが見つかりません / The content folder does not exist (set KOYAKU_CONTENT to its path)',
	]);
});

test('thousands of problems reach a pipe in full, the summary last (the process does not end before its output is out)', () => {
	const cwd = mkdtempSync(join(tmpdir(), 'koyaku-cli-many-'));
	try {
		const dir = join(cwd, 'content');
		cpSync(VALID, dir, { recursive: true });
		const policy = readFileSync(join(dir, 'policies/child-care-desk.md'), 'utf8');
		// 1,000 copies, each with an unknown field: far more than a pipe's buffer of output.
		for (let i = 0; i < 1000; i++) writeFileSync(join(dir, `policies/copy-${String(i).padStart(3, '0')}.md`), policy.replace('title: ', 'titel: '));
		const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check.mjs'), '--quiet'], { cwd, env: { ...process.env, KOYAKU_CONTENT: '' }, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
		const lines = run.stderr.trimEnd().split('\n');
		expect(run.stderr.length).toBeGreaterThan(128 * 1024);
		expect(run.status).toBe(1);
		expect(lines.filter((line) => line.startsWith('content/policies/copy-')).length).toBeGreaterThanOrEqual(1000);
		expect(lines.at(-1)).toMatch(/^✘ \d+ファイルに\d+件の問題があります。.* problems in \d+ files: nothing was built$/);
	} finally {
		rmSync(cwd, { recursive: true, force: true });
	}
});

test('npm run check starts from scripts/check.mjs, with the same output as scripts/check.ts', () => {
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', KOYAKU_CONTENT: 'tests/fixtures/valid' };
	const viaEntry = spawnSync(process.execPath, [join(ROOT, 'scripts/check.mjs')], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
	expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.check).toBe('node scripts/check.mjs');
	const direct = check('tests/fixtures/valid', ROOT);
	expect([viaEntry.status, viaEntry.stdout, viaEntry.stderr]).toEqual([0, direct.stdout, direct.stderr]);
});

describe('the election calendar: a campaign whose text asks for votes (tests/fixtures/election-campaign)', () => {
	const FIXTURE = 'tests/fixtures/election-campaign';
	// The announcement is 2027-04-20 (Japan time); 23:59:59 on the 19th in Japan is still before it.
	const before = checkAt('2027-04-19T14:59:59Z', FIXTURE, ROOT, '--strict');

	test('--strict before the announcement: exit 1, each vote-asking phrase an error, located and quoted', () => {
		expect([before.status, before.stdout]).toEqual([1, '']);
		expect(before.stderr.split('\n').map((line) => line.split(' / ')[0])).toMatchInlineSnapshot(`
			[
			  "tests/fixtures/election-campaign/site.yaml:26  flyer.slogan.ja  「清き一票」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください",
			  "tests/fixtures/election-campaign/site.yaml:26  flyer.slogan.en  「your vote」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください",
			  "tests/fixtures/election-campaign/reports/newsletter-2020-01.md:16  body  「清き一票」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください",
			  "tests/fixtures/election-campaign/reports/newsletter-2020-01.md:17  body  「お力添えを」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください",
			  "tests/fixtures/election-campaign/reports/newsletter-2020-01.md:22  body.en  「Please vote」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください",
			  "",
			  "✘ 2ファイルに5件の問題があります。サイトは作成していません",
			  "",
			]
		`);
	});

	test('without --strict the same words are warnings: exit 0, and the phase in one line', () => {
		const run = checkAt('2027-04-19T14:59:59Z', FIXTURE, ROOT);
		expect(run.status).toBe(0);
		expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(5);
		expect(run.stderr).toContain('注意 / Warning: 「清き一票」は投票をお願いする言葉です。');
		expect(run.stdout.split('\n').at(-2)).toMatchInlineSnapshot(`"  選挙の時期: 告示日の前（今日は2027-04-19、日本時間。告示日2027-04-20まであと1日）。投票のお願いは選挙運動期間になるまでできません（公職選挙法129条） / Election phase: before the announcement (today is 2027-04-19 in Japan; 1 day to the announcement on 2027-04-20). Asking for votes must wait for the campaign period (Public Offices Election Act art. 129)"`);
	});

	test('--strict from the announcement day on: exit 0, nothing to report, the campaign period said', () => {
		const run = checkAt('2027-04-19T15:00:00Z', FIXTURE, ROOT, '--strict');
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(run.stdout.split('\n').at(-2)).toMatchInlineSnapshot(`"  選挙の時期: 選挙運動期間（告示日2027-04-20〜投票日の前日2027-04-24。今日は2027-04-20、日本時間）。ウェブサイトでの選挙運動ができます（公職選挙法142条の3） / Election phase: campaign period (2027-04-20 to 2027-04-24, the day before election day; today is 2027-04-20 in Japan). Campaigning on the website is allowed (Public Offices Election Act art. 142-3)"`);
	});
});

