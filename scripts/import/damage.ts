/**
 * Extraction damage an import can detect, and the part it can safely repair.
 *
 * - Kangxi radicals for kanji: a PDF's font maps a kanji's glyph to the radical that looks the same
 *   (⽉ U+2F49 for 月, ⻑ U+2ED1 for 長), so the extracted text looks right but a quote typed with the real
 *   kanji is never found. The Kangxi Radicals block is turned into kanji by Unicode's own compatibility
 *   mapping (NFKC); the CJK Radicals Supplement has none for most forms, so the ones that stand for a
 *   Japanese kanji are mapped from Unicode's EquivalentUnifiedIdeograph data (the table below); any other
 *   radical is reported and left.
 * - `‧` (U+2027) for the middle dot `・`: pdf.js reports it so although the file says U+30FB.
 * - Replacement characters (U+FFFD) and private-use characters: glyphs the file gives no text for. They
 *   cannot be repaired: the office must retype those words from the printed page.
 * - Lost line structure: no line breaks, or very long lines, mean the pledges cannot be told apart.
 */

/** CJK Radicals Supplement → the kanji it stands for (from Unicode's EquivalentUnifiedIdeograph.txt). */
const SUPPLEMENT: Record<string, string> = {
	'⺁': '厂', '⺄': '乙', '⺊': '卜', '⺎': '兀', '⺐': '尢', '⺒': '巳', '⺓': '幺', '⺗': '心', '⺝': '月', '⺞': '歺', '⺟': '母',
	'⺠': '民', '⺦': '丬', '⺧': '牛', '⺩': '王', '⺪': '疋', '⺫': '目', '⺬': '示', '⺮': '竹', '⺷': '羊', '⺻': '聿', '⺼': '肉',
	'⺽': '臼', '⻁': '虎', '⻂': '衤', '⻄': '西', '⻆': '角', '⻊': '足', '⻌': '辶', '⻏': '阝', '⻑': '長', '⻕': '阜', '⻖': '阝',
	'⻗': '雨', '⻘': '青', '⻝': '食', '⻟': '飠', '⻣': '骨', '⻤': '鬼', '⻨': '麦', '⻩': '黄', '⻫': '斉', '⻭': '歯', '⻯': '竜',
	'⻲': '亀',
};

export interface Damage {
	/** Characters repaired, by what they were turned into (`⽉→月` → count). */
	repaired: Map<string, number>;
	/** Radicals left as they are (no kanji known for them), with the lines they stand on. */
	radicalsLeft: { char: string; lines: number[] }[];
	/** Lines (1-based, in the stored text) with replacement or private-use characters. */
	unreadable: number[];
	/** Why the line structure looks lost, or undefined. */
	lostLines?: { ja: string; en: string };
}

const isKangxi = (c: number) => c >= 0x2f00 && c <= 0x2fdf;
const isSupplement = (c: number) => c >= 0x2e80 && c <= 0x2eff;

/** The text with what can be repaired repaired, and what was found. */
export function repair(raw: string): { text: string; damage: Damage } {
	const repaired = new Map<string, number>();
	const left = new Map<string, Set<number>>();
	const unreadable = new Set<number>();
	let line = 1;
	let text = '';
	for (const ch of raw) {
		const c = ch.codePointAt(0)!;
		let out = ch;
		if (ch === '\n') line++;
		else if (isKangxi(c)) out = ch.normalize('NFKC');
		else if (isSupplement(c)) out = SUPPLEMENT[ch] ?? ch;
		else if (ch === '\u2027') out = '・';
		else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) unreadable.add(line);
		if (out !== ch) {
			const key = `${ch}→${out}`;
			repaired.set(key, (repaired.get(key) ?? 0) + 1);
		} else if (isKangxi(c) || isSupplement(c)) left.set(ch, (left.get(ch) ?? new Set()).add(line));
		text += out;
	}
	const lines = text.split('\n').filter((l) => l.trim());
	const longest = Math.max(0, ...lines.map((l) => l.length));
	const lostLines =
		text.length > 400 && lines.length <= 2
			? { ja: '文書全体がほぼ1行になっていて、行の区切りが失われています', en: 'the whole document is (nearly) one line: its line breaks were lost' }
			: longest > 400
				? { ja: `${longest}文字の長い行があり、行の区切りが失われているようです`, en: `a line is ${longest} characters long: line breaks seem to be lost` }
				: lines.length > 20 && lines.filter((l) => [...l.trim()].length === 1).length > lines.length / 2
					? { ja: '1文字だけの行が半分以上あり、縦書きなどで行が崩れているようです', en: 'more than half the lines hold one character: vertical text or a broken layout' }
					: undefined;
	return {
		text,
		damage: { repaired, radicalsLeft: [...left].map(([char, at]) => ({ char, lines: [...at] })), unreadable: [...unreadable], ...(lostLines ? { lostLines } : {}) },
	};
}

/** One warning line per kind of damage, ja / en, for the summary and the source's note. */
export function damageWarnings(d: Damage): string[] {
	const out: string[] = [];
	const total = [...d.repaired.values()].reduce((a, b) => a + b, 0);
	if (total) {
		const kinds = [...d.repaired].slice(0, 8).map(([k, n]) => `${k}×${n}`).join(' ');
		out.push(`部首の文字などを漢字に直しました（${total}文字: ${kinds}）/ Repaired ${total} characters extracted as radicals or look-alikes (${kinds})`);
	}
	for (const { char, lines } of d.radicalsLeft)
		out.push(`部首の文字「${char}」（U+${char.codePointAt(0)!.toString(16).toUpperCase()}）が残っています（${lines.slice(0, 5).join('・')}行目）。正しい漢字に直してください / The radical "${char}" is left on line ${lines.slice(0, 5).join(', ')}: replace it with the kanji`);
	if (d.unreadable.length)
		out.push(`読み取れない文字（�）が ${d.unreadable.length} 行にあります（${d.unreadable.slice(0, 8).join('・')}行目）。印刷物を見て打ち直してください / Unreadable characters on ${d.unreadable.length} lines (${d.unreadable.slice(0, 8).join(', ')}): retype them from the printed page`);
	if (d.lostLines) out.push(`${d.lostLines.ja}。公約ごとに分けられません / ${d.lostLines.en}; pledges cannot be told apart`);
	return out;
}
