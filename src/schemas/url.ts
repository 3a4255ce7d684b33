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

/**
 * A URL as a browser reads it from an attribute: leading and trailing spaces and control characters
 * dropped, tabs and line breaks removed, and in an http(s) or scheme-less address a backslash is a slash
 * (`/\\host` goes to another site, like `//host`).
 * @example browserUrl(' /\\evil.example') // '//evil.example'
 */
export function browserUrl(url: string): string {
	const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
	const scheme = urlScheme(cleaned);
	return scheme === undefined || scheme === 'http' || scheme === 'https' ? cleaned.replace(/\\/g, '/') : cleaned;
}

const shownUrl = (url: string) => {
	const trimmed = url.trim();
	return trimmed.slice(0, 60) + (trimmed.length > 60 ? '…' : '');
};

/**
 * Why a web address may not be published, whatever it is: a user name or password in it (`https://user:secret@host/`
 * would print the password on every page that shows it), or `https:host` without its two slashes (which a
 * browser reads as a path on the same site). Undefined for a good one, or one that is not http(s).
 * @example webAddressProblem('https://a:b@example.jp/') // 'アドレスに … / The address … contains a user name or password …'
 */
export function webAddressProblem(url: string): string | undefined {
	const cleaned = browserUrl(url);
	const scheme = urlScheme(cleaned);
	if (scheme !== 'http' && scheme !== 'https') return undefined;
	const shown = shownUrl(url);
	if (!/^https?:\/\//i.test(cleaned))
		return `アドレス「${shown}」は ${scheme}:// のように「//」を付けて書いてください / Write the address "${shown}" with its two slashes, as ${scheme}://…`;
	let parsed: URL;
	try {
		parsed = new URL(cleaned);
	} catch {
		return `アドレス「${shown}」が読めません / The address "${shown}" is not a web address`;
	}
	if (parsed.username || parsed.password)
		return `アドレスにユーザー名やパスワード（「@」の前の部分）が含まれています。サイトに印刷されてしまうため、取り除いてください / The address contains a user name or password (the part before "@"): it would be printed on the site for everyone to read, so remove it`;
	return undefined;
}

/**
 * Why a link or image address in a body may not be published, read as a browser reads it, or undefined:
 * a scheme other than http(s) and mailto, an address with a password or without `//`, an address that
 * starts with `//` (or `/\\`: another site, written as if it were this one), or an image from another site
 * (the site's Content-Security-Policy blocks it: it would show as a broken image).
 * @example linkProblem('//evil.example/', 'link') // 'リンク先「//evil.example/」は … / …'
 */
export function linkProblem(url: string, kind: 'link' | 'image'): string | undefined {
	const scheme = linkSchemeProblem(url);
	if (scheme) return scheme;
	const cleaned = browserUrl(url);
	const shown = shownUrl(url);
	if (cleaned.startsWith('//'))
		return `リンク先「${shown}」は「//」で始まっています。ほかのサイトなら https:// から、このサイトのページなら / 1つから書いてください / The address "${shown}" starts with "//": write another site's address in full from https://, or a page of this site from a single /`;
	const web = webAddressProblem(url);
	if (web) return web;
	if (kind === 'image' && urlScheme(cleaned) !== undefined)
		return `ほかのサイトの画像「${shown}」は表示できません（サイトの安全設定で読み込みが止められます）。画像を public/ フォルダに置き、/ からのパスで書いてください / The image "${shown}" is on another site, which the site's security policy does not load (it would show as a broken image): put the file in the public/ folder and write its path from / (e.g. /images/map.png)`;
	return undefined;
}

/**
 * A public web address (a source document's url): absolute http(s), with no user name or password.
 * `plain: true` (the site's own address, printed on every page, in share links and on the flyer): only an
 * origin and a path of letters, digits and `-._~/%`, with no query (?…) or fragment (#…).
 */
export const WebUrlSchema = (message = 'https:// で始まるURLを書いてください / Write the full address, starting with https://', { plain = false } = {}) =>
	z.url({ protocol: /^https?$/, message }).superRefine((url, ctx) => {
		const problem = webAddressProblem(url);
		if (problem) return void ctx.addIssue({ code: 'custom', message: problem });
		// Not a web address at all: said above, once.
		if (!plain || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return;
		const parsed = new URL(url);
		const path = url.replace(/^[a-z]+:\/\/[^/?#]*/i, '');
		if (parsed.search || parsed.hash || url.includes('?') || url.includes('#') || !/^(?:\/(?:[A-Za-z0-9\-._~]|%[0-9A-Fa-f]{2})*)*$/.test(path))
			ctx.addIssue({
				code: 'custom',
				message: `サイトのアドレスは https://example.jp/ や https://example.jp/komoro/ のように、ドメインとパス（英数字と - . _ ~ /）だけで書いてください（? や #、引用符、空白などは使えません） / Write the site's address as a domain and a path only, like https://example.jp/ or https://example.jp/komoro/ (letters, digits and - . _ ~ /; no ?, #, quotes or spaces)`,
			});
	});
