/**
 * "Is this quote in that document?" asked thousands of times of the same long text. `String.includes`
 * scans the document each time (quadratic over a big campaign: every pledge quotes the same policy
 * book); after a few questions this indexes the document once and checks only a few places per quote:
 * where one of the quote's 8-character pieces stands (the rarest of them), or for a shorter quote where
 * its rarest pair of characters stands. The long-quote index (the usual case) is two flat typed arrays,
 * not a list per key: a big document costs little to index and next to nothing for the garbage collector.
 */
export class TextIndex {
	readonly #text: string;
	#asked = 0;
	#grams: GramIndex | undefined;
	#pairs: Map<number, number[]> | undefined;

	constructor(text: string) {
		this.#text = text;
	}

	/**
	 * The same answer as `text.includes(needle)`.
	 * @example new TextIndex('小諸市の人口').includes('人口') // true
	 */
	includes(needle: string): boolean {
		// Short texts, short needles and the first few questions: a plain scan is cheaper than an index.
		if (needle.length < 2 || this.#text.length < 2048 || ++this.#asked <= 16) return this.#text.includes(needle);
		if (needle.length >= GRAM) return (this.#grams ??= gramIndex(this.#text)).includes(this.#text, needle);
		const pairs = (this.#pairs ??= pairIndex(this.#text));
		let rarest: number[] | undefined;
		let offset = 0;
		for (let i = 0; i + 1 < needle.length; i++) {
			const at = pairs.get(needle.charCodeAt(i) * 0x10000 + needle.charCodeAt(i + 1));
			if (!at) return false;
			if (!rarest || at.length < rarest.length) [rarest, offset] = [at, i];
		}
		return rarest!.some((position) => position >= offset && this.#text.startsWith(needle, position - offset));
	}
}

/** Length of the pieces the long-quote index hashes (UTF-16 code units). */
const GRAM = 8;
/** B^(GRAM-1) for the rolling hash, modulo 2^32. */
const BASE = 0x01000193;
const TOP = (() => {
	let power = 1;
	for (let i = 1; i < GRAM; i++) power = Math.imul(power, BASE);
	return power;
})();

/** The bucket of a hash: mixed, so that similar pieces spread. */
const bucketOf = (hash: number, mask: number) => (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 11) & mask;

/**
 * Where every GRAM-long piece of a text starts, grouped by bucket of its hash: positions of bucket b are
 * `at[start[b]] … at[start[b + 1] - 1]`, in text order. Pieces sharing a bucket only add candidates that
 * the final comparison rejects.
 */
interface GramIndex {
	includes(text: string, needle: string): boolean;
}

function gramIndex(text: string): GramIndex {
	const count = text.length - GRAM + 1;
	let size = 1;
	while (size < count) size <<= 1;
	const mask = size - 1;
	const buckets = new Int32Array(count);
	let hash = 0;
	for (let i = 0; i < GRAM; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
	for (let i = 0; ; i++) {
		buckets[i] = bucketOf(hash, mask);
		if (i + 1 >= count) break;
		hash = (Math.imul(hash - Math.imul(text.charCodeAt(i), TOP), BASE) + text.charCodeAt(i + GRAM)) | 0;
	}
	const start = new Int32Array(size + 1);
	for (let i = 0; i < count; i++) start[buckets[i]! + 1]!++;
	for (let b = 0; b < size; b++) start[b + 1]! += start[b]!;
	const fill = start.slice(0, size);
	const at = new Int32Array(count);
	for (let i = 0; i < count; i++) at[fill[buckets[i]!]!++] = i;
	return {
		includes(text, needle) {
			// The needle's rarest piece: fewest places to compare.
			let best = -1;
			let bestSize = Infinity;
			let offset = 0;
			let h = 0;
			for (let i = 0; i < GRAM; i++) h = (Math.imul(h, BASE) + needle.charCodeAt(i)) | 0;
			for (let i = 0; ; i++) {
				const bucket = bucketOf(h, mask);
				const n = start[bucket + 1]! - start[bucket]!;
				if (n === 0) return false;
				if (n < bestSize) {
					best = bucket;
					bestSize = n;
					offset = i;
				}
				// One place to compare cannot be bettered (but by none, which the rest of the quote may still show).
				if (n === 1 || i + GRAM >= needle.length) break;
				h = (Math.imul(h - Math.imul(needle.charCodeAt(i), TOP), BASE) + needle.charCodeAt(i + GRAM)) | 0;
			}
			for (let k = start[best]!, end = start[best + 1]!; k < end; k++) {
				const position = at[k]! - offset;
				if (position >= 0 && text.startsWith(needle, position)) return true;
			}
			return false;
		},
	};
}

/** Every pair of adjacent UTF-16 code units → the positions where it starts, in order. */
function pairIndex(text: string): Map<number, number[]> {
	const pairs = new Map<number, number[]>();
	for (let i = 0; i + 1 < text.length; i++) {
		const key = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
		const list = pairs.get(key);
		if (list) list.push(i);
		else pairs.set(key, [i]);
	}
	return pairs;
}
