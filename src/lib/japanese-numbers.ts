/**
 * Numbers read aloud in Japanese, for furigana: 3200 = さんぜんにひゃく, and with their counters 1人 = ひとり,
 * 4月 = しがつ, 1回 = いっかい, 3本 = さんぼん. Only the counters listed here get a reading; the sound changes
 * follow the usual (NHK) readings.
 */

const ONES = ['', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];
const UNITS = ['', 'まん', 'おく', 'ちょう'];

function group(n: number): string {
	const th = Math.floor(n / 1000);
	const hu = Math.floor((n % 1000) / 100);
	const te = Math.floor((n % 100) / 10);
	const on = n % 10;
	let out = '';
	if (th) out += th === 1 ? 'せん' : th === 3 ? 'さんぜん' : th === 8 ? 'はっせん' : ONES[th] + 'せん';
	if (hu) out += hu === 1 ? 'ひゃく' : hu === 3 ? 'さんびゃく' : hu === 6 ? 'ろっぴゃく' : hu === 8 ? 'はっぴゃく' : ONES[hu] + 'ひゃく';
	if (te) out += (te === 1 ? '' : ONES[te]) + 'じゅう';
	if (on) out += ONES[on];
	return out;
}

/** `digits` (half-width, maybe with a decimal point) read aloud. */
export function readNumber(digits: string): string {
	const [whole = '0', fraction] = digits.split('.');
	let n = BigInt(whole);
	let out = '';
	if (n === 0n) out = 'ぜろ';
	for (let unit = 0; n > 0n; unit++, n /= 10000n) {
		const g = Number(n % 10000n);
		if (!g) continue;
		// 1000万 = いっせんまん: a thousand before a larger unit is spoken in full.
		const spoken = unit && g >= 1000 && Math.floor(g / 1000) === 1 ? 'いっ' + group(g) : group(g);
		out = spoken + (UNITS[unit] ?? '') + out;
	}
	if (fraction === undefined) return out;
	// 50.5 = ごじゅってんご: the sound before てん closes up.
	return (
		out.replace(/(いち|ろく|はち|じゅう)$/, (m) => ({ いち: 'いっ', ろく: 'ろっ', はち: 'はっ', じゅう: 'じゅっ' })[m]!) +
		'てん' +
		[...fraction].map((d) => (d === '0' ? 'ぜろ' : ONES[Number(d)])).join('')
	);
}

/** Counters whose first sound is k, s, t or h: 1, 6, 8, 10 and 100 close up before them (いっかい, ろっけん). */
const CLOSING: Record<string, string> = {
	回: 'かい', 件: 'けん', 区: 'く', 期: 'き', 校: 'こう', 個: 'こ', 箇所: 'かしょ', か所: 'かしょ', カ所: 'かしょ', ヶ所: 'かしょ',
	課: 'か', 館: 'かん', 軒: 'けん', 曲: 'きょく', 歳: 'さい', 才: 'さい', 冊: 'さつ', 章: 'しょう', 社: 'しゃ', 世帯: 'せたい',
	週: 'しゅう', 周年: 'しゅうねん', 席: 'せき', 点: 'てん', 頭: 'とう', 通: 'つう', 棟: 'とう', 本: 'ほん', 分: 'ふん', 泊: 'はく',
	杯: 'はい', 匹: 'ひき', 票: 'ひょう', 百: 'ひゃく',
	か月: 'かげつ', カ月: 'かげつ', ヶ月: 'かげつ', ケ月: 'かげつ', 箇月: 'かげつ',
};
/** Counters read plainly after any number (4 before them is よん unless listed in YO). */
const PLAIN: Record<string, string> = {
	人: 'にん', 年: 'ねん', 年度: 'ねんど', 年間: 'ねんかん', 月: 'がつ', 日: 'にち', 日間: 'にちかん', 時: 'じ', 時間: 'じかん',
	円: 'えん', 倍: 'ばい', 位: 'い', 次: 'じ', 団体: 'だんたい', 店舗: 'てんぽ', 人口: 'じんこう', 名: 'めい', 番: 'ばん',
	番目: 'ばんめ', 万: 'まん', 億: 'おく', 割: 'わり', 台: 'だい', 階: 'かい', 度: 'ど', 号: 'ごう', 条: 'じょう', 種類: 'しゅるい',
	項目: 'こうもく', 市町村: 'しちょうそん', 市区: 'しく', 施設: 'しせつ', 園: 'えん', 年半: 'ねんはん', 万人: 'まんにん', 万円: 'まんえん', 億円: 'おくえん',
};
/** 4 read よ before these (よにん, よねん, よじ, よえん). */
const YO = new Set(['人', '年', '年度', '年間', '年半', '時', '時間', '円']);
/** 7 read しち, 9 read く before these (しちがつ, くじ). */
const SHICHI_KU = new Set(['月', '時', '時間']);
const DAYS: Record<number, string> = {
	1: 'ついたち', 2: 'ふつか', 3: 'みっか', 4: 'よっか', 5: 'いつか', 6: 'むいか', 7: 'なのか', 8: 'ようか', 9: 'ここのか',
	10: 'とおか', 14: 'じゅうよっか', 20: 'はつか', 24: 'にじゅうよっか',
};

/**
 * The counter's own reading (`base`) and the whole reading of `digits` + `counter`, or undefined for a word
 * that is no counter; `special` for a reading of its own (1人 = ひとり, 1日 = ついたち) rather than a rule's.
 */
export const isCounter = (word: string): boolean => word in PLAIN || word in CLOSING;

export function counterReading(digits: string, counter: string): { base: string; reading: string; special?: true } | undefined {
	const plain = PLAIN[counter];
	const closing = CLOSING[counter];
	const base = plain ?? closing;
	if (!base) return undefined;
	if (digits.includes('.')) return { base, reading: readNumber(digits) + base };
	const n = Number(digits);
	const number = readNumber(digits);
	// Words of their own rather than number + counter, and 1日 is also いちにち (one day): worth a person's look.
	if (counter === '人' && (n === 1 || n === 2)) return { base, reading: n === 1 ? 'ひとり' : 'ふたり', special: true };
	if (counter === '日' && DAYS[n]) return { base, reading: DAYS[n]!, special: true };
	const last = n % 10;
	const lastTwo = n % 100;
	let spoken = number;
	if (plain) {
		if (last === 4 && lastTwo !== 14 ? YO.has(counter) : lastTwo === 14 && YO.has(counter)) spoken = number.replace(/よん$/, 'よ');
		if (counter === '月' && n === 4) spoken = 'し';
		if (SHICHI_KU.has(counter) && last === 7) spoken = number.replace(/なな$/, 'しち');
		if (SHICHI_KU.has(counter) && last === 9) spoken = number.replace(/きゅう$/, 'く');
		return { base, reading: spoken + base };
	}
	// k, s, t, h counters: いっ, ろっ, はっ, じゅっ, ひゃっ before them; h turns to p after っ (いっぽん) and to b or p after ん.
	let head = base;
	const closes = /(いち|ろく|はち|じゅう|ひゃく)$/.exec(number);
	if (closes && !(closes[1] === 'ろく' && /^[さしすせそ]/.test(base))) {
		spoken = number.slice(0, -closes[1]!.length) + { いち: 'いっ', ろく: 'ろっ', はち: 'はっ', じゅう: 'じゅっ', ひゃく: 'ひゃっ' }[closes[1]!];
		if (/^[はひふへほ]/.test(base)) head = toP(base);
	} else if (/^[はひふへほ]/.test(base) && /(さん|せん|まん)$/.test(number) && counter !== '百') head = counter === '分' || counter === '泊' ? toP(base) : toB(base);
	else if (/^[はひふへほ]/.test(base) && /よん$/.test(number) && (counter === '分' || counter === '泊')) head = toP(base);
	return { base, reading: spoken + head };
}

const shift = (s: string, by: number) => String.fromCharCode(s.charCodeAt(0) + by) + s.slice(1);
/** は → ぱ (in the kana table the p-row is two after the h-row, the b-row one). */
const toP = (s: string) => shift(s, 2);
const toB = (s: string) => shift(s, 1);
