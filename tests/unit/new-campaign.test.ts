/**
 * `npm run new` (issue 25): a new campaign from the office's answers, given as flags or typed at the
 * questions, that `check` passes at once; a folder with content is refused.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../scripts/new.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';

const tmp = () => join(mkdtempSync(join(tmpdir(), 'koyaku-new-')), 'campaign');
const run = async (argv: string[], typed?: string) => {
	const output = new PassThrough();
	let printed = '';
	output.on('data', (chunk: Buffer) => (printed += chunk));
	const input = new PassThrough();
	if (typed !== undefined) input.end(typed);
	const code = await main(argv, { input, output });
	return { code, printed };
};
const FLAGS = ['--name', '森 たろう', '--reading', 'もり たろう', '--office', 'みなみ野町長', '--area', '架空県みなみ野町', '--election-date', '2027-04-25', '--organisation', '森たろう後援会', '--languages', 'ja,en'];

describe('npm run new', () => {
	it('writes a campaign from flags alone that check passes, with the answers in it', async () => {
		const dir = tmp();
		const { code, printed } = await run([dir, ...FLAGS]);
		expect(code).toBe(0);
		expect(printed).not.toMatch(/候補者の氏名/); // no question asked
		const result = loadContent(dir);
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.counts).toMatchObject({ manifestos: 1, pillars: 1, policies: 1, metrics: 1, sources: 1 });
		const model = result.model!;
		expect(model.site.candidate.name.ja).toBe('森 たろう');
		expect(model.site.candidate.title.ja).toBe('みなみ野町長');
		expect(model.site.organisation.ja).toBe('森たろう後援会');
		expect(model.site.electionDate).toBe('2027-04-25');
		expect(model.site.locales).toEqual(['ja', 'en']);
		expect(model.site.imprint.example).toBe(true);
		const site = readFileSync(join(dir, 'site.yaml'), 'utf8');
		expect(site).toContain('よみ: もり たろう');
		expect(readdirSync(dir).sort()).toEqual(['manifestos', 'pillars', 'policies', 'ratings.yaml', 'site.yaml', 'sources']);
		// Every file says in Japanese what to write where.
		for (const file of ['site.yaml', 'ratings.yaml', 'sources/kouyaku-memo.yaml', 'manifestos/seisaku.md', 'pillars/hashira-1.md', 'policies/kouyaku-1.md'])
			expect(readFileSync(join(dir, file), 'utf8'), file).toMatch(/#\s*\S*[ぁ-んァ-ヶ一-龠]/);
		// The editor finds the schema relative to each file.
		const ref = site.match(/# yaml-language-server: \$schema=(\S+)/)![1]!;
		expect(existsSync(join(dir, ref))).toBe(true);
		const sourceRef = readFileSync(join(dir, 'sources/kouyaku-memo.yaml'), 'utf8').match(/\$schema=(\S+)/)![1]!;
		expect(existsSync(join(dir, 'sources', sourceRef))).toBe(true);
		expect(parse(site)).toMatchObject({ candidate: { name: '森 たろう' } });
	});

	it('asks in Japanese and takes typed answers, re-asking a wrong date; Japanese only on request', async () => {
		const dir = tmp();
		const typed = ['青木 みどり', 'あおき みどり', 'さくら浜市長', '架空県さくら浜市', '2027-13-01', '2027-04-18', '', '2', ''].join('\n');
		const { code, printed } = await run([dir], typed);
		expect(code).toBe(0);
		expect(printed).toContain('候補者の氏名');
		expect(printed).toContain('日付は 2027-04-25 の形で書いてください');
		expect(printed).toContain('後援会の名前 [青木みどり後援会]');
		const { model, problems } = loadContent(dir);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(model!.site.organisation.ja).toBe('青木みどり後援会');
		expect(model!.site.locales).toEqual(['ja']);
		expect(model!.site.electionDate).toBe('2027-04-18');
	});

	it('asks in English with --lang en', async () => {
		const { code, printed } = await run([tmp(), '--lang', 'en'], ['青木 みどり', '', 'さくら浜市長', '架空県さくら浜市', '', '', '1'].join('\n'));
		expect(code).toBe(0);
		expect(printed).toContain("Candidate's full name");
		expect(printed).not.toContain('候補者の氏名');
		expect(printed).toContain('Next:');
	});

	it('refuses a folder that has content and leaves it as it was', async () => {
		const dir = tmp();
		mkdirSync(dir);
		writeFileSync(join(dir, 'notes.txt'), 'mine');
		const { code, printed } = await run([dir, ...FLAGS]);
		expect(code).toBe(1);
		expect(printed).toContain('すでにファイルがあります');
		expect(printed).toContain('already has files in it');
		expect(readdirSync(dir)).toEqual(['notes.txt']);
	});

	it('with --yes, says which answer is missing instead of asking', async () => {
		const { code, printed } = await run([tmp(), '--yes', '--name', '森 たろう']);
		expect(code).toBe(1);
		expect(printed).toContain('--office');
	});
});
