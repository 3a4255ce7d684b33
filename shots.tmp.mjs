import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif' };
const serve = (dir) => new Promise((ok) => { const s = createServer((req, res) => { let f = join(dir, decodeURIComponent(req.url.split('?')[0])); if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html'); if (!existsSync(f)) { res.writeHead(404).end(); return; } res.writeHead(200, { 'content-type': TYPES[extname(f)] ?? 'application/octet-stream' }).end(readFileSync(f)); }); s.listen(0, '127.0.0.1', () => ok(s)); });
const jobs = JSON.parse(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const [dir, path, out, selector] of jobs) {
	const server = await serve(dir);
	const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
	await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
	if (selector) { const el = page.locator(selector).first(); await el.screenshot({ path: out }); } else await page.screenshot({ path: out, fullPage: true });
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
	console.log(out, overflow ? 'HORIZONTAL OVERFLOW' : 'ok');
	await page.close(); server.close();
}
await browser.close();
