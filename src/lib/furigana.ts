/**
 * Furigana for the やさしい日本語 edition: readings from the kuromoji analyser (@sglkc/kuromoji, IPADIC),
 * corrected by the campaign's own reading dictionary (site.yaml `readings:`), written as <ruby> with <rp>
 * fallbacks. Built at build time only: nothing here reaches the browser.
 *
 * The analyser was chosen by measurement (scripts/bench/furigana.ts, tests/fixtures/furigana-gold.ts): the
 * kuromoji forks, Lindera and MeCab share IPADIC and read Komoro's words alike; Sudachi's newer dictionary
 * read no more of them right and takes seconds to load.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { counterReading, readNumber } from './japanese-numbers.ts';

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
}

let tokenizer: Promise<Tokenizer> | undefined;

/** The analyser, once per process (its dictionary takes about a second to load). */
function loadTokenizer(): Promise<Tokenizer> {
	tokenizer ??= (async () => {
		const require = createRequire(import.meta.url);
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

/** The analyser with the campaign's `readings:` applied on top. */
export async function loadFurigana(readings: Record<string, string>): Promise<Furigana> {
	return createFurigana(await loadTokenizer(), readings);
}

const KANJI = /[\p{Script=Han}々〆ヶ]/u;
const KANJI_RUN = /[\p{Script=Han}々〆ヶ]+/gu;
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
export const BUILT_IN: Readonly<Record<string, string>> = { 令和: 'れいわ', 協働: 'きょうどう' };

export const toHiragana = (s: string): string => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

const ruby = (base: string, reading: string): string =>
	`<ruby>${escapeHtml(base)}<rp>(</rp><rt>${escapeHtml(reading)}</rt><rp>)</rp></ruby>`;

const halfWidth = (s: string): string => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function createFurigana(analyser: Tokenizer, readings: Record<string, string>): Furigana {
	const dictionary = new Map(Object.entries({ ...BUILT_IN, ...readings }).map(([word, reading]) => [word, toHiragana(reading)]));
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
			const word = byFirst.get(text[i]!)?.find((w) => text.startsWith(w, i));
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
				const counted = unit && KANJI.test(unit.surface_form) ? counterReading(digits, unit.surface_form) : undefined;
				if (numeral && !counted) {
					// A kanji numeral on its own (一部, 第一): the analyser's reading.
					out.push(wordSegment(token));
					continue;
				}
				if (counted) {
					// Kanji numerals are kanji: their reading goes with the counter's.
					const regular = number + counted.base === counted.reading && !numeral;
					out.push(
						{ text, reading: number },
						regular
							? { text: unit!.surface_form, reading: counted.base }
							: { text: text + unit!.surface_form, reading: counted.reading, whole: true, why: 'counter' },
					);
					if (!regular) out.splice(out.length - 2, 1);
					i = j;
				} else {
					out.push({ text, reading: number });
					i = j - 1;
				}
				continue;
			}
			out.push(wordSegment(token));
		}
		return out;
	}

	function wordSegment(token: Token): Segment {
		const surface = token.surface_form;
		if (!KANJI.test(surface)) return { text: surface };
		const reading = token.reading && token.reading !== '*' ? toHiragana(token.reading) : undefined;
		const why: Segment['why'] =
			token.word_type === 'UNKNOWN' || !reading
				? 'unknown'
				: token.pos_detail_1 === '固有名詞'
					? 'proper'
					: KANJI_NUMERAL.test(surface) && surface.length > 1 && token.pos_detail_1 !== '数'
						? 'counter'
						: undefined;
		return { text: surface, reading, why };
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
		for (const text of texts)
			for (const s of segments(text))
				if (s.why && !s.dictionary && !seen.has(s.text)) seen.set(s.text, { word: s.text, reading: s.reading ?? '', why: WHY[s.why] });
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

/** Elements whose text gets no ruby: ruby already there, code and scripts, and text that is not read as prose. */
const SKIP = new Set(['ruby', 'rt', 'rp', 'script', 'style', 'code', 'pre', 'svg', 'title', 'textarea', 'template']);
