/**
 * The ids that exist in a content folder, read leniently (a file with problems still gives the ids it
 * has): the editor offers them as choices, and opens even while `check` reports problems, so staff can
 * fix them there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parse } from 'yaml';

export interface ContentIds {
	manifestos: string[];
	pillars: string[];
	policies: string[];
	sources: string[];
	/** Rating level ids in ratings.yaml. */
	levels: string[];
	/** Their Japanese names (label.ja), for the choices. */
	levelNames?: Record<string, string>;
	/** Metric ids written in any manifesto, pillar or pledge. */
	metrics: string[];
	/** Achievement ids written in any manifesto or pillar. */
	achievements: string[];
}

const files = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : []);

function frontmatter(file: string): Record<string, unknown> {
	try {
		return (matter(readFileSync(file, 'utf8')).data ?? {}) as Record<string, unknown>;
	} catch {
		return {};
	}
}

const idsIn = (list: unknown): string[] => (Array.isArray(list) ? list.flatMap((item) => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : [])) : []);

export function contentIds(dir: string): ContentIds {
	const ids: ContentIds = { manifestos: [], pillars: [], policies: [], sources: [], levels: [], metrics: [], achievements: [] };
	const metrics = new Set<string>();
	const achievements = new Set<string>();
	for (const [key, sub] of [['manifestos', 'manifestos'], ['pillars', 'pillars'], ['policies', 'policies']] as const) {
		for (const name of files(join(dir, sub), '.md')) {
			ids[key].push(name.slice(0, -3));
			const data = frontmatter(join(dir, sub, name));
			for (const id of idsIn(data['metrics'])) metrics.add(id);
			for (const id of idsIn(data['achievements'])) achievements.add(id);
		}
	}
	ids.sources = files(join(dir, 'sources'), '.yaml').map((name) => name.slice(0, -5));
	try {
		const levels = (parse(readFileSync(join(dir, 'ratings.yaml'), 'utf8')) as { levels?: unknown } | null)?.levels;
		ids.levels = idsIn(levels);
		ids.levelNames = Object.fromEntries(
			(Array.isArray(levels) ? levels : []).flatMap((level: { id?: unknown; label?: unknown }) => {
				const label = typeof level?.label === 'string' ? level.label : (level?.label as { ja?: unknown } | undefined)?.ja;
				return typeof level?.id === 'string' && typeof label === 'string' ? [[level.id, label]] : [];
			}),
		);
	} catch {
		// check reports a missing or broken ratings.yaml; the level is then typed by hand.
	}
	ids.metrics = [...metrics].sort();
	ids.achievements = [...achievements].sort();
	return ids;
}
