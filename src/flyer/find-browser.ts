/**
 * Finds a Chromium or Chrome for printing the flyer, in this order:
 *
 *   1. `KOYAKU_CHROMIUM` (a path; if set but missing, that is the error, no guessing past it)
 *   2. a system Chromium or Chrome: Debian/Ubuntu paths, /Applications on macOS, Program Files on Windows
 *   3. Playwright's own browser cache (`npx playwright-core install chromium` puts one there)
 *   4. on Linux x64, the optional npm package `@sparticuz/chromium`, so that a fresh machine with no browser
 *      still prints. npm runs on the system Node and silently skips an optional package whose `engines`
 *      excludes it: 153.x needs Node ≥ 22.17, so it is pinned to 143.0.4 (`>=20.11.0`), which npm on Node 20
 *      installs (tests/unit/node-versions.test.ts pins this).
 *
 *      Its browser needs NSS and expat, which a machine without any browser may lack: then the package's own
 *      copies (built for AWS Lambda) are unpacked and put on the browser's LD_LIBRARY_PATH.
 *
 * `KOYAKU_SYSTEM_BROWSER=off` skips 2 and 3 and uses the package's own libraries, as on a fresh machine with no
 * browser installed: CI proves with it that `npm ci && npm run build` prints both flyers with the npm package
 * alone (tests/pdf/fresh-machine.test.ts).
 *
 * None found: {@link NoBrowserError} with the install command for this platform.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { chromiumPath, processEnv, systemBrowser } from '../settings.ts';

export interface FoundBrowser {
	/** The executable. */
	path: string;
	/** Where it was found, for the build log: `KOYAKU_CHROMIUM`, `system`, `playwright cache`, `@sparticuz/chromium`. */
	via: string;
	/** Extra launch arguments the browser needs (only @sparticuz/chromium has some). */
	args: string[];
	/** Environment the browser needs on top of ours: the libraries @sparticuz/chromium brings, where the system has none. */
	env?: Record<string, string>;
}

/** The flyer cannot be printed: the message says why and what to do, in Japanese and English. */
export class FlyerError extends Error {}

export class NoBrowserError extends FlyerError {}

type Platform = NodeJS.Platform;

/** Usual install locations of Chromium and Chrome (and Edge on Windows, which is Chromium too). */
export function systemBrowserPaths(platform: Platform = process.platform, env: NodeJS.ProcessEnv = processEnv()): string[] {
	if (platform === 'darwin') {
		const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'];
		return [...apps.map((a) => `/Applications/${a}`), ...apps.map((a) => join(homedir(), 'Applications', a))];
	}
	if (platform === 'win32') {
		const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
		return [
			...roots.map((r) => join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
			...roots.map((r) => join(r, 'Chromium', 'Application', 'chrome.exe')),
			...roots.map((r) => join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
		];
	}
	return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium', '/opt/google/chrome/chrome'];
}

/** The command that installs a browser on this platform, for the error message. */
export function installHint(platform: Platform = process.platform): string {
	if (platform === 'darwin') return 'brew install --cask google-chrome';
	if (platform === 'win32') return 'winget install Google.Chrome';
	return 'sudo apt-get install chromium';
}

async function playwrightCache(): Promise<string | undefined> {
	try {
		const { chromium } = await import('playwright-core');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The shared libraries @sparticuz/chromium's browser links against beyond glibc. A desktop Debian or Ubuntu
 * has them (any installed Chromium or Firefox pulls them in); a fresh server or container may not.
 */
const BROWSER_LIBS = ['libnss3.so', 'libnssutil3.so', 'libnspr4.so', 'libexpat.so.1'];
const LIB_DIRS = ['/usr/lib/x86_64-linux-gnu', '/lib/x86_64-linux-gnu', '/usr/lib64', '/lib64', '/usr/lib', '/lib'];

/** The libraries the system lacks, of those the npm browser needs. */
export function missingBrowserLibs(exists: (path: string) => boolean = existsSync): string[] {
	return BROWSER_LIBS.filter((lib) => !LIB_DIRS.some((dir) => exists(join(dir, lib))));
}

/**
 * The package's own copies of those libraries (its `al2023.tar.br`, built for Amazon Linux 2023, which it
 * unpacks only on AWS Lambda), unpacked once into the temporary folder with the system's `tar`. Returns
 * the folder to put on LD_LIBRARY_PATH, or undefined when they cannot be unpacked.
 */
function bundledLibs(entry: string): string | undefined {
	const dir = join(tmpdir(), 'koyaku-chromium-libs');
	if (existsSync(join(dir, 'lib', 'libnss3.so'))) return join(dir, 'lib');
	const archive = join(dirname(entry), '..', '..', 'bin', 'al2023.tar.br');
	if (!existsSync(archive)) return undefined;
	// Unpacked beside, then moved into place: two builds at once never see half a folder.
	const partial = `${dir}-${process.pid}`;
	mkdirSync(partial, { recursive: true });
	const tar = spawnSync('tar', ['-x', '-C', partial], { input: brotliDecompressSync(readFileSync(archive)) });
	if (tar.status !== 0 || !existsSync(join(partial, 'lib', 'libnss3.so'))) return void rmSync(partial, { recursive: true, force: true });
	try {
		renameSync(partial, dir);
	} catch {
		rmSync(partial, { recursive: true, force: true });
	}
	return existsSync(join(dir, 'lib', 'libnss3.so')) ? join(dir, 'lib') : undefined;
}

async function sparticuz(freshMachine: boolean): Promise<{ path: string; args: string[]; env?: Record<string, string>; via: string } | undefined> {
	try {
		// Optional dependency, absent where npm skipped it: a variable specifier keeps TypeScript from requiring it.
		const name = '@sparticuz/chromium';
		const mod = (await import(name)) as { default: { executablePath(): Promise<string>; args: string[] } };
		const path = await mod.default.executablePath();
		if (!existsSync(path)) return undefined;
		// Its args are tuned for AWS Lambda; `--single-process` makes closing one tab's context close the whole
		// browser, and the flyer prints each language in a context of its own.
		const args = mod.default.args.filter((arg) => arg !== '--single-process');
		// On a machine without the libraries (or told to act as a fresh one), the package's own copies.
		if (!freshMachine && missingBrowserLibs().length === 0) return { path, args, via: '@sparticuz/chromium' };
		const libs = bundledLibs(fileURLToPath(import.meta.resolve(name)));
		if (!libs) return { path, args, via: '@sparticuz/chromium' };
		const LD_LIBRARY_PATH = [libs, processEnv()['LD_LIBRARY_PATH']].filter(Boolean).join(':');
		return { path, args, env: { LD_LIBRARY_PATH }, via: '@sparticuz/chromium with its own libraries' };
	} catch {
		return undefined;
	}
}

export interface FindOptions {
	env?: NodeJS.ProcessEnv;
	platform?: Platform;
	arch?: string;
	/** For tests: whether a path exists. */
	exists?: (path: string) => boolean;
	/** For tests: skip Playwright's cache and @sparticuz/chromium. */
	systemOnly?: boolean;
}

/** The first browser found in the documented order; throws {@link NoBrowserError} when there is none. */
export async function findBrowser(options: FindOptions = {}): Promise<FoundBrowser> {
	const env = options.env ?? processEnv();
	const platform = options.platform ?? process.platform;
	const arch = options.arch ?? process.arch;
	const exists = options.exists ?? existsSync;
	const chosen = chromiumPath(env);
	if (chosen) {
		if (exists(chosen)) return { path: chosen, via: 'KOYAKU_CHROMIUM', args: [] };
		throw new NoBrowserError(
			`✘ KOYAKU_CHROMIUM に指定されたブラウザ「${chosen}」が見つかりません。パスを確認してください / ` +
				`The browser KOYAKU_CHROMIUM points at ("${chosen}") does not exist: check the path.`,
		);
	}
	const installed = systemBrowser(env);
	const system = installed ? systemBrowserPaths(platform, env).find(exists) : undefined;
	if (system) return { path: system, via: 'system', args: [] };
	if (!options.systemOnly) {
		const cached = installed ? await playwrightCache() : undefined;
		if (cached) return { path: cached, via: 'playwright cache', args: [] };
		if (platform === 'linux' && arch === 'x64') {
			const found = await sparticuz(!installed);
			if (found) return found;
		}
	}
	const hint = installHint(platform);
	throw new NoBrowserError(
		`✘ 印刷用チラシ（PDF）を作るための Chromium / Chrome が見つかりません。次のコマンドでインストールしてから、もう一度 npm run build を実行してください:\n` +
			`    ${hint}\n` +
			`  （ほかの場所にある場合は KOYAKU_CHROMIUM=<パス> を指定。チラシなしで作るには npm run build -- --no-pdf）\n` +
			`✘ No Chromium or Chrome was found to print the flyer (PDF). Install one with the command above and run npm run build again ` +
			`(or set KOYAKU_CHROMIUM=<path> to use one elsewhere, or npx playwright-core install chromium; to build without the flyer: npm run build -- --no-pdf).`,
	);
}
