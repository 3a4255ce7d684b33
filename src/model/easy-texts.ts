import { EN_MARKER } from './body.ts';
import type { ParsedContent } from './parsed.ts';

/**
 * The Japanese the やさしい日本語 edition shows, for `check`'s list of unsure readings: each text field's
 * `easy` version where written, else its `ja`; each body's Japanese part. site.yaml's own word lists
 * (readings, search, votePhrases) are not published text.
 */
export function easyTexts(set: ParsedContent): string[] {
	const out: string[] = [];
	const entries = [set.site, set.ratings, ...set.manifestos, ...set.pillars, ...set.policies, ...set.reports];
	for (const entry of entries) {
		if (!entry) continue;
		visit(entry === set.site ? withoutWordLists(entry.data as unknown as Record<string, unknown>) : entry.data, out);
		const body = entry.bodySource?.text;
		if (body) {
			const marker = EN_MARKER.exec(body);
			out.push(marker ? body.slice(0, marker.index) : body);
		}
	}
	return out;
}

const withoutWordLists = ({ readings: _r, search: _s, votePhrases: _v, ...rest }: Record<string, unknown>) => rest;

function visit(value: unknown, out: string[]): void {
	if (Array.isArray(value)) {
		for (const item of value) visit(item, out);
		return;
	}
	if (!value || typeof value !== 'object' || value instanceof Date) return;
	const record = value as Record<string, unknown>;
	if (typeof record['ja'] === 'string') {
		const easy = record['easy'];
		out.push(typeof easy === 'string' && easy.trim() ? easy : record['ja']);
		return;
	}
	for (const key in record) visit(record[key], out);
}
