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
	/** Id of the manifesto it belongs to. @label マニフェスト / Manifesto @ja この柱が属するマニフェスト */
	manifesto: IdSchema,
	/** Number as printed, e.g. `1` or `01`; default: its position in the manifesto. @label 番号 / Number @ja 印刷どおりの番号（例: 1、01） */
	number: z.union([z.string(), z.number()]).transform(String).optional(),
	/** Name of the pillar, e.g. 市役所の改革と健全財政. @label 柱の名前 / Title @ja 例: 市役所の改革と健全財政 */
	title: LocalizedTextSchema,
	/** Its slogan or catch-phrase, e.g. しせいを正す; default: none. @label キャッチフレーズ / Slogan @ja 例: しせいを正す */
	slogan: LocalizedTextSchema.optional(),
	/** What it aims at, one sentence; default: none. @label ねらい / Summary @ja 1文で */
	summary: LocalizedTextSchema.optional(),
	/** Achievements reported under it (主な取組み実績); default: none. @label 主な取組み実績 / Achievements @ja この柱のもとで報告された実績 */
	achievements: z.array(AchievementSchema).default([]),
	/** Results as the source prints them (distributions by grade or level, per evaluation), oldest first; default: none. @label 公表された検証結果 / Published results @ja 資料に印刷された評価の集計（古い順） */
	results: PublishedResultsSchema,
	/** Headline figures of the area; default: none. @label 主な数値 / Figures @ja この分野の主な数値 */
	metrics: z.array(MetricSchema).default([]),
	/** The document that lists it. @label 出典 / Source @ja 柱を載せている資料 */
	source: SourceRefSchema,
	/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
	editorNotes: EditorNotesSchema,
});

export type PillarInput = z.input<typeof PillarSchema>;
export type PillarData = z.output<typeof PillarSchema>;
