/** The page-weight report of `npm run bench -- --weights`: what the metrics page costs a reader on a slow connection. */
import { pageWeight, sum, type Asset } from '../../tests/helpers/weight.ts';
import { table } from './table.ts';

const PAGES = [
	{ lang: 'ja', path: '/metrics/' },
	{ lang: 'en', path: '/en/metrics/' },
];

const n = (bytes: number) => bytes.toLocaleString('en-US');
const pct = (part: number, whole: number) => `${whole ? ((part / whole) * 100).toFixed(1) : '0.0'}%`;

/** Prints the gzip bytes of the HTML, CSS and JS of /metrics/ in each language, and the shared assets. */
export function printWeights(dir: string, label: string): void {
	const weights = PAGES.map(({ lang, path }) => ({ lang, ...pageWeight(dir, path) }));
	console.log(`\nMetrics page weight (${label}), bytes; gzip -9 as served compressed:\n`);
	table(
		['page', 'HTML gz', 'CSS gz', 'JS gz', 'total gz', 'JS share', 'HTML raw', 'JS raw'],
		weights.map((w) => {
			const total = w.html.gzip + sum(w.css) + sum(w.js);
			return [w.page, n(w.html.gzip), n(sum(w.css)), n(sum(w.js)), n(total), pct(sum(w.js), total), n(w.html.raw), n(sum(w.js, 'raw'))];
		}),
	);
	const assets = new Map<string, Asset>();
	for (const w of weights) for (const a of [...w.js, ...w.css]) assets.set(a.path, a);
	if (assets.size) {
		console.log('\nAssets (shared by both languages and cached after the first page):\n');
		table(['asset', 'raw', 'gzip'], [...assets.values()].map((a) => [a.path, n(a.raw), n(a.gzip)]));
	}
	console.log('\nJS share = JavaScript ÷ (HTML + CSS + JS), all gzipped. Budgets are tests: tests/build/budgets.test.ts.');
}
