import { z } from 'zod';

/** URL schemes content may link to. Anything else (javascript:, data:, vbscript:, file:…) can run code or mislead. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * The scheme of a URL as a browser reads it: browsers drop leading spaces and control characters and
 * ignore tabs and line breaks inside the scheme, so `  java\tscript:` is still `javascript:`.
 * Undefined for a relative URL.
 * @example urlScheme(' JavaScript:alert(1)') // 'javascript'
 */
export function urlScheme(url: string): string | undefined {
	const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * Why a link or image address from content may not be published, or undefined when it is fine:
 * http(s), mailto, or relative (`/policies/x/`, `images/a.png`, `#top`).
 * @example linkSchemeProblem('javascript:alert(1)') // 'リンク先 … / Links may only …'
 */
export function linkSchemeProblem(url: string): string | undefined {
	const scheme = urlScheme(url);
	if (scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(scheme)) return undefined;
	const shown = url.trim().slice(0, 40) + (url.trim().length > 40 ? '…' : '');
	return `リンク先「${shown}」は使えません。https:// か mailto: で始まるアドレス、またはサイト内のパス（/policies/… など）にしてください / The address "${shown}" is not allowed (${scheme}:): links may only use https://, http://, mailto: or a path within the site`;
}

/** A public web address (site url, a source document's url): absolute http(s) only. */
export const WebUrlSchema = (message = 'https:// で始まるURLを書いてください / Write the full address, starting with https://') =>
	z.url({ protocol: /^https?$/, message });
