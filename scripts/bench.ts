/**
 * `npm run bench`: how fast koyaku builds a big campaign, measured as ratios within one run.
 *
 * Generates a synthetic campaign of N pledges (scripts/bench/synthetic.ts) and a bare Astro 7 project of
 * the same number of pages (scripts/bench/baseline.ts) in a temporary folder, then, alternating round by
 * round, builds (a) koyaku's site (`scripts/build.ts`, without PDFs) and (b) the bare Astro baseline, as
 * Astro's defaults build it (one page at a time) and at koyaku's `build.concurrency`.
 * Also times: a cold first build of each, a rebuild after changing one file, the dev server's reload
 * after changing one file, `check` on 10,000 pledge files against the cost of parsing alone, and the PDF
 * step and share cards drawn cold (from a full build of content/).
 *
 *   npm run bench                          # 1,000 pledges, 3 rounds (a few minutes)
 *   npm run bench -- --rounds 5 --pledges 2000 --check-files 10000
 *   npm run bench -- --no-dev --no-check   # builds only
 *   npm run bench -- --weights             # also the page-weight report of the default site
 *   npm run bench -- --share               # also content/ built with and without share images and search
 *   npm run bench -- --json                # the table, then one JSON object on the last line
 *   npm run bench -- --same-bytes          # also a bare Astro baseline whose pages weigh what koyaku's do
 *   npm run bench -- --rss-sizes 300,1000,2000   # also peak memory of one build per size, per page
 *
 * On a shared machine absolute times drift with the other users' load: quote the ratios (each round's
 * koyaku ÷ baseline), medians and min–max, and the load average printed at the start and end.
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/helpers/build.ts';
import { buildConcurrency, childEnv, processEnv, settingsEnv } from '../src/settings.ts';
import { writeBaseline } from './bench/baseline.ts';
import { oldSites } from './build.ts';
import { writeCampaign } from './bench/synthetic.ts';
import { table } from './bench/table.ts';
import { benchShareSteps, printShareSteps } from './bench/share-steps.ts';
import { printWeights } from './bench/weights.ts';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const number = (name: string, fallback: number) => {
	const i = argv.indexOf(name);
	const value = i >= 0 ? Number(argv[i + 1]) : fallback;
	if (!Number.isFinite(value) || value < 0) throw new Error(`${name} needs a number`);
	return value;
};
const PLEDGES = number('--pledges', 1000);
const ROUNDS = Math.max(1, number('--rounds', 3));
const CHECK_FILES = flag('--no-check') ? 0 : number('--check-files', 10_000);
const CHECK_ROUNDS = Math.max(1, number('--check-rounds', 3));
const json = flag('--json');
const RSS_SIZES = (() => {
	const i = argv.indexOf('--rss-sizes');
	if (i < 0) return [];
	const sizes = (argv[i + 1] ?? '').split(',').map(Number);
	if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--rss-sizes needs pledge counts, e.g. 300,1000,2000');
	return sizes;
})();

const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'koyaku-bench-'));
const rssFile = join(work, 'rss.txt');
const say = (text: string) => process.stderr.write(text);

interface Run {
	seconds: number;
	/** Largest peak resident memory of the Node processes of the run, MB. */
	rssMb: number;
	/** User + system CPU time of the run's Node processes, seconds. */
	cpu: number;
	/** Step timings printed by scripts/build.ts (`✔ astro (1234 ms)`), seconds; `charts (in astro)`: drawing the charts, part of the astro step. */
	steps: Record<string, number>;
	output: string;
}

/** Runs a Node script to completion, timing it from outside and recording its peak memory. */
function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
	writeFileSync(rssFile, '');
	const started = performance.now();
	return new Promise((done, fail) => {
		const child = spawn(NODE, args, {
			cwd: options.cwd ?? ROOT,
			env: childEnv({
				ASTRO_TELEMETRY_DISABLED: '1',
				NODE_OPTIONS: `${processEnv()['NODE_OPTIONS'] ?? ''} --import=${join(ROOT, 'scripts', 'bench', 'peak-rss.ts')}`.trim(),
				...settingsEnv({ benchRss: rssFile }),
				...options.env,
			}),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		child.on('error', fail);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) return fail(new Error(`${args.join(' ')} failed (exit ${code}):\n${output.split('\n').slice(-30).join('\n')}`));
			const usage = readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split(' ').map(Number));
			const steps = Object.fromEntries([...output.matchAll(/✔ ([\w-]+) \((\d+) ms\)/g)].map((m) => [m[1]!, Number(m[2]) / 1000]));
			// The astro step's charts line: `· charts: 700 drawn in 15400 ms, …`.
			const charts = /· charts: (\d+) drawn in (\d+) ms/.exec(output);
			if (charts) Object.assign(steps, { 'charts (in astro)': Number(charts[2]) / 1000 });
			const cpu = usage.reduce((total, [, user = 0, system = 0]) => total + (user + system) / 1e6, 0);
			done({ seconds, rssMb: Math.max(0, ...usage.map(([kb = 0]) => kb)) / 1024, cpu, steps, output });
		});
	});
}

// ---- The two sites ----------------------------------------------------------------------------------
say(`koyaku bench: writing a synthetic campaign of ${PLEDGES.toLocaleString('en-US')} pledges and the bare Astro baseline into ${work}\n`);
const campaign = writeCampaign(join(work, 'content'), PLEDGES);
const baselineDir = join(work, 'baseline');
const koyakuOut = join(work, 'koyaku-out');
// Inside the baseline project: Astro's prerender chunks resolve packages from the output folder upwards.
const baselineOut = join(baselineDir, 'dist');
// Share cards (a PNG per page, drawn by satori) are left out of the comparison: the bare baseline has no
// images, and drawing thousands cold would take the run far past a few minutes. The default site's full
// build below draws them from an empty cache and reports that build's steps.
// Charts (once the pages draw them at build time) are part of the build, from their own cache: cold, then warm.
const koyakuEnv = settingsEnv({ content: campaign.dir, shareImages: false, cache: join(work, 'cache') });
// The browser steps (flyer, accessibility test) cost the same for any number of pages: left out of the comparison.
const skip = 'pdf,accessibility';
/** Seconds spent after koyaku's builds waiting for their background removal of the replaced site (scripts/build.ts). */
const removalWaits: number[] = [];
/**
 * koyaku's build, then a wait until its background process has removed the replaced site: that removal is
 * not part of the build's time, but left running it would slow whatever the bench times next.
 */
const buildKoyaku = async () => {
	const result = await run([join(ROOT, 'scripts', 'build.ts'), '--outDir', koyakuOut, '--allow-election-day', '--skip', skip], { env: koyakuEnv });
	const started = performance.now();
	const pending = () => oldSites(koyakuOut).length > 0;
	while (pending() && performance.now() - started < 120_000) await new Promise((r) => setTimeout(r, 50));
	removalWaits.push((performance.now() - started) / 1000);
	return result;
};
const buildBaseline = () => run([ASTRO, 'build', '--outDir', baselineOut], { cwd: baselineDir });
const load = () => loadavg()[0]!.toFixed(1);
const loadStart = load();

const countPages = (dir: string): number =>
	readdirSync(dir).reduce((n, name) => {
		const path = join(dir, name);
		return n + (statSync(path).isDirectory() ? countPages(path) : name === 'index.html' ? 1 : 0);
	}, 0);

say('cold builds (empty caches)… ');
const coldKoyaku = await buildKoyaku();
/** Bytes of HTML a build wrote: koyaku's pages carry charts, tables and their CSS, the baseline's a paragraph or two. */
const htmlBytes = (dir: string): number =>
	readdirSync(dir).reduce((n, name) => {
		const path = join(dir, name);
		const stat = statSync(path);
		return n + (stat.isDirectory() ? htmlBytes(path) : name.endsWith('.html') ? stat.size : 0);
	}, 0);
const pages = countPages(koyakuOut);
const koyakuHtmlMb = htmlBytes(koyakuOut) / 1e6;
// As many pages as koyaku built (pledges, pillars, figures, … in two languages).
writeBaseline(baselineDir, campaign.dir, pages);
const coldBaseline = await buildBaseline();
// koyaku renders several pages at a time (astro.config.mjs build.concurrency); bare Astro's default is one.
// The same baseline at koyaku's concurrency says how much of the ratio that setting alone makes.
const CONCURRENCY = buildConcurrency();
const parallelDir = join(work, 'baseline-concurrent');
const buildParallel = () => run([ASTRO, 'build', '--outDir', join(parallelDir, 'dist')], { cwd: parallelDir });
writeBaseline(parallelDir, campaign.dir, pages, { concurrency: CONCURRENCY });
await buildParallel(); // cold
const baselinePages = countPages(baselineOut);
const baselineHtmlMb = htmlBytes(baselineOut) / 1e6;
// --same-bytes: a second baseline whose pages weigh what koyaku's do (its stylesheet, then the main content
// of built koyaku pages in turn), to tell the cost of the bytes written from the cost of koyaku's logic.
const SAME_BYTES = flag('--same-bytes');
const fatDir = join(work, 'baseline-same-bytes');
const fatOut = join(fatDir, 'dist');
const buildFat = () => run([ASTRO, 'build', '--outDir', fatOut], { cwd: fatDir });
let fatHtmlMb = NaN;
if (SAME_BYTES) {
	const sample = (sub: string, n: number) => readdirSync(join(koyakuOut, sub)).filter((id) => !id.includes('.')).slice(0, n).map((id) => readFileSync(join(koyakuOut, sub, id, 'index.html'), 'utf8'));
	const built = [...sample('policies', 12), ...sample('metrics', 28)];
	const css = /<style>([\s\S]*?)<\/style>/.exec(built[0]!)?.[1] ?? '';
	// The page's whole body, and its head without the stylesheet (meta tags, alternates, the policy).
	const fillers = built.map((html) => /<body\b[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '');
	const heads = built.map((html) => (/<head>([\s\S]*)<\/head>/.exec(html)?.[1] ?? '').replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>|<meta charset="utf-8">/g, ''));
	writeBaseline(fatDir, campaign.dir, pages, { sameBytes: { css, fillers, heads } });
	await buildFat(); // cold
	fatHtmlMb = htmlBytes(fatOut) / 1e6;
}
say('done.\n');

const koyakuRuns: Run[] = [];
const baselineRuns: Run[] = [];
const parallelRuns: Run[] = [];
const fatRuns: Run[] = [];
for (let round = 1; round <= ROUNDS; round++) {
	say(`round ${round}/${ROUNDS}: koyaku… `);
	koyakuRuns.push(await buildKoyaku());
	say('bare Astro… ');
	baselineRuns.push(await buildBaseline());
	say(`bare Astro, ${CONCURRENCY} at a time… `);
	parallelRuns.push(await buildParallel());
	if (SAME_BYTES) {
		say('bare Astro, same bytes… ');
		fatRuns.push(await buildFat());
	}
	say(`${(koyakuRuns.at(-1)!.seconds / baselineRuns.at(-1)!.seconds).toFixed(2)}×\n`);
}

say('rebuild after changing one file… ');
const edit = (marker: string) => {
	const text = readFileSync(campaign.sampleFile, 'utf8');
	writeFileSync(campaign.sampleFile, text.replace(/^title: \{ ja: [^,]*/m, `title: { ja: 公約1 ${marker}`));
};
edit('一件だけ変更');
const rebuild = await buildKoyaku();
say('done.\n');

// ---- Dev server: save one file, wait until the page shows the change -----------------------------------
async function devReload(): Promise<number[]> {
	const port = 4400 + Math.floor(Math.random() * 500);
	const child = spawn(NODE, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: ROOT,
		env: childEnv({ ...koyakuEnv, ASTRO_TELEMETRY_DISABLED: '1' }),
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let log = '';
	child.stdout.on('data', (chunk: Buffer) => (log += chunk));
	child.stderr.on('data', (chunk: Buffer) => (log += chunk));
	const url = `http://127.0.0.1:${port}/policies/${campaign.sampleId}/`;
	const get = async () => {
		try {
			const response = await fetch(url);
			return response.ok ? await response.text() : '';
		} catch {
			return '';
		}
	};
	const until = async (ok: (html: string) => boolean, seconds: number) => {
		const deadline = performance.now() + seconds * 1000;
		while (performance.now() < deadline) {
			if (ok(await get())) return true;
			await new Promise((r) => setTimeout(r, 20));
		}
		return false;
	};
	try {
		if (!(await until((html) => html.includes('</html>'), 180))) throw new Error(`the dev server did not serve ${url}:\n${log.slice(-2000)}`);
		await get(); // warm: the first render compiles the page
		const times: number[] = [];
		for (let i = 1; i <= 3; i++) {
			const marker = `変更${i}回目`;
			const started = performance.now();
			edit(marker);
			if (!(await until((html) => html.includes(marker), 60))) throw new Error('the dev server did not show the change within 60 s');
			times.push((performance.now() - started) / 1000);
		}
		return times;
	} finally {
		if (child.pid) process.kill(-child.pid, 'SIGTERM');
	}
}
let devTimes: number[] = [];
if (!flag('--no-dev')) {
	say('dev server reload after changing one file… ');
	devTimes = await devReload();
	say('done.\n');
}

// ---- check on 10,000 files, against parsing alone ---------------------------------------------------------
const checkRuns: Run[] = [];
const floorRuns: Run[] = [];
if (CHECK_FILES) {
	say(`check on ${CHECK_FILES.toLocaleString('en-US')} pledge files… `);
	const big = writeCampaign(join(work, 'content-big'), CHECK_FILES);
	for (let i = 0; i < CHECK_ROUNDS; i++) {
		checkRuns.push(await run([join(ROOT, 'scripts', 'check.mjs'), '--quiet'], { env: settingsEnv({ content: big.dir }) }));
		floorRuns.push(await run([join(ROOT, 'scripts', 'bench', 'parse-floor.ts'), big.dir]));
	}
	say('done.\n');
}

// ---- Peak memory across sizes: one build (charts drawn cold) and one check per size ---------------------------
interface SizeRun { pledges: number; pages: number; build: Run; check: Run }
const sizeRuns: SizeRun[] = [];
for (const size of RSS_SIZES) {
	say(`memory at ${size.toLocaleString('en-US')} pledges… `);
	const sized = writeCampaign(join(work, `content-${size}`), size);
	const out = join(work, `out-${size}`);
	const env = { ...koyakuEnv, ...settingsEnv({ content: sized.dir, cache: join(work, `cache-${size}`) }) };
	const build = await run([join(ROOT, 'scripts', 'build.ts'), '--outDir', out, '--allow-election-day', '--skip', skip], { env });
	const check = await run([join(ROOT, 'scripts', 'check.mjs'), '--quiet'], { env });
	sizeRuns.push({ pledges: size, pages: countPages(out), build, check });
	rmSync(out, { recursive: true, force: true });
	say('done.\n');
}

// ---- The default site: PDF step and page weights ------------------------------------------------------------
let pdfSeconds: number | null = null;
let defaultBuild: Run | undefined;
const defaultOut = join(work, 'default-out');
if (flag('--weights') || !flag('--no-pdf')) {
	say('a full build of content/ (PDF step, page weights)… ');
	defaultBuild = await run([join(ROOT, 'scripts', 'build.ts'), '--outDir', defaultOut, '--allow-election-day'], { env: settingsEnv({ content: join(ROOT, 'content'), cache: join(work, 'cache-default') }) });
	pdfSeconds = defaultBuild.steps['pdf'] ?? null;
	say('done.\n');
}
const loadEnd = load();

// ---- Report ----------------------------------------------------------------------------------------------
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const secs = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)} s` : '–');
const span = (xs: number[], unit = ' s') => (xs.length ? `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}${unit}` : '–');
const perPage = (s: number, n: number) => `${((s / n) * 1000).toFixed(2)}`;
const mb = (x: number) => `${Math.round(x)} MB`;
const ratios = koyakuRuns.map((k, i) => k.seconds / baselineRuns[i]!.seconds);
const cpuRatios = koyakuRuns.map((k, i) => k.cpu / baselineRuns[i]!.cpu);
const parallelRatios = koyakuRuns.map((k, i) => k.seconds / parallelRuns[i]!.seconds);
const cpuOf = (runs: Run[]) => secs(median(runs.map((r) => r.cpu)));
const koyakuMedian = median(koyakuRuns.map((r) => r.seconds));
const baselineMedian = median(baselineRuns.map((r) => r.seconds));
const peakRss = Math.max(...koyakuRuns.map((r) => r.rssMb), coldKoyaku.rssMb, rebuild.rssMb);
const stepNames = [...new Set(koyakuRuns.flatMap((r) => Object.keys(r.steps)))];

console.log(
	`\nkoyaku bench — ${PLEDGES.toLocaleString('en-US')} pledges: koyaku ${pages.toLocaleString('en-US')} pages, bare Astro ${baselinePages.toLocaleString('en-US')} pages; ` +
		`${ROUNDS} alternating rounds; ${cpus().length} cores, load average ${loadStart} at the start and ${loadEnd} at the end (shared machine: compare ratios)\n`,
);
table(
	['', 'wall, median', 'min–max', 'ms/page', 'CPU, median', 'peak RSS'],
	[
		['koyaku build, warm', secs(koyakuMedian), span(koyakuRuns.map((r) => r.seconds)), perPage(koyakuMedian, pages), cpuOf(koyakuRuns), mb(Math.max(...koyakuRuns.map((r) => r.rssMb)))],
		['bare Astro build, warm', secs(baselineMedian), span(baselineRuns.map((r) => r.seconds)), perPage(baselineMedian, baselinePages), cpuOf(baselineRuns), mb(Math.max(...baselineRuns.map((r) => r.rssMb)))],
		['ratio koyaku ÷ bare (per round)', `${median(ratios).toFixed(2)}×`, span(ratios, '×'), '', `${median(cpuRatios).toFixed(2)}×`, ''],
		[`bare Astro, ${CONCURRENCY} pages at a time as koyaku, warm`, secs(median(parallelRuns.map((r) => r.seconds))), span(parallelRuns.map((r) => r.seconds)), perPage(median(parallelRuns.map((r) => r.seconds)), baselinePages), cpuOf(parallelRuns), mb(Math.max(...parallelRuns.map((r) => r.rssMb)))],
		['ratio koyaku ÷ that (per round)', `${median(parallelRatios).toFixed(2)}×`, span(parallelRatios, '×'), '', `${median(koyakuRuns.map((k, i) => k.cpu / parallelRuns[i]!.cpu)).toFixed(2)}×`, ''],
		...(SAME_BYTES
			? [
					['bare Astro, same bytes a page, warm', secs(median(fatRuns.map((r) => r.seconds))), span(fatRuns.map((r) => r.seconds)), perPage(median(fatRuns.map((r) => r.seconds)), pages), cpuOf(fatRuns), mb(Math.max(...fatRuns.map((r) => r.rssMb)))],
					['ratio koyaku ÷ same bytes (per round)', `${median(koyakuRuns.map((k, i) => k.seconds / fatRuns[i]!.seconds)).toFixed(2)}×`, span(koyakuRuns.map((k, i) => k.seconds / fatRuns[i]!.seconds), '×'), '', `${median(koyakuRuns.map((k, i) => k.cpu / fatRuns[i]!.cpu)).toFixed(2)}×`, ''],
				]
			: []),
		['koyaku build, cold', secs(coldKoyaku.seconds), '', perPage(coldKoyaku.seconds, pages), cpuOf([coldKoyaku]), mb(coldKoyaku.rssMb)],
		['  of which drawing charts (empty chart cache)', secs(coldKoyaku.steps['charts (in astro)'] ?? NaN), '', '', '', ''],
		['bare Astro build, cold', secs(coldBaseline.seconds), '', perPage(coldBaseline.seconds, baselinePages), cpuOf([coldBaseline]), mb(coldBaseline.rssMb)],
		['ratio, cold', `${(coldKoyaku.seconds / coldBaseline.seconds).toFixed(2)}×`, '', '', `${(coldKoyaku.cpu / coldBaseline.cpu).toFixed(2)}×`, ''],
		['koyaku rebuild, one file changed', secs(rebuild.seconds), '', perPage(rebuild.seconds, pages), cpuOf([rebuild]), mb(rebuild.rssMb)],
		[`  of which search ${secs(rebuild.steps['search'] ?? NaN)}, swap ${secs(rebuild.steps['swap'] ?? NaN)}; warm build's: ${secs(median(koyakuRuns.map((r) => r.steps['search'] ?? NaN)))}, ${secs(median(koyakuRuns.map((r) => r.steps['swap'] ?? NaN)))}`, '', '', '', '', ''],
		['dev reload, one file changed', devTimes.length ? secs(median(devTimes)) : 'skipped', span(devTimes), '', '', ''],
		...(CHECK_FILES
			? [
					[`check, ${CHECK_FILES.toLocaleString('en-US')} pledge files`, secs(median(checkRuns.map((r) => r.seconds))), span(checkRuns.map((r) => r.seconds)), `${perPage(median(checkRuns.map((r) => r.seconds)), CHECK_FILES)}/file`, cpuOf(checkRuns), mb(Math.max(...checkRuns.map((r) => r.rssMb)))],
					['parsing alone (read + gray-matter + zod)', secs(median(floorRuns.map((r) => r.seconds))), span(floorRuns.map((r) => r.seconds)), `${perPage(median(floorRuns.map((r) => r.seconds)), CHECK_FILES)}/file`, cpuOf(floorRuns), mb(Math.max(...floorRuns.map((r) => r.rssMb)))],
					['ratio check ÷ parsing alone (per round)', `${median(checkRuns.map((r, i) => r.seconds / floorRuns[i]!.seconds)).toFixed(2)}×`, span(checkRuns.map((r, i) => r.seconds / floorRuns[i]!.seconds), '×'), '', `${median(checkRuns.map((r, i) => r.cpu / floorRuns[i]!.cpu)).toFixed(2)}×`, ''],
				]
			: []),
		['PDF step, both flyers (content/)', pdfSeconds === null ? (defaultBuild ? 'no pdf step' : 'skipped') : secs(pdfSeconds), '', '', '', ''],
		...(defaultBuild ? [[`full build of content/ (${countPages(defaultOut)} pages, share cards cold)`, secs(defaultBuild.seconds), '', perPage(defaultBuild.seconds, countPages(defaultOut)), cpuOf([defaultBuild]), mb(defaultBuild.rssMb)]] : []),
	],
);
console.log(`\nbackground removal of the replaced site after koyaku's builds (not in their times; waited for before the next run): median ${secs(median(removalWaits))}, ${span(removalWaits)}.`);
if (defaultBuild) console.log(`\nfull build of content/, steps: ${Object.entries(defaultBuild.steps).map(([name, s]) => `${name} ${secs(s)}`).join(' · ')}`);
if (stepNames.length) {
	console.log('\nkoyaku build steps, warm, median (scripts/build.ts):\n');
	table(['step', 'median', 'share of the build'], stepNames.map((name) => {
		const s = median(koyakuRuns.map((r) => r.steps[name] ?? 0));
		return [name, secs(s), `${((s / koyakuMedian) * 100).toFixed(0)}%`];
	}));
}
const astroLine = (r: Run) => /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(r.output);
const rendering = (r: Run) => {
	const m = astroLine(r);
	return m ? Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : NaN;
};
console.log(
	`\nHTML written: koyaku ${koyakuHtmlMb.toFixed(1)} MB (${((koyakuHtmlMb * 1e3) / pages).toFixed(1)} KB a page), bare Astro ${baselineHtmlMb.toFixed(1)} MB (${((baselineHtmlMb * 1e3) / baselinePages).toFixed(1)} KB a page): ` +
		`${(koyakuHtmlMb / baselineHtmlMb).toFixed(1)}× the bytes.${SAME_BYTES ? ` The same-bytes baseline: ${fatHtmlMb.toFixed(1)} MB.` : ''}`,
);
console.log(
	// koyaku's build runs Astro with logLevel 'warn', so only the baseline prints this line; koyaku's is its astro step above.
	`\nbare Astro's own "pages built in" (rendering and writing the pages): ${secs(median(baselineRuns.map(rendering)))}, ${CONCURRENCY} at a time ${secs(median(parallelRuns.map(rendering)))}.`,
);
if (sizeRuns.length) {
	console.log('\npeak memory by size (one build each, charts drawn cold; check = loading and validating the content alone):\n');
	const [first] = sizeRuns;
	table(
		['pledges', 'pages', 'build peak RSS', 'KB per page', 'growth from the smallest, KB per added page', 'check peak RSS', 'build − check', 'build CPU'],
		sizeRuns.map((r) => [
			r.pledges.toLocaleString('en-US'),
			r.pages.toLocaleString('en-US'),
			mb(r.build.rssMb),
			((r.build.rssMb * 1024) / r.pages).toFixed(0),
			r === first ? '' : (((r.build.rssMb - first!.build.rssMb) * 1024) / (r.pages - first!.pages)).toFixed(0),
			mb(r.check.rssMb),
			mb(r.build.rssMb - r.check.rssMb),
			secs(r.build.cpu),
		]),
	);
}
if (flag('--weights') && defaultBuild) printWeights(defaultOut, 'fresh build of content/');
// What search and share images add to a build of content/: with and without each, alternating.
if (flag('--share')) printShareSteps(await benchShareSteps(ROUNDS, say));

const result = {
	pages,
	koyakuSeconds: round(koyakuMedian),
	baselineSeconds: round(baselineMedian),
	ratio: round(median(ratios)),
	cpuRatio: round(median(cpuRatios)),
	concurrentBaselineSeconds: round(median(parallelRuns.map((r) => r.seconds))),
	concurrentRatio: round(median(parallelRatios)),
	checkSeconds10k: CHECK_FILES ? round(median(checkRuns.map((r) => r.seconds))) : null,
	pdfSeconds: pdfSeconds === null ? null : round(pdfSeconds),
	peakRssMb: Math.round(peakRss),
	htmlMb: { koyaku: round(koyakuHtmlMb), baseline: round(baselineHtmlMb), ...(SAME_BYTES ? { sameBytes: round(fatHtmlMb) } : {}) },
	...(SAME_BYTES ? { sameBytesSeconds: round(median(fatRuns.map((r) => r.seconds))), sameBytesRatio: round(median(koyakuRuns.map((k, i) => k.seconds / fatRuns[i]!.seconds))) } : {}),
	chartSecondsCold: round(coldKoyaku.steps['charts (in astro)'] ?? NaN),
	...(sizeRuns.length ? { rssBySize: sizeRuns.map((r) => ({ pledges: r.pledges, pages: r.pages, buildRssMb: Math.round(r.build.rssMb), checkRssMb: Math.round(r.check.rssMb) })) } : {}),
};
// The goals of issue 10 ("Fast at any size") against this run, so a reader need not work them out.
{
	const verdict = (ok: boolean) => (ok ? 'met' : 'not met');
	const checkMedian = median(checkRuns.map((r) => r.seconds));
	const rows: string[][] = [
		['warm build within 1.2× of bare Astro (wall)', `${median(ratios).toFixed(2)}×; ${median(parallelRatios).toFixed(2)}× against bare Astro at ${CONCURRENCY} pages at a time`, verdict(median(ratios) <= 1.2)],
		['  the same in CPU time', `${median(cpuRatios).toFixed(2)}×; ${median(koyakuRuns.map((k, i) => k.cpu / parallelRuns[i]!.cpu)).toFixed(2)}×`, verdict(median(cpuRatios) <= 1.2)],
		...(CHECK_FILES === 10_000 ? [['check of 10,000 pledge files in 2 s or less', secs(checkMedian), verdict(checkMedian <= 2)]] : []),
		...(devTimes.length ? [['dev reload after one changed file under 1 s', secs(median(devTimes)), verdict(median(devTimes) < 1)]] : []),
		['rebuild after one changed file (reported)', `${secs(rebuild.seconds)} (warm build ${secs(koyakuMedian)})`, ''],
	];
	console.log('\ngoals (issue 10), this run:\n');
	table(['goal', 'measured', ''], rows);
}
if (json) console.log(JSON.stringify(result));

function round(x: number) {
	return Math.round(x * 1000) / 1000;
}

if (!flag('--keep')) rmSync(work, { recursive: true, force: true });
else console.error(`kept ${work}`);
