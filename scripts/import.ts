/**
 * `npm run import -- <file> [--campaign <folder>]`: brings an office's own document — a PDF (a text PDF,
 * as printers make them), a Word .docx or a text file — into a campaign:
 *
 *   1. its text becomes a source, `sources/<id>.txt` + `<id>.yaml` (title, publisher and date filled where
 *      the document states them, asked otherwise — or given as `--title`, `--publisher`, `--date`), with
 *      the extraction damage it can detect repaired or reported (scripts/import/damage.ts);
 *   2. what looks like a pillar or a pledge becomes a DRAFT file (`pillars/_…md`, `policies/_…md`: check
 *      and the build skip names starting with `_`) whose words are already a verified quote;
 *   3. figures it finds are commented suggestions in the draft they belong to (scripts/import/drafts.ts).
 *
 * It prints a summary: drafts, figures, warnings, and what to do next. The campaign folder defaults to
 * `KOYAKU_CONTENT`, else `content/`. `--id <id>` names the source (default: from the file name).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parsePeriod } from '../src/schemas/period-key.ts';
import { japanDate, now } from '../src/clock.ts';
import { contentDir } from '../src/settings.ts';
import { damageWarnings, repair } from './import/damage.ts';
import { makeDrafts } from './import/drafts.ts';
import { extract, ImportError } from './import/extract.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface ImportSummary {
	sourceId: string;
	files: string[];
	drafts: { pillars: number; pledges: number };
	figures: number;
	warnings: string[];
	meta: { title: string; publisher: string; date: string };
}

const q = (value: string) => JSON.stringify(value);

/** A file name as an id: lower-case ASCII letters, digits and hyphens. */
const slug = (name: string) =>
	name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');

/** What the document itself states about its title, publisher and date. */
export function detectMeta(text: string, fileTitle?: string): { title?: string; publisher?: string; date?: string } {
	const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
	const title = fileTitle && !/^(untitled|無題|microsoft word)/i.test(fileTitle) ? fileTitle : lines.find((l) => l.length >= 2 && l.length <= 60);
	const nf = text.normalize('NFKC');
	const publisher =
		nf.match(/(?:発行(?:者|元|人)?|編集・発行)\s*[:：]\s*([^\s、。，,:：（(]{2,30})/)?.[1] ?? nf.match(/([^\s、。，,：:（(]{2,30}(?:後援会|事務所|選挙対策本部))/)?.[1];
	let date: string | undefined;
	const era = nf.match(/(令和|平成)\s*([0-9]{1,2}|元)\s*年\s*([0-9]{1,2})\s*月(?:\s*([0-9]{1,2})\s*日)?/);
	const western = nf.match(/(20[0-9]{2})\s*年\s*([0-9]{1,2})\s*月(?:\s*([0-9]{1,2})\s*日)?/);
	if (era) date = `${era[1]}${era[2]}年${era[3]}月${era[4] ? `${era[4]}日` : ''}`;
	else if (western) date = `${western[1]}-${western[2]!.padStart(2, '0')}${western[3] ? `-${western[3].padStart(2, '0')}` : ''}`;
	if (date && typeof parsePeriod(date) === 'string') date = undefined;
	return { ...(title ? { title } : {}), ...(publisher ? { publisher } : {}), ...(date ? { date } : {}) };
}

const ids = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('_')).map((f) => f.slice(0, -3)) : []);

export async function runImport(
	file: string,
	options: { campaign: string; id?: string; title?: string; publisher?: string; date?: string; ask?: (question: string, fallback: string) => Promise<string> },
): Promise<ImportSummary> {
	if (!existsSync(file)) throw new ImportError(`ファイル「${file}」が見つかりません / The file "${file}" does not exist`);
	const campaign = resolve(options.campaign);
	if (!existsSync(join(campaign, 'site.yaml')))
		throw new ImportError(
			`「${options.campaign}」は選挙運動のフォルダではありません（site.yaml がありません）。npm run new -- <フォルダ> で作るか、--campaign で指定してください / ` +
				`"${options.campaign}" is not a campaign folder (no site.yaml): make one with npm run new -- <folder>, or name it with --campaign`,
		);
	const extracted = await extract(file);
	const { text, damage } = repair(extracted.text);
	if (!text.trim())
		throw new ImportError(
			`「${basename(file)}」から文字を取り出せませんでした。スキャンした画像だけの PDF ではありませんか（文字の入った PDF が必要です） / No text could be taken from "${basename(file)}": is it a scanned image? A PDF with text is needed`,
		);
	const today = japanDate(now());
	const warnings = damageWarnings(damage);

	// The source's id: from the file name, or from its date; never over an existing one.
	const sources = join(campaign, 'sources');
	let base = options.id ?? slug(basename(file, extname(file)));
	const found = detectMeta(text, extracted.title);
	if (!base) {
		const period = found.date ? parsePeriod(found.date.normalize('NFKC')) : undefined;
		base = `shiryo-${period && typeof period !== 'string' ? period.start.slice(0, period.kind === 'year' ? 4 : 7) : today}`;
	}
	let sourceId = base;
	for (let n = 2; existsSync(join(sources, `${sourceId}.yaml`)) || existsSync(join(sources, `${sourceId}.txt`)); n++) sourceId = `${base}-${n}`;

	const ask = options.ask;
	const pick = async (given: string | undefined, detected: string | undefined, question: string, placeholder: string, warn: string) => {
		if (given) return given;
		if (ask) return (await ask(question, detected ?? '')) || detected || placeholder;
		if (detected) return detected;
		warnings.push(warn);
		return placeholder;
	};
	const title = await pick(options.title, found.title, '資料の題名 / Title', '（題名を記入）', '題名が分からないため（題名を記入）としました / No title found: wrote a placeholder');
	const publisher = await pick(
		options.publisher,
		found.publisher,
		'発行者 / Publisher',
		'（発行者を記入）',
		`発行者が資料に見つかりません。sources/${sourceId}.yaml の publisher を書いてください / No publisher found in the document: fill in publisher in sources/${sourceId}.yaml`,
	);
	let date = await pick(
		options.date,
		found.date,
		'発行日（2024-05、令和6年5月。なければ none） / Date (2024-05, 令和6年5月, or none)',
		'none',
		`発行日が資料に見つからないため date: none としました / No date found in the document: wrote date: none`,
	);
	if (date !== 'none' && typeof parsePeriod(date.normalize('NFKC')) === 'string') {
		warnings.push(`日付「${date}」が読めないため none としました / Could not read the date "${date}": wrote none`);
		date = 'none';
	}

	const kindName = { pdf: 'PDF', docx: 'Word（.docx）', text: 'テキスト' }[extracted.kind];
	const note = [
		`${kindName}「${basename(file)}」から npm run import で取り込んだテキスト（${today}）。レイアウトは失われています。`,
		...(warnings.length ? [`取り込み時の注意: ${warnings.map((w) => w.split(' / ')[0]).join(' ')}`] : []),
	].join('');
	const yaml = [
		`# 出典: ${basename(file)} から取り込み。題名・発行者・日付を確かめてください。`,
		`# yaml-language-server: $schema=${relative(sources, join(ROOT, 'schemas', 'source.schema.json')).split('\\').join('/')}`,
		`title: ${q(title)}`,
		`publisher: ${q(publisher)}`,
		`date: ${date === 'none' ? 'none' : q(date)}${found.date && date === found.date ? '   # 資料に印刷された日付' : ''}`,
		`document: ${sourceId}.txt`,
		`note: ${q(note)}`,
		'',
	].join('\n');

	const drafts = makeDrafts(text, {
		sourceId,
		fileName: basename(file),
		headings: extracted.headings,
		manifestos: ids(join(campaign, 'manifestos')),
		pillars: ids(join(campaign, 'pillars')),
		today,
	});
	if (!drafts.some((d) => d.kind === 'pledge'))
		warnings.push('公約らしい行（●・■◆①1.（1）で始まる行）が見つかりませんでした。出典だけを作りました / No line that looks like a pledge (starting with ● ・ ■ ◆ ① 1. （1）) was found: only the source was written');

	const written: Record<string, string> = { [`sources/${sourceId}.txt`]: `${text.trim()}\n`, [`sources/${sourceId}.yaml`]: yaml };
	for (const d of drafts) written[d.file] = d.text;
	for (const rel of Object.keys(written)) if (existsSync(join(campaign, rel))) throw new ImportError(`「${rel}」はもうあります。上書きしません / "${rel}" already exists: nothing was overwritten`);
	for (const [rel, body] of Object.entries(written)) {
		mkdirSync(join(campaign, rel, '..'), { recursive: true });
		writeFileSync(join(campaign, rel), body, { flag: 'wx' });
	}
	return {
		sourceId,
		files: Object.keys(written),
		drafts: { pillars: drafts.filter((d) => d.kind === 'pillar').length, pledges: drafts.filter((d) => d.kind === 'pledge').length },
		figures: drafts.reduce((n, d) => n + d.figures.length, 0),
		warnings,
		meta: { title, publisher, date },
	};
}

function parseArgs(argv: string[]) {
	const flags: Record<string, string> = {};
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const eq = arg.match(/^--(campaign|id|title|publisher|date)=(.*)$/s);
		if (eq) flags[eq[1]!] = eq[2]!;
		else if (/^--(campaign|id|title|publisher|date)$/.test(arg)) flags[arg.slice(2)] = argv[++i] ?? '';
		else if (arg === '--yes' || arg === '-y') flags['yes'] = '1';
		else rest.push(arg);
	}
	return { flags, rest };
}

export async function main(argv: string[], out: (line: string) => void = console.log): Promise<number> {
	const { flags, rest } = parseArgs(argv);
	if (rest.length !== 1) {
		out('使い方 / Usage: npm run import -- <file.pdf|file.docx|file.txt> [--campaign <folder>] [--id <id>] [--title …] [--publisher …] [--date 2024-05|令和6年5月|none] [--yes]');
		return 1;
	}
	const campaign = flags['campaign'] || contentDir();
	const interactive = process.stdin.isTTY && !flags['yes'];
	const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
	try {
		const s = await runImport(rest[0]!, {
			campaign,
			...(flags['id'] ? { id: flags['id'] } : {}),
			...(flags['title'] ? { title: flags['title'] } : {}),
			...(flags['publisher'] ? { publisher: flags['publisher'] } : {}),
			...(flags['date'] ? { date: flags['date'] } : {}),
			...(rl ? { ask: async (question: string, fallback: string) => (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim() } : {}),
		});
		const shown = relative(process.cwd(), resolve(campaign)) || '.';
		out(`✔ 「${basename(rest[0]!)}」を取り込みました / imported "${basename(rest[0]!)}"`);
		out(`  出典 / source: ${shown}/sources/${s.sourceId}.txt, .yaml — ${s.meta.title} · ${s.meta.publisher} · ${s.meta.date}`);
		out(`  下書き / drafts: ${s.drafts.pillars + s.drafts.pledges}（柱 / pillars ${s.drafts.pillars}、公約 / pledges ${s.drafts.pledges}）`);
		out(`  数字 / figures: ${s.figures}（下書きの中にコメントで / as comments in the drafts）`);
		out(`  警告 / warnings: ${s.warnings.length}`);
		for (const w of s.warnings) out(`    ! ${w}`);
		out('次にすること / next:');
		out(`  1. 下書き（${shown}/policies/_${s.sourceId}-*.md など）を開き、題名・柱・数字を確かめる / open the drafts and check titles, pillars and figures`);
		out('  2. 数字を使うなら、その行の先頭の「# 」を外して label と id を書く / to use a figure, uncomment its lines and write its label and id');
		out('  3. 使う下書きのファイル名の先頭の「_」を消す（柱の下書きも）。柱はマニフェストの pillars: にも加える / remove the leading _ of the drafts you keep (pillars too) and list the pillars in the manifesto');
		out(`  4. KOYAKU_CONTENT=${shown} npm run check   # 引用と内容を確かめる / verify quotes and content`);
		return 0;
	} catch (error) {
		if (error instanceof ImportError) {
			out(`✘ ${error.message}`);
			return 1;
		}
		throw error;
	} finally {
		rl?.close();
	}
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) process.exit(await main(process.argv.slice(2)));
