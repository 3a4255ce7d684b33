/**
 * No payload from content reaches a built file in executable form. Every text field of the valid
 * fixture (every string in every YAML and frontmatter, except ids, dates, quotes and the like that the
 * schema checks) gets script, event-handler, javascript: and </script> payloads appended, every body
 * gets raw HTML payloads, and the whole site is built; then every built file is searched.
 * (Payloads that check refuses — javascript: links, bidi controls — are pinned in tests/unit/hostile.test.ts.)
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { buildSite, ROOT } from '../helpers/build.ts';
import { tags } from '../helpers/html.ts';

const PAYLOAD = `<script>alert(1)</script><img src=x onerror=alert(2)>"'><svg onload=alert(3)></script><script>alert(4)</script> javascript:alert(5) {{alert(6)}} \${alert(7)}`;
const BODY_PAYLOAD = `\n\n<script>alert(11)</script>\n\n<img src="/favicon.svg" onerror="alert(12)"> <a href="/" onclick="alert(13)" style="position:fixed">x</a> <iframe src="https://evil.example/"></iframe> <object data="https://evil.example/x"></object> <svg><script>alert(14)</script></svg> <form action="/"><button formaction="/">b</button></form> <div style="background:url(javascript:alert(15))">s</div>\n\n[upper](Https://example.jp/upper) [mail](MAILTO:office@example.jp) <Https://example.jp/auto>\n`;
/** Keys whose values are checked against ids, dates, documents or formats: a payload would only be refused. */
const KEEP = new Set(['id', 'source', 'quote', 'period', 'date', 'asOf', 'unit', 'level', 'pillar', 'manifesto', 'document', 'url', 'email', 'color', 'qualifier', 'better', 'changeSince', 'deadline', 'number', 'kind', 'metrics', 'policies', 'pillars', 'priorities', 'achievement', 'metric', 'policy', 'electionDate', 'symbol', 'grade', 'min', 'max', 'of', 'value', 'order', 'locator', 'highlights', 'evidence', 'when', 'announced']);

/** Appends PAYLOAD to every free-text string in a YAML node. */
function poison(node: Node | null | undefined, key?: string): void {
	if (isMap(node)) for (const pair of node.items) poison(pair.value as Node, isScalar(pair.key) ? String(pair.key.value) : undefined);
	else if (isSeq(node)) for (const item of node.items) poison(item as Node, key);
	else if (isScalar(node) && typeof node.value === 'string' && !KEEP.has(key ?? '') && !/^(ja|en|enOne)$/.test(String(node.value))) {
		// Counter words (`counter: { ja: 人 }`) and short labels are text too.
		node.value = `${node.value}${PAYLOAD}`;
		node.type = 'QUOTE_DOUBLE';
	}
}

const files = (dir: string, sub = ''): string[] =>
	readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, join(sub, e.name)) : [join(sub, e.name)]));

let content: string;
let out: string;
beforeAll(async () => {
	content = mkdtempSync(join(tmpdir(), 'koyaku-payloads-'));
	cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
	for (const file of files(content)) {
		const path = join(content, file);
		const text = readFileSync(path, 'utf8');
		if (file.endsWith('.yaml') && !file.startsWith('sources/')) {
			const doc = parseDocument(text);
			poison(doc.contents);
			writeFileSync(path, doc.toString({ lineWidth: 0 }));
		} else if (file.endsWith('.md')) {
			const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
			const doc = parseDocument(front!);
			poison(doc.contents);
			const [ja, en] = body!.split('<!-- en -->');
			writeFileSync(path, `---\n${doc.toString({ lineWidth: 0 })}---\n${ja}${BODY_PAYLOAD}${en === undefined ? '' : `<!-- en -->${en}${BODY_PAYLOAD}`}`);
		} else if (file.startsWith('sources/') && file.endsWith('.yaml')) {
			const doc = parseDocument(text);
			poison(doc.contents);
			writeFileSync(path, doc.toString({ lineWidth: 0 }));
		}
	}
	// --no-pdf: payload-length text in every field cannot fit a printed A4 flyer (the PDF step rightly stops
	// on that, see tests/pdf/overflow.test.ts); what is tested here is the HTML.
	out = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-payloads-site-')), { KOYAKU_CONTENT: content }, ['--no-pdf']);
}, 300_000);

describe('hostile text in every content field', () => {
	it('passes check (it is only text), so the build below really carries it', () => {
		const result = loadContent(content);
		expect(result.problems.map(formatProblem)).toEqual([]);
		const model = result.model!;
		expect(model.site.candidate.name.ja).toContain('<script>alert(1)</script>');
		expect(model.policies[0]!.title.ja).toContain('onerror=alert(2)');
	});

	it('reaches the built pages as visible text (escaped), so the search below is not vacuous', () => {
		const html = readFileSync(join(out, 'index.html'), 'utf8');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('the bodies\' raw HTML arrives cut down to the allow-list', () => {
		const page = readFileSync(join(out, 'policies', 'town-promotion', 'index.html'), 'utf8');
		expect(page).toContain('<img src="/favicon.svg"> <a href="/">x</a>');
		expect(page).toContain('<div>s</div>');
	});

	it('the search below sees what a browser would run, and not text inside attribute values', () => {
		const found = tags('<p title="<img src=x onerror=alert(1)>">a</p><img src=x onerror=alert(2)><!-- <script>alert(3)</script> --><script>alert(4)</script>');
		expect(found.map((t) => [t.name, t.attrs.map(([k]) => k).join(' '), t.raw])).toEqual([
			['p', 'title', undefined],
			['img', 'src onerror', undefined],
			['script', '', 'alert(4)'],
		]);
	});

	it('no built file carries a payload in executable form', () => {
		const TEXT = new Set(['.html', '.xml', '.svg', '.json', '.js', '.css', '.txt', '.csv', '.webmanifest', '']);
		const found: string[] = [];
		let pages = 0;
		for (const file of files(out)) {
			if (!TEXT.has(extname(file))) continue;
			const text = readFileSync(join(out, file), 'utf8');
			if (/[\u202A-\u202E\u2066-\u2069]/.test(text)) found.push(`${file}: bidi control`);
			if (!/\.(html|svg|xml)$/.test(file)) continue;
			pages++;
			for (const tag of tags(text)) {
				const shown = `<${tag.name} ${tag.attrs.map(([k, v]) => `${k}="${v.slice(0, 30)}"`).join(' ')}>`;
				// Script elements: only the site's own (none may contain a payload's alert()).
				if (tag.raw !== undefined && /alert\(/.test(tag.raw)) found.push(`${file}: <${tag.name}> with a payload`);
				if (/^(iframe|object|embed|base|frame|frameset|applet)$/.test(tag.name)) found.push(`${file}: ${shown}`);
				for (const [name, value] of tag.attrs) {
					if (/^on/.test(name)) found.push(`${file}: event handler in ${shown}`);
					if (/^(href|src|action|formaction|xlink:href|data|poster|srcset)$/.test(name) && /^\s*(javascript|data|vbscript):/i.test(value)) found.push(`${file}: script URL in ${shown}`);
					if (name === 'style' && /alert|position|url\(/.test(value)) found.push(`${file}: content style in ${shown}`);
					if (name === 'http-equiv' && /refresh/i.test(value)) found.push(`${file}: refresh in ${shown}`);
				}
			}
		}
		expect(pages).toBeGreaterThan(20);
		expect([...new Set(found.map((f) => f.replace(/\/[^/:]*\/index\.html/, "/…")))].slice(0, 30)).toEqual([]);
	});

	it('links written in any case (Https://, MAILTO:) keep their href, lower-cased, and off-site ones get rel', () => {
		const page = readFileSync(join(out, 'policies', 'town-promotion', 'index.html'), 'utf8');
		const anchors = tags(page).filter((tag) => tag.name === 'a');
		const hrefOf = (tag: (typeof anchors)[number]) => tag.attrs.find(([k]) => k === 'href')?.[1];
		const relOf = (tag: (typeof anchors)[number]) => tag.attrs.find(([k]) => k === 'rel')?.[1];
		expect(anchors.filter((tag) => hrefOf(tag) === undefined).length).toBe(0);
		const written = anchors.filter((tag) => /example\.jp/.test(hrefOf(tag) ?? ''));
		expect(written.map((tag) => [hrefOf(tag), relOf(tag)])).toEqual([
			['https://example.jp/upper', 'noopener noreferrer'],
			['mailto:office@example.jp', undefined],
			['https://example.jp/auto', 'noopener noreferrer'],
		]);
	});

	it('no JSON the site publishes holds a raw <, > or &: a </script> in content is written \\u003c/script\\u003e, the same value', () => {
		const json = files(out).filter((file) => file.endsWith('.json'));
		expect(json).toContain(join('data', 'metrics.json'));
		for (const file of json) expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(/[<>&]/);
		expect(JSON.stringify(JSON.parse(readFileSync(join(out, 'data', 'metrics.json'), 'utf8')))).toContain('</script><script>alert(4)</script>');
	});

	it('the open-data CSV keeps the text, neutralised for spreadsheets where it starts like a formula', () => {
		const csv = readFileSync(join(out, 'data', 'metrics.csv'), 'utf8');
		expect(csv).toContain('alert(1)');
		for (const line of csv.split('\r\n').slice(1)) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@]/);
	});
});
