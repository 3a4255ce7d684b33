/** The flyer's imprint lines (発行, 頒布責任者, 印刷者) in a language: every one always printed. PURE. */
import { text, type Lang } from '../i18n/index.ts';
import type { SiteData } from '../schemas/site.ts';

export interface ImprintRow {
	key: 'flyer.imprint.publisher' | 'flyer.imprint.distributor' | 'flyer.imprint.printer';
	name: string;
	address: string;
}

/** Publisher, distributor (default: the publisher) and printer; `check` has made sure the printer is there. */
export function imprintRows(imprint: SiteData['imprint'], lang: Lang): ImprintRow[] {
	return [
		{ key: 'flyer.imprint.publisher', name: text(imprint.publisher, lang), address: text(imprint.address, lang) },
		{ key: 'flyer.imprint.distributor', name: text(imprint.distributor?.name ?? imprint.publisher, lang), address: text(imprint.distributor?.address ?? imprint.address, lang) },
		...(imprint.printer ? [{ key: 'flyer.imprint.printer' as const, name: text(imprint.printer.name, lang), address: text(imprint.printer.address, lang) }] : []),
	];
}
