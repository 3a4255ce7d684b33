/**
 * Print typography: a number stays on one line with its unit, its period and its counter word
 * ("289人", "2023年12月末現在", "23億2,100万円余", "289 people", "April 2016"). The flyer's templates
 * render the runs this returns, the `keep` ones in a no-break span. PURE.
 */
import type { Lang } from '../i18n/index.ts';

export interface Run {
	text: string;
	/** Keep on one line. */
	keep: boolean;
}

// Japanese: chained number + unit pairs (2023年12月末, 23億2,100万円余, 30店舗以上, 第2号); a unit is one or two
// characters that are not a break, a digit or punctuation.
const JA = /第?(?:[¥￥]?[0-9０-９][0-9０-９,，.．]*(?:[万億兆千百]?)(?:[^\s0-9０-９、。，．,（）()「」『』・／/：:～〜–\-]{1,2})?)+(?:現在|以上|以下|未満)?/gu;
// English: an optional month or currency before, then the number and one following word or symbol.
const EN = /(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|No\.)\s)?[¥$€£]?[0-9][0-9,.]*(?:\s?(?:%|[A-Za-z]+))?/g;

/**
 * The text cut into runs, the number runs to keep together.
 * @example keepTogether('2023年12月末現在で289人', 'ja') // [{ text: '2023年12月末現在', keep: true }, { text: 'で', keep: false }, { text: '289人', keep: true }]
 */
export function keepTogether(text: string, lang: Lang): Run[] {
	const re = new RegExp(lang === 'ja' ? JA : EN);
	const out: Run[] = [];
	let last = 0;
	for (const match of text.matchAll(re)) {
		if (!match[0]) continue;
		if (match.index > last) out.push({ text: text.slice(last, match.index), keep: false });
		out.push({ text: match[0], keep: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last), keep: false });
	return out;
}
