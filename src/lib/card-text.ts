/**
 * Words for a pledge card: the substance of its rating in a line or two, never a sentence cut mid-word.
 * The rating's standard wording (the opening most reasons share, the rule applied) stays on the pledge page.
 */
import type { Lang } from '../i18n/index.ts';
import { memo } from './lookup.ts';

/**
 * About five lines of a card on a phone: a longer first sentence is shortened at a clause boundary (a shorter
 * cut would hide a sentence's "but"). The easy Japanese edition's cards say less (short sentences, and each
 * kanji carries its reading): about two lines; the whole reason is on the pledge's page.
 */
export const CARD_LINE_MAX: Record<Lang, number> = { ja: 160, en: 320, easy: 60 };

/** Where a clause ends: after 、 in Japanese, after ", " or "; " in English (outside brackets). */
const clauseEnds = (text: string): number[] => {
	const ends: number[] = [];
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if ('(（「『“'.includes(c)) depth++;
		else if (')）」』”'.includes(c)) depth = Math.max(0, depth - 1);
		else if (depth === 0 && (c === '、' || c === '，' || ((c === ',' || c === ';') && text[i + 1] === ' '))) ends.push(i + 1);
	}
	return ends;
};

/** The first sentence: up to 。！？ in Japanese, or . ! ? followed by a space or the end in English (outside brackets). */
export function firstSentence(text: string): string {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if ('(（「『“'.includes(c)) depth++;
		else if (')）」』”'.includes(c)) depth = Math.max(0, depth - 1);
		else if (depth === 0 && ('。！？'.includes(c) || ('.!?'.includes(c) && (i + 1 === text.length || text[i + 1] === ' ')))) return text.slice(0, i + 1);
	}
	return text;
}

/**
 * The opening clause that most texts share (at least three, and a third of them): the standard way a
 * campaign's ratings begin, such as 「2020年1月までを報告する後援会報によれば、」. '' when there is none.
 * @example standardOpening(['According to X, a.', 'According to X, b.', 'According to X, c.']) // 'According to X, '
 */
export function standardOpening(texts: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const text of texts) {
		const sentence = firstSentence(text);
		for (const end of clauseEnds(sentence)) {
			const opening = sentence.slice(0, end).trimEnd();
			counts.set(opening, (counts.get(opening) ?? 0) + 1);
		}
	}
	const needed = Math.max(3, Math.ceil(texts.length / 3));
	const best = [...counts].filter(([, n]) => n >= needed).sort((a, b) => b[0].length - a[0].length)[0]?.[0] ?? '';
	return best ? `${best}${/[、，]$/.test(best) ? '' : ' '}` : '';
}

/**
 * A card's line from a rating's reason: without the standard opening, its first sentence, shortened at
 * the last clause boundary that fits (with …) when it is long; whole words only.
 * @example cardLine('According to X, the desk opened, and 140 cases were handled. Rule applied — …', 'According to X, ', 'en') // 'The desk opened, and 140 cases were handled.'
 */
export function cardLine(reason: string, opening: string, lang: Lang): string {
	let text = opening && reason.startsWith(opening) ? reason.slice(opening.length) : reason;
	if (lang === 'en' && text !== reason) text = text.charAt(0).toUpperCase() + text.slice(1);
	const sentence = firstSentence(text).trim();
	const max = CARD_LINE_MAX[lang];
	if (sentence.length <= max) return sentence;
	const end = clauseEnds(sentence).filter((i) => i <= max).at(-1);
	if (end !== undefined && end > max / 3) return `${sentence.slice(0, end).replace(/[、，,;]\s*$/, '')}…`;
	// No clause boundary early enough: the whole sentence, never cut inside a word.
	return sentence;
}

/** The standard opening of a model's rating reasons in `lang`, found once per model. */
export const reasonOpening = (model: { policies: readonly { rating: { reason?: { ja: string; en?: string } | undefined } }[] }, lang: Lang): string =>
	memo(model, `reasonOpening.${lang}`, () =>
		standardOpening(model.policies.flatMap((p) => (p.rating.reason ? [lang === 'en' ? (p.rating.reason.en ?? '') : p.rating.reason.ja] : [])).filter(Boolean)),
	);
