import { z } from 'zod';
import { IdSchema } from './id.ts';
import { PeriodSchema } from './period.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';
import { EditorNotesSchema } from './editor-notes.ts';

/** Something done, as reported in a progress report (主な取組み実績). Lives in a pillar's or manifesto's frontmatter. */
export const AchievementSchema = z.strictObject({
	/** Unique id across all content, e.g. `furusato-citizens`. @label ID / Id @ja 全コンテンツで重ならない半角英小文字のID（例: furusato-citizens） */
	id: IdSchema,
	/** What was done, one sentence. @label 取組み / What was done @ja 何をしたかを1文で */
	text: LocalizedTextSchema,
	/** The pledge (policy id) this delivers on; default: the pillar as a whole. @label 対応する公約 / Pledge @ja この取組みが実現する公約。なければ柱全体 */
	policy: IdSchema.optional(),
	/** Details listed under it; default: none. @label 詳細 / Details @ja 下に並べる詳しい点 */
	points: z.array(LocalizedTextSchema).default([]),
	/** Ids of metrics that measure it; default: none. @label 関係する数値 / Figures @ja この取組みを測る数値のID */
	metrics: z.array(IdSchema).default([]),
	/** When it was done or reported; default: the source's date. @label 時期 / When @ja 実施・報告の時期。なければ資料の日付 */
	period: PeriodSchema.optional(),
	/** Whether the source features it in a box of its own; default false. @label 囲み記事 / Boxed @ja 資料で囲みなど特に目立たせているとき */
	highlight: z.boolean().default(false),
	/** Where it is reported, ideally with the verbatim words. @label 出典 / Source @ja どの資料に書かれているか（できれば原文どおりの引用つき） */
	source: SourceRefSchema,
	/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
	editorNotes: EditorNotesSchema,
});

export type AchievementInput = z.input<typeof AchievementSchema>;
export type Achievement = z.output<typeof AchievementSchema>;
