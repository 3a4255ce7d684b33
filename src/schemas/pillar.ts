import { z } from 'zod';
import { AchievementSchema } from './achievement.ts';
import { IdSchema } from './id.ts';
import { MetricSchema } from './metric.ts';
import { PublishedResultsSchema } from './results.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';
import { EditorNotesSchema } from './editor-notes.ts';

/** `content/pillars/<id>.md`: a pillar or policy area of one manifesto (its id is the file name). */
export const PillarSchema = z.strictObject({
	/** Id of the manifesto it belongs to. */
	manifesto: IdSchema,
	/** Number as printed, e.g. `1` or `01`; default: its position in the manifesto. */
	number: z.union([z.string(), z.number()]).transform(String).optional(),
	/** Name of the pillar, e.g. 市役所の改革と健全財政. */
	title: LocalizedTextSchema,
	/** Its slogan or catch-phrase, e.g. しせいを正す; default: none. */
	slogan: LocalizedTextSchema.optional(),
	/** What it aims at, one sentence; default: none. */
	summary: LocalizedTextSchema.optional(),
	/** Achievements reported under it (主な取組み実績); default: none. */
	achievements: z.array(AchievementSchema).default([]),
	/** Results as the source prints them (distributions by grade or level, per evaluation), oldest first; default: none. */
	results: PublishedResultsSchema,
	/** Headline figures of the area; default: none. */
	metrics: z.array(MetricSchema).default([]),
	/** The document that lists it. */
	source: SourceRefSchema,
	/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
	editorNotes: EditorNotesSchema,
});

export type PillarInput = z.input<typeof PillarSchema>;
export type PillarData = z.output<typeof PillarSchema>;
