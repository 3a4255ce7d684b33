import { z } from 'zod';
import { IdSchema } from './id.ts';
import { PeriodSchema } from './period.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';
import { EditorNotesSchema } from './editor-notes.ts';

/** Something done, as reported in a progress report (主な取組み実績). Lives in a pillar's or manifesto's frontmatter. */
export const AchievementSchema = z.strictObject({
	/** Unique id across all content, e.g. `furusato-citizens`. */
	id: IdSchema,
	/** What was done, one sentence. */
	text: LocalizedTextSchema,
	/** The pledge (policy id) this delivers on; default: the pillar as a whole. */
	policy: IdSchema.optional(),
	/** Details listed under it; default: none. */
	points: z.array(LocalizedTextSchema).default([]),
	/** Ids of metrics that measure it; default: none. */
	metrics: z.array(IdSchema).default([]),
	/** When it was done or reported; default: the source's date. */
	period: PeriodSchema.optional(),
	/** Whether the source features it in a box of its own; default false. */
	highlight: z.boolean().default(false),
	/** Where it is reported, ideally with the verbatim words. */
	source: SourceRefSchema,
	/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
	editorNotes: EditorNotesSchema,
});

export type AchievementInput = z.input<typeof AchievementSchema>;
export type Achievement = z.output<typeof AchievementSchema>;
