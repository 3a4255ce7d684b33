/**
 * `npm run bench`: what the metrics page costs a reader on a slow connection.
 * Builds the site into a temporary folder (or, with `--dist`, measures the existing dist/), then prints
 * the gzip bytes of the client JavaScript and of the HTML of /metrics/ in each language, with the CSS and
 * the share of the page's weight that is chart JavaScript.
 *
 *   npm run bench            # fresh build into a temporary folder
 *   npm run bench -- --dist  # measure dist/ as it is (after npm run build)
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, ROOT } from '../tests/helpers/build.ts';
import { pageWeight, sum, type Asset } from '../tests/helpers/weight.ts';

const PAGES = [
	{ lang: 'ja', path: '/metrics/' },
	{ lang: 'en', path: '/en/metrics/' },
];

const useDist = process.argv.includes('--dist');
let dir = join(ROOT, 'dist');
if (useDist) {
	if (!existsSync(join(dir, 'metrics', 'index.html'))) {
		console.error('dist/metrics/index.html is missing: run npm run build first, or drop --dist');
		process.exit(1);
	}
} else {
	process.stdout.write('Building the site into a temporary folder… ');
	dir = await buildSite();
	console.log('done.');
}

const n = (bytes: number) => bytes.toLocaleString('en-US');
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
const table = (head: string[], rows: string[][]) => {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	rows.forEach((r) => console.log(line(r)));
};

const weights = PAGES.map(({ lang, path }) => ({ lang, ...pageWeight(dir, path) }));

console.log(`\nMetrics page weight (${useDist ? 'dist/' : 'fresh build'}), bytes; gzip -9 as served compressed:\n`);
table(
	['page', 'HTML gz', 'CSS gz', 'JS gz', 'total gz', 'JS share', 'HTML raw', 'JS raw'],
	weights.map((w) => {
		const total = w.html.gzip + sum(w.css) + sum(w.js);
		return [w.page, n(w.html.gzip), n(sum(w.css)), n(sum(w.js)), n(total), pct(sum(w.js), total), n(w.html.raw), n(sum(w.js, 'raw'))];
	}),
);

const assets = new Map<string, Asset>();
for (const w of weights) for (const a of [...w.js, ...w.css]) assets.set(a.path, a);
console.log('\nAssets (shared by both languages and cached after the first page):\n');
table(['asset', 'raw', 'gzip'], [...assets.values()].map((a) => [a.path, n(a.raw), n(a.gzip)]));
console.log('\nJS share = chart JavaScript ÷ (HTML + CSS + JS), all gzipped. The JS budget is checked in tests/build/metrics-page.test.ts.');

if (!useDist) rmSync(dir, { recursive: true, force: true });
