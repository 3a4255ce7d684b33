/**
 * `npm run check`: validates all content and reports every problem in one run (`--debug`: stacks of internal errors).
 * Exit code 0 when the content is valid, 1 otherwise. `--quiet` prints only problems (used by build).
 * `--strict`: warnings are problems too (exit code 1), e.g. words asking for votes before the announcement.
 * Prints the election phase (site.yaml's calendar, Japan time; `KOYAKU_NOW` fixes the clock) in one line.
 * With the やさしい日本語 edition on (or `--furigana`): the words whose furigana it is not sure of.
 */
import { enableCompileCache } from 'node:module';
import { relative } from 'node:path';
import { contentDir } from '../src/settings.ts';

// Node keeps the compiled (and type-stripped) modules on disk: about half of check's start-up, every run after the first.
enableCompileCache?.();
const dir = contentDir();
const { loadContent } = await import('../src/model/load.ts');
const { formatProblem } = await import('../src/model/problems.ts');
const { phaseLine } = await import('../src/model/election-calendar.ts');
const { now } = await import('../src/clock.ts');

const quiet = process.argv.includes('--quiet');
const debug = process.argv.includes('--debug');
const strict = process.argv.includes('--strict');
let loaded: ReturnType<typeof loadContent> | undefined;
try {
	// Only the problems: the model is assembled by the build; --quiet prints no translation coverage.
	loaded = loadContent(dir, { model: false, coverage: !quiet });
} catch (error) {
	// The loader catches per file; this is a bug outside any one file.
	console.error(
		`✘ koyaku 内部のエラーでコンテンツを確認できませんでした（koyaku の不具合です） / Internal error in koyaku while checking ${relative(process.cwd(), dir) || dir}/ (a bug in koyaku): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` +
			(debug && error instanceof Error ? `\n${error.stack}` : '\n  (--debug で詳細を表示 / run with --debug for details)'),
	);
	// The exit code, not process.exit(): what was written still reaches a pipe (a CI log) before the process ends.
	process.exitCode = 1;
}
if (loaded) report(loaded);
if (loaded && !quiet && !process.exitCode) await unsureReadings(loaded);

/**
 * With the やさしい日本語 edition on (site.yaml `locales` lists `easy`; `--furigana` asks for it anyway), the
 * words whose furigana koyaku is not sure of, once, for staff to confirm. Without it the analyser is not
 * even loaded: check stays as fast as before.
 */
async function unsureReadings({ locales, furigana }: NonNullable<typeof loaded>): Promise<void> {
	if (!furigana || !(locales?.includes('easy') || process.argv.includes('--furigana'))) return;
	// The analyser takes about a second and 400 MB to load: the list is kept in the cache, by what decides it (the
	// texts, the readings, the module's code and the analyser's version), so a check of unchanged text skips it.
	const { cacheFolder, cacheKey, readCached, writeCached } = await import('../src/cache.ts');
	const { furiganaCodeKey, loadFurigana, formatUncertain } = await import('../src/lib/furigana.ts');
	const folder = cacheFolder('furigana');
	const texts = furigana.texts();
	const key = `${cacheKey([furiganaCodeKey(), JSON.stringify(furigana.readings), ...texts])}.txt`;
	const cached = folder ? readCached(folder, key) : undefined;
	let block = cached?.toString('utf8');
	if (block === undefined) {
		block = formatUncertain((await loadFurigana(furigana.readings)).uncertain(texts));
		if (folder) writeCached(folder, key, block);
	}
	if (block) console.log(block);
}


function report({ problems: found, warnings: noted, coverage, counts, locales, calendar }: NonNullable<typeof loaded>): void {
	const where = relative(process.cwd(), dir) || dir;
	// --strict: every warning is a problem (located as before, without the "Warning" mark).
	const problems = strict ? [...found, ...noted.map(({ severity: _, ...problem }) => problem)] : found;
	const warnings = strict ? [] : noted;

	// Warnings never stop the build, but are always printed (also by the build's --quiet check).
	for (const warning of warnings) console.error(formatProblem(warning));

	if (problems.length) {
		const files = new Set(problems.map((p) => p.file)).size;
		// One write of the whole report, and the exit code rather than process.exit(): thousands of problems
		// written to a pipe (a CI log) were cut short when the process ended before they were out.
		process.stderr.write(
			problems.map((problem) => formatProblem(problem) + (debug && problem.debug ? `\n${problem.debug}` : '')).join('\n') +
				`\n\n✘ ${files}ファイルに${problems.length}件の問題があります。サイトは作成していません / ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: nothing was built\n`,
		);
		process.exitCode = 1;
		return;
	}

	if (!quiet) {
		const pct = ({ total, translated }: { total: number; translated: number }) =>
			`${total ? Math.floor((translated / total) * 1000) / 10 : 100}% (${translated}/${total})`;
		console.log(`✔ ${where}/ に問題はありません / ${where}/ is valid`);
		console.log(
			`  ${counts.manifestos} manifestos · ${counts.pillars} pillars · ${counts.policies} policies · ${counts.metrics} metrics · ` +
				`${counts.achievements} achievements · ${counts.sources} sources · ${counts.reports} reports`,
		);
		// A Japanese-only site (site.yaml `locales: [ja]`) has no English to count.
		if (locales?.includes('en') ?? true) console.log(`  English translation: text fields ${pct(coverage.fields)}, bodies ${pct(coverage.bodies)}`);
		else console.log('  日本語のみのサイトです（locales: [ja]） / Japanese-only site (locales: [ja])');
		if (locales?.includes('easy')) console.log(`  やさしい日本語 / Easy Japanese: text fields ${pct(coverage.easy.fields)}, bodies ${pct(coverage.easy.bodies)} (the rest shows its Japanese)`);
		if (calendar) console.log(`  ${phaseLine(calendar, now())}`);
	}
}
