/**
 * Deferred bodies: rendered on first read, the same HTML as `readBody`, and never hiding a problem
 * (anything that could be reported is read at once).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { hasBodyText, readBody, readBodyDeferred } from '../../src/model/body.ts';
import { ROOT } from '../helpers/build.ts';

const bodies = ['manifestos', 'pillars', 'policies', 'reports'].flatMap((sub) => {
	const dir = join(ROOT, 'content', sub);
	return readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
});

test('every content body: the same HTML, issues and links as readBody', () => {
	expect(bodies.length).toBeGreaterThan(40);
	// Komoro's bodies carry やさしい日本語 parts (issue 28): the deferred body must render those too.
	expect(bodies.filter((b) => /^<!--\s*easy\s*-->\s*$/m.test(b)).length).toBeGreaterThan(10);
	for (const markdown of bodies) {
		const eager = readBody(markdown);
		const deferred = readBodyDeferred(markdown);
		expect({ ja: deferred.body.ja, en: deferred.body.en, easy: deferred.body.easy, issues: deferred.issues, links: deferred.links }).toEqual({ ...eager.body, en: eager.body.en, easy: eager.body.easy, issues: eager.issues, links: eager.links });
	}
});

test('a body with a link, an image or HTML is read at once, so its problems are reported', () => {
	for (const markdown of ['[x](javascript:alert(1))', '本文\n<!-- en -->\n![map](data:image/png;base64,AAAA)', '<a href="vbscript:x">x</a>', '[内部](/policies/none/)']) {
		const { issues, links } = readBodyDeferred(markdown);
		expect([markdown, issues.length + links.length]).not.toEqual([markdown, 0]);
	}
});

test('plain text is not rendered until read, and says which languages it has without rendering', () => {
	const { body } = readBodyDeferred('日本語だけ');
	expect([hasBodyText(body, 'ja'), hasBodyText(body, 'en'), 'en' in body]).toEqual([true, false, false]);
	expect(Object.getOwnPropertyDescriptor(body, 'ja')?.get).toBeTypeOf('function');
	expect(body.ja).toBe('<p>日本語だけ</p>');
	const english = readBodyDeferred('<!-- en -->\nOnly English').body;
	expect([hasBodyText(english, 'ja'), hasBodyText(english, 'en'), english.ja]).toEqual([false, true, '']);
});
