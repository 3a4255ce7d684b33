/**
 * What search and share images add to a build of the default content, as ratios within one run:
 * alternating round by round, builds with everything (share images from a warm cache), with images drawn
 * from an empty cache, without share images (KOYAKU_OG=off) and without the search index (`--skip search`).
 * Prints each variant's median wall time and `astro` / `search` step times (from scripts/build.ts' lines),
 * the ratio to the build without either, the image count and bytes, and the index size.
 *
 *   node scripts/bench/share-steps.ts [--rounds 2] [--json]
 *
 * `npm run bench` can call `benchShareSteps()`; on a shared machine quote the ratios and the load average.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { childEnv, settingsEnv, type SettingValues } from '../../src/settings.ts';

const ROOT = join(import.meta.dirname, '..', '..');

interface Variant {
	name: string;
	/** Settings for the build; `freshCache` gives each round an empty image cache (the charts' and bodies' stay warm). */
	settings: SettingValues;
	/** Build steps left out (`--skip`). */
	skip?: string;
	freshCache?: boolean;
}

const VARIANTS: Variant[] = [
	{ name: 'neither (KOYAKU_OG=off, --skip search)', settings: { shareImages: false }, skip: 'search' },
	{ name: 'search only (KOYAKU_OG=off)', settings: { shareImages: false } },
	{ name: 'images from cache, no search', settings: {}, skip: 'search' },
	{ name: 'images drawn (empty cache), no search', settings: {}, skip: 'search', freshCache: true },
	{ name: 'everything (images from cache + search)', settings: {} },
];

interface Sample {
	wall: number;
	astro: number;
	search: number;
}

function build(outDir: string, settings: SettingValues, skip?: string): Promise<Sample> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(process.execPath, [join(ROOT, 'scripts', 'build.ts'), '--outDir', outDir, '--allow-election-day', ...(skip ? ['--skip', skip] : [])], {
			cwd: ROOT,
			env: childEnv({ ASTRO_TELEMETRY_DISABLED: '1', ...settingsEnv(settings) }),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		child.stdout.on('data', (c: Buffer) => (log += c));
		child.stderr.on('data', (c: Buffer) => (log += c));
		child.on('close', (code) => {
			if (code !== 0) return fail(new Error(`build failed:\n${log.slice(-2000)}`));
			const step = (name: string) => Number(new RegExp(`✔ ${name} \\((\\d+) ms\\)`).exec(log)?.[1] ?? 0);
			done({ wall: performance.now() - started, astro: step('astro'), search: step('search') });
		});
	});
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const folder = (dir: string): { files: number; bytes: number } =>
	readdirSync(dir, { withFileTypes: true }).reduce(
		(acc, e) => {
			const sub = e.isDirectory() ? folder(join(dir, e.name)) : { files: 1, bytes: statSync(join(dir, e.name)).size };
			return { files: acc.files + sub.files, bytes: acc.bytes + sub.bytes };
		},
		{ files: 0, bytes: 0 },
	);

export interface ShareStepsResult {
	rounds: number;
	load: { start: number; end: number };
	variants: { name: string; wallMs: number; astroMs: number; searchMs: number; ratio: number }[];
	images: { count: number; bytes: number };
	index: { files: number; bytes: number };
}

export async function benchShareSteps(rounds = 2, say = (s: string) => process.stderr.write(s)): Promise<ShareStepsResult> {
	const work = mkdtempSync(join(tmpdir(), 'koyaku-bench-share-'));
	const warmCache = join(work, 'cache');
	const samples = new Map<string, Sample[]>(VARIANTS.map((v) => [v.name, []]));
	const load = { start: loadavg()[0]!, end: 0 };
	let images = { count: 0, bytes: 0 };
	let index = { files: 0, bytes: 0 };
	try {
		// Fill the warm cache once (not timed).
		say('warming the image cache… ');
		await build(join(work, 'warm'), { cache: warmCache });
		const og = folder(join(work, 'warm', 'og'));
		images = { count: og.files, bytes: og.bytes };
		index = folder(join(work, 'warm', 'pagefind'));
		say('done\n');
		for (let round = 1; round <= rounds; round++) {
			for (const variant of VARIANTS) {
				say(`round ${round}/${rounds}: ${variant.name}… `);
				const cache = variant.freshCache ? mkdtempSync(join(work, 'cold-')) : warmCache;
				if (variant.freshCache) cpSync(warmCache, cache, { recursive: true, filter: (path) => path !== join(warmCache, 'og') });
				const out = join(work, `out-${round}`);
				const sample = await build(out, { ...variant.settings, cache }, variant.skip);
				samples.get(variant.name)!.push(sample);
				rmSync(out, { recursive: true, force: true });
				if (variant.freshCache) rmSync(cache, { recursive: true, force: true });
				say(`${(sample.wall / 1000).toFixed(1)} s\n`);
			}
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	load.end = loadavg()[0]!;
	const base = median(samples.get(VARIANTS[0]!.name)!.map((s) => s.wall));
	return {
		rounds,
		load,
		variants: VARIANTS.map((v) => {
			const s = samples.get(v.name)!;
			const wallMs = median(s.map((x) => x.wall));
			return { name: v.name, wallMs, astroMs: median(s.map((x) => x.astro)), searchMs: median(s.map((x) => x.search)), ratio: wallMs / base };
		}),
		images,
		index,
	};
}

export function printShareSteps(r: ShareStepsResult) {
	const rows = r.variants.map((v) => [v.name, (v.wallMs / 1000).toFixed(1), (v.astroMs / 1000).toFixed(1), (v.searchMs / 1000).toFixed(1), `${v.ratio.toFixed(2)}×`]);
	const head = ['build of content/ (median of ' + r.rounds + ')', 'wall s', 'astro s', 'search s', 'vs neither'];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	rows.forEach((row) => console.log(line(row)));
	console.log(`\nshare images: ${r.images.count} PNGs, ${(r.images.bytes / 1024 / 1024).toFixed(1)} MiB (${Math.round(r.images.bytes / r.images.count / 1024)} KiB each)`);
	console.log(`search index: ${r.index.files} files, ${Math.round(r.index.bytes / 1024)} KiB (dist/pagefind/)`);
	console.log(`load average: ${r.load.start.toFixed(1)} at start, ${r.load.end.toFixed(1)} at end`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const i = process.argv.indexOf('--rounds');
	const result = await benchShareSteps(i > 0 ? Number(process.argv[i + 1]) : 2);
	printShareSteps(result);
	if (process.argv.includes('--json')) console.log(JSON.stringify(result));
}
