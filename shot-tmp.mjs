import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
await page.goto('http://127.0.0.1:8765/' + process.argv[2]);
for (let y = 0; y < 20000; y += 600) { await page.mouse.wheel(0, 600); await page.waitForTimeout(60); }
await page.waitForTimeout(500);
await page.screenshot({ path: process.argv[3], fullPage: true });
await browser.close();
