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
import { printedLocales } from '../schemas/locales.ts';
import { copyFileSync, existsSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { siteLocales, text, type Lang, LANGS } from '../i18n/index.ts';
import type { Model } from '../model/model.ts';
import { findBrowser, FlyerError, type FoundBrowser } from './find-browser.ts';
import { flyerFile, printPath } from './files.ts';
import { fitFlyer, type Dropped, type FitResult, type Overflow } from './fit.ts';
import { FONT_ROUTE, fontCodepoints, fontFile, fontSubset } from './fonts.ts';
import { toPrintShop } from './print-shop.ts';
import { A4, BLEED_MM, MARKS_MM, SHEET } from './sheet.ts';
import { childEnv } from '../settings.ts';

export { FlyerError, NoBrowserError } from './find-browser.ts';
export type { Dropped, Overflow } from './fit.ts';

/** Content that does not fit one language's flyer even with everything optional left out: that flyer is not made (the rest of the build goes on). */
export class FlyerFitError extends FlyerError {
	readonly lang: Lang;
	constructor(lang: Lang, message: string) {
		super(message);
		this.lang = lang;
	}
}
export { flyerFile, printPath } from './files.ts';

/** The flyer's designed page count: front and back (one page when a back with only its result and imprint fits on the front). */
export const FLYER_PAGES = 2;
/** Millimetres to PDF points. */
export const MM = 72 / 25.4;
export { A4, BLEED_MM, MARKS_MM, SHEET } from './sheet.ts';
/** Text must stay this far inside the trim (print shops cut within about 1 mm; home printers leave ~4 mm). */
export const SAFE_MM = 3;
/** Legibility for older readers: no text under MIN_PT; bullets and body text at least BODY_PT, in every language. */
export const MIN_PT = 7;
export const BODY_PT = 9;
const BODY_SELECTOR = '.points li, .priority-summary, .pillar-slogan, .result-sentence, .tile-label, .web-line';

/** A made-up origin the print pages are served from (requests never leave the process). */
const ORIGIN = 'http://koyaku-print.invalid';
export const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
};

export interface PdfOptions {
	/** Also the print-shop files (`flyer-<lang>-bleed.pdf`): CMYK PDF/X-1a (src/flyer/print-shop.ts), トンボ, TrimBox A4, BleedBox 216 × 303 mm. */
	bleed?: boolean;
	/** Languages to print; default the site's (site.yaml `locales`). */
	langs?: readonly Lang[];
	/** Keep the print pages in the output folder (for looking at them in a browser); default false. */
	keepPrintPages?: boolean;
	/** The folder of the last published site: a flyer that cannot be made keeps its last good PDF from here. */
	previousDir?: string;
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
	/** What was left out to fit. */
	dropped: Dropped[];
	/** The smallest text, in pt. */
	minPt: number;
}

export interface PdfResult {
	browser: FoundBrowser;
	flyers: FlyerPdf[];
	/** Flyers not made because their content does not fit even alone (the message says what to shorten); the last good file is kept when there is one. */
	failed: { lang: Lang; bleed: boolean; message: string; kept: boolean }[];
	/** Whole step, browser start included. */
	ms: number;
}

/** The build-command flags of this step: `--bleed`, `--no-pdf`. */
export function pdfFlags(argv: readonly string[], model?: Model): { bleed: boolean; skip: boolean } {
	return { bleed: argv.includes('--bleed') || !!model?.site.flyer.bleed, skip: argv.includes('--no-pdf') };
}

/* ------------------------------------------------------------------ */
/* Messages                                                            */
/* ------------------------------------------------------------------ */

/** What each box is called in an error, and what to shorten (the settings are limits already: nothing to lower). */
const PARTS: Record<string, { ja: string; en: string; fix: { ja: string; en: string } }> = {
	title: {
		ja: '名前とスローガン',
		en: 'name and slogan',
		fix: { ja: 'site.yaml の flyer.slogan（または candidate.displayName）を短くしてください', en: 'shorten flyer.slogan (or candidate.displayName) in site.yaml' },
	},
	headline: {
		ja: '大きな数字',
		en: 'headline figure',
		fix: { ja: 'その数字の label を短くしてください', en: 'shorten the figure’s label' },
	},
	priority: {
		ja: '最重点政策',
		en: 'top priority',
		fix: { ja: 'その政策の題名（title）と要約（summary）を短くしてください', en: 'shorten the policy’s title and summary' },
	},
	front: {
		ja: '表面の内容（1番目の最重点政策）',
		en: 'front page content (the first top priority)',
		fix: { ja: '1番目の最重点政策の題名と要約を短くしてください', en: 'shorten the title and summary of the first top priority' },
	},
	back: {
		ja: '裏面の内容（1番目の分野）',
		en: 'back page content (the first area)',
		fix: { ja: '1番目の分野の題名とスローガンを短くしてください', en: 'shorten the title and slogan of the first area' },
	},
	web: { ja: 'QRコードとURL', en: 'QR code and web address', fix: { ja: 'site.yaml の url を短くしてください', en: 'use a shorter url in site.yaml' } },
	pillar: {
		ja: '分野',
		en: 'area',
		fix: { ja: 'その分野の題名とスローガンを短くしてください', en: 'shorten the area’s title and slogan' },
	},
	chart: { ja: 'グラフ', en: 'chart', fix: { ja: 'グラフにする数値の label を短くしてください', en: 'shorten the charted figure’s label' } },
	result: { ja: '公表された集計', en: 'published tally', fix: { ja: '集計の label を短くしてください', en: 'shorten the result’s label' } },
	campaign: {
		ja: '届出番号・頒布責任者・印刷者と証紙の枠',
		en: 'type number, distributor, printer and stamp space',
		fix: { ja: 'site.yaml の imprint の名前や住所を短くしてください', en: 'shorten the names or addresses in imprint in site.yaml' },
	},
	imprint: {
		ja: '発行者の表示',
		en: 'imprint',
		fix: { ja: 'site.yaml の imprint の名前や住所を短くしてください', en: 'shorten the names or addresses in imprint in site.yaml' },
	},
};
const LANG_NAME = { ja: { ja: '日本語版', en: 'Japanese' }, en: { ja: '英語版', en: 'English' }, easy: { ja: 'やさしい日本語版', en: 'Easy Japanese' } } as const;
const PAGE_NAME = { front: { ja: '表面', en: 'front' }, back: { ja: '裏面', en: 'back' } } as const;
const mmText = (mm: number) => `${Math.ceil(mm * 10) / 10} mm`;

/**
 * The error for what does not fit even with every optional item left out (or text that is covered,
 * outside the safe area or too small), one line each, in both languages.
 * @example overflowMessage('ja', [{ part: 'title', page: 'front', kind: 'overflow', down: 12.3, across: 0 }])
 */
export function overflowMessage(lang: Lang, overflows: readonly Overflow[]): string {
	const lines = overflows.map((o) => {
		const [kind, id] = o.part.split(':') as [string, string | undefined];
		const part = PARTS[kind] ?? { ja: kind, en: kind, fix: { ja: '内容を短くしてください', en: 'shorten the text' } };
		const which = id ? ` ${id}` : '';
		const where = { ja: PAGE_NAME[o.page].ja, en: PAGE_NAME[o.page].en };
		const head = { ja: `  ${LANG_NAME[lang].ja}チラシの${where.ja}「${part.ja}${which}」`, en: `${LANG_NAME[lang].en} flyer, ${where.en}, ${part.en}${which}` };
		if (o.kind === 'outside') return `${head.ja}の文字が、仕上がりの端から${SAFE_MM} mm以内にあります（「${o.text}」） / ${head.en}: text is closer than ${SAFE_MM} mm to the trim ("${o.text}")`;
		if (o.kind === 'covered') return `${head.ja}の文字が、ほかの要素の下に隠れています（「${o.text}」） / ${head.en}: text is covered by another element ("${o.text}")`;
		if (o.kind === 'glyph') return `  ${LANG_NAME[lang].ja}チラシの文字 ${o.text} はチラシのフォント（Noto Sans JP）にありません。別の文字に書き換えてください / ${LANG_NAME[lang].en} flyer: the character ${o.text} is not in the flyer's font (Noto Sans JP): write it another way`;
		if (o.kind === 'small') return `${head.ja}の文字が${o.pt} ptで小さすぎます（${MIN_PT} pt以上、本文・箇条書きは${BODY_PT} pt以上） / ${head.en}: text is ${o.pt} pt, too small (at least ${MIN_PT} pt; ${BODY_PT} pt for body text and bullets) ("${o.text}")`;
		const size = [o.down > 0 ? { ja: `縦に${mmText(o.down)}`, en: `${mmText(o.down)} too tall` } : undefined, o.across > 0 ? { ja: `横に${mmText(o.across)}`, en: `${mmText(o.across)} too wide` } : undefined].filter(
			(x): x is { ja: string; en: string } => !!x,
		);
		return `${head.ja}が、ほかをすべて省いても枠に入りません（${size.map((x) => x.ja).join('、')}はみ出し）。${part.fix.ja} / ${head.en}: does not fit even with everything optional left out (${size.map((x) => x.en).join(', ')}); ${part.fix.en}.`;
	});
	return `✘ ${LANG_NAME[lang].ja}の印刷用チラシが2ページに収まらないため、作成していません / The ${LANG_NAME[lang].en} printed flyer does not fit on its ${FLYER_PAGES} pages: it was not made\n${lines.join('\n')}`;
}

const DROPPED: Record<Dropped['kind'], { ja: (name: string, n: number) => string; en: (name: string, n: number) => string }> = {
	point: { ja: (name, n) => `最重点政策「${name}」の要点${n}件`, en: (name, n) => `${n} point${n > 1 ? 's' : ''} of the priority “${name}”` },
	achievement: { ja: (name, n) => `分野「${name}」の実績${n}件`, en: (name, n) => `${n} achievement${n > 1 ? 's' : ''} of the area “${name}”` },
	pledge: { ja: (name, n) => `分野「${name}」の公約${n}件`, en: (name, n) => `${n} pledge${n > 1 ? 's' : ''} of the area “${name}”` },
	chart: { ja: (name) => `グラフ「${name}」`, en: (name) => `the chart “${name}”` },
	headline: { ja: (name) => `大きな数字「${name}」`, en: (name) => `the figure “${name}”` },
	priority: { ja: (name) => `最重点政策「${name}」`, en: (name) => `the priority “${name}”` },
	pillar: { ja: (name) => `分野「${name}」`, en: (name) => `the area “${name}”` },
};

/**
 * The build's warning for what a flyer left out to fit, in both languages; undefined when nothing was.
 * @example droppedMessage('en', [{ kind: 'point', name: 'Child care', page: 'front' }]) // '  ! 英語版チラシ: … / English flyer: left out to fit: 1 point of the priority “Child care” …'
 */
export function droppedMessage(lang: Lang, dropped: readonly Dropped[]): string | undefined {
	if (!dropped.length) return undefined;
	const groups = new Map<string, { kind: Dropped['kind']; name: string; n: number }>();
	for (const d of dropped) {
		const key = `${d.kind}|${d.name}`;
		const g = groups.get(key) ?? { kind: d.kind, name: d.name, n: 0 };
		g.n++;
		groups.set(key, g);
	}
	const list = [...groups.values()];
	return (
		`  ! ${LANG_NAME[lang].ja}チラシ: 紙面に入りきらないため載せなかったもの: ${list.map((g) => DROPPED[g.kind].ja(g.name, g.n)).join('、')}（ウェブサイトには載っています。載せたいものは flyer: の設定で絞るか、文を短くしてください） / ` +
		`${LANG_NAME[lang].en} flyer: left out to fit the page: ${list.map((g) => DROPPED[g.kind].en(g.name, g.n)).join(', ')} (they are on the website; to choose what goes on the flyer, set fewer items under flyer: or shorten the text)`
	);
}

/* ------------------------------------------------------------------ */
/* The step                                                            */
/* ------------------------------------------------------------------ */

/** Serves the build folder (and the font files) to the page; anything else is refused, so nothing is fetched from the network. */
async function serveFolder(page: Page, dir: string, lang: Lang) {
	// The fonts carry only the characters of this print page (its HTML, markup and all, is a superset).
	const printed = () => readFileSync(join(dir, printPath(lang), 'index.html'), 'utf8');
	await page.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
		const path = decodeURIComponent(url.pathname);
		const font = fontFile(path);
		let file = font ?? normalize(join(dir, path));
		if (!font && file !== dir && !file.startsWith(dir + sep)) return route.fulfill({ status: 404 });
		if (!font && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
		return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: font ? await fontSubset(font, printed()) : readFileSync(file) });
	});
}

async function printOne(browser: Browser, dir: string, lang: Lang, model: Model | undefined, bleed: boolean): Promise<{ pdf: Buffer; fit: FitResult }> {
	// The print page is an internal step, never published: its inline font faces and ready script are
	// not hashed into the site's Content-Security-Policy, so the policy is bypassed for it alone.
	// The viewport holds both sheets whole, so the covered-text check can hit-test every line.
	const context = await browser.newContext({ bypassCSP: true, viewport: { width: 900, height: 2400 } });
	const page = await context.newPage();
	try {
		await serveFolder(page, dir, lang);
		const response = await page.goto(`${ORIGIN}${printPath(lang)}${bleed ? '?bleed' : ''}`, { waitUntil: 'load' });
		if (!response?.ok()) throw new FlyerError(`✘ ${printPath(lang)} が作成されていません / The print page ${printPath(lang)} was not built`);
		await page.waitForFunction(() => document.documentElement.dataset['ready'], null, { timeout: 60_000 });
		const ready = await page.evaluate(() => document.documentElement.dataset['ready']);
		if (ready !== 'true') throw new FlyerError(`✘ チラシのフォントを読み込めませんでした / The flyer's fonts did not load: ${ready}`);
		const pages = await page.locator('[data-page]').count();
		if (pages !== FLYER_PAGES) throw new FlyerError(`✘ チラシのページ数が${pages}です（${FLYER_PAGES}ページの設計） / The flyer has ${pages} pages; it is designed for ${FLYER_PAGES}`);
		// Every character of the page in the flyer's font (one it lacks would print in another font, or as a box).
		const glyphs = missingGlyphs(await page.evaluate(() => document.body.innerText));
		if (glyphs.length) throw new FlyerFitError(lang, overflowMessage(lang, glyphs));
		const fit = await page.evaluate(fitFlyer, { safeMm: SAFE_MM, minPt: MIN_PT, bodyPt: BODY_PT, bodySelector: BODY_SELECTOR, maxGrow: 1.6 });
		if (fit.problems.length) throw new FlyerFitError(lang, overflowMessage(lang, fit.problems));
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
		const done = await finish(pdf, lang, model, bleed, fit.pages);
		return { pdf: bleed ? await toPrintShop(done) : done, fit };
	} finally {
		await context.close();
	}
}

/** Characters of `text` the flyer's font does not have, each with the words around it. */
export function missingGlyphs(text: string): Overflow[] {
	const have = fontCodepoints(fontFile(`${FONT_ROUTE}400.ttf`)!);
	const out: Overflow[] = [];
	for (const c of new Set(text)) {
		if (/\s/u.test(c) || have.has(c.codePointAt(0)!)) continue;
		const i = text.indexOf(c);
		const around = text.slice(Math.max(0, i - 10), i + 10).replace(/\s+/g, ' ').trim();
		out.push({ part: 'text', page: 'front', kind: 'glyph', down: 0, across: 0, text: `${c}（U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）「${around}」` });
	}
	return out;
}

/** Checks the printed pages and writes what Chromium cannot: TrimBox/BleedBox for print shops, and the document info. */
async function finish(pdf: Buffer, lang: Lang, model: Model | undefined, bleed: boolean, laidOut: number): Promise<Buffer> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	const pages = doc.getPages();
	if (pages.length !== laidOut)
		throw new FlyerError(`✘ チラシが${pages.length}ページになりました（${laidOut}ページの設計） / The flyer came out as ${pages.length} pages; it is laid out on ${laidOut}`);
	const want = bleed ? { width: SHEET.width * MM, height: SHEET.height * MM } : { width: A4.width * MM, height: A4.height * MM };
	for (const page of pages) {
		const { width, height } = page.getSize();
		// Chromium rounds the CSS page size to whole device pixels: within a point is the size asked for.
		if (Math.abs(width - want.width) > 1 || Math.abs(height - want.height) > 1)
			throw new FlyerError(`✘ チラシのページの大きさが違います / The flyer's page size is ${width.toFixed(2)} × ${height.toFixed(2)} pt, not ${want.width.toFixed(2)} × ${want.height.toFixed(2)} pt`);
		if (bleed) {
			// Chromium's sheet is a hair (< 0.1 mm) off. The boxes are exact, measured from where the page drew
			// the trim (marks margin + bleed from its top-left corner): TrimBox = A4, BleedBox = A4 + 3 mm a side
			// (216 × 303 mm), MediaBox = the whole sheet with the トンボ (236 × 323 mm).
			const t = (MARKS_MM + BLEED_MM) * MM;
			const trim = { x: t, y: height - t - A4.height * MM, width: A4.width * MM, height: A4.height * MM };
			const bleedBox = { x: trim.x - BLEED_MM * MM, y: trim.y - BLEED_MM * MM, width: (A4.width + 2 * BLEED_MM) * MM, height: (A4.height + 2 * BLEED_MM) * MM };
			const sheet = { x: trim.x - t, y: trim.y - t, width: want.width, height: want.height };
			page.setMediaBox(sheet.x, sheet.y, sheet.width, sheet.height);
			page.setCropBox(sheet.x, sheet.y, sheet.width, sheet.height);
			page.setBleedBox(bleedBox.x, bleedBox.y, bleedBox.width, bleedBox.height);
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
	// Object streams pack the tagged structure's many small objects: about 25 KB less for the Japanese flyer.
	return Buffer.from(await doc.save({ useObjectStreams: true }));
}

/**
 * Prints every language's flyer into `outDir` and removes the print pages. Throws {@link FlyerError}
 * (a message for a volunteer) when there is no browser or something does not fit; writes nothing then.
 */
export async function buildFlyerPdfs(outDir: string, model: Model | undefined, options: PdfOptions = {}): Promise<PdfResult> {
	const started = performance.now();
	const found = options.browser ?? (await findBrowser());
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: found.path, args: [...LAUNCH_ARGS, ...found.args], ...(found.env ? { env: childEnv(found.env) } : {}) });
	const langs = options.langs ?? printedLocales(model?.site.locales ?? siteLocales().locales);
	const jobs = (options.bleed ? [false, true] : [false]).flatMap((bleed) => langs.map((lang) => ({ lang, bleed })));
	let results: PromiseSettledResult<{ pdf: Buffer; fit: FitResult; ms: number }>[];
	try {
		// The languages print side by side in one browser (two tabs): the waits for fonts overlap.
		results = await Promise.allSettled(
			jobs.map(async ({ lang, bleed }) => {
				const t0 = performance.now();
				const printed = await printOne(browser, outDir, lang, model, bleed);
				return { ...printed, ms: performance.now() - t0 };
			}),
		);
	} finally {
		await browser.close();
	}
	// Anything but content that does not fit is a bug or a broken set-up: no PDF at all then.
	const unexpected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !(r.reason instanceof FlyerFitError));
	if (unexpected) throw unexpected.reason;
	const flyers: FlyerPdf[] = [];
	const failed: PdfResult['failed'] = [];
	results.forEach((r, i) => {
		const { lang, bleed } = jobs[i]!;
		const file = join(outDir, flyerFile(lang, bleed));
		if (r.status === 'fulfilled') {
			writeFileSync(file, r.value.pdf);
			flyers.push({ lang, bleed, file, bytes: r.value.pdf.length, pages: r.value.fit.pages, ms: Math.round(r.value.ms), dropped: r.value.fit.dropped, minPt: r.value.fit.minPt });
			return;
		}
		// One language's flyer never holds back the other's or the site: the last good PDF stays, if there is one.
		const previous = options.previousDir ? join(options.previousDir, flyerFile(lang, bleed)) : undefined;
		const kept = !!previous && existsSync(previous);
		if (kept) copyFileSync(previous, file);
		failed.push({ lang, bleed, message: (r.reason as Error).message, kept });
	});
	if (!options.keepPrintPages) removePrintPages(outDir);
	const result = { browser: found, flyers, failed, ms: Math.round(performance.now() - started) };
	for (const f of flyers.filter((x) => !x.bleed)) {
		const message = droppedMessage(f.lang, f.dropped);
		if (message) options.log?.(message);
		if (f.pages === 1)
			options.log?.(
				`  · ${LANG_NAME[f.lang].ja}チラシ: 載せるものがすべて表面に収まるため、片面1ページのチラシです（A4片面で印刷できます） / ${LANG_NAME[f.lang].en} flyer: everything it has fits on the front, so it is a one-page flyer (print it single-sided on A4)`,
			);
	}
	for (const f of failed.filter((x) => !x.bleed || !failed.some((y) => y.lang === x.lang && !y.bleed))) {
		options.log?.(f.message);
		options.log?.(
			f.kept
				? `  ! 前回の ${flyerFile(f.lang, f.bleed)} をそのまま残しました / kept the last good ${flyerFile(f.lang, f.bleed)}`
				: `  ! ${flyerFile(f.lang, f.bleed)} はありません。サイトのこのPDFへのリンクは、直すまで切れています / there is no ${flyerFile(f.lang, f.bleed)}: the site's link to it is broken until this is fixed`,
		);
	}
	options.log?.(
		`  · flyer: ${flyers.map((f) => `${flyerFile(f.lang, f.bleed)} ${Math.round(f.bytes / 1024)} KB`).join(', ')} in ${result.ms} ms (${found.via}: ${found.path})`,
	);
	return result;
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
