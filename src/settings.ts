/**
 * Every environment setting of koyaku, read here and nowhere else (the README's "Settings" table lists
 * them). Each is a function, read when called, so a test or the dev server that sets a variable sees it.
 * Only Node's own modules here: everything (model, charts, pages, scripts, astro.config.mjs) may import it.
 */
import { join, resolve } from 'node:path';

const env = (name: string): string | undefined => process.env[name] || undefined;

/**
 * `KOYAKU_CONTENT`: the content folder to build or check. Default `content` (in the working directory).
 * @example contentDir() // '/home/office/koyaku/content'
 */
export const contentDir = (): string => resolve(env('KOYAKU_CONTENT') ?? 'content');

/** Sets `KOYAKU_CONTENT` for this process (the build, so that Astro's pages load the folder it checked). */
export const useContentDir = (dir: string): void => {
	process.env['KOYAKU_CONTENT'] = dir;
};

/**
 * `KOYAKU_NOW`: an ISO time the clock is fixed at (tests, and a preview of how the site looks on a given
 * day). Default: unset, the real clock. An unreadable time is ignored.
 * @example fixedNow() // '2027-04-25T03:00:00Z'
 */
export const fixedNow = (): string | undefined => env('KOYAKU_NOW');

/**
 * `KOYAKU_BASE`: the path the site is published under (e.g. `/koyaku/` on GitHub Pages). Default: the path
 * of site.yaml's `url`, usually `/`.
 */
export const basePath = (): string | undefined => env('KOYAKU_BASE');

/**
 * `KOYAKU_CHROMIUM`: the path of the Chromium or Chrome that prints the flyer. Default: unset, the browser is
 * looked for (src/flyer/find-browser.ts). Set but missing is an error, not a reason to look elsewhere.
 */
export const chromiumPath = (values: NodeJS.ProcessEnv = process.env): string | undefined => values['KOYAKU_CHROMIUM'] || undefined;

/**
 * `KOYAKU_SYSTEM_BROWSER`: `off` ignores installed browsers and Playwright's, and uses @sparticuz/chromium
 * (as on a fresh machine). Default `on`.
 */
export const systemBrowser = (values: NodeJS.ProcessEnv = process.env): boolean => values['KOYAKU_SYSTEM_BROWSER'] !== 'off';

/**
 * `KOYAKU_CACHE`: where the build keeps what it may reuse next time (charts, rendered bodies, share cards,
 * the search index's record; src/cache.ts). Default `node_modules/.cache/koyaku`; `off` keeps nothing
 * (every build starts cold); any other value is the folder to use instead (tests use fresh ones).
 * @example cacheRoot() // '/home/office/koyaku/node_modules/.cache/koyaku'
 */
export const cacheRoot = (): string | undefined => {
	const setting = env('KOYAKU_CACHE');
	if (setting === 'off') return undefined;
	return resolve(setting ?? join('node_modules', '.cache', 'koyaku'));
};

/**
 * `KOYAKU_OG`: `off` leaves out the share cards (the PNGs shown when a page is shared). Default `on`.
 * For tests and timings that do not look at the cards (drawing them cold is most of a small build).
 */
export const shareImages = (): boolean => env('KOYAKU_OG') !== 'off';

/**
 * `KOYAKU_BUILD_CONCURRENCY`: how many pages Astro renders at once. Default 4 (pages wait on their files
 * being written); `1` renders one after another (tests/build/concurrency.test.ts checks the site is the same).
 */
export const buildConcurrency = (): number => Number(env('KOYAKU_BUILD_CONCURRENCY')) || 4;

/** `CHROME_PATH`: the browser `npm run lighthouse` drives. Default `/usr/bin/chromium`. */
export const lighthouseChrome = (): string => env('CHROME_PATH') ?? '/usr/bin/chromium';

/**
 * `KOYAKU_BENCH_RSS`: set by `npm run bench` only, the file each process it starts appends its peak memory
 * and CPU time to (scripts/bench/peak-rss.ts). Default: unset, nothing recorded.
 */
export const benchRssFile = (): string | undefined => env('KOYAKU_BENCH_RSS');

/** The settings a process koyaku starts is given (the bench and the tests' builds), by name. */
export interface SettingValues {
	content?: string;
	now?: string;
	base?: string;
	chromium?: string;
	systemBrowser?: boolean;
	/** A folder, or false for `off`. */
	cache?: string | false;
	shareImages?: boolean;
	buildConcurrency?: number;
	benchRss?: string;
}

/**
 * The environment variables that give a child process `values` (the names above, in one place).
 * @example spawn(node, args, { env: { ...process.env, ...settingsEnv({ content: dir, cache: false }) } })
 */
export function settingsEnv(values: SettingValues): Record<string, string> {
	const out: Record<string, string> = {};
	const set = (name: string, value: string | number | boolean | undefined, on = 'on') => {
		if (value !== undefined) out[name] = value === true ? on : value === false ? 'off' : String(value);
	};
	set('KOYAKU_CONTENT', values.content);
	set('KOYAKU_NOW', values.now);
	set('KOYAKU_BASE', values.base);
	set('KOYAKU_CHROMIUM', values.chromium);
	set('KOYAKU_SYSTEM_BROWSER', values.systemBrowser);
	set('KOYAKU_CACHE', values.cache);
	set('KOYAKU_OG', values.shareImages);
	set('KOYAKU_BUILD_CONCURRENCY', values.buildConcurrency);
	set('KOYAKU_BENCH_RSS', values.benchRss);
	return out;
}

/**
 * The environment a process koyaku starts inherits (this process's, with `extra` over it): the one place
 * other programs' variables (NODE_OPTIONS, LD_LIBRARY_PATH, Astro's) pass through.
 */
export const childEnv = (extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => ({ ...process.env, ...extra });

/** The variables of this process, for code that reads another program's (the browser finder's install paths). */
export const processEnv = (): NodeJS.ProcessEnv => process.env;

/** Astro's own setting: no telemetry from a build (the build sets it before Astro loads). */
export const disableAstroTelemetry = (): void => {
	process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
};
