/**
 * `npm run lighthouse`: Lighthouse (mobile, simulated slow 4G, the default config) on the built site as a
 * static host serves it — brotli/gzip compression and cache headers — for the home page, a pillar, a
 * pledge and the metrics page, in both languages. Prints the four category scores and LCP, FCP, TBT and
 * CLS per page and writes them to test-output/lighthouse.json.
 *
 * Usage: `npm run build && npm run lighthouse [-- --dir dist] [--only /,/en/]`
 * (CHROME_PATH picks the browser; default /usr/bin/chromium.)
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { loadContent } from '../src/model/load.ts';
import { lighthouseChrome } from '../src/settings.ts';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const dir = resolve(arg('dir') ?? join(ROOT, 'dist'));
if (!existsSync(join(dir, 'index.html'))) {
	console.error(`${dir} にサイトがありません。先に npm run build を実行してください / No built site in ${dir}: run npm run build first`);
	process.exit(1);
}

/** The pages the issue names: home, a pillar, a pledge (one with figures and a rating) and the metrics page. */
function pagesToTest(): string[] {
	const only = arg('only');
	if (only) return only.split(',');
	const model = loadContent().model;
	if (!model) throw new Error('content has problems: run npm run check');
	const pillar = model.pillars.find((p) => model.policies.some((x) => x.pillar === p.id)) ?? model.pillars[0]!;
	const policy = model.policies.find((p) => p.rating.reason && model.metrics.some((m) => m.owner.id === p.id)) ?? model.policies[0]!;
	const paths = ['', `pillars/${pillar.id}/`, `policies/${policy.id}/`, 'metrics/'];
	return paths.flatMap((p) => [`/${p}`, `/en/${p}`]);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml',
	'.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
	'.pdf': 'application/pdf', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|wasm)|image\/svg)/;

/** A static host: files, folder/index.html, 404.html, compression, long caching for hashed assets. */
function serve(): Promise<{ url: string; close: () => Promise<void> }> {
	const server = createServer((req, res) => {
		const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]!);
		let file = join(dir, normalize(urlPath).replace(/^([/\\])+/, ''));
		if (!file.startsWith(dir + sep) && file !== dir) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) [file, status] = [join(dir, '404.html'), 404];
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		let body: Buffer = readFileSync(file);
		const headers: Record<string, string> = {
			'content-type': type,
			'cache-control': urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
			vary: 'accept-encoding',
		};
		const accept = String(req.headers['accept-encoding'] ?? '');
		if (COMPRESSIBLE.test(type)) {
			if (accept.includes('br')) [body, headers['content-encoding']] = [brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), 'br'];
			else if (accept.includes('gzip')) [body, headers['content-encoding']] = [gzipSync(body, { level: 9 }), 'gzip'];
		}
		res.writeHead(status, { ...headers, 'content-length': String(body.length) }).end(body);
	});
	return new Promise((done) =>
		server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((c) => server.close(() => c())) })),
	);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
interface Row {
	page: string;
	scores: Record<(typeof CATEGORIES)[number], number>;
	lcp: number;
	fcp: number;
	tbt: number;
	cls: number;
	/** Audits that lost points, for fixing. */
	failing: string[];
}

const server = await serve();
const chrome = await chromeLauncher.launch({
	chromePath: lighthouseChrome(),
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: Row[] = [];
try {
	for (const page of pagesToTest()) {
		const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
		if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
		const { lhr } = result;
		const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
		const failing = Object.values(lhr.audits)
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
			.map((a) => `${a.id} (${a.score})`);
		const row: Row = {
			page,
			scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Row['scores'],
			lcp: Math.round(num('largest-contentful-paint')),
			fcp: Math.round(num('first-contentful-paint')),
			tbt: Math.round(num('total-blocking-time')),
			cls: Number(num('cumulative-layout-shift').toFixed(3)),
			failing,
		};
		rows.push(row);
		console.log(`${page.padEnd(48)} perf ${row.scores.performance} · a11y ${row.scores.accessibility} · best ${row.scores['best-practices']} · seo ${row.scores.seo} · LCP ${row.lcp} ms · FCP ${row.fcp} ms · TBT ${row.tbt} ms · CLS ${row.cls}${failing.length ? `\n    below 1: ${failing.join(', ')}` : ''}`);
	}
} finally {
	await chrome.kill();
	await server.close();
}
mkdirSync(join(ROOT, 'test-output'), { recursive: true });
writeFileSync(join(ROOT, 'test-output', 'lighthouse.json'), `${JSON.stringify(rows, null, 2)}\n`);
const all100 = rows.every((r) => CATEGORIES.every((c) => r.scores[c] === 100));
console.log(all100 ? `\n✔ ${rows.length} pages: 100 in all four categories` : `\n✘ not every page scores 100 in all four categories (test-output/lighthouse.json)`);
process.exitCode = all100 ? 0 : 1;
