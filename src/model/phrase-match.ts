/** Finding listed phrases in published text, whatever its spacing, emphasis and character widths. */

/** Between the characters of a phrase: spaces, line breaks and Markdown emphasis (「清き**一票**を」). */
const GAP = '[\\s\\u3000*_]*';

/**
 * One regular expression for all `phrases`: NFKC (full-width and half-width alike), any case, gaps
 * allowed between characters, and whole words where a phrase begins or ends with a Latin letter or digit
 * (so "vote for" is not found in "devote for").
 * @example phraseMatcher(['清き一票', 'vote for'])!.test('清き 一票を') // true
 */
export function phraseMatcher(phrases: readonly string[]): RegExp | undefined {
	const parts = phrases
		.map((phrase) => phrase.normalize('NFKC').replace(/[\s\u3000]+/g, ''))
		.filter(Boolean)
		.map((phrase) => {
			const chars = [...phrase].map((c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
			const before = /^[A-Za-z0-9]/.test(phrase) ? '(?<![\\p{L}\\p{N}])' : '';
			const after = /[A-Za-z0-9]$/.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
			return `${before}${chars.join(GAP)}${after}`;
		});
	return parts.length ? new RegExp(parts.join('|'), 'giu') : undefined;
}

/** The phrases found in `text`, each with the 0-based line it starts on (NFKC per line, so lines keep their numbers). */
export function findPhrases(text: string, matcher: RegExp): { found: string; line: number }[] {
	const normal = text.includes('\n') ? text.split('\n').map((line) => line.normalize('NFKC')).join('\n') : text.normalize('NFKC');
	const out: { found: string; line: number }[] = [];
	// From the start, whatever an earlier `test` left in lastIndex (matchAll copies it).
	for (const match of normal.matchAll(new RegExp(matcher.source, matcher.flags))) {
		let line = 0;
		for (let i = normal.indexOf('\n'); i >= 0 && i < match.index; i = normal.indexOf('\n', i + 1)) line++;
		out.push({ found: match[0].replace(/[*_]/g, '').replace(/[\s\u3000]+/g, ' ').replace(/(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])/g, ''), line });
	}
	return out;
}
