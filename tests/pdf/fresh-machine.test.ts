/**
 * A fresh machine (issue 25): no Chromium or Chrome installed, only what `npm ci` put in node_modules.
 * `KOYAKU_SYSTEM_BROWSER=off` hides the system browser paths and Playwright's cache from the PDF step, so the
 * build must print both flyers with `@sparticuz/chromium` — the optional package npm installs only when its
 * `engines` accept the Node npm runs on (tests/unit/node-versions.test.ts) — and with the NSS libraries it
 * brings, as a machine that never had a browser lacks the system's. A second campaign's content, so
 * this is the whole `npm run build` a new office runs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingBrowserLibs } from '../../src/flyer/find-browser.ts';
import { ROOT, runBuild } from '../helpers/build.ts';
import { openPdf, squash, textOf } from '../helpers/pdf.ts';

const out = mkdtempSync(join(tmpdir(), 'koyaku-fresh-'));
let log = '';

describe.skipIf(process.platform !== 'linux' || process.arch !== 'x64')('a fresh Linux x64 machine without a browser', () => {
	beforeAll(async () => {
		log = await runBuild(out, { KOYAKU_CONTENT: join(ROOT, 'tests/fixtures/second-campaign'), KOYAKU_SYSTEM_BROWSER: 'off', KOYAKU_CHROMIUM: '' });
	}, 600_000);
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	it('prints with the Chromium npm installed and its own libraries, not a system browser', () => {
		expect(log).toMatch(/flyer: flyer-ja\.pdf \d+ KB, flyer-en\.pdf \d+ KB in \d+ ms \(@sparticuz\/chromium with its own libraries: /);
		expect(log).not.toContain('/usr/bin/chromium');
		expect(existsSync(join(tmpdir(), 'koyaku-chromium-libs/lib/libnss3.so'))).toBe(true);
	});

	it('knows which of the libraries that browser needs a machine lacks', () => {
		expect(missingBrowserLibs(() => false)).toEqual(['libnss3.so', 'libnssutil3.so', 'libnspr4.so', 'libexpat.so.1']);
		expect(missingBrowserLibs((p) => p.startsWith('/usr/lib/x86_64-linux-gnu/'))).toEqual([]);
		expect(missingBrowserLibs((p) => p.startsWith('/usr/lib64/') && !p.endsWith('libexpat.so.1'))).toEqual(['libexpat.so.1']);
	});

	it.each(['ja', 'en'])('dist/flyer-%s.pdf is an A4 flyer of two pages with the campaign’s text', async (lang) => {
		const file = join(out, `flyer-${lang}.pdf`);
		expect(existsSync(file)).toBe(true);
		const doc = await openPdf(file);
		expect(doc.numPages).toBe(2);
		const { view } = await doc.getPage(1);
		expect([Math.round(view[2]!), Math.round(view[3]!)]).toEqual([595, 842]);
		const text = await textOf(doc, 1);
		expect(text).toContain(squash(lang === 'ja' ? 'さくら浜' : 'Sakurahama'));
	});
});
