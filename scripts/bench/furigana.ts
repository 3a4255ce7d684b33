/**
 * The furigana analyser's cost (src/lib/furigana.ts): loading it once, then reading Komoro's Japanese (or
 * the content folder given) per 10,000 characters: html() against the bare analyser's tokenize() on the
 * same text (the ratio is what koyaku's layer adds: numbers, the dictionary, ruby), and addRubyToHtml() on
 * the same text as paragraphs. Medians of 7 rounds after a warm-up, in this process; a figure for reading,
 * never a test's assertion. Usage: node scripts/bench/furigana.ts [content folder]
 */
import { createRequire } from 'node:module';
import { loadFurigana } from '../../src/lib/furigana.ts';
import { loadContent } from '../../src/model/load.ts';

const dir = process.argv[2] ?? 'content';
const loaded = loadContent(dir, { model: false, coverage: false });
if (!loaded.furigana) throw new Error(`${dir}/site.yaml is not valid: run npm run check`);
const texts = loaded.furigana.texts();
const chars = texts.reduce((n, t) => n + t.length, 0);

let started = performance.now();
const furigana = await loadFurigana(loaded.furigana.readings);
const load = performance.now() - started;

// The analyser alone, on the same text: already loaded (the cache above), asked through kuromoji itself.
const require = createRequire(import.meta.url);
const kuromoji = require('@sglkc/kuromoji') as { builder(o: { dicPath: string }): { build(done: (e: Error | null, t: { tokenize(s: string): unknown[] }) => void): void } };
const dicPath = require.resolve('@sglkc/kuromoji/package.json').replace(/package\.json$/, 'dict');
const bare = await new Promise<{ tokenize(s: string): unknown[] }>((resolve, reject) => kuromoji.builder({ dicPath }).build((e, t) => (e ? reject(e) : resolve(t))));
const page = texts.map((t) => `<p class="text">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function per10k(run: () => void): number {
	run();
	const times: number[] = [];
	for (let i = 0; i < 7; i++) {
		started = performance.now();
		run();
		times.push(((performance.now() - started) * 10_000) / chars);
	}
	return median(times);
}
const tokenize = per10k(() => texts.forEach((t) => bare.tokenize(t)));
const html = per10k(() => texts.forEach((t) => furigana.html(t)));
const addRuby = per10k(() => furigana.addRubyToHtml(page));
const uncertain = per10k(() => furigana.uncertain(texts));

console.log(`furigana on ${dir}/: ${texts.length} texts, ${chars.toLocaleString('en')} characters`);
console.log(`  load (analyser + dictionary, once per process): ${load.toFixed(0)} ms`);
console.log(`  per 10,000 characters: tokenize ${tokenize.toFixed(1)} ms · html() ${html.toFixed(1)} ms (×${(html / tokenize).toFixed(2)} tokenize) · addRubyToHtml() ${addRuby.toFixed(1)} ms (×${(addRuby / tokenize).toFixed(2)}) · uncertain() ${uncertain.toFixed(1)} ms (×${(uncertain / tokenize).toFixed(2)})`);
