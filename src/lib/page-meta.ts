/** Words and dates about pages: meta descriptions, the footer's "last updated", a manifesto's year. */
import { parsePeriod, type Period } from '../schemas/period-key.ts';
import type { Manifesto, Model } from '../model/model.ts';
import { byId, memo } from './lookup.ts';
import { formatPeriod } from './format.ts';
import { japanDate, now } from '../clock.ts';
import { isJa, type Lang, t } from '../i18n/index.ts';

/** Longest meta description we write; search engines show about this much on a phone. */
export const DESCRIPTION_MAX = 120;

/** A one-sentence paragraph that introduces a list straight after it (この分野には、次のことが入っています。 + <ul>). */
const LEAD_IN = /^\s*<p>([^<]*)<\/p>\s*<(ul|ol)\b[^>]*>([\s\S]*?)<\/\2>/;
const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();
const shorten = (sentence: string) => (sentence.length > DESCRIPTION_MAX ? `${sentence.slice(0, DESCRIPTION_MAX - 1)}…` : sentence);

/**
 * A meta description from page text: its first sentence (Japanese 。 or English . ! ?), shortened to
 * DESCRIPTION_MAX characters with an ellipsis; tags and extra spaces removed. A sentence that only announces
 * the list after it ("次のことが入っています。") says nothing of its own, and every page written that way would
 * share it: the list's items follow it.
 * @example describe('市政を正す。財政を健全に。') // '市政を正す。'
 * @example describe('<p>Hello world. More.</p>') // 'Hello world.'
 * @example describe('<p>次のことが入っています。</p><ul><li>条例</li><li>猫</li></ul>') // '次のことが入っています。条例、猫'
 */
export function describe(...candidates: (string | undefined)[]): string {
	for (const candidate of candidates) {
		const plain = plainText(candidate ?? '');
		if (!plain) continue;
		const sentence = plain.match(/^.+?(?:[。！？]|[.!?](?=\s|$))/)?.[0] ?? plain;
		const list = (candidate ?? '').match(LEAD_IN);
		if (list && plainText(list[1]!) === sentence) {
			const items = [...list[3]!.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => plainText(m[1]!)).filter(Boolean);
			const japanese = /[。：]$/.test(sentence);
			if (items.length) return shorten(japanese ? `${sentence}${items.join('、')}` : `${sentence} ${items.join(', ')}`);
		}
		return shorten(sentence);
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
		// Every evaluation counts (another evaluator's later rating, a roadmap step checked), not only the current rating.
		...model.policies.flatMap((p) => [...(p.ratings ?? [p.rating]).map((r) => periodOf(r.asOf)), ...(p.schedule ?? []).map((s) => periodOf(s.asOf))]),
		...model.reports.map((r) => r.date),
		...model.manifestos.map((m) => m.announced),
		...model.sources.map((s) => s.date),
	].filter((d): d is Period => d !== undefined);
	return dates.reduce<Period | undefined>((latest, d) => (!latest || d.end > latest.end ? d : latest), undefined);
}

/** The date a manifesto is known by: its election, else its announcement, else the date of the document that publishes it. */
export function manifestoDate(manifesto: Manifesto, model: Pick<Model, 'sources'>): Period | undefined {
	return manifesto.elected ?? manifesto.announced ?? byId(model.sources, manifesto.source.source)?.date;
}

/**
 * The manifesto's edition label: 今期の政策（2016年） / 前回の公約と実績（2011年）, a fiscal year as 2015年度, and
 * without the year when no date is printed (never 「（年）」).
 * @example editionLabel(komoro2016, model, 'ja', false) // '前回の公約と実績（2016年）'
 */
export function editionLabel(manifesto: Manifesto, model: Pick<Model, 'sources' | 'manifestos'>, lang: Lang, isCurrent = currentManifesto(model) === manifesto): string {
	const when = manifestoWhen(manifesto, model, lang);
	if (when === undefined) return t(lang, isCurrent ? 'manifesto.currentUndated' : 'manifesto.earlierUndated');
	return t(lang, isCurrent ? 'manifesto.current' : 'manifesto.earlier', { when });
}

/** The home page's heading over an earlier manifesto's record: 2016年の公約とその実績, or without a year when none is printed. */
export function trackRecordTitle(manifesto: Manifesto, model: Pick<Model, 'sources'>, lang: Lang): string {
	const when = manifestoWhen(manifesto, model, lang);
	return when === undefined ? t(lang, 'home.trackRecordUndated') : t(lang, 'home.trackRecord', { when });
}

/** The year (or fiscal year) a manifesto is known by, in words: 2016年 / 2016, 2015年度 / FY2015. */
export function manifestoWhen(manifesto: Manifesto, model: Pick<Model, 'sources'>, lang: Lang): string | undefined {
	const date = manifestoDate(manifesto, model);
	if (!date) return undefined;
	if (date.kind === 'fiscal-year') return formatPeriod(date, lang);
	const year = date.kind === 'range' ? date.from!.year : date.year;
	return isJa(lang) ? `${year}年` : String(year);
}

/** How long a term of office lasts (地方自治法 140条: four years for a mayor or governor, as for an assembly). */
export const TERM_YEARS = 4;

/**
 * The current manifesto: the one marked `current: true`; else the last in display order not marked
 * `current: false`, unless its `elected` date shows its four-year term has ended (a 2011 manifesto reviewed
 * in 2015 is a track record, not the current programme). Undefined when none is current.
 */
export const currentManifesto = (model: Pick<Model, 'manifestos'>): Manifesto | undefined =>
	memo(model, 'currentManifesto', () => {
		const explicit = model.manifestos.find((m) => m.current === true);
		if (explicit) return explicit;
		const last = model.manifestos.filter((m) => m.current !== false).at(-1);
		if (!last?.elected) return last;
		const ends = `${Number(last.elected.end.slice(0, 4)) + TERM_YEARS}${last.elected.end.slice(4)}`;
		return japanDate(now()) <= ends ? last : undefined;
	});
