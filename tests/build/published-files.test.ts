/**
 * Only what a page references is published: the second campaign (which has a portrait) gets images that
 * nothing references — in a `_` draft folder, named with `_`, unused, and one that is not an image at all —
 * and is built; the built site holds the portrait's resized copies and nothing made from the others.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../helpers/build.ts';

const files = (dir: string, sub = ''): string[] =>
	readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, join(sub, e.name)) : [join(sub, e.name)]));

let out = '';
beforeAll(async () => {
	const content = mkdtempSync(join(tmpdir(), 'koyaku-published-files-'));
	cpSync(join(ROOT, 'tests/fixtures/second-campaign'), content, { recursive: true });
	const png = readFileSync(join(content, 'images/portrait.png'));
	mkdirSync(join(content, '_drafts'));
	writeFileSync(join(content, '_drafts/draft-photo.png'), png);
	writeFileSync(join(content, 'images/_old-photo.png'), png);
	writeFileSync(join(content, 'images/unused-photo.webp'), png);
	writeFileSync(join(content, 'images/broken-photo.jpg'), Buffer.from('not an image'));
	out = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-published-files-site-')), { KOYAKU_CONTENT: content, KOYAKU_OG: 'off' }, ['--no-pdf', '--skip', 'search']);
}, 300_000);

describe('images in the content folder', () => {
	it('the portrait is published, resized, and nothing made from images no page references', () => {
		const images = files(out).filter((file) => /\.(png|jpe?g|webp|avif|gif)$/i.test(file) && !file.startsWith('og'));
		expect(images.some((file) => /^_astro\/portrait\./.test(file)), images.join('\n')).toBe(true);
		expect(images.filter((file) => /draft-photo|old-photo|unused-photo|broken-photo/.test(file))).toEqual([]);
		// Every image under /_astro/ is made from the portrait.
		expect(images.filter((file) => file.startsWith('_astro') && !/^_astro\/portrait\./.test(file))).toEqual([]);
	});
});
