/**
 * Build step `accessibility` (scripts/build.ts): runs axe-core (WCAG 2.0/2.1 A and AA rules) in Chromium
 * over one page of every type in every edition of the built site (src/lib/accessibility.ts testedPages),
 * then writes what it found into every edition's accessibility page and into data/accessibility.json.
 *
 * The pages are served to the browser straight from the build folder (no network, no server). The
 * accessibility page is tested last, with the results already in it.
 *
 * A violation does NOT stop the build: the page then says which rules fail on which pages (never a claim
 * it cannot support), and the build prints a warning; `--strict` stops it instead. A campaign office cannot
 * fix an axe-core rule the night before a deadline, and withholding a corrected pledge from voters for it
 * would serve nobody; koyaku's own tests keep its pages free of violations. No browser: the page says no
 * test was run (the flyer step has already stopped the build then, unless `--no-pdf`).
 *
 * Also runs alone on a built folder: `node scripts/steps/accessibility.ts dist`.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cacheFolder, cacheKey, readCached, writeCached } from '../../src/cache.ts';
import { BuildStop } from '../build-stop.ts';
import { findBrowser, NoBrowserError, type FoundBrowser } from '../../src/flyer/find-browser.ts';
import { LAUNCH_ARGS } from '../../src/flyer/pdf.ts';
import { BASE_KEY, siteLocales, type Lang } from '../../src/i18n/index.ts';
import {
	A11Y_VIEWPORT,
	ACCESSIBILITY_JSON,
	ACCESSIBILITY_PATH,
	AXE_TAGS,
	resultsHtml,
	testedUrls,
	violationsByRule,
	type A11yPageResult,
	type A11yReport,
	type A11yState,
	type A11yViolation,
} from '../../src/lib/accessibility.ts';
import { easyRubyFragment } from '../../src/lib/easy-ruby.ts';
import { publishedJson } from '../../src/lib/published-json.ts';
import { japanDate, now } from '../../src/clock.ts';
import { getModel } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';

const require = createRequire(import.meta.url);
/** A made-up origin the built pages are served from (requests never leave the process). */
const ORIGIN = 'http://koyaku-a11y.invalid';
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};
/** Pages tested at once: the machine's cores are shared with the rest of the build. */
const TABS = 2;

/**
 * axe-core's help text of a rule in `lang`, from its own translations; undefined where it has none. The easy
 * edition uses the Japanese one: axe-core has no やさしい日本語, and Japanese beats falling back to English.
 */
function axeHelp(lang: Lang, rule: string): string | undefined {
	if (lang === 'en') return undefined;
	const file = lang === 'easy' ? 'ja' : lang;
	try {
		const locale = JSON.parse(readFileSync(require.resolve(`axe-core/locales/${file}.json`), 'utf8')) as { rules?: Record<string, { help?: string }> };
		return locale.rules?.[rule]?.help;
	} catch {
		return undefined;
	}
}

/** Serves `dir` (the base path stripped) to every page of the context; anything else is refused. */
async function serveFolder(context: BrowserContext, dir: string, base: string) {
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
		const path = decodeURIComponent(url.pathname);
		if (!path.startsWith(base)) return route.fulfill({ status: 404, body: 'not found' });
		let file = normalize(join(dir, path.slice(base.length)));
		if (file !== dir && !file.startsWith(dir + sep)) return route.fulfill({ status: 404 });
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
		return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
	});
}

interface AxeResult {
	violations: { id: string; impact: string | null; help: string; helpUrl: string; nodes: { target: unknown[] }[] }[];
	incomplete: { id: string }[];
	passes: unknown[];
}

/** One page through axe-core. */
async function testPage(tab: Page, base: string, page: { type: A11yPageResult['type']; lang: Lang; url: string }): Promise<A11yPageResult> {
	const response = await tab.goto(`${ORIGIN}${base}${page.url.replace(/^\//, '')}`, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`${page.url} was not built`);
	await tab.waitForFunction(() => 'axe' in window);
	const result = await tab.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe;
		const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return { violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) })), incomplete: r.incomplete.map((i) => i.id), passes: r.passes.length };
	}, [...AXE_TAGS]);
	const violations: A11yViolation[] = result.violations.map((v) => ({
		rule: v.id,
		impact: v.impact ?? 'unknown',
		help: { en: v.help, ...Object.fromEntries(siteLocales().locales.map((l) => [l, axeHelp(l, v.id)]).filter(([, h]) => h)) },
		helpUrl: v.helpUrl,
		nodes: v.nodes.length,
		targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
	}));
	return { ...page, violations, incomplete: result.incomplete.length, incompleteRules: result.incomplete, passes: result.passes };
}

/** The campaign's reading dictionary (site.yaml `readings:`), for the easy edition's furigana. */
const readingsOf = (model: Pick<Model, 'site'>) => (model.site as { readings?: Record<string, string> }).readings ?? {};

/** The accessibility page's file of `lang` in the build folder. */
const pageFile = (dir: string, lang: Lang) => join(dir, lang === siteLocales().root ? '' : lang, ACCESSIBILITY_PATH, 'index.html');

/**
 * Puts `state` into every edition's accessibility page (replacing the built "not tested" section) and the
 * JSON. The easy edition's section has furigana like the rest of its page (src/middleware.ts put them on
 * the built one), from the campaign's `readings`.
 */
export async function writeResults(dir: string, state: A11yState, from: A11yState = { tested: false, reason: 'not-run' }, readings: Record<string, string> = readingsOf(getModel())) {
	const section = (s: A11yState, lang: Lang) => (lang === 'easy' ? easyRubyFragment(resultsHtml(s, lang), readings) : resultsHtml(s, lang));
	for (const lang of siteLocales().locales) {
		const file = pageFile(dir, lang);
		const html = readFileSync(file, 'utf8');
		const was = await section(from, lang);
		if (!html.includes(was)) throw new Error(`${file}: the results section is not as built (src/lib/accessibility.ts resultsHtml)`);
		const now = await section(state, lang);
		writeFileSync(file, html.replace(was, () => now));
	}
	writeFileSync(join(dir, ACCESSIBILITY_JSON), `${publishedJson(state, 1)}\n`);
}

export interface A11yRun {
	report: A11yReport;
	ms: number;
}

/** A page's result as kept in the cache: with the day it was really tested and the browser that tested it. */
interface CachedResult {
	result: A11yPageResult;
	date: string;
	browser: string;
}

/**
 * What decides every page's result besides its own HTML: axe-core's code, the rules asked for, the viewport,
 * the browser binary and the site's stylesheets (contrast, reflow).
 */
function runKey(dir: string, axeSource: string, browserPath: string): string {
	const browser = statSync(browserPath);
	const sheets = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
		.filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	return cacheKey([axeSource, JSON.stringify(AXE_TAGS), JSON.stringify(A11Y_VIEWPORT), `${browserPath} ${browser.size} ${browser.mtimeMs}`, ...sheets.flatMap((file) => [file.slice(dir.length), readFileSync(file)])]);
}

/**
 * Tests every page type of the built folder `dir` and writes the results into it. A page whose bytes (and
 * everything else {@link runKey} names) were tested before is not tested again: its result comes from the
 * cache with the day it was tested, so a rebuild that changed no tested page starts no browser.
 */
export async function runAccessibility(dir: string, model: Model, found?: FoundBrowser): Promise<A11yRun> {
	const started = performance.now();
	const browserFound = found ?? (await findBrowser());
	const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
	const axeVersion = (JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')) as { version: string }).version;
	const base = (globalThis as { [BASE_KEY]?: string })[BASE_KEY] ?? '/';
	const folder = cacheFolder('accessibility');
	const run = runKey(dir, axeSource, browserFound.path);
	const keyOf = (page: { url: string }) => `${cacheKey([run, page.url, readFileSync(join(dir, page.url.replace(/^\//, ''), page.url.endsWith('/') ? 'index.html' : ''))])}.json`;
	const cachedOf = (page: { url: string }): CachedResult | undefined => {
		const bytes = folder ? readCached(folder, keyOf(page)) : undefined;
		return bytes && (JSON.parse(bytes.toString('utf8')) as CachedResult);
	};

	// The browser starts only for a page not tested before.
	let tester: { browser: Browser; context: BrowserContext; tabs: Page[] } | undefined;
	const startBrowser = async () => {
		const { chromium } = await import('playwright-core');
		const browser = await chromium.launch({ executablePath: browserFound.path, args: [...LAUNCH_ARGS, ...browserFound.args], ...(browserFound.env ? { env: { ...process.env, ...browserFound.env } } : {}) });
		// axe-core goes in as a script of the test's own, which the site's Content-Security-Policy rightly
		// forbids: bypassed for the test only (tests/build/csp.test.ts checks the policy itself). Given once
		// to the context, before any page: Chromium compiles it once instead of once a page (a third less time).
		const context = await browser.newContext({ bypassCSP: true, viewport: A11Y_VIEWPORT, serviceWorkers: 'block' });
		await context.addInitScript({ content: axeSource });
		await serveFolder(context, dir, base);
		// Each tab goes from page to page: a new tab per page starts a new renderer, which took twice the time.
		const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
		return { browser, context, tabs };
	};
	const today = japanDate(now());
	const test = async (pages: ReturnType<typeof testedUrls>): Promise<CachedResult[]> => {
		const out: CachedResult[] = pages.map((page) => cachedOf(page)!);
		const missing = pages.map((_, i) => i).filter((i) => !out[i]);
		if (!missing.length) return out;
		tester ??= await startBrowser();
		const browser = `Chromium ${tester.browser.version()}`;
		let next = 0;
		await Promise.all(
			tester.tabs.map(async (tab) => {
				while (next < missing.length) {
					const i = missing[next++]!;
					out[i] = { result: await testPage(tab, base, pages[i]!), date: today, browser };
					if (folder) writeCached(folder, keyOf(pages[i]!), JSON.stringify(out[i]));
				}
			}),
		);
		return out;
	};

	try {
		const all = testedUrls(model);
		const others = all.filter((p) => p.type !== 'accessibility');
		const results = await test(others);
		const report = (tested: CachedResult[]): A11yReport => ({
			tested: true,
			// The day of the oldest result shown: each page was tested on its day, as it is published now.
			date: tested.map((r) => r.date).sort()[0] ?? today,
			tool: { name: 'axe-core', version: axeVersion },
			browser: [...new Set(tested.map((r) => r.browser))].join(', '),
			tags: AXE_TAGS,
			viewport: A11Y_VIEWPORT,
			pages: tested.map((r) => r.result),
		});
		// The accessibility page itself, with the results of the other pages in it (its own row says "none"
		// while it is tested), then the final results.
		const own = all.filter((p) => p.type === 'accessibility');
		const blank = (p: (typeof own)[number]): CachedResult => ({ result: { ...p, violations: [], incomplete: 0, incompleteRules: [], passes: 0 }, date: today, browser: results[0]?.browser ?? '' });
		const provisional = report([...results, ...own.map(blank)]);
		await writeResults(dir, provisional, undefined, readingsOf(model));
		const final = report([...results, ...(await test(own))]);
		await writeResults(dir, final, provisional, readingsOf(model));
		return { report: final, ms: Math.round(performance.now() - started) };
	} finally {
		await tester?.context.close();
		await tester?.browser.close();
	}
}

/** The step's one-line summary and, when something failed, the warning naming each rule and its pages. */
export function summary(report: A11yReport): { line: string; warning?: string; stop?: string } {
	const failing = violationsByRule(report);
	const line = `  · accessibility: axe-core ${report.tool.version} in ${report.browser}, ${report.pages.length} pages, ${failing.length ? `${failing.length} rules violated` : 'no violations'}`;
	if (!failing.length) return { line };
	const list = failing.map((v) => `    ${v.rule} (${v.impact}): ${v.pages.map((p) => p.url).join(', ')}`).join('\n');
	return {
		line,
		warning: `  ! アクセシビリティの自動試験で違反が見つかりました。アクセシビリティのページにそのとおり表示しています / The automated accessibility test found violations; the accessibility page says so:\n${list}`,
		stop: `✘ アクセシビリティの自動試験で違反が見つかったため、サイトを更新しませんでした（--strict）。前のサイトはそのまま残っています / The automated accessibility test found violations, so the site was not updated (--strict); the previous site was kept:\n${list}`,
	};
}

export const accessibilityStep = {
	name: 'accessibility',
	async run(ctx: { outDir: string; model?: Model; log(message: string): void }) {
		const model = ctx.model ?? getModel();
		let found: FoundBrowser;
		try {
			found = await findBrowser();
		} catch (error) {
			if (!(error instanceof NoBrowserError)) throw error;
			await writeResults(ctx.outDir, { tested: false, reason: 'no-browser' }, undefined, readingsOf(model));
			return ctx.log('  ! ブラウザーが見つからないため、アクセシビリティの自動試験をしていません（ページにもそう表示します） / no browser found: the accessibility test was not run, and the accessibility page says so');
		}
		const { report, ms } = await runAccessibility(ctx.outDir, model, found);
		const { line, warning, stop } = summary(report);
		ctx.log(`${line} in ${ms} ms`);
		if (stop && process.argv.includes('--strict')) throw new BuildStop(stop);
		if (warning) ctx.log(warning);
	},
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
	const { report, ms } = await runAccessibility(dir, getModel());
	const { line, warning } = summary(report);
	console.log(`${line} in ${ms} ms`);
	if (warning) console.log(warning);
}
