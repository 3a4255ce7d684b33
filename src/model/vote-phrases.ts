import { electionPhase, votePhraseMessage, votesAskedOutOfTime } from './election-calendar.ts';
import { now } from '../clock.ts';
import { votePhrasesOf } from '../schemas/election.ts';
import { findPhrases, phraseMatcher } from './phrase-match.ts';
import { BODY_FIELD, partAtLine } from './body.ts';
import type { Parsed, ParsedContent } from './parsed.ts';
import type { Problem } from './problems.ts';

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
		for (const { found, line } of findPhrases(body.text, matcher))
			out.push({ file: entry.file, line: body.line + line, field: BODY_FIELD[partAtLine(body.text, line)], message: votePhraseMessage(found, calendar, time), severity: 'warning' });
	}
	return out;
}
