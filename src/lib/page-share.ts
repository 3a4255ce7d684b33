import { t, text, type Lang } from '../i18n/index.ts';
import type { Model } from '../model/model.ts';
import { byId } from './lookup.ts';
import { cardFor, type CardKind } from './share-card.ts';

/** What Base.astro needs to share and index a page: its card, and its search type and rating. */
export interface PageShare {
	ogImage: string;
	ogImageAlt: string;
	search?: { type: string; rating?: string };
}

const SEARCH_TYPE = {
	manifesto: 'search.type.manifesto',
	pillar: 'search.type.pillar',
	policy: 'search.type.policy',
	report: 'search.type.report',
	metric: 'search.type.metric',
} as const;

/**
 * Base.astro's share and search props for a page with a card of its own. Home is shared but not indexed
 * (it only repeats the pages it links to).
 * @example <Base {...pageShare(model, lang, 'policy', policy.id)} …>
 */
export function pageShare(model: Model, lang: Lang, kind: CardKind, id = ''): PageShare {
	const card = cardFor(model, lang, kind, id);
	const share: PageShare = { ogImage: card.image, ogImageAlt: card.alt };
	if (kind === 'home') return share;
	share.search = { type: t(lang, SEARCH_TYPE[kind]) };
	const policy = kind === 'policy' ? byId(model.policies, id) : undefined;
	if (policy && model.hasScale) share.search.rating = text(model.levelOf(policy).label, lang);
	return share;
}
