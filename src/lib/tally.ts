/** Counting pledges per rating level, for the progress dashboard: every level, zeros included. */
import { nounWord, t, withTerm, type Lang } from '../i18n/index.ts';
import type { RatingLevel } from '../schemas/rating.ts';
import type { Model } from '../model/model.ts';

/** One pattern per position in the rating scale, over the level's own colour; the first (best) level is solid. Shared by the dashboard's bars and published tallies of levels, so a level looks the same on both. */
export const LEVEL_PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical', 'checker', 'back-diagonal'] as const;
export type LevelPattern = (typeof LEVEL_PATTERNS)[number];
export const levelPatternOf = (i: number): LevelPattern => LEVEL_PATTERNS[i % LEVEL_PATTERNS.length]!;

export interface TallyRow {
	level: RatingLevel;
	count: number;
	/** Share of all pledges counted, in percent (0 when there are none). */
	percent: number;
	/** Where the level's segment starts on a 0–100 bar. */
	offset: number;
}

/**
 * Counts of each level in scale order, with shares and bar offsets. A lone "% achieved" hides what was not
 * done, so every level is listed even at zero.
 * @example tally(['a', 'a', 'b'], [{ id: 'a' }, { id: 'b' }, { id: 'c' }]).map((r) => r.count) // [2, 1, 0]
 */
export function tally<L extends Pick<RatingLevel, 'id'>>(levelIds: readonly string[], levels: readonly L[]): (Omit<TallyRow, 'level'> & { level: L })[] {
	const total = levelIds.length;
	let offset = 0;
	return levels.map((level) => {
		const count = levelIds.filter((id) => id === level.id).length;
		const percent = total ? (count / total) * 100 : 0;
		const row = { level, count, percent, offset };
		offset += percent;
		return row;
	});
}

/**
 * Whole percentages that add up to exactly 100 (largest remainder), so the legend never shows 99% or 101%.
 * @example roundedPercents([1, 1, 1]) // [34, 33, 33]
 */
export function roundedPercents(counts: readonly number[]): number[] {
	const total = counts.reduce((a, b) => a + b, 0);
	if (!total) return counts.map(() => 0);
	const exact = counts.map((c) => (c / total) * 100);
	const floors = exact.map(Math.floor);
	let left = 100 - floors.reduce((a, b) => a + b, 0);
	const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		floors[i]! += 1;
		left -= 1;
	}
	return floors;
}

/**
 * Whether a manifesto's computed progress dashboard has anything to show: a rating scale, pledges of that
 * manifesto, and — beside a tally the campaign published — at least one pledge rated, so that a computed
 * "0 achieved" never stands beside a printed "88 achieved". Its heading is shown only then.
 */
export function showsDashboard(model: Pick<Model, 'hasScale' | 'policies' | 'results' | 'levelOf'>, manifestoId: string): boolean {
	const policies = model.policies.filter((p) => p.manifesto === manifestoId);
	const published = model.results.some((r) => r.owner.kind === 'manifesto' && r.owner.id === manifestoId && r.scale === 'ratings');
	return model.hasScale && policies.length > 0 && (!published || policies.some((p) => !model.levelOf(p).unrated));
}

/**
 * The heading over a manifesto's progress: 公約の進み具合 over pledges (in the campaign's word for them), and
 * over targets where all it shows is published grades (目標の進み具合, or 成果指標の進み具合 in its words).
 */
export function progressTitle(model: Pick<Model, 'hasScale' | 'policies' | 'results' | 'levelOf' | 'site'>, manifestoId: string, lang: Lang): string {
	const terms = model.site.terms;
	const pledges = showsDashboard(model, manifestoId) || model.results.some((r) => r.manifesto === manifestoId && r.owner.kind === 'manifesto' && r.scale === 'ratings');
	if (pledges) return withTerm(terms, lang, 'dashboard.title', 'pledges', 'dashboard.titleTerm');
	return t(lang, 'dashboard.titleTerm', { term: nounWord(terms, lang, 'targets') });
}
