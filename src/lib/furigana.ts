/**
 * Furigana for the やさしい日本語 edition: readings from the kuromoji analyser (@sglkc/kuromoji, IPADIC),
 * corrected by the campaign's own reading dictionary (site.yaml `readings:`), written as <ruby> with <rp>
 * fallbacks. Built at build time only: nothing here reaches the browser.
 *
 * The analyser was chosen by measurement (scripts/bench/furigana.ts, tests/fixtures/furigana-gold.ts): the
 * kuromoji forks, Lindera and MeCab share IPADIC and read Komoro's words alike; Sudachi's newer dictionary
 * read no more of them right and takes seconds to load.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { counterReading, isCounter, readNumber } from './japanese-numbers.ts';
import { cacheKey } from '../cache.ts';

export interface UncertainReading {
	/** The word as written. */
	word: string;
	/** The reading the edition shows for it (hiragana). */
	reading: string;
	/** Why it needs a person's eye. */
	why: string;
}

export interface Furigana {
	/** `text` HTML-escaped, with <ruby> on every kanji run whose reading is known. */
	html(text: string): string;
	/** Ruby on every text node of an HTML fragment or page, except inside ruby/rt/rp, script, style, code, pre, svg, title, textarea. */
	addRubyToHtml(html: string): string;
	/** The reading of `text` in hiragana (kana kept, digits read out, latin and signs as written). */
	reading(text: string): string;
	/** Words whose reading the analyser could not be sure of, and that the campaign's dictionary does not hold; each once. */
	uncertain(texts: string[]): UncertainReading[];
}

/** Why a reading is uncertain, as `check` prints it. */
export const WHY = {
	unknown: '辞書にない言葉 / not in the analyser’s dictionary',
	proper: '固有名詞 / proper noun',
	counter: '数と助数詞 / number with counter',
	split: '一字ずつ読んだ言葉（辞書にない言葉かもしれません） / read one kanji at a time (maybe a word the dictionary lacks)',
} as const;

interface Token {
	surface_form: string;
	reading?: string;
	pos: string;
	pos_detail_1: string;
	pos_detail_2: string;
	word_type: string;
}
interface Tokenizer {
	tokenize(text: string): Token[];
	// kuromoji's dictionary, to look up the other entries of a word (see commonReading).
	viterbi_builder: { trie: { commonPrefixSearch(key: string): Array<{ k: string; v: number }> } };
	token_info_dictionary: { target_map: Record<number, number[]>; dictionary: { getShort(at: number): number }; getFeatures(id: string): string };
}

/** A piece of text with its reading (hiragana), or none (kana, latin, signs, or a kanji word nobody could read). */
interface Segment {
	text: string;
	reading?: string;
	why?: keyof typeof WHY;
	/** Ruby over the whole segment, digits included (1人 = ひとり); otherwise ruby goes on the kanji runs only. */
	whole?: boolean;
	/** From the campaign's dictionary: never uncertain. */
	dictionary?: boolean;
	/** The analyser's part of speech and its first detail (名詞,接尾), for words read one kanji at a time. */
	pos?: string;
}

/** The files whose code decides what furigana a text gets: this module's, the number reader's and the analyser's version. */
const FURIGANA_CODE = ['src/lib/furigana.ts', 'src/lib/japanese-numbers.ts', 'node_modules/@sglkc/kuromoji/package.json'];
let codeKey: string | undefined;

/**
 * A key of the code that reads furigana, for the caches of what it read (a page's ruby, check's list):
 * read from the project (the cwd), as a bundler may have moved this module.
 */
export function furiganaCodeKey(): string {
	codeKey ??= cacheKey(
		FURIGANA_CODE.map((file) => {
			try {
				return readFileSync(join(process.cwd(), file));
			} catch {
				return `${file} not found`;
			}
		}),
	);
	return codeKey;
}

let tokenizer: Promise<Tokenizer> | undefined;

/** The analyser, once per process (its dictionary takes about a second to load). */
function loadTokenizer(): Promise<Tokenizer> {
	tokenizer ??= (async () => {
		const require = analyserRequire();
		const kuromoji = require('@sglkc/kuromoji') as {
			builder(options: { dicPath: string }): { build(done: (error: Error | null, tokenizer: Tokenizer) => void): void };
		};
		const dicPath = join(dirname(require.resolve('@sglkc/kuromoji/package.json')), 'dict');
		return new Promise<Tokenizer>((resolve, reject) =>
			kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built))),
		);
	})();
	return tokenizer;
}

/**
 * A require that finds the analyser: from this module, or, when a bundler has moved this module's code into
 * a chunk outside the project (Astro's build writes to a temporary folder), from the project (the cwd).
 */
function analyserRequire(): NodeJS.Require {
	for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
		const require = createRequire(from);
		try {
			require.resolve('@sglkc/kuromoji/package.json');
			return require;
		} catch {
			// not from here: the next place
		}
	}
	throw new Error('ふりがなの解析器（@sglkc/kuromoji）が見つかりません。npm ci を実行してください / The furigana analyser (@sglkc/kuromoji) is not installed: run npm ci');
}

/**
 * The analyser with the campaign's `readings:` applied on top (and koyaku's few corrections, BUILT_IN, under
 * them; `builtIn: false` measures the analyser alone).
 */
export async function loadFurigana(readings: Record<string, string>, { builtIn = true }: { builtIn?: boolean } = {}): Promise<Furigana> {
	return createFurigana(await loadTokenizer(), builtIn ? { ...BUILT_IN, ...readings } : readings);
}

const KANJI = /[\p{Script=Han}々〆ヶ]/u;
const DIGITS = /^[0-9０-９]+$/;
const KANJI_NUMERAL = /^[一二三四五六七八九十百千]+/;
const SMALL_KA = /^[カヶケかヵ]$/;
const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A token that is a kanji numeral (三, 二十, 百五) as digits, or undefined. */
function kanjiNumber(token: Token): string | undefined {
	if (token.pos_detail_1 !== '数' || !/^[一二三四五六七八九十百千]+$/.test(token.surface_form)) return undefined;
	let total = 0;
	let digit = 0;
	for (const c of token.surface_form) {
		const unit = c === '十' ? 10 : c === '百' ? 100 : c === '千' ? 1000 : 0;
		if (unit) {
			total += (digit || 1) * unit;
			digit = 0;
		} else digit = KANJI_DIGITS[c]!;
	}
	return String(total + digit);
}

/**
 * koyaku's own corrections to IPADIC (2007), for words any campaign writes: newer than the dictionary
 * (令和), or missing from it (協働). The campaign's `readings:` come on top.
 */
export const BUILT_IN: Readonly<Record<string, string>> = { 令和: 'れいわ', 協働: 'きょうどう', 病児: 'びょうじ', 終活: 'しゅうかつ', 健診: 'けんしん', 減災: 'げんさい', 婚活: 'こんかつ' };

export const toHiragana = (s: string): string => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

const ruby = (base: string, reading: string): string =>
	`<ruby>${escapeHtml(base)}<rp>(</rp><rt>${escapeHtml(reading)}</rt><rp>)</rp></ruby>`;

const halfWidth = (s: string): string => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function createFurigana(analyser: Tokenizer, readings: Record<string, string>): Furigana {
	const dictionary = new Map(Object.entries(readings).map(([word, reading]) => [word, toHiragana(reading)]));
	// Longest match first: the dictionary's words by first character, longest first.
	const byFirst = new Map<string, string[]>();
	for (const word of dictionary.keys()) {
		const first = word[0]!;
		byFirst.set(first, [...(byFirst.get(first) ?? []), word].sort((a, b) => b.length - a.length));
	}

	function segments(text: string): Segment[] {
		const out: Segment[] = [];
		let rest = 0;
		for (let i = 0; i < text.length; ) {
			// A word of one kanji only where it stands alone (米 in 米・食味, not in 米国): in a longer run of kanji
			// it is part of another word.
			// A word starting with a digit (1日) never starts inside a number (11日).
			const word = byFirst
				.get(text[i]!)
				?.find((w) => text.startsWith(w, i) && (w.length > 1 || !(KANJI.test(text[i - 1] ?? '') || KANJI.test(text[i + 1] ?? ''))) && !(/^[0-9０-９]/.test(w) && /[0-9０-９]/.test(text[i - 1] ?? '')));
			if (!word) {
				i++;
				continue;
			}
			if (rest < i) out.push(...analyse(text.slice(rest, i)));
			out.push({ text: word, reading: dictionary.get(word)!, dictionary: true });
			i += word.length;
			rest = i;
		}
		if (rest < text.length) out.push(...analyse(text.slice(rest)));
		return out;
	}

	function analyse(text: string): Segment[] {
		if (!KANJI.test(text) && !/[0-9０-９]/.test(text)) return [{ text }];
		const tokens = analyser.tokenize(text);
		const out: Segment[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			// 何年, 何月, 何人: なん and the counter's own reading (何本 = なんぼん, 何分 = なんぷん).
			const asked = token.surface_form === '何' && tokens[i + 1] ? counterReading('3', tokens[i + 1]!.surface_form) : undefined;
			if (asked) {
				const unit = tokens[i + 1]!.surface_form;
				out.push({ text: '何' + unit, reading: 'なん' + (asked.special ? asked.base : asked.reading.replace(/^さん/, '')) });
				i++;
				continue;
			}
			const numeral = kanjiNumber(token);
			if (DIGITS.test(token.surface_form) || numeral) {
				// A number (3,200 · 50.5 · 三), then maybe its counter.
				let digits = numeral ?? halfWidth(token.surface_form);
				let text = token.surface_form;
				let j = i + 1;
				for (;;) {
					const sep = tokens[j]?.surface_form;
					const next = tokens[j + 1]?.surface_form;
					if ((sep === ',' || sep === '，') && next && /^[0-9０-９]{3}$/.test(next) && !digits.includes('.')) {
						digits += halfWidth(next);
						text += sep + next;
						j += 2;
					} else if ((sep === '.' || sep === '．') && next && DIGITS.test(next) && !digits.includes('.')) {
						digits += '.' + halfWidth(next);
						text += sep + next;
						j += 2;
					} else break;
				}
				const number = readNumber(digits);
				let unit = tokens[j];
				// 9カ月, 3ヶ所: the small ka is a token of its own.
				if (unit && SMALL_KA.test(unit.surface_form) && tokens[j + 1] && /^[月所]$/.test(tokens[j + 1]!.surface_form)) {
					unit = { ...unit, surface_form: unit.surface_form + tokens[j + 1]!.surface_form };
					j++;
				}
				let counted = unit && KANJI.test(unit.surface_form) ? counterReading(digits, unit.surface_form) : undefined;
				// 12月末, 2023年度末: a counter the analyser joined to the next word.
				let after: Segment[] = [];
				if (unit && !counted && unit.surface_form.length > 1) {
					const head = unit.surface_form[0]!;
					const split = counterReading(digits, head);
					if (split && /^[月年日]$/.test(head)) {
						counted = split;
						const rest = unit.surface_form.slice(1);
						after = rest === '末' ? [{ text: rest, reading: 'まつ' }] : analyse(rest);
						unit = { ...unit, surface_form: head };
					}
				}
				if (numeral && !counted) {
					// A kanji numeral on its own (一部, 第一): the analyser's reading.
					out.push(wordSegment(token, tokens[i - 1], tokens[i + 1]));
					continue;
				}
				if (counted) {
					// Kanji numerals are kanji: their reading goes with the counter's.
					const regular = number + counted.base === counted.reading && !numeral;
					if (regular) out.push({ text, reading: number }, { text: unit!.surface_form, reading: counted.base });
					else out.push({ text: text + unit!.surface_form, reading: counted.reading, whole: true, ...(counted.special ? { why: 'counter' as const } : {}) });
					out.push(...after);
					i = j;
				} else {
					out.push({ text, reading: number });
					i = j - 1;
				}
				continue;
			}
			out.push(wordSegment(token, tokens[i - 1], tokens[i + 1]));
		}
		return out;
	}

	const isName = (token?: Token) => token?.pos_detail_1 === '固有名詞' || (token?.pos_detail_1 === '接尾' && token.pos_detail_2 === '人名');

	/** The reading of `word`'s cheapest entry in IPADIC that is no proper noun, if it has one. */
	function commonReading(word: string): string | undefined {
		const dictionary = analyser.token_info_dictionary;
		let best: { cost: number; reading: string } | undefined;
		for (const { k, v } of analyser.viterbi_builder.trie.commonPrefixSearch(word)) {
			if (k !== word) continue;
			for (const id of dictionary.target_map[v] ?? []) {
				const features = dictionary.getFeatures(String(id)).split(',');
				const cost = dictionary.dictionary.getShort(Number(id) + 4);
				if (features[1] !== '固有名詞' && features[8] && features[8] !== '*' && (!best || cost < best.cost)) best = { cost, reading: toHiragana(features[8]) };
			}
		}
		return best?.reading;
	}

	function wordSegment(token: Token, previous?: Token, next?: Token): Segment {
		const surface = token.surface_form;
		if (!KANJI.test(surface)) return { text: surface };
		let reading = token.reading && token.reading !== '*' ? toHiragana(token.reading) : undefined;
		// One kanji alone between signs (「学」, 農・商・工) is taken by IPADIC for a given name (まなぶ, みのり);
		// in a campaign's prose it is the word, so its commonest reading as a word (がく, のう).
		if (surface.length === 1 && token.pos_detail_2 === '人名' && !isName(previous) && !isName(next)) reading = commonReading(surface) ?? reading;
		const why: Segment['why'] =
			token.word_type === 'UNKNOWN' || !reading
				? 'unknown'
				: token.pos_detail_1 === '固有名詞'
					? 'proper'
					: /^[一二]/.test(surface) && isCounter(surface.replace(KANJI_NUMERAL, '')) && token.pos_detail_1 !== '数'
						? 'counter'
						: undefined;
		return { text: surface, reading, why, pos: `${token.pos},${token.pos_detail_1}` };
	}

	/** Ruby on the kanji runs of one segment, its kana outside (食べる: ruby on 食 only). */
	function segmentHtml({ text, reading, whole }: Segment): string {
		if (!reading || !KANJI.test(text)) return escapeHtml(text);
		if (whole) return ruby(text, reading);
		// The segment as a pattern: kanji runs are groups, everything else must match itself in the reading.
		const parts = text.split(/([\p{Script=Han}々〆ヶ]+)/u).filter(Boolean);
		if (parts.length === 1) return ruby(text, reading);
		const pattern = new RegExp(
			'^' + parts.map((p) => (KANJI.test(p) ? '(.+?)' : toHiragana(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('') + '$',
			'u',
		);
		const match = pattern.exec(reading);
		if (!match) return ruby(text, reading);
		let group = 1;
		return parts.map((p) => (KANJI.test(p) ? ruby(p, match[group++]!) : escapeHtml(p))).join('');
	}

	const html = (text: string): string => segments(text).map(segmentHtml).join('');

	const reading = (text: string): string => toHiragana(segments(text).map((s) => s.reading ?? s.text).join(''));

	function uncertain(texts: string[]): UncertainReading[] {
		const seen = new Map<string, UncertainReading>();
		const note = (word: string, reading: string, why: keyof typeof WHY) => {
			if (!seen.has(word)) seen.set(word, { word, reading, why: WHY[why] });
		};
		for (const text of texts) {
			const list = segments(text);
			for (let i = 0; i < list.length; i++) {
				const s = list[i]!;
				// Kanji the analyser read one at a time, side by side (野・岸・小 for 野岸小): a word it does not know.
				const before = list[i - 1]?.text ?? '';
				let end = i;
				if (isLoneKanji(s) && !/^接頭詞/.test(s.pos ?? '') && !/[\p{Script=Han}々〆ヶ0-9０-９]$/u.test(before)) while (end < list.length && isLoneKanji(list[end]!)) end++;
				if (end - i >= 2) {
					const run = list.slice(i, end);
					note(run.map((r) => r.text).join(''), run.map((r) => r.reading ?? '？').join(''), 'split');
					i = end - 1;
					continue;
				}
				if (s.why && !s.dictionary) note(s.text, s.reading ?? '', s.why);
			}
		}
		return [...seen.values()];
	}

	function addRubyToHtml(source: string): string {
		if (!KANJI.test(source)) return source;
		const document = /^\s*(<!doctype|<html)/i.test(source);
		const tree = document
			? parse(source, { sourceCodeLocationInfo: true })
			: parseFragment(source, { sourceCodeLocationInfo: true });
		// Text nodes to rewrite, by their place in the source: everything else stays byte for byte as it was.
		const edits: Array<{ start: number; end: number; html: string }> = [];
		const walk = (node: DefaultTreeAdapterMap['parentNode']): void => {
			for (const child of node.childNodes) {
				if (child.nodeName === '#text') {
					const { value, sourceCodeLocation: at } = child as DefaultTreeAdapterMap['textNode'];
					if (at && KANJI.test(value)) edits.push({ start: at.startOffset, end: at.endOffset, html: html(value) });
				} else if ('childNodes' in child && !SKIP.has(child.nodeName)) walk(child);
			}
		};
		walk(tree);
		let out = '';
		let last = 0;
		for (const edit of edits.sort((a, b) => a.start - b.start)) {
			out += source.slice(last, edit.start) + edit.html;
			last = edit.end;
		}
		return out + source.slice(last);
	}

	return { html, addRubyToHtml, reading, uncertain };
}

/** One kanji the analyser read as a word of its own (not the campaign's dictionary, not a number's counter). */
const isLoneKanji = (s: Segment) =>
	s.text.length === 1 && KANJI.test(s.text) && !s.dictionary && !s.whole && s.why !== 'counter' && !/,(数|代名詞)$/.test(s.pos ?? '');

/** Elements whose text gets no ruby: ruby already there, code and scripts, and text that is not read as prose. */
const SKIP = new Set(['ruby', 'rt', 'rp', 'script', 'style', 'code', 'pre', 'svg', 'title', 'textarea', 'template']);

/**
 * `check`'s block of unsure readings: one line of what to do, then the words by reason, each with the
 * reading the edition shows (？ where it shows none); one line saying so when there is nothing to confirm.
 */
export function formatUncertain(list: UncertainReading[]): string {
	if (!list.length) return '  ふりがな: 読みはすべて確かめてあります / Furigana: every reading is confirmed';
	const lines = [
		`  ふりがな: 読みが確かでない言葉が${list.length}語あります。確かめて、正しい読みを site.yaml の readings に書いてください（書いた言葉はこの一覧から消えます） / Furigana: ${list.length} word${list.length === 1 ? '' : 's'} whose reading koyaku is not sure of. Check ${list.length === 1 ? 'it' : 'them'} and write the right reading in site.yaml's readings (words written there leave this list)`,
	];
	for (const why of Object.values(WHY)) {
		const words = list.filter((u) => u.why === why);
		if (words.length) lines.push(`    ${why}: ${words.map((u) => `${u.word}（${u.reading || '？'}）`).join('、')}`);
	}
	return lines.join('\n');
}
