/**
 * Rendered bodies kept between builds: the Markdown pipeline (remark → rehype → sanitise, src/model/body.ts)
 * was a tenth of a large campaign's build, and an office's rebuild changes one or two bodies. Each part's
 * result (its HTML and the URLs it links to) is stored in a cache folder under a hash of the Markdown and
 * of everything that decides the result: the renderer's own source file (its pipeline and allow-list),
 * the lockfile (every package of the pipeline, down to micromark), and the pipeline's package versions. So
 * a changed body, a changed renderer or an upgraded package renders afresh; nothing stale is ever served.
 *
 * The folder is `node_modules/.cache/koyaku/bodies` (`KOYAKU_BODY_CACHE` names another; `off` turns the disk
 * cache off). A cache file that cannot be read or written is simply rendered again: the cache only saves time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What rendering one body part gives: sanitised HTML, and every URL in it with its line (checked by the loader). */
export interface RenderedPart {
	html: string;
	urls: { kind: 'link' | 'image'; url: string; line: number }[];
}

/** The cache folder, or undefined when the disk cache is off. */
export function bodyCacheDir(): string | undefined {
	const setting = process.env['KOYAKU_BODY_CACHE'];
	if (setting === 'off') return undefined;
	return resolve(setting || join('node_modules', '.cache', 'koyaku', 'bodies'));
}

/** The packages of the pipeline, whose versions go into every key (with the lockfile, when there is one). */
const PIPELINE = ['unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-raw', 'rehype-sanitize', 'rehype-stringify', 'unist-util-visit'];

/**
 * A fingerprint of the renderer: its source (the file at `rendererUrl`), the lockfile and the pipeline's
 * package versions. Read once per renderer.
 */
export function rendererFingerprint(rendererUrl: string): string {
	const hash = createHash('sha256');
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
		const key = createHash('sha256').update(fingerprint).update('\0').update(markdown).digest('hex').slice(0, 32);
		const file = join(dir, `${key}.json`);
		try {
			const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<RenderedPart>;
			if (typeof stored.html === 'string' && Array.isArray(stored.urls)) return { html: stored.html, urls: stored.urls };
		} catch {
			// Not cached yet (or unreadable): render it.
		}
		const part = render(markdown);
		try {
			mkdirSync(dir, { recursive: true });
			// Written aside and renamed, so a parallel build never reads half a file.
			const aside = `${file}.${process.pid}.part`;
			writeFileSync(aside, JSON.stringify(part));
			renameSync(aside, file);
		} catch {
			// A read-only or full disk costs only the time to render next build.
		}
		return part;
	};
}
