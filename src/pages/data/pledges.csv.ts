import type { APIRoute } from 'astro';
import { localeUrl } from '../../i18n/index.ts';
import { toCsv } from '../../lib/csv.ts';
import { pledgesCsvRows } from '../../lib/open-data.ts';
import { japanDate, now } from '../../clock.ts';
import { getModel } from '../../model/load.ts';

/** Every pledge as open data: one row per rating (UTF-8 with BOM, for Excel), columns in PLEDGE_CSV_COLUMNS. */
export const GET: APIRoute = ({ site }) => {
	const model = getModel();
	const origin = site ?? new URL(model.site.url);
	const rows = pledgesCsvRows(model, (p) => new URL(localeUrl('ja', `policies/${p.id}/`), origin).href, japanDate(now()));
	return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
