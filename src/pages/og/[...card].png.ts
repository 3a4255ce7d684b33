/**
 * Share cards as static PNGs: /og/<lang>/<kind>/<id>.png (see share-card.ts for what each shows).
 * KOYAKU_OG=off skips drawing them (src/settings.ts: for tests and timings that do not look at them).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../lib/og-image.ts';
import { shareCards, type ShareCard } from '../../lib/share-card.ts';
import { getModel } from '../../model/load.ts';
import { shareImages } from '../../settings.ts';

export const getStaticPaths = (() =>
	!shareImages()
		? []
		: shareCards(getModel()).map((card) => ({ params: { card: card.image.replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
	new Response(new Uint8Array(await renderCard(props.card)), { headers: { 'content-type': 'image/png' } });
