/**
 * Share cards as static PNGs: /og/<lang>/<kind>/<id>.png (see share-card.ts for what each shows).
 * KOYAKU_OG=off skips drawing them (for `npm run bench`'s build without share images only).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../lib/og-image.ts';
import { shareCards, type ShareCard } from '../../lib/share-card.ts';
import { getModel } from '../../model/load.ts';

export const getStaticPaths = (() =>
	process.env['KOYAKU_OG'] === 'off'
		? []
		: shareCards(getModel()).map((card) => ({ params: { card: card.image.replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
	new Response(new Uint8Array(await renderCard(props.card)), { headers: { 'content-type': 'image/png' } });
