import type { APIRoute } from 'astro';
import { localeUrl, text } from '../../i18n/index.ts';
import { pledgesJson } from '../../lib/open-data.ts';
import { publishedJson } from '../../lib/published-json.ts';
import { japanDate, now } from '../../clock.ts';
import { getModel } from '../../model/load.ts';

/** Every pledge with its full rating history, evaluators, deadline, funding and roadmap, in JSON (fields documented in src/lib/open-data.ts). */
export const GET: APIRoute = ({ site }) => {
	const model = getModel();
	const origin = site ?? new URL(model.site.url);
	const home = new URL(localeUrl('ja'), origin).href;
	const body = pledgesJson(model, text(model.site.siteName ?? model.site.organisation, 'ja'), home, (p) => new URL(localeUrl('ja', `policies/${p.id}/`), origin).href, japanDate(now()));
	return new Response(`${publishedJson(body, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
