/**
 * The site's languages at run time: which exist and which is at the root (site.yaml `locales`,
 * `rootLocale`). Set when the model is loaded (src/model/load.ts primeModel), read by the URL helpers and
 * routes. On globalThis because the build script, Astro's config and Astro's pages are separate module
 * instances in one process; plain Node without a loaded model (unit tests) sees the default.
 */
import { DEFAULT_LOCALES, type LocaleSetup } from '../schemas/locales.ts';

export type { LocaleSetup };

const KEY = Symbol.for('koyaku.locales');
const store = globalThis as { [KEY]?: LocaleSetup };
const DEFAULT: LocaleSetup = { locales: DEFAULT_LOCALES, root: 'ja' };

/** The loaded site's languages (default: Japanese at `/`, English at `/en/`). */
export const siteLocales = (): LocaleSetup => store[KEY] ?? DEFAULT;

/**
 * Makes `setup` the languages of every page and URL in this process.
 * @example useLocales({ locales: ['ja'], root: 'ja' })
 */
export function useLocales(setup: LocaleSetup): void {
	store[KEY] = { locales: [...setup.locales], root: setup.root };
}
