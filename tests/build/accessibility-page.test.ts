/**
 * The accessibility page (ウェブアクセシビリティ方針と試験結果) and data/accessibility.json as the build
 * publishes them: results from the build's own axe-core run over every page type in every edition, a
 * conformance sentence derived from them (never 準拠 from an automated test alone), the footer link on every
 * page; and a build that could not run the test says so, claiming nothing.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PAGE_TYPES, testedPages, type A11yReport, type A11yState } from '../../src/lib/accessibility.ts';
import { loadContent } from '../../src/model/load.ts';
import { writeResults } from '../../scripts/steps/accessibility.ts';
import { buildSite, readPage, ROOT, runBuild } from '../helpers/build.ts';
import { builtHtml, builtSite } from '../helpers/site.ts';

const model = loadContent(`${ROOT}/content`).model!;
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The easy edition's text as read, without its furigana (`<ruby>漢字<rp>(<rt>かんじ<rp>)</ruby>` → 漢字). */
const easyText = (html: string) => textOf(html.replace(/<rp>\(<rt>[^<]*<rp>\)<\/ruby>/g, '').replace(/<ruby>/g, ''));
const results = (html: string) => html.slice(html.indexOf('data-a11y-results'), html.indexOf('</section>', html.indexOf('data-a11y-results')));

let dir: string;
let report: A11yReport;
beforeAll(() => {
	dir = builtSite();
	report = JSON.parse(readFileSync(join(dir, 'data/accessibility.json'), 'utf8')) as A11yReport;
});

describe('the published test results', () => {
	test('data/accessibility.json holds a real run: axe-core’s version, the browser, one page of every type in every edition', () => {
		const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules/axe-core/package.json'), 'utf8')) as { version: string }).version;
		expect(report.tested).toBe(true);
		expect(report.tool).toEqual({ name: 'axe-core', version });
		expect(report.browser).toMatch(/^Chromium \d+\./);
		expect(report.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const seen = new Set(report.pages.map((p) => `${p.type}/${p.lang}`));
		// Komoro's site has three editions: the easy Japanese one is tested like the others.
		for (const { type, rootOnly } of testedPages(model)) for (const lang of rootOnly ? ['ja'] : ['ja', 'en', 'easy']) expect(seen, `${type}/${lang}`).toContain(`${type}/${lang}`);
		// Every page was really checked: axe-core passed rules on it (an empty page passes almost none).
		for (const page of report.pages) expect(page.passes, page.url).toBeGreaterThan(10);
		// Komoro's site has no violation on any page type (tests/browser/accessibility.test.ts covers more pages).
		expect(report.pages.filter((p) => p.violations.length).map((p) => `${p.url}: ${p.violations.map((v) => v.rule)}`)).toEqual([]);
	});

	test('every page type of the site is tested: each route under src/pages has its type', () => {
		const routes = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routes(join(d, e.name)) : [relative(join(ROOT, 'src/pages'), join(d, e.name))]));
		const astroPages = routes(join(ROOT, 'src/pages')).filter((f) => f.endsWith('.astro') && !f.includes('print/'));
		const typeOf: Record<string, string> = {
			'404.astro': 'notFound',
			'[...lang]/index.astro': 'home',
			'[...lang]/accessibility.astro': 'accessibility',
			'[...lang]/manifestos/[id].astro': 'manifesto',
			'[...lang]/pillars/[id].astro': 'pillar',
			'[...lang]/policies/[id].astro': 'pledge',
			'[...lang]/metrics.astro': 'metrics',
			'[...lang]/metrics/[id].astro': 'figure',
			'[...lang]/reports/index.astro': 'reports',
			'[...lang]/reports/[id].astro': 'report',
			'[...lang]/ratings.astro': 'ratings',
			'[...lang]/search.astro': 'search',
		};
		// A new page (route) needs its type here and in src/lib/accessibility.ts PAGE_TYPES / testedPages.
		expect(astroPages.filter((p) => !(p in typeOf))).toEqual([]);
		expect(new Set(Object.values(typeOf))).toEqual(new Set(PAGE_TYPES));
		expect(new Set(report.pages.map((p) => p.type))).toEqual(new Set(PAGE_TYPES));
	});

	test.each(['/accessibility/', '/en/accessibility/', '/easy/accessibility/'])('%s shows the run: date, tool, browser, and each page type’s result as in the JSON', (path) => {
		const html = readPage(dir, path);
		const section = results(html);
		expect(section).toContain('data-a11y-results="tested"');
		expect(section).toContain(`<time datetime="${report.date}">`);
		expect(section).toContain(`axe-core ${report.tool.version}`);
		expect(section).toContain(report.browser);
		for (const page of report.pages) expect(section).toContain(`data-a11y-page="${page.type}-${page.lang}" data-violations="${page.violations.length}"`);
		// The policy in the JIS form: target level AA, scope with its exception, what a machine cannot test.
		const text = textOf(html);
		if (path === '/accessibility/') {
			expect(text).toContain('JIS X 8341-3:2016 の適合レベルAAに準拠することを目標とします');
			expect(text).toContain('対象範囲');
			expect(text).toContain('印刷用チラシ（PDF）');
			expect(text).toContain('自動試験で確かめられるのは、達成基準の一部だけです');
			// No violation: 配慮 with what was found; never 準拠 or 一部準拠 from a machine alone.
			expect(textOf(section)).toContain(`対応度：配慮。axe-core による自動試験では、試験した${report.pages.length}ページのどれにも違反は見つかりませんでした`);
		} else if (path === '/easy/accessibility/') {
			// The same facts in やさしい日本語: level AA as the target, the flyer left out, 配慮 and never 準拠.
			expect(easyText(html)).toContain('JIS X 8341-3:2016 の「レベルAA」に合うことを目標にします');
			expect(easyText(html)).toContain('印刷するチラシ（PDF）');
			expect(easyText(section)).toContain(`対応度：配慮（決まりを大事にして作っています）。axe-core で機械の試験をしました。${report.pages.length}ページのどれにも、決まりに合わないところはありませんでした`);
			expect(easyText(section)).toContain('ページの種類 ふつうの日本語 英語 やさしい日本語');
			// The results written in after the build have furigana like the rest of the page.
			expect(section).toContain('<ruby>試験<rp>(<rt>しけん<rp>)</ruby>');
		} else {
			expect(text).toContain('level AA of JIS X 8341-3:2016');
			expect(textOf(section)).toContain('found no violations');
		}
		expect(textOf(section)).not.toMatch(/対応度：(準拠|一部準拠)/);
	});

	test('every page links the accessibility page of its edition from the footer', () => {
		const pages = builtHtml(dir).filter((p) => p.path.endsWith('.html') && !p.path.startsWith('admin'));
		expect(pages.length).toBeGreaterThan(50);
		const missing = pages.filter(({ path, html }) => {
			const footer = html.slice(html.indexOf('<footer'));
			const href = path.startsWith('en/') ? '/en/accessibility/' : path.startsWith('easy/') ? '/easy/accessibility/' : '/accessibility/';
			return !footer.includes(`href="${href}"`);
		});
		expect(missing.map((p) => p.path)).toEqual([]);
	});

	test('a run with violations: the page names each rule and the page types it fails on, and says the site does not meet the level', async () => {
		const copy = mkdtempSync(join(tmpdir(), 'koyaku-a11y-'));
		for (const part of ['accessibility', 'en/accessibility', 'easy/accessibility', 'data']) cpSync(join(dir, part), join(copy, part), { recursive: true });
		const failing: A11yState = {
			...report,
			pages: report.pages.map((p) =>
				p.type === 'pillar' && p.lang === 'en'
					? { ...p, violations: [{ rule: 'color-contrast', impact: 'serious', help: { en: 'Elements must meet minimum color contrast ratio thresholds', ja: '要素は色のコントラスト比（最低限）の閾値を満たしていなければなりません' }, helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/color-contrast', nodes: 3, targets: ['.x'] }] }
					: p,
			),
		};
		await writeResults(copy, failing, report);
		const ja = textOf(results(readPage(copy, '/accessibility/')));
		expect(ja).toContain('対応度：配慮。自動試験で、1件の規則の違反が見つかりました（政策の柱）。直すまで、このサイトは適合レベルAAの達成基準の一部を満たしていません');
		expect(ja).toContain('color-contrast （重大）：要素は色のコントラスト比（最低限）の閾値を満たしていなければなりません。政策の柱（英語版）で3か所');
		expect(ja).toContain('違反：color-contrast');
		expect(textOf(results(readPage(copy, '/en/accessibility/')))).toContain('violations of 1 rules (Policy pillar)');
		// The easy edition uses axe-core's Japanese help text (axe-core has no やさしい日本語).
		const easy = easyText(results(readPage(copy, '/easy/accessibility/')));
		expect(easy).toContain('合わない決まりが1こ見つかりました（約束の分野）');
		expect(easy).toContain('color-contrast （重い）：要素は色のコントラスト比（最低限）の閾値を満たしていなければなりません。約束の分野（英語）で3か所です');
		const json = JSON.parse(readFileSync(join(copy, 'data/accessibility.json'), 'utf8')) as A11yReport;
		expect(json.pages.find((p) => p.type === 'pillar' && p.lang === 'en')!.violations[0]!.rule).toBe('color-contrast');
	});
});

describe('results kept in the cache', () => {
	test('a page tested before (same bytes, same tool and browser) is not tested again; a changed page is', async () => {
		const { runAccessibility } = await import('../../scripts/steps/accessibility.ts');
		// The build's languages, as the build sets them when it loads the model (every edition has a column).
		const { useLocales } = await import('../../src/i18n/locales.ts');
		useLocales({ locales: model.site.locales, root: model.site.rootLocale });
		const copy = mkdtempSync(join(tmpdir(), 'koyaku-a11y-cache-'));
		cpSync(dir, copy, { recursive: true });
		const before = process.env['KOYAKU_CACHE'];
		process.env['KOYAKU_CACHE'] = join(copy, '.cache');
		try {
			// As Astro builds it: the results section says "not tested" until the step writes the run.
			await writeResults(copy, { tested: false, reason: 'not-run' }, report, model.site.readings ?? {});
			const first = (await runAccessibility(copy, model)).report;
			const folder = join(copy, '.cache', 'accessibility');
			const kept = readdirSync(folder);
			expect(kept).toHaveLength(first.pages.length);
			// Marks every kept result: a second run that shows the marks took its results from the cache.
			for (const file of kept) {
				const entry = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { result: { passes: number } };
				entry.result.passes = 4242;
				writeFileSync(join(folder, file), JSON.stringify(entry));
			}
			const pillar = first.pages.find((p) => p.type === 'pillar' && p.lang === 'en')!;
			appendFileSync(join(copy, pillar.url, 'index.html'), '<!-- changed -->');
			await writeResults(copy, { tested: false, reason: 'not-run' }, first, model.site.readings ?? {});
			const second = (await runAccessibility(copy, model)).report;
			const marked = second.pages.filter((p) => p.passes === 4242).map((p) => p.url);
			// Every page but the changed one (and the accessibility pages, whose results section changed with it).
			expect(marked.length).toBeGreaterThan(first.pages.length - 5);
			expect(marked).not.toContain(pillar.url);
			expect(second.pages.find((p) => p.url === pillar.url)!.passes).toBe(pillar.passes);
			expect(second.date).toBe(first.date);
		} finally {
			if (before === undefined) delete process.env['KOYAKU_CACHE'];
			else process.env['KOYAKU_CACHE'] = before;
		}
	}, 240_000);
});

describe('a build that could not run the test', () => {
	let untested: string;
	beforeAll(async () => {
		// No browser where the build looks for one (the flyer is skipped, as it must be then).
		untested = await buildSite(undefined, { KOYAKU_CHROMIUM: '/nonexistent/chromium' }, ['--no-pdf', '--skip', 'search']);
	}, 180_000);

	test('the page says no test was run and claims nothing; the JSON says so', () => {
		for (const path of ['/accessibility/', '/en/accessibility/']) {
			const section = results(readPage(untested, path));
			expect(section).toContain('data-a11y-results="untested"');
			expect(section).not.toContain('<table');
			expect(textOf(section)).not.toMatch(/対応度：|Conformance:/);
		}
		expect(textOf(results(readPage(untested, '/accessibility/')))).toContain('試験に使うブラウザーが見つからなかったため、試験を実施していません');
		expect(JSON.parse(readFileSync(join(untested, 'data/accessibility.json'), 'utf8'))).toEqual({ tested: false, reason: 'no-browser' });
	});
});

describe('a campaign whose content breaks a rule (an empty link in a pledge’s text)', () => {
	let content: string;
	let out: string;
	let log: string;
	beforeAll(async () => {
		content = mkdtempSync(join(tmpdir(), 'koyaku-a11y-content-'));
		cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
		// The pledge page tested is the one with a figure and a rating reason (src/lib/accessibility.ts testedPages).
		// (into its English text: the body's last section); real imprint values, so that --strict stops on this alone.
		appendFileSync(join(content, 'policies/more-tax-revenue.md'), '\n[](https://example.com/empty)\n');
		writeFileSync(join(content, 'site.yaml'), readFileSync(join(content, 'site.yaml'), 'utf8').replace('example: true', 'example: false'));
		out = mkdtempSync(join(tmpdir(), 'koyaku-a11y-out-'));
		log = await runBuild(out, { KOYAKU_CONTENT: content }, ['--no-pdf', '--skip', 'search']);
	}, 240_000);

	test('the site is published and its accessibility page names the rule and the page type, in every edition; the build warns', () => {
		expect(log).toContain('! アクセシビリティの自動試験で違反が見つかりました');
		expect(log).toContain('link-name (serious): /en/policies/more-tax-revenue/');
		const ja = textOf(results(readPage(out, '/accessibility/')));
		expect(ja).toContain('対応度：配慮。自動試験で、1件の規則の違反が見つかりました（公約）。直すまで、このサイトは適合レベルAAの達成基準の一部を満たしていません');
		expect(ja).toMatch(/link-name （重大）：.+。公約（英語版）で1か所/);
		expect(textOf(results(readPage(out, '/en/accessibility/')))).toContain('found violations of 1 rules (Pledge)');
		const json = JSON.parse(readFileSync(join(out, 'data/accessibility.json'), 'utf8')) as A11yReport;
		expect(json.pages.filter((p) => p.violations.length).map((p) => `${p.url} ${p.violations.map((v) => v.rule)}`)).toEqual(['/en/policies/more-tax-revenue/ link-name']);
	});

	test('--strict stops the build on it, keeping the last good site', async () => {
		const before = readPage(out, '/accessibility/');
		await expect(runBuild(out, { KOYAKU_CONTENT: content }, ['--no-pdf', '--skip', 'search', '--strict'])).rejects.toThrow(/✘ アクセシビリティの自動試験で違反が見つかったため、サイトを更新しませんでした（--strict）[\s\S]*link-name \(serious\): \/en\/policies\/more-tax-revenue\//);
		expect(readPage(out, '/accessibility/')).toBe(before);
	}, 240_000);
});
