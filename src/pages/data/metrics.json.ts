import type { APIRoute } from 'astro';
import { localeUrl, text } from '../../i18n/index.ts';
import { metricsJson } from '../../lib/open-data.ts';
import { publishedJson } from '../../lib/published-json.ts';
import { getModel } from '../../model/load.ts';

/** Every figure as open data in JSON, with its sources (fields documented in src/lib/open-data.ts). */
export const GET: APIRoute = ({ site }) => {
	const model = getModel();
	const origin = site ?? new URL(model.site.url);
	const home = new URL(localeUrl('ja'), origin).href;
	const body = metricsJson(model, text(model.site.siteName ?? model.site.organisation, 'ja'), home, (m) => new URL(`${localeUrl('ja', 'metrics/')}#${m.id}`, origin).href);
	return new Response(`${publishedJson(body, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
