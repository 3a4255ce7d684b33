import { electionPhase, votePhraseMessage, votesAskedOutOfTime } from '../lib/election-calendar.ts';
import { now } from '../lib/today.ts';
import { votePhrasesOf } from '../schemas/election.ts';
import { EN_MARKER } from './body.ts';
import type { Parsed, ParsedContent } from './parsed.ts';
import type { Problem } from './problems.ts';

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

/**
 * Calls `hit` with the path of every string in `value` that `matcher` finds something in (site.yaml's own
 * phrase list is not published text). One shared path stack, copied only on a hit: this visits every
 * value of every file.
 */
function visitStrings(value: unknown, matcher: RegExp, hit: (text: string, path: (string | number)[]) => void, path: (string | number)[] = []): void {
	if (typeof value === 'string') {
		matcher.lastIndex = 0;
		if (matcher.test(value)) hit(value, [...path]);
	} else if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			path.push(i);
			visitStrings(value[i], matcher, hit, path);
			path.pop();
		}
	} else if (value && typeof value === 'object' && !(value instanceof Date)) {
		for (const key in value) {
			if (path.length === 0 && key === 'votePhrases') continue;
			path.push(key);
			visitStrings((value as Record<string, unknown>)[key], matcher, hit, path);
			path.pop();
		}
	}
}

/**
 * Published text (the site's and the flyer's: every text field and body) that asks for votes outside the
 * campaign period: a warning each, located and quoting the words (`npm run check -- --strict`: errors).
 * 公職選挙法 art. 129 allows campaigning only from the candidacy's filing on the announcement day to
 * the day before election day.
 */
export function votePhrasesOutOfTime(set: ParsedContent, time: Date = now()): Problem[] {
	const site = set.site?.data;
	// A broken site.yaml is reported already: its calendar is not known.
	if (!site) return [];
	const calendar = { electionDate: site.electionDate, announcementDate: site.announcementDate, electionKind: site.electionKind };
	if (!votesAskedOutOfTime(electionPhase(calendar, time))) return [];
	const matcher = phraseMatcher(votePhrasesOf(site.votePhrases));
	if (!matcher) return [];
	const out: Problem[] = [];
	const entries: Parsed<unknown>[] = [set.site!, ...(set.ratings ? [set.ratings] : []), ...set.sources, ...set.manifestos, ...set.pillars, ...set.policies, ...set.reports];
	for (const entry of entries) {
		visitStrings(entry.data, matcher, (text, path) => {
			for (const { found } of findPhrases(text, matcher))
				out.push({ file: entry.file, line: entry.src.lineOf(path), field: path.join('.'), message: votePhraseMessage(found, calendar, time), severity: 'warning' });
		});
		const body = entry.bodySource;
		if (!body) continue;
		matcher.lastIndex = 0;
		if (!matcher.test(body.text)) continue;
		const lines = body.text.split('\n');
		const marker = lines.findIndex((line) => EN_MARKER.test(line));
		for (const { found, line } of findPhrases(body.text, matcher))
			out.push({ file: entry.file, line: body.line + line, field: marker >= 0 && line > marker ? 'body.en' : 'body', message: votePhraseMessage(found, calendar, time), severity: 'warning' });
	}
	return out;
}
