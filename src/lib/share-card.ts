/**
 * Share cards (Open Graph images): WHAT each page's card shows, as plain data. PURE: the same model and
 * language give the same cards. og-image.ts draws a card; its hash of this data names the cache entry, and
 * the PNG carries the data so tests can check the picture against the page (see tests/build/share.test.ts).
 * Words about figures come from metric-text.ts, never written here.
 */
import { documentDate, issuedText } from './doc-date.ts';
import { isJa, type Lang, localeUrl, t, term, text } from '../i18n/index.ts';
import { formatPeriod } from './format.ts';
import { parsePeriod, type Period } from '../schemas/period-key.ts';
import type { MetricEntry, Model } from '../model/model.ts';
import { headline } from './metric-text.ts';

/** The kinds of page that have a card of their own; every other page shows the home card. */
export type CardKind = 'home' | 'manifesto' | 'pillar' | 'policy' | 'report' | 'metric';

export interface CardFigure {
	/** What is measured: ふるさと納税寄付額. */
	label: string;
	/** The latest value, large: 3億4,300万円. */
	value: string;
	/** How it moved: 50.5倍, +9.4ポイント. */
	change?: string;
	/** When: 2015年度→2020年1月, or the latest period. */
	when: string;
	/** What the value is measured against: 812市区中. */
	basis?: string;
	/** The source named: 出典：後援会報 第X号（2020年1月）. */
	source: string;
}

export interface ShareCard {
	kind: CardKind;
	/** The entry's id ('' for home). */
	id: string;
	lang: Lang;
	/** Site-relative URL of the page the card is for: /en/metrics/hometown-tax/. */
	page: string;
	/** Site-relative URL of the PNG: /og/en/metrics/hometown-tax.png. */
	image: string;
	/** Top line: the site's name. */
	site: string;
	/** The candidate, with their title: 小泉としひろ 小諸市長. */
	candidate: string;
	/** Small line above the title: 公約 / 政策の柱 2 / 数値で見る実績. */
	eyebrow: string;
	/** The page's title, large (a figure's label). */
	title: string;
	/** A line below the title: a pillar's slogan, a pledge's pillar; '' for none. */
	subtitle: string;
	/** A pledge's rating, with the scale's colour and the day it was made (未評価 / not rated is not drawn). */
	rating?: { label: string; color: string; asOf?: string };
	/** A pledge's main figure in one line (ふるさと納税寄付額 3億4,300万円・50.5倍), or what an unrated priority is about. */
	fact?: string;
	/** For a figure: the headline number, change, period and source. */
	figure?: CardFigure;
	/** The image's alternative text (og:image:alt): everything the picture says, in one line. */
	alt: string;
}

const PATHS: Record<Exclude<CardKind, 'home'>, string> = {
	manifesto: 'manifestos',
	pillar: 'pillars',
	policy: 'policies',
	report: 'reports',
	metric: 'metrics',
};

/**
 * The PNG's site-relative URL for a page.
 * @example cardImage('en', 'metric', 'hometown-tax') // '/og/en/metrics/hometown-tax.png'
 */
export const cardImage = (lang: Lang, kind: CardKind, id = '') => (kind === 'home' ? `/og/${lang}/home.png` : `/og/${lang}/${PATHS[kind]}/${id}.png`);

/** The page a card is for: /pillars/x/, /en/metrics/y/. */
const cardPage = (lang: Lang, kind: CardKind, id: string) => (kind === 'home' ? localeUrl(lang) : localeUrl(lang, `${PATHS[kind]}/${id}/`));

const sep = (lang: Lang) => (isJa(lang) ? '　' : ' · ');

/** 出典：小諸市 後援会報（2020年1月） / Source: … (January 2020): the metric's own source document, as MetricCard names it. */
function sourceLine(model: Model, metric: MetricEntry, lang: Lang): string {
	const doc = model.sources.find((s) => s.id === metric.source.source);
	const colon = isJa(lang) ? '：' : ': ';
	if (!doc) return '';
	const date = isJa(lang) ? `（${documentDate(doc.date, lang)}）` : ` (${documentDate(doc.date, lang)})`;
	return `${t(lang, 'metric.source')}${colon}${text(doc.title, lang)}${date}`;
}

/** The figure block of a metric's card, from the same headline the page shows. */
export function cardFigure(model: Model, metric: MetricEntry, lang: Lang): CardFigure {
	const head = headline(metric, lang);
	const figure: CardFigure = { label: text(metric.label, lang), value: head.value, when: head.span ?? head.period, source: sourceLine(model, metric, lang) };
	if (head.change) figure.change = head.change;
	if (head.basis) figure.basis = head.basis;
	return figure;
}

/** Every line the picture shows, joined: the alternative text. */
function altOf(card: Omit<ShareCard, 'alt'>): string {
	const s = isJa(card.lang) ? '。' : '. ';
	const rating = card.rating && [card.rating.label, card.rating.asOf].filter(Boolean).join(isJa(card.lang) ? '　' : ', ');
	const parts = [card.site, card.candidate, card.eyebrow, card.title, card.subtitle, rating, card.fact];
	if (card.figure) parts.push([card.figure.value, card.figure.change, card.figure.when, card.figure.basis].filter(Boolean).join(' '), card.figure.source);
	const joined = parts.filter((p) => p).join(s);
	return isJa(card.lang) ? `${joined}。` : `${joined}.`;
}

function make(model: Model, lang: Lang, kind: CardKind, id: string, fields: Pick<ShareCard, 'eyebrow' | 'title'> & Partial<Pick<ShareCard, 'subtitle' | 'rating' | 'figure' | 'fact'>>): ShareCard {
	const { site } = model;
	const candidate = text(site.candidate.displayName ?? site.candidate.name, lang);
	const card: Omit<ShareCard, 'alt'> = {
		kind,
		id,
		lang,
		page: cardPage(lang, kind, id),
		image: cardImage(lang, kind, id),
		site: text(site.siteName ?? site.organisation, lang),
		candidate: `${candidate}${isJa(lang) ? ' ' : ', '}${text(site.candidate.title, lang)}`,
		subtitle: '',
		...fields,
	};
	return { ...card, alt: altOf(card) };
}

/** A pledge's main figure in one line: the first figure its rating cites, else the first it owns; '' for none. */
function mainFigure(model: Model, policy: Model['policies'][number], lang: Lang): string {
	const cited = policy.rating.evidence.flatMap((ev) => ('metric' in ev ? [ev.metric] : []));
	const metric = model.metrics.find((m) => m.id === cited[0]) ?? model.metrics.find((m) => m.owner.kind === 'policy' && m.owner.id === policy.id);
	if (!metric || metric.points.length === 0) return '';
	const head = headline(metric, lang);
	const figure = [head.value, head.change].filter(Boolean).join(isJa(lang) ? '・' : ', ');
	return `${text(metric.label, lang)}${isJa(lang) ? '　' : ': '}${figure}${isJa(lang) ? `（${head.span ?? head.period}）` : ` (${head.span ?? head.period})`}`;
}

/** What a pledge is about, in a line: its summary, else its first points. */
function policyAbout(policy: Model['policies'][number], lang: Lang): string {
	if (policy.summary) return text(policy.summary, lang);
	return policy.points.slice(0, 2).map((point) => text(point, lang)).join(isJa(lang) ? '、' : '; ');
}

/** The cards of one language, in a stable order: home, manifestos, pillars, pledges, reports, figures. */
export function shareCardsFor(model: Model, lang: Lang): ShareCard[] {
	const cards: ShareCard[] = [];
	const latest = model.manifestos.at(-1);
	const { candidate } = model.site;
	cards.push(make(model, lang, 'home', '', { eyebrow: t(lang, 'share.home'), title: text(candidate.displayName ?? candidate.name, lang), subtitle: latest ? text(latest.title, lang) : '' }));
	for (const manifesto of model.manifestos)
		cards.push(make(model, lang, 'manifesto', manifesto.id, { eyebrow: t(lang, 'home.manifestos'), title: text(manifesto.title, lang), subtitle: manifesto.subtitle ? text(manifesto.subtitle, lang) : '' }));
	for (const pillar of model.pillars)
		cards.push(make(model, lang, 'pillar', pillar.id, { eyebrow: t(lang, 'pillar.number', { number: pillar.number }), title: text(pillar.title, lang), subtitle: pillar.slogan ? text(pillar.slogan, lang) : '' }));
	for (const policy of model.policies) {
		const level = model.levelOf(policy);
		const pillar = model.pillars.find((p) => p.id === policy.pillar);
		const manifesto = model.manifestos.find((m) => m.id === policy.manifesto);
		const priority = manifesto ? manifesto.priorityIds.indexOf(policy.id) : -1;
		const where = pillar ? `${t(lang, 'pillar.number', { number: pillar.number })}${sep(lang)}${text(pillar.title, lang)}` : manifesto ? text(manifesto.title, lang) : '';
		// A rated pledge: its rating with its date, and its main figure. One never rated (a current manifesto's
		// priority, no date) leads with what it is about, not with a large 未評価; one judged "not rated" on a
		// date keeps that judgement.
		const rated = model.hasScale && !(level.unrated && !policy.rating.asOf);
		const asOf = policy.rating.asOf ? parsePeriod(policy.rating.asOf) : undefined;
		const rating = rated ? { label: text(level.label, lang), color: level.color, ...(asOf && typeof asOf !== 'string' ? { asOf: t(lang, 'policy.asOf', { date: formatPeriod(asOf as Period, lang) }) } : {}) } : undefined;
		const cardFact = rated ? mainFigure(model, policy, lang) : policyAbout(policy, lang);
		cards.push(
			make(model, lang, 'policy', policy.id, {
				eyebrow: priority >= 0 ? t(lang, 'share.priorityNumber', { priorities: term(model.site.terms, lang, 'priorities'), number: priority + 1 }) : t(lang, 'search.type.policy'),
				title: text(policy.title, lang),
				subtitle: where,
				...(rating ? { rating } : {}),
				...(cardFact ? { fact: cardFact } : {}),
			}),
		);
	}
	for (const report of model.reports)
		cards.push(make(model, lang, 'report', report.id, { eyebrow: t(lang, 'home.reports'), title: text(report.title, lang), subtitle: issuedText(report.date, lang) }));
	for (const metric of model.metrics) {
		const figure = cardFigure(model, metric, lang);
		cards.push(make(model, lang, 'metric', metric.id, { eyebrow: t(lang, 'metrics.title'), title: figure.label, figure }));
	}
	return cards;
}

/** All cards, in every language of the site (site.yaml `locales`). */
export const shareCards = (model: Model): ShareCard[] => model.site.locales.flatMap((lang) => shareCardsFor(model, lang));

/** Cards by language for a model, computed once per build (every page asks for its card). */
const memo = new WeakMap<Model, Map<string, ShareCard>>();

/** The card of one page; the home card for pages without their own (metrics, ratings, search). */
export function cardFor(model: Model, lang: Lang, kind: CardKind = 'home', id = ''): ShareCard {
	let byKey = memo.get(model);
	if (!byKey) {
		byKey = new Map(shareCards(model).map((c) => [`${c.lang}:${c.kind}:${c.id}`, c]));
		memo.set(model, byKey);
	}
	return byKey.get(`${lang}:${kind}:${id}`) ?? byKey.get(`${lang}:home:`)!;
}
