/**
 * `npm run new -- <folder>`: starts a new campaign. Asks (in Japanese; `--lang en` for English) for the
 * candidate's name and its reading, the office sought, the area, the election date, the organisation and
 * the languages, then writes a minimal campaign (scripts/new/campaign-files.ts) that `npm run check` passes
 * and `npm run build` builds at once. Every answer can be given as a flag instead, for scripts and tests:
 *
 *   npm run new -- ../my-campaign --name "森 たろう" --reading "もり たろう" --office みなみ野町長 \
 *     --area 架空県みなみ野町 --election-date 2027-04-25 --organisation 森たろう後援会 --languages ja,en
 *
 * `--yes` takes the default for every question not answered by a flag. Refuses a folder that has content.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { campaignFiles, type NewCampaignAnswers } from './new/campaign-files.ts';

const ROOT = resolve(import.meta.dirname, '..');

type Lang = 'ja' | 'en';

const M = {
	ja: {
		usage: '使い方: npm run new -- <フォルダ> [--lang en] [--name 氏名] [--reading よみ] [--office 目指す職] [--area 地域] [--election-date YYYY-MM-DD] [--organisation 後援会] [--languages ja|ja,en] [--yes]',
		intro: (dir: string) => `新しい選挙運動のサイトを「${dir}」に作ります。質問に答えてください（Enter だけで［ ］内の値）。`,
		name: '候補者の氏名（例: 森 たろう）',
		reading: '氏名のよみがな（例: もり たろう）',
		office: '目指す職（例: みなみ野町長、〇〇県議会議員）',
		area: '地域（例: 長野県小諸市）',
		electionDate: '投票日（例: 2027-04-25。未定なら空欄）',
		organisation: '後援会の名前',
		languages: 'サイトの言語: 1 = 日本語と英語、2 = 日本語のみ',
		required: 'この項目は必要です。',
		badDate: '日付は 2027-04-25 の形で書いてください。',
		notEmpty: (dir: string) => `✘ フォルダ「${dir}」にはすでにファイルがあります。何も上書きしません。新しいフォルダか空のフォルダを指定してください`,
		missing: (flag: string) => `✘ ${flag} がありません（--yes のときは氏名・目指す職・地域が必要です）`,
		done: (dir: string, n: number) => `✔ 「${dir}」に ${n} 個のファイルを作りました。`,
		next: '次にすること:',
		check: '内容を確かめる',
		imp: '後援会報やチラシ（PDF・Word・テキスト）を取り込む',
		build: 'サイトとチラシ（PDF）を作る（dist/ に出力）',
		edit: '（例）と書かれた値を書き換え、site.yaml の imprint を本物の連絡先にして example: false に。',
	},
	en: {
		usage: 'Usage: npm run new -- <folder> [--lang en] [--name NAME] [--reading KANA] [--office OFFICE] [--area AREA] [--election-date YYYY-MM-DD] [--organisation NAME] [--languages ja|ja,en] [--yes]',
		intro: (dir: string) => `Creating a new campaign site in "${dir}". Answer the questions (Enter alone takes the value in [ ]).`,
		name: "Candidate's full name, in Japanese (e.g. 森 たろう)",
		reading: 'Reading of the name in kana (e.g. もり たろう)',
		office: 'Office sought, in Japanese (e.g. みなみ野町長)',
		area: 'Area, in Japanese (e.g. 長野県小諸市)',
		electionDate: 'Election day (e.g. 2027-04-25; empty if not set yet)',
		organisation: "Supporters' association, in Japanese",
		languages: 'Languages of the site: 1 = Japanese and English, 2 = Japanese only',
		required: 'This is needed.',
		badDate: 'Write the date as 2027-04-25.',
		notEmpty: (dir: string) => `✘ The folder "${dir}" already has files in it; nothing was overwritten. Name a new or empty folder`,
		missing: (flag: string) => `✘ ${flag} is missing (with --yes the name, office and area are needed)`,
		done: (dir: string, n: number) => `✔ Wrote ${n} files into "${dir}".`,
		next: 'Next:',
		check: 'check the content',
		imp: "bring in the office's newsletters and flyers (PDF, Word, text)",
		build: 'build the site and the flyer PDFs (into dist/)',
		edit: 'Replace every value marked （例） (example), put the real contact details under imprint in site.yaml and set example: false.',
	},
} as const;

const FLAGS = ['name', 'reading', 'office', 'area', 'election-date', 'organisation', 'languages', 'lang'] as const;

function parseArgs(argv: string[]) {
	const flags: Record<string, string> = {};
	const rest: string[] = [];
	let yes = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const eq = arg.match(/^--([\w-]+)=(.*)$/s);
		if (eq && (FLAGS as readonly string[]).includes(eq[1]!)) flags[eq[1]!] = eq[2]!;
		else if (arg === '--yes' || arg === '-y') yes = true;
		else if (arg.startsWith('--') && (FLAGS as readonly string[]).includes(arg.slice(2))) flags[arg.slice(2)] = argv[++i] ?? '';
		else if (arg === '--en') flags['lang'] = 'en';
		else rest.push(arg);
	}
	return { flags, rest, yes };
}

const isDate = (s: string) => {
	const time = /^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) : NaN;
	return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
};

const parseLocales = (s: string): ('ja' | 'en')[] | undefined => {
	const v = s.trim().toLowerCase();
	if (['', '1', 'ja,en', 'ja, en', 'en,ja', 'both'].includes(v)) return ['ja', 'en'];
	if (['2', 'ja'].includes(v)) return ['ja'];
	return undefined;
};

/** Runs the command; returns the exit code. */
export async function main(argv: string[], io: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {}): Promise<number> {
	const out = io.output ?? process.stdout;
	const say = (line = '') => void out.write(`${line}\n`);
	const { flags, rest, yes } = parseArgs(argv);
	const lang: Lang = flags['lang'] === 'en' ? 'en' : 'ja';
	const m = M[lang];
	const folder = rest[0];
	if (!folder || rest.length > 1) {
		say(m.usage);
		return 1;
	}
	const dir = resolve(folder);
	if (existsSync(dir) && readdirSync(dir).length > 0) {
		say(`${M.ja.notEmpty(folder)} / ${M.en.notEmpty(folder).replace(/^✘ /, '')}`);
		return 1;
	}
	if (flags['election-date'] && !isDate(flags['election-date'])) {
		say(`✘ --election-date: ${M.ja.badDate} / ${M.en.badDate}`);
		return 1;
	}
	if (flags['languages'] && !parseLocales(flags['languages'])) {
		say('✘ --languages: ja または ja,en / ja or ja,en');
		return 1;
	}

	const needAsking = !yes && ['name', 'reading', 'office', 'area', 'election-date', 'organisation', 'languages'].some((f) => flags[f] === undefined);
	const input = io.input ?? process.stdin;
	const rl = needAsking ? createInterface({ input, output: out, terminal: false }) : undefined;
	const lines = rl?.[Symbol.asyncIterator]();
	const ask = async (flag: string, question: string, fallback: string, check: (v: string) => string | undefined = () => undefined): Promise<string> => {
		if (flags[flag] !== undefined) return flags[flag]!.trim();
		if (yes || !lines) return fallback;
		for (;;) {
			out.write(`${question}${fallback ? ` [${fallback}]` : ''}: `);
			const next = await lines.next();
			const value = next.done ? '' : String(next.value).trim();
			// Piped answers are not echoed by a terminal: end the question's line ourselves.
			if (!(input as { isTTY?: boolean }).isTTY) out.write('\n');
			const answer = value || fallback;
			const problem = check(answer);
			if (!problem) return answer;
			say(problem);
			if (next.done) throw new Error(problem);
		}
	};
	const required = (v: string) => (v ? undefined : m.required);
	try {
		if (rl) say(m.intro(folder));
		const name = await ask('name', m.name, '', required);
		const reading = await ask('reading', m.reading, '');
		const office = await ask('office', m.office, '', required);
		const area = await ask('area', m.area, '', required);
		const electionDate = await ask('election-date', m.electionDate, '', (v) => (!v || isDate(v) ? undefined : m.badDate));
		const organisation = await ask('organisation', m.organisation, name ? `${name.replace(/[\s　]+/g, '')}後援会` : '', required);
		const languages = await ask('languages', m.languages, '1', (v) => (parseLocales(v) ? undefined : m.languages));
		for (const [flag, value] of [['--name', name], ['--office', office], ['--area', area]] as const)
			if (!value) {
				say(`${M.ja.missing(flag)} / ${M.en.missing(flag).replace(/^✘ /, '')}`);
				return 1;
			}
		const answers: NewCampaignAnswers = { name, reading, office, area, electionDate, organisation, locales: parseLocales(languages)! };
		const toSchema = (file: string, schema: string) => relative(dirname(join(dir, file)), join(ROOT, 'schemas', `${schema}.schema.json`)).split(sep).join('/');
		const files = campaignFiles(answers, toSchema);
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), text, { flag: 'wx' });
		}
		const shown = relative(ROOT, dir).startsWith('..') || relative(ROOT, dir) === '' ? dir : relative(ROOT, dir);
		say('');
		say(m.done(folder, Object.keys(files).length));
		say(m.edit);
		say(m.next);
		say(`  KOYAKU_CONTENT=${shown} npm run check                      # ${m.check}`);
		say(`  npm run import -- <file.pdf|.docx|.txt> --campaign ${shown}   # ${m.imp}`);
		say(`  KOYAKU_CONTENT=${shown} npm run build                      # ${m.build}`);
		return 0;
	} finally {
		rl?.close();
	}
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) process.exit(await main(process.argv.slice(2)));
