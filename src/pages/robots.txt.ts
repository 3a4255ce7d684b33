import type { APIRoute } from 'astro';
import { siteUrl } from '../i18n/index.ts';
import { getModel } from '../model/load.ts';

/** Every page may be indexed; the sitemap lists them with their language alternates. */
export const GET: APIRoute = ({ site }) => {
	const origin = site ?? new URL(getModel().site.url);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(siteUrl('sitemap-index.xml'), origin).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
