/**
 * The PDF step: prints the built print pages (`/print/flyer/`, `/en/print/flyer/`) to `flyer-ja.pdf` and
 * `flyer-en.pdf` in the output folder with Chromium (playwright-core), then removes the print pages from
 * the site (they are only the PDFs' source, and their fonts are served here, not deployed).
 *
 * Per language: open the page (files served straight from the build folder, no network), wait for its
 * ready flag (fonts loaded for every glyph it uses), MEASURE every `data-fit` box and the safe area,
 * and stop with a message naming what overflowed; only then `page.pdf` (A4 from CSS `@page`). pdf-lib
 * then checks the page count and sizes, and for the print-shop file sets TrimBox (A4) and BleedBox,
 * which Chromium cannot write.
 */
import { existsSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { siteLocales, text, type Lang, LANGS } from '../i18n/index.ts';
import type { Model } from '../model/model.ts';
import { findBrowser, FlyerError, type FoundBrowser } from './find-browser.ts';
import { flyerFile, printPath } from './files.ts';
import { fontFile } from './fonts.ts';

export { FlyerError, NoBrowserError } from './find-browser.ts';
export { flyerFile, printPath } from './files.ts';

/** The flyer's designed page count: front and back. */
export const FLYER_PAGES = 2;
/** Millimetres to PDF points. */
export const MM = 72 / 25.4;
export const A4 = { width: 210, height: 297 };
export const BLEED_MM = 3;
/** Text must stay this far inside the trim (print shops cut within about 1 mm; home printers leave ~4 mm). */
export const SAFE_MM = 3;

/** A made-up origin the print pages are served from (requests never leave the process). */
const ORIGIN = 'http://koyaku-print.invalid';
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
};

export interface PdfOptions {
	/** Also the print-shop files (`flyer-<lang>-bleed.pdf`): 216 × 303 mm with crop marks, TrimBox A4, BleedBox. */
	bleed?: boolean;
	/** Languages to print; default the site's (site.yaml `locales`). */
	langs?: readonly Lang[];
	/** Keep the print pages in the output folder (for looking at them in a browser); default false. */
	keepPrintPages?: boolean;
	/** A browser already found (tests); default {@link findBrowser}. */
	browser?: FoundBrowser;
	log?: (message: string) => void;
}

export interface FlyerPdf {
	lang: Lang;
	bleed: boolean;
	file: string;
	bytes: number;
	pages: number;
	ms: number;
}

export interface PdfResult {
	browser: FoundBrowser;
	flyers: FlyerPdf[];
	/** Whole step, browser start included. */
	ms: number;
}

/** Something on the flyer that does not fit, as the browser measured it. */
export interface Overflow {
	/** `data-fit` name of the box, e.g. `pillars`, `headline:livability-ranking`. */
	part: string;
	page: 'front' | 'back';
	/** How much too big, in mm (down and across). */
	down: number;
	across: number;
	/** For text outside the safe area: the start of the text. */
	text?: string;
}

/** The build-command flags of this step: `--bleed`, `--no-pdf`. */
export function pdfFlags(argv: readonly string[], model?: Model): { bleed: boolean; skip: boolean } {
	return { bleed: argv.includes('--bleed') || !!model?.site.flyer.bleed, skip: argv.includes('--no-pdf') };
}

/* ------------------------------------------------------------------ */
/* Messages                                                            */
/* ------------------------------------------------------------------ */

/** What each box is called in an error, and the setting that makes it smaller. */
const PARTS: Record<string, { ja: string; en: string; fix: { ja: string; en: string } }> = {
	title: {
		ja: '名前とスローガン',
		en: 'name and slogan',
		fix: { ja: 'site.yaml の flyer.slogan（または candidate.displayName）を短くしてください', en: "shorten flyer.slogan (or candidate.displayName) in site.yaml" },
	},
	headlines: {
		ja: '大きな数字',
		en: 'headline figures',
		fix: { ja: 'site.yaml の flyer.headlines を減らしてください', en: 'list fewer figures in flyer.headlines in site.yaml' },
	},
	headline: {
		ja: '大きな数字',
		en: 'headline figure',
		fix: { ja: 'その数字の label を短くするか、flyer.headlines から外してください', en: 'shorten the figure’s label, or take it out of flyer.headlines' },
	},
	priorities: {
		ja: '最重点政策',
		en: 'top priorities',
		fix: { ja: 'site.yaml の flyer.pointsPerPriority を減らしてください', en: 'lower flyer.pointsPerPriority in site.yaml' },
	},
	priority: {
		ja: '最重点政策',
		en: 'top priority',
		fix: { ja: 'site.yaml の flyer.pointsPerPriority を減らすか、政策の文を短くしてください', en: 'lower flyer.pointsPerPriority in site.yaml, or shorten the policy’s text' },
	},
	web: { ja: 'QRコードとURL', en: 'QR code and web address', fix: { ja: 'site.yaml の url を短くしてください', en: 'use a shorter url in site.yaml' } },
	pillars: {
		ja: '分野ごとの実績',
		en: 'achievements by area',
		fix: { ja: 'site.yaml の flyer.achievementsPerPillar を減らしてください', en: 'lower flyer.achievementsPerPillar in site.yaml' },
	},
	pillar: {
		ja: '分野',
		en: 'area',
		fix: { ja: 'site.yaml の flyer.achievementsPerPillar を減らすか、実績の文を短くしてください', en: 'lower flyer.achievementsPerPillar in site.yaml, or shorten the achievements’ text' },
	},
	charts: { ja: 'グラフ', en: 'charts', fix: { ja: 'site.yaml の flyer.charts を減らしてください', en: 'list fewer charts in flyer.charts in site.yaml' } },
	chart: { ja: 'グラフ', en: 'chart', fix: { ja: 'site.yaml の flyer.charts を減らしてください', en: 'list fewer charts in flyer.charts in site.yaml' } },
	campaign: {
		ja: '届出番号・頒布責任者・印刷者と証紙の枠',
		en: 'type number, distributor, printer and stamp space',
		fix: { ja: 'site.yaml の imprint の名前や住所を短くするか、flyer.pointsPerPriority を減らしてください', en: 'shorten the names or addresses in imprint in site.yaml, or lower flyer.pointsPerPriority' },
	},
	imprint: {
		ja: '発行者の表示',
		en: 'imprint',
		fix: { ja: 'site.yaml の imprint の名前や住所を短くしてください', en: 'shorten the names or addresses in imprint in site.yaml' },
	},
};
const LANG_NAME = { ja: { ja: '日本語版', en: 'Japanese' }, en: { ja: '英語版', en: 'English' } } as const;
const PAGE_NAME = { front: { ja: '表面', en: 'front' }, back: { ja: '裏面', en: 'back' } } as const;
const mmText = (mm: number) => `${Math.ceil(mm * 10) / 10} mm`;

/**
 * The build error for boxes that overflowed, one line each, in both languages.
 * @example overflowMessage('ja', [{ part: 'pillars', page: 'back', down: 12.3, across: 0 }])
 */
export function overflowMessage(lang: Lang, overflows: readonly Overflow[]): string {
	const lines = overflows.map((o) => {
		const [kind, id] = o.part.split(':') as [string, string | undefined];
		const part = PARTS[kind] ?? { ja: kind, en: kind, fix: { ja: '内容を減らしてください', en: 'put less on the flyer' } };
		const which = id ? ` ${id}` : '';
		const where = { ja: PAGE_NAME[o.page].ja, en: PAGE_NAME[o.page].en };
		if (o.text !== undefined)
			return (
				`  ${LANG_NAME[lang].ja}チラシの${where.ja}「${part.ja}${which}」の文字が、仕上がりの端から${SAFE_MM} mm以内にあります（「${o.text}」） / ` +
				`${LANG_NAME[lang].en} flyer, ${where.en}, ${part.en}${which}: text is closer than ${SAFE_MM} mm to the trim ("${o.text}")`
			);
		const size = [o.down > 0 ? { ja: `縦に${mmText(o.down)}`, en: `${mmText(o.down)} too tall` } : undefined, o.across > 0 ? { ja: `横に${mmText(o.across)}`, en: `${mmText(o.across)} too wide` } : undefined].filter(
			(s): s is { ja: string; en: string } => !!s,
		);
		return (
			`  ${LANG_NAME[lang].ja}チラシの${where.ja}「${part.ja}${which}」が枠に入りません（${size.map((s) => s.ja).join('、')}はみ出し）。${part.fix.ja} / ` +
			`${LANG_NAME[lang].en} flyer, ${where.en}: the ${part.en}${which} do${id || kind === 'imprint' ? 'es' : ''} not fit (${size.map((s) => s.en).join(', ')}); ${part.fix.en}.`
		);
	});
	return `✘ 印刷用チラシが2ページに収まりません。PDFは作成していません / The printed flyer does not fit on its ${FLYER_PAGES} pages: no PDF was made\n${lines.join('\n')}`;
}

/* ------------------------------------------------------------------ */
/* In the browser                                                      */
/* ------------------------------------------------------------------ */

/**
 * Runs IN THE PAGE: every `data-fit` box whose content is larger than the box, every in-flow child of a
 * trim that ends below the trim's padding, and text lines closer than `safeMm` to the trim.
 */
function measure(safeMm: number): Overflow[] {
	const px = 96 / 25.4;
	const out: Overflow[] = [];
	const pageOf = (el: Element) => ((el.closest('[data-page]') as HTMLElement | null)?.dataset['page'] ?? 'front') as 'front' | 'back';
	const partOf = (el: Element) => (el.closest('[data-fit]') as HTMLElement | null)?.dataset['fit'] ?? el.tagName.toLowerCase();
	for (const el of document.querySelectorAll<HTMLElement>('[data-fit]')) {
		const down = el.scrollHeight - el.clientHeight;
		const across = el.scrollWidth - el.clientWidth;
		if (down > 1 || across > 1) out.push({ part: el.dataset['fit']!, page: pageOf(el), down: Math.max(0, down) / px, across: Math.max(0, across) / px });
	}
	for (const trim of document.querySelectorAll<HTMLElement>('.trim')) {
		const box = trim.getBoundingClientRect();
		const limit = box.bottom - parseFloat(getComputedStyle(trim).paddingBottom);
		for (const child of trim.children) {
			if (getComputedStyle(child).position === 'absolute') continue;
			const over = child.getBoundingClientRect().bottom - limit;
			if (over > 1) out.push({ part: partOf(child), page: pageOf(trim), down: over / px, across: 0 });
		}
		const safe = { left: box.left + safeMm * px, right: box.right - safeMm * px, top: box.top + safeMm * px, bottom: box.bottom - safeMm * px };
		const walker = document.createTreeWalker(trim, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.textContent?.trim()) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const r of range.getClientRects()) {
				if (r.width === 0 || r.height === 0) continue;
				// Glyph boxes include the line's half-leading; 0.5 mm of slack keeps that from counting.
				const slack = 0.5 * px;
				if (r.left < safe.left - slack || r.right > safe.right + slack || r.top < safe.top - slack || r.bottom > safe.bottom + slack) {
					out.push({ part: partOf(node.parentElement!), page: pageOf(trim), down: 0, across: 0, text: node.textContent.trim().slice(0, 24) });
					break;
				}
			}
		}
	}
	// One line per box: a list inside an overflowing box is reported by the box, not again by itself.
	const seen = new Set<string>();
	return out.filter((o) => {
		const key = `${o.page}|${o.part}|${o.text ?? ''}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/* ------------------------------------------------------------------ */
/* The step                                                            */
/* ------------------------------------------------------------------ */

/** Serves the build folder (and the font files) to the page; anything else is refused, so nothing is fetched from the network. */
async function serveFolder(page: Page, dir: string) {
	await page.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
		const path = decodeURIComponent(url.pathname);
		const font = fontFile(path);
		let file = font ?? normalize(join(dir, path));
		if (!font && file !== dir && !file.startsWith(dir + sep)) return route.fulfill({ status: 404 });
		if (!font && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
		return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
	});
}

async function printOne(browser: Browser, dir: string, lang: Lang, model: Model | undefined, bleed: boolean): Promise<Buffer> {
	// The print page is an internal step, never published: its inline font faces and ready script are
	// not hashed into the site's Content-Security-Policy, so the policy is bypassed for it alone.
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	try {
		await serveFolder(page, dir);
		const response = await page.goto(`${ORIGIN}${printPath(lang)}${bleed ? '?bleed' : ''}`, { waitUntil: 'load' });
		if (!response?.ok()) throw new FlyerError(`✘ ${printPath(lang)} が作成されていません / The print page ${printPath(lang)} was not built`);
		await page.waitForFunction(() => document.documentElement.dataset['ready'], null, { timeout: 60_000 });
		const ready = await page.evaluate(() => document.documentElement.dataset['ready']);
		if (ready !== 'true') throw new FlyerError(`✘ チラシのフォントを読み込めませんでした / The flyer's fonts did not load: ${ready}`);
		const pages = await page.locator('[data-page]').count();
		if (pages !== FLYER_PAGES) throw new FlyerError(`✘ チラシのページ数が${pages}です（${FLYER_PAGES}ページの設計） / The flyer has ${pages} pages; it is designed for ${FLYER_PAGES}`);
		const overflows = await page.evaluate(measure, SAFE_MM);
		if (overflows.length) throw new FlyerError(overflowMessage(lang, overflows));
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
		return await finish(pdf, lang, model, bleed);
	} finally {
		await context.close();
	}
}

/** Checks the printed pages and writes what Chromium cannot: TrimBox/BleedBox for print shops, and the document info. */
async function finish(pdf: Buffer, lang: Lang, model: Model | undefined, bleed: boolean): Promise<Buffer> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	const pages = doc.getPages();
	if (pages.length !== FLYER_PAGES)
		throw new FlyerError(`✘ チラシが${pages.length}ページになりました（${FLYER_PAGES}ページの設計） / The flyer came out as ${pages.length} pages; it is designed for ${FLYER_PAGES}`);
	const b = bleed ? BLEED_MM : 0;
	const want = { width: (A4.width + 2 * b) * MM, height: (A4.height + 2 * b) * MM };
	for (const page of pages) {
		const { width, height } = page.getSize();
		// Chromium rounds the CSS page size to whole device pixels: within a point is the size asked for.
		if (Math.abs(width - want.width) > 1 || Math.abs(height - want.height) > 1)
			throw new FlyerError(`✘ チラシのページの大きさが違います / The flyer's page size is ${width.toFixed(2)} × ${height.toFixed(2)} pt, not ${want.width.toFixed(2)} × ${want.height.toFixed(2)} pt`);
		if (bleed) {
			// Chromium's sheet is a hair (< 0.1 mm) off 216 × 303 mm. The boxes are exact, measured from where the
			// page drew the trim (3 mm from its top-left corner): trim = A4 210 × 297 mm, media = bleed = the trim
			// plus 3 mm on every side.
			const trim = { x: b * MM, y: height - b * MM - A4.height * MM, width: A4.width * MM, height: A4.height * MM };
			const sheet = { x: trim.x - b * MM, y: trim.y - b * MM, width: want.width, height: want.height };
			page.setMediaBox(sheet.x, sheet.y, sheet.width, sheet.height);
			page.setCropBox(sheet.x, sheet.y, sheet.width, sheet.height);
			page.setBleedBox(sheet.x, sheet.y, sheet.width, sheet.height);
			page.setTrimBox(trim.x, trim.y, trim.width, trim.height);
		}
	}
	if (model) {
		const name = text(model.site.candidate.displayName ?? model.site.candidate.name, lang);
		doc.setTitle(`${name} — ${text(model.site.candidate.title, lang)}`);
		doc.setAuthor(text(model.site.imprint.publisher, lang));
		doc.setSubject(text(model.site.siteName ?? model.site.organisation, lang));
	}
	doc.setLanguage(lang === 'ja' ? 'ja-JP' : 'en');
	doc.setCreator('koyaku');
	doc.setProducer('koyaku (Chromium, pdf-lib)');
	return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/**
 * Prints every language's flyer into `outDir` and removes the print pages. Throws {@link FlyerError}
 * (a message for a volunteer) when there is no browser or something does not fit; writes nothing then.
 */
export async function buildFlyerPdfs(outDir: string, model: Model | undefined, options: PdfOptions = {}): Promise<PdfResult> {
	const started = performance.now();
	const found = options.browser ?? (await findBrowser());
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: found.path, args: [...LAUNCH_ARGS, ...found.args], ...(found.env ? { env: { ...process.env, ...found.env } } : {}) });
	const printed: { lang: Lang; bleed: boolean; pdf: Buffer; ms: number }[] = [];
	try {
		// The languages print side by side in one browser (two tabs): the waits for fonts overlap.
		for (const bleed of options.bleed ? [false, true] : [false])
			printed.push(
				...settled(
					await Promise.allSettled(
						(options.langs ?? model?.site.locales ?? siteLocales().locales).map(async (lang) => {
							const t0 = performance.now();
							const pdf = await printOne(browser, outDir, lang, model, bleed);
							return { lang, bleed, pdf, ms: performance.now() - t0 };
						}),
					),
				),
			);
	} finally {
		await browser.close();
	}
	// Only once every file printed: a failure leaves no partial set of PDFs.
	const flyers = printed.map(({ lang, bleed, pdf, ms }): FlyerPdf => {
		const file = join(outDir, flyerFile(lang, bleed));
		writeFileSync(file, pdf);
		return { lang, bleed, file, bytes: pdf.length, pages: FLYER_PAGES, ms: Math.round(ms) };
	});
	if (!options.keepPrintPages) removePrintPages(outDir);
	const result = { browser: found, flyers, ms: Math.round(performance.now() - started) };
	options.log?.(
		`  · flyer: ${flyers.map((f) => `${flyerFile(f.lang, f.bleed)} ${Math.round(f.bytes / 1024)} KB`).join(', ')} in ${result.ms} ms (${found.via}: ${found.path})`,
	);
	return result;
}

/** Every language's result, or one error saying what went wrong in each (so both languages' overflows are listed at once). */
function settled<T>(results: PromiseSettledResult<T>[]): T[] {
	const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
	if (!failed.length) return results.map((r) => (r as PromiseFulfilledResult<T>).value);
	const unexpected = failed.find((e) => !(e instanceof FlyerError));
	if (unexpected) throw unexpected;
	const messages = [...new Set(failed.map((e) => (e as FlyerError).message))];
	// Overflow reports share their first line; keep it once.
	const [head] = messages[0]!.split('\n');
	throw new FlyerError(messages.every((m) => m.startsWith(`${head}\n`)) ? [head, ...messages.map((m) => m.slice(head!.length + 1))].join('\n') : messages.join('\n'));
}

/** The print pages are the PDFs' source only: not part of the published site. */
export function removePrintPages(outDir: string) {
	for (const lang of LANGS) {
		rmSync(join(outDir, printPath(lang)), { recursive: true, force: true });
		try {
			rmdirSync(join(outDir, printPath(lang), '..'));
		} catch {
			// `print/` holds something else, or is gone already
		}
	}
}
