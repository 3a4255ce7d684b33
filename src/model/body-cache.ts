/**
 * Rendered bodies kept between builds: the Markdown pipeline (remark → rehype → sanitise, src/model/body.ts)
 * was a tenth of a large campaign's build, and an office's rebuild changes one or two bodies. Each part's
 * result (its HTML and the URLs it links to) is stored in a cache folder under a hash of the Markdown and
 * of everything that decides the result: the renderer's own source file (its pipeline and allow-list),
 * the lockfile (every package of the pipeline, down to micromark), and the pipeline's package versions. So
 * a changed body, a changed renderer or an upgraded package renders afresh; nothing stale is ever served.
 *
 * The folder is the cache folder `bodies` (src/cache.ts; `KOYAKU_CACHE=off` renders every body). A cache file
 * that cannot be read or written is simply rendered again: the cache only saves time.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder, cacheKey, contentHash, readCached, writeCached } from '../cache.ts';

/** What rendering one body part gives: sanitised HTML, and every URL in it with its line (checked by the loader). */
export interface RenderedPart {
	html: string;
	urls: { kind: 'link' | 'image'; url: string; line: number }[];
}

/** The cache folder, or undefined when the disk cache is off. */
export const bodyCacheDir = (): string | undefined => cacheFolder('bodies');

/** The packages of the pipeline, whose versions go into every key (with the lockfile, when there is one). */
const PIPELINE = ['unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-raw', 'rehype-sanitize', 'rehype-stringify', 'unist-util-visit'];

/**
 * A fingerprint of the renderer: its source (the file at `rendererUrl`), the lockfile and the pipeline's
 * package versions. Read once per renderer.
 */
export function rendererFingerprint(rendererUrl: string): string {
	const hash = contentHash();
	const read = (path: string) => {
		try {
			return readFileSync(path);
		} catch {
			return `${path}?`;
		}
	};
	hash.update(read(fileURLToPath(rendererUrl)));
	hash.update(read(join(process.cwd(), 'package-lock.json')));
	const require = createRequire(rendererUrl);
	for (const name of PIPELINE) {
		try {
			hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
		} catch {
			hash.update(`${name}?`);
		}
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * A disk cache of rendered parts for one renderer (`rendererUrl`: its module's `import.meta.url`).
 * `dir` defaults to {@link bodyCacheDir} at each call; `fingerprint` to the renderer's, read on first use.
 * @example const cached = bodyCache(import.meta.url); cached('**太字**', render) // render('**太字**') once, then from disk
 */
export function bodyCache(rendererUrl: string, options: { dir?: () => string | undefined; fingerprint?: string } = {}) {
	let fingerprint = options.fingerprint;
	const dirOf = options.dir ?? bodyCacheDir;
	return (markdown: string, render: (markdown: string) => RenderedPart): RenderedPart => {
		const dir = dirOf();
		if (!dir) return render(markdown);
		fingerprint ??= rendererFingerprint(rendererUrl);
		const file = `${cacheKey([fingerprint, markdown])}.json`;
		const bytes = readCached(dir, file);
		try {
			const stored = bytes && (JSON.parse(bytes.toString('utf8')) as Partial<RenderedPart>);
			if (stored && typeof stored.html === 'string' && Array.isArray(stored.urls)) return { html: stored.html, urls: stored.urls };
		} catch {
			// Damaged: rendered again.
		}
		const part = render(markdown);
		writeCached(dir, file, JSON.stringify(part));
		return part;
	};
}
