/**
 * "Is this quote in that document?" asked thousands of times of the same long text. `String.includes`
 * scans the document each time (quadratic over a big campaign: every pledge quotes the same policy
 * book); after a few questions this indexes the document once and checks only a few places per quote:
 * where its 6-character pieces stand (the rarest of them, for each alignment on the indexed every third), or for a shorter quote where
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
		if (needle.length >= MIN_INDEXED) return (this.#grams ??= gramIndex(this.#text)).includes(this.#text, needle);
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
const GRAM = 6;
/**
 * Only every STEP-th piece of the text is indexed (a third of the work, in arrays a third the size). A
 * quote found at any position has, for its alignment, a whole piece inside it on an indexed position,
 * once it is GRAM + STEP - 1 long (8, as long as the pieces the index first used).
 */
const STEP = 3;
const MIN_INDEXED = GRAM + STEP - 1;
const BASE = 0x01000193;

/** The bucket of a hash: mixed, so that similar pieces spread. */
const bucketOf = (hash: number, mask: number) => (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 11) & mask;

/** The hash of the GRAM-long piece of `text` at `i`. */
const hashAt = (text: string, i: number) => {
	let hash = 0;
	for (let j = i; j < i + GRAM; j++) hash = (Math.imul(hash, BASE) + text.charCodeAt(j)) | 0;
	return hash;
};

/**
 * Where every STEP-th GRAM-long piece of a text starts, grouped by bucket of its hash: positions of bucket
 * b are `at[start[b]] … at[start[b + 1] - 1]`, in text order. Pieces sharing a bucket only add candidates
 * that the final comparison rejects.
 */
interface GramIndex {
	includes(text: string, needle: string): boolean;
}

function gramIndex(text: string): GramIndex {
	const count = Math.floor((text.length - GRAM) / STEP) + 1;
	let size = 1;
	while (size < count) size <<= 1;
	const mask = size - 1;
	const buckets = new Int32Array(count);
	for (let k = 0; k < count; k++) buckets[k] = bucketOf(hashAt(text, k * STEP), mask);
	const start = new Int32Array(size + 1);
	for (let k = 0; k < count; k++) start[buckets[k]! + 1]!++;
	for (let b = 0; b < size; b++) start[b + 1]! += start[b]!;
	const fill = start.slice(0, size);
	const at = new Int32Array(count);
	for (let k = 0; k < count; k++) at[fill[buckets[k]!]!++] = k * STEP;
	return {
		includes(text, needle) {
			// A quote at position q has its pieces at offsets o, o + STEP, … on indexed positions, where q + o is
			// a multiple of STEP: each of the STEP alignments is looked up at its rarest piece.
			for (let o = 0; o < STEP; o++) {
				let best = -1;
				let bestSize = Infinity;
				let offset = 0;
				for (let i = o; i + GRAM <= needle.length; i += STEP) {
					const bucket = bucketOf(hashAt(needle, i), mask);
					const n = start[bucket + 1]! - start[bucket]!;
					// A piece the text lacks: not at this alignment.
					if (n === 0) {
						best = -1;
						break;
					}
					if (n < bestSize) {
						best = bucket;
						bestSize = n;
						offset = i;
					}
					// One place to compare cannot be bettered.
					if (n === 1) break;
				}
				if (best < 0) continue;
				for (let k = start[best]!, end = start[best + 1]!; k < end; k++) {
					const position = at[k]! - offset;
					if (position >= 0 && text.startsWith(needle, position)) return true;
				}
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
