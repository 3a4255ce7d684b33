/**
 * `npm run build`: THE one build script. Named steps, in order:
 *
 *   check     validate all content; any problem stops the build with the located messages; warnings are
 *             printed (with `--strict` they stop it too), and the election phase in one line
 *   guard     stop on election day (Japan time) unless `--allow-election-day`
 *   astro     `astro build` into a temporary folder next to the output folder (over the site the last build
 *             replaced, when it was kept: scripts/spare-site.ts)
 *   …post     the POST_BUILD steps below, in order, on that temporary folder
 *   swap      only when every step succeeded: the temporary folder replaces the output folder (the
 *             replaced site is kept as the next build's spare; older ones are removed afterwards by a
 *             background process, see removeInBackground)
 *
 * A failure anywhere leaves the last good site untouched and removes the temporary folder, so voters
 * never see a half-written or emptied site.
 *
 * ADDING A POST-BUILD STEP is one line in POST_BUILD: `{ name: 'pdf', run: buildPdfs },` where
 * `run(ctx)` gets the temporary output folder (`ctx.outDir`), the content folder and the loaded model,
 * may be async, and throws to fail the build (its message is printed; the site is not swapped).
 *
 * Usage: `npm run build [-- --outDir <folder>] [--allow-election-day] [--strict] [--bleed] [--no-pdf] [--skip <step,…>] [--debug]`
 * (`KOYAKU_CONTENT` picks the content folder; `KOYAKU_NOW` (ISO time) fakes the clock for tests.)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { phaseLine } from '../src/model/election-calendar.ts';
import { japanDate, now as clock } from '../src/clock.ts';
import { contentDir, loadContent, primeModel } from '../src/model/load.ts';
import { childEnv, disableAstroTelemetry, useContentDir } from '../src/settings.ts';
import type { Model } from '../src/model/model.ts';
import { formatProblem } from '../src/model/problems.ts';
import { chartStats, packChartsOfThisBuild } from '../src/charts/chart-stats.ts';
import { BuildStop } from './build-stop.ts';
import { withProjectLock } from './project-lock.ts';
import { buildingPrefix, recoverInterrupted, spareOf, sweepUnwritten, takeSpare } from './spare-site.ts';
import { accessibilityStep } from './steps/accessibility.ts';
import { adminStep } from './steps/cms-admin.ts';
import { pdfStep } from './steps/flyer-pdf.ts';
import { searchStep } from './steps/search-index.ts';

/** What a build step gets. */
export interface BuildContext {
	/** Project root (where astro.config.mjs is). */
	root: string;
	/** The content folder being built. */
	contentDir: string;
	/** The TEMPORARY output folder of this build; it becomes the real one only after every step succeeded. */
	outDir: string;
	/** The output folder as it is now (the last good site, if any): steps may reuse its unchanged files, never change them. */
	liveDir: string;
	/** Run after the swap, once the new site is in place (e.g. to record what a reused file was made from). */
	afterSwap: (() => void)[];
	/** Astro integrations the steps' `prepare` adds to this build's Astro step. */
	integrations: AstroIntegration[];
	/** Run when the build ends, whether it succeeded or not (e.g. to stop a helper process a step started). */
	cleanup: (() => void | Promise<void>)[];
	/** The validated content (set by the check step). */
	model?: Model;
	/** Prints a progress line. */
	log(message: string): void;
}

export interface BuildStep {
	/** Short name shown in progress and error lines, e.g. `pdf`. */
	name: string;
	run(ctx: BuildContext): void | Promise<void>;
	/** Runs before the Astro step (after check), e.g. to add an integration that sees each page as it is rendered. */
	prepare?(ctx: BuildContext): void | Promise<void>;
}

/** A step failure whose message is already written for a volunteer: printed without "internal error". */
export { BuildStop };

/** Steps that run on the built site before it is swapped in. Add yours here, one line each. */
export const POST_BUILD: BuildStep[] = [
	pdfStep,
	searchStep,
	accessibilityStep,
	adminStep,
];

const ROOT = resolve(import.meta.dirname, '..');

// As Astro's own command line does: Node keeps compiled modules on disk, so Astro, Vite and the pages'
// dependencies (imported after this) start faster on every build after the first.
enableCompileCache?.();

export { japanDate };

/**
 * The election-day stop message, or undefined when building is fine. On 投票日 campaigning, including
 * updating a campaign website, is not allowed (公職選挙法 129条, 142条の3).
 * @example electionDayStop('2026-12-01', new Date('2026-11-30T15:30:00Z')) // message (00:30 in Japan)
 */
export function electionDayStop(electionDate: string | undefined, now: Date): string | undefined {
	if (!electionDate || japanDate(now) !== electionDate) return undefined;
	return (
		`今日（${electionDate}、日本時間）は site.yaml の electionDate に書かれた投票日です。投票日当日は選挙運動ができないため（公職選挙法129条）、サイトを更新しませんでした。` +
		`選挙運動ではない更新（誤りの訂正など）を選挙管理委員会に確認済みの場合だけ、--allow-election-day を付けて実行してください。 / ` +
		`Today (${electionDate}, Japan time) is election day as set in site.yaml's electionDate. Campaigning, including updating a campaign site, is not allowed on election day (Public Offices Election Act art. 129), so nothing was built. ` +
		`Only for an update that is not campaigning and that you have cleared with the election board, run again with --allow-election-day.`
	);
}

export interface BuildOptions {
	/** Final output folder; default `dist` in the project root. */
	outDir?: string;
	contentDir?: string;
	now?: Date;
	allowElectionDay?: boolean;
	/** Warnings stop the build too (`--strict`), e.g. words asking for votes before the announcement. */
	strict?: boolean;
	/** Keep stack traces in Astro's log (`--debug`). */
	debug?: boolean;
	/** Post-build steps; default POST_BUILD. */
	postBuild?: BuildStep[];
	/** Names of post-build steps to leave out (`--skip pdf,search`; the bench builds without PDFs). */
	skip?: string[];
	log?: (message: string) => void;
}

/** Runs every step; resolves when the new site is in place, rejects (the old site kept) otherwise. */
export async function build(options: BuildOptions = {}): Promise<BuildContext> {
	const log = options.log ?? ((message: string) => console.log(message));
	const finalDir = resolve(options.outDir ?? join(ROOT, 'dist'));
	const dir = resolve(options.contentDir ?? contentDir());
	// A build killed while writing left its folder (holding the spare it had taken): the spare again, or removed.
	recoverInterrupted(finalDir);
	// Next to the final folder, so the swap is a rename on one file system; named with this process's id.
	const tempDir = mkdtempSync(buildingPrefix(finalDir));
	const ctx: BuildContext = { root: ROOT, contentDir: dir, outDir: tempDir, liveDir: finalDir, afterSwap: [], integrations: [], cleanup: [], log };
	const postBuild = (options.postBuild ?? POST_BUILD).filter((step) => !options.skip?.includes(step.name));
	const steps: BuildStep[] = [
		{ name: 'check', run: () => checkStep(ctx, options) },
		{ name: 'guard', run: () => guardStep(ctx, options) },
		{
			name: 'astro',
			run: async () => {
				for (const step of postBuild) await step.prepare?.(ctx);
				// Taken only now: a build stopped by its content never touches the spare.
				let spare = takeSpare(finalDir, tempDir);
				try {
					await astroStep(ctx, options.debug ?? false, spare !== undefined);
				} catch (error) {
					if (!spare) throw error;
					// A file where this build needs a folder (or the reverse) stops Astro: once more, into an empty folder
					// (a mistake in the pages fails there again, and that failure is the one reported).
					ctx.log('  ! 前回のサイトの控えに書き込む途中で止まったため、空のフォルダーで作り直します / stopped while writing over the kept copy of the last site: building again into an empty folder');
					spare = undefined;
					emptyFolder(tempDir);
					await astroStep(ctx, options.debug ?? false, false);
				}
				// What the spare had and this build did not write, before any step reads the folder.
				if (spare) sweepUnwritten(tempDir, spare);
			},
		},
		...postBuild,
	];
	try {
		for (const step of steps) {
			const started = performance.now();
			try {
				await step.run(ctx);
			} catch (error) {
				if (error instanceof BuildStop) throw error;
				throw new StepFailed(step.name, error);
			}
			log(`  ✔ ${step.name} (${Math.round(performance.now() - started)} ms)`);
		}
		const swapped = performance.now();
		const old = swap(tempDir, finalDir);
		for (const done of ctx.afterSwap) done();
		removeInBackground([...(old ? [old] : []), ...oldSites(finalDir).filter((dir) => dir !== old)]);
		log(`  ✔ swap (${Math.round(performance.now() - swapped)} ms)`);
		log(`✔ ${relative(process.cwd(), finalDir) || finalDir}/ を更新しました / site written to ${relative(process.cwd(), finalDir) || finalDir}/`);
		return { ...ctx, outDir: finalDir };
	} finally {
		for (const done of ctx.cleanup) await done();
		rmSync(tempDir, { recursive: true, force: true });
	}
}

/** A step threw something unexpected: a bug or an environment problem, not the content. */
export class StepFailed extends Error {
	readonly step: string;
	constructor(step: string, cause: unknown) {
		super(`${step}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
		this.step = step;
	}
}

function guardStep(ctx: BuildContext, options: BuildOptions) {
	const now = options.now ?? clock();
	const stop = electionDayStop(ctx.model?.site.electionDate, now);
	if (stop && !options.allowElectionDay) throw new BuildStop(`✘ ${stop}`);
	if (stop) ctx.log('  ! 投票日ですが --allow-election-day により作成します / election day: building because of --allow-election-day');
}

function checkStep(ctx: BuildContext, options: BuildOptions) {
	// Loaded once per build: Astro's pages, built next in this process, get this model through getModel().
	const loaded = primeModel(ctx.contentDir, loadContent(ctx.contentDir));
	const { model } = loaded;
	const problems = options.strict ? [...loaded.problems, ...loaded.warnings.map(({ severity: _, ...problem }) => problem)] : loaded.problems;
	if (!options.strict) for (const warning of loaded.warnings) ctx.log(`  ${formatProblem(warning)}`);
	if (!model || problems.length) {
		const files = new Set(problems.map((p) => p.file)).size;
		throw new BuildStop(
			`${problems.map(formatProblem).join('\n')}\n\n✘ ${files}ファイルに${problems.length}件の問題があります。サイトは作成していません / ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: nothing was built`,
		);
	}
	ctx.model = model;
	if (loaded.calendar) ctx.log(`  · ${phaseLine(loaded.calendar, options.now ?? clock())}`);
}

async function astroStep(ctx: BuildContext, debug: boolean, overSpare: boolean) {
	disableAstroTelemetry();
	useContentDir(ctx.contentDir);
	const { build: astroBuild } = await import('astro');
	const before = { ...chartStats };
	await withProjectLock(ctx.root, () => withoutStackTraces(debug, () => astroBuild({ root: ctx.root, outDir: ctx.outDir, logLevel: 'warn', integrations: ctx.integrations, ...(overSpare ? { vite: { build: { emptyOutDir: false } } } : {}) })), { log: ctx.log });
	// How much of the step the charts took (the bench reads this line).
	const drawn = chartStats.drawn - before.drawn;
	// The charts the pages used, into one file for the next build (src/charts/chart-cache.ts).
	const packed = packChartsOfThisBuild();
	ctx.log(`  · charts: ${drawn} drawn in ${Math.round(chartStats.drawMs - before.drawMs)} ms, ${chartStats.fromDisk - before.fromDisk} from the cache folder, ${chartStats.fromMemory - before.fromMemory} reused${packed?.written ? `; ${packed.charts} packed` : ''}`);
}

/** Astro logs errors with their stack; a volunteer gets the message and the page (the stack only with --debug). */
async function withoutStackTraces<T>(debug: boolean, run: () => Promise<T>): Promise<T> {
	if (debug) return run();
	const streams = [process.stdout, process.stderr];
	const originals = streams.map((stream) => stream.write.bind(stream));
	streams.forEach((stream, i) => {
		stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
			const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
			const kept = text.replace(/^\s+at .*(\r?\n|$)/gm, '');
			return kept ? originals[i]!(kept, ...rest) : true;
		}) as typeof stream.write;
	});
	try {
		return await run();
	} finally {
		streams.forEach((stream, i) => (stream.write = originals[i]! as typeof stream.write));
	}
}

/** The suffix of a replaced site moved aside by `swap`, waiting to be removed. */
const OLD = '-old';

/**
 * Replaces `finalDir` by `tempDir`: the old folder is moved aside first, as the next build's spare
 * (scripts/spare-site.ts; a spare left from before is returned, to be removed after), or, with spares
 * off, to be removed. Renames only, so the site is replaced in one step and a failure puts the old one back.
 */
function swap(tempDir: string, finalDir: string): string | undefined {
	const old = `${tempDir}${OLD}`;
	const aside = spareOf(finalDir);
	if (aside !== old && existsSync(aside)) renameSync(aside, old);
	if (existsSync(finalDir)) renameSync(finalDir, aside);
	try {
		renameSync(tempDir, finalDir);
	} catch (error) {
		if (existsSync(aside)) renameSync(aside, finalDir);
		throw error;
	}
	return existsSync(old) ? old : undefined;
}

/** Removes everything inside `dir`, keeping the folder. */
function emptyFolder(dir: string) {
	for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** Replaced sites of `finalDir` still waiting to be removed (a removal cut short by a shutdown, say). */
export function oldSites(finalDir: string): string[] {
	const prefix = `.${basename(finalDir)}-building-`;
	try {
		return readdirSync(dirname(finalDir))
			.filter((name) => name.startsWith(prefix) && name.endsWith(OLD))
			.map((name) => join(dirname(finalDir), name));
	} catch {
		return [];
	}
}

/**
 * Removes the replaced sites in a separate process that outlives the build: removing a big site's 14,000
 * files took a fifth of a warm build, and the new site is already in place. The folders are named
 * `.<out>-building-…-old`, next to the output folder; nothing reads them, and one that is left half-removed
 * (the machine shut down) is removed by the next build.
 */
function removeInBackground(dirs: string[]) {
	if (!dirs.length) return;
	const remove = 'for (const dir of process.argv.slice(1)) try { require("node:fs").rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); } catch {}';
	try {
		// Without NODE_OPTIONS: the bench's preloads measure the build, not this.
		spawn(process.execPath, ['-e', remove, ...dirs], { detached: true, stdio: 'ignore', env: childEnv({ NODE_OPTIONS: '' }) }).unref();
	} catch {
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	}
}

/** The command line: prints step failures in words, never a raw stack unless `--debug`. `extra`: for tests. */
export async function main(argv: string[], extra: BuildOptions = {}): Promise<never> {
	const flag = (name: string) => argv.includes(name);
	const value = (name: string) => {
		const i = argv.indexOf(name);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	try {
		const skip = value('--skip')?.split(',');
		await build({ ...extra, outDir: value('--outDir'), allowElectionDay: flag('--allow-election-day'), strict: flag('--strict'), debug: flag('--debug'), ...(skip ? { skip } : {}) });
		process.exit(0);
	} catch (error) {
		if (error instanceof BuildStop) console.error(error.message);
		else {
			const step = error instanceof StepFailed ? error.step : 'swap';
			const cause = error instanceof StepFailed ? error.cause : error;
			console.error(
				`✘ 作成の「${step}」の段階で koyaku 内部のエラーが起きました（コンテンツの誤りではありません）。前のサイトはそのまま残っています / ` +
					`Internal error in koyaku during the "${step}" step (not a mistake in your content). The previous site was kept.\n  ${cause instanceof Error ? cause.message.split('\n').slice(0, 20).join('\n  ') : String(cause)}` +
					(flag('--debug') ? `\n${cause instanceof Error ? cause.stack : ''}` : '\n  (--debug で詳細を表示 / run with --debug for details)'),
			);
		}
		process.exit(1);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
