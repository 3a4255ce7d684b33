/**
 * The built site for build and browser tests: built ONCE per `vitest run` (by global-setup.ts) into a
 * temporary folder, and a tiny static file server for it on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** What global-setup.ts hands to the test files. */
export interface BuildInfo {
	/** The output folder, when the build succeeded. */
	dir?: string;
	/** Why the build failed (the tail of Astro's output). */
	error?: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		koyakuBuild: BuildInfo;
	}
}

/** The project root (this file is tests/helpers/build.ts). */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Builds with THE build script (`scripts/build.ts`: check → guard → astro → post-build steps → swap), so
 * tests see exactly what `npm run build` publishes, PDFs and search index included. Runs with the Node that
 * runs us (Node 24; the system node may be older). `--allow-election-day`: a test build publishes nothing.
 * Resolves to the build's output (its progress lines); rejects with the tail of the output if the build fails.
 */
export function runBuild(outDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<string> {
	// A fixture build that leaves out the flyer (`--skip pdf,…`) leaves out the accessibility run too: it loads
	// every page type in Chromium, and tests/build/accessibility-page.test.ts tests it on this run's site.
	const skip = args.indexOf('--skip');
	if (skip >= 0 && args[skip + 1]?.split(',').includes('pdf') && !args[skip + 1]!.split(',').includes('accessibility')) args = args.with(skip + 1, `${args[skip + 1]},accessibility`);
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [join(ROOT, 'scripts', 'build.ts'), '--outDir', outDir, '--allow-election-day', ...args], {
			cwd: ROOT,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		child.stdout.on('data', (chunk: Buffer) => (log += chunk));
		child.stderr.on('data', (chunk: Buffer) => (log += chunk));
		child.on('error', fail);
		child.on('close', (code) => {
			if (code === 0) done(log);
			else fail(new Error(`npm run build failed (exit ${code}):\n${log.split('\n').slice(-40).join('\n')}`));
		});
	});
}

/** `runBuild`, resolving to the built folder. */
export const buildSite = async (outDir = mkdtempSync(join(tmpdir(), 'koyaku-build-')), env: Record<string, string> = {}, args: string[] = []): Promise<string> => {
	await runBuild(outDir, env, args);
	return outDir;
};

/** A built page's HTML by its URL path, e.g. `/en/metrics/`. */
export function readPage(dir: string, path: string): string {
	return readFileSync(fileFor(dir, path) ?? join(dir, path), 'utf8');
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
};

/** The file for a URL path (`/metrics/` → metrics/index.html), or undefined; never outside `dir`. */
function fileFor(dir: string, urlPath: string): string | undefined {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^([/\\])+/, '');
	const file = join(dir, clean);
	if (file !== dir && !file.startsWith(dir + sep)) return undefined;
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

export interface Server {
	/** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
	url: string;
	close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a random free port (static files only, like the real host). */
export function serve(dir: string): Promise<Server> {
	const server = createServer((req, res) => {
		const file = fileFor(dir, req.url ?? '/');
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
	});
	return new Promise((done) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			done({
				url: `http://127.0.0.1:${port}`,
				close: () => new Promise<void>((closed) => server.close(() => closed())),
			});
		});
	});
}
