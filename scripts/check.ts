/**
 * `npm run check`: validates all content and reports every problem in one run.
 * Exit code 0 when the content is valid, 1 otherwise. `--quiet` prints only problems (used by build).
 */
import { relative } from 'node:path';
import { contentDir, loadContent } from '../src/model/load.ts';
import { formatProblem } from '../src/model/problems.ts';

const quiet = process.argv.includes('--quiet');
const dir = contentDir();
const { problems, warnings, coverage, counts } = loadContent(dir);
const where = relative(process.cwd(), dir) || dir;

// Warnings never stop the build, but are always printed (also by the build's --quiet check).
for (const warning of warnings) console.error(formatProblem(warning));

if (problems.length) {
	for (const problem of problems) console.error(formatProblem(problem));
	const files = new Set(problems.map((p) => p.file)).size;
	console.error(
		`\n✘ ${files}ファイルに${problems.length}件の問題があります。サイトは作成していません / ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: nothing was built`,
	);
	process.exit(1);
}

if (!quiet) {
	const pct = ({ total, translated }: { total: number; translated: number }) =>
		`${total ? Math.floor((translated / total) * 1000) / 10 : 100}% (${translated}/${total})`;
	console.log(`✔ ${where}/ に問題はありません / ${where}/ is valid`);
	console.log(
		`  ${counts.manifestos} manifestos · ${counts.pillars} pillars · ${counts.policies} policies · ${counts.metrics} metrics · ` +
			`${counts.achievements} achievements · ${counts.sources} sources · ${counts.reports} reports`,
	);
	console.log(`  English translation: text fields ${pct(coverage.fields)}, bodies ${pct(coverage.bodies)}`);
}
