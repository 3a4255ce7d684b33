/** Debian's Chromium for browser tests, launched as this machine needs it (no network, no sandbox as root). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Skip browser suites only outside CI: in CI a missing browser is a failure, since .ci/run installs it. */
export const skipBrowser = !existsSync(CHROMIUM) && !process.env['CI'];
if (!existsSync(CHROMIUM)) console.warn(`\n⚠ ${CHROMIUM} is not installed (apt-get install chromium); browser tests ${skipBrowser ? 'are SKIPPED' : 'will fail'}.\n`);

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ARGS });
