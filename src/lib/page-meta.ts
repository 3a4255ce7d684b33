/** Words and dates about pages: meta descriptions, the footer's "last updated", a manifesto's year. */
import { parsePeriod, type Period } from './period.ts';
import type { Manifesto, Model } from '../model/model.ts';
import { byId, memo } from './lookup.ts';

/** Longest meta description we write; search engines show about this much on a phone. */
export const DESCRIPTION_MAX = 120;

/**
 * A meta description from page text: its first sentence (Japanese 。 or English . ! ?), shortened to
 * DESCRIPTION_MAX characters with an ellipsis; tags and extra spaces removed.
 * @example describe('市政を正す。財政を健全に。') // '市政を正す。'
 * @example describe('<p>Hello world. More.</p>') // 'Hello world.'
 */
export function describe(...candidates: (string | undefined)[]): string {
	for (const candidate of candidates) {
		const plain = (candidate ?? '').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();
		if (!plain) continue;
		const sentence = plain.match(/^.+?(?:[。！？]|[.!?](?=\s|$))/)?.[0] ?? plain;
		return sentence.length > DESCRIPTION_MAX ? `${sentence.slice(0, DESCRIPTION_MAX - 1)}…` : sentence;
	}
	return '';
}

const periodOf = (key: string | undefined): Period | undefined => {
	if (!key) return undefined;
	const parsed = parsePeriod(key);
	return typeof parsed === 'string' ? undefined : parsed;
};

/**
 * The newest date the content names: a rating, a newsletter, an announcement or a source document.
 * Shown in the footer as "last updated"; taken from content so that rebuilding changes nothing.
 */
export function lastUpdated(model: Pick<Model, 'policies' | 'reports' | 'manifestos' | 'sources'>): Period | undefined {
	// Every page's footer shows it: once per model, not once per page.
	return memo(model, 'lastUpdated', () => newestDate(model));
}

function newestDate(model: Pick<Model, 'policies' | 'reports' | 'manifestos' | 'sources'>): Period | undefined {
	const dates: Period[] = [
		...model.policies.map((p) => periodOf(p.rating.asOf)),
		...model.reports.map((r) => r.date),
		...model.manifestos.map((m) => periodOf(m.announced)),
		...model.sources.map((s) => s.date),
	].filter((d): d is Period => d !== undefined);
	return dates.reduce<Period | undefined>((latest, d) => (!latest || d.end > latest.end ? d : latest), undefined);
}

/** The year a manifesto was announced, or the year of the document that publishes it. */
export function manifestoYear(manifesto: Manifesto, model: Pick<Model, 'sources'>): number | undefined {
	const announced = periodOf(manifesto.announced);
	if (announced) return announced.year;
	return byId(model.sources, manifesto.source.source)?.date?.year;
}

/** The current manifesto: the last in display order (the newest); the others are track records. */
export const currentManifesto = (model: Pick<Model, 'manifestos'>): Manifesto | undefined => model.manifestos.at(-1);
