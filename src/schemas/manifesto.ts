import { z } from 'zod';
import { AchievementSchema } from './achievement.ts';
import { GradeBandsSchema } from './rating.ts';
import { IdSchema } from './id.ts';
import { OptionalDateSchema } from './period.ts';
import { MetricSchema } from './metric.ts';
import { PublishedResultsSchema } from './results.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';
import { EditorNotesSchema } from './editor-notes.ts';

/** `content/manifestos/<id>.md`: one manifesto or edition (its id is the file name). */
export const ManifestoSchema = z.strictObject({
	/** Name of the manifesto, e.g. こもろ未来プロジェクト. @label マニフェスト名 / Title @ja 例: こもろ未来プロジェクト */
	title: LocalizedTextSchema,
	/** A line under the title; default: none. @label 副題 / Subtitle @ja 題名の下の1行 */
	subtitle: LocalizedTextSchema.optional(),
	/** When it was announced, as precisely as printed: a day (2016-02-12), a month, a year (2019) or a fiscal year (2015年度); `none` or left out when not printed. @label 発表日 / Announced @ja 発表した日 */
	announced: OptionalDateSchema.optional(),
	/** When the election that began its term was held, as precisely as printed (2011-04-24, 2011-04, 2011); it decides which manifesto is current and is shown in its label; default: not printed. */
	elected: OptionalDateSchema.optional(),
	/** Whether it is the current programme, when the content says so explicitly (at most one `true`; `false` makes it a track record); default: decided by `elected` (the latest election whose four-year term has not ended), else the last manifesto. */
	current: z.boolean().optional(),
	/** Order among manifestos on the site, lowest first; default 0 (then by announcement). @label 並び順 / Order @ja 小さいほど先に表示 */
	order: z.number().int().default(0),
	/** Basic stances (基本姿勢), in order; default: none. @label 基本姿勢 / Stances @ja 基本姿勢を順に */
	stances: z
		.array(
			z.strictObject({
				/** The stance in one line. @label 姿勢 / Stance @ja 1行で */
				title: LocalizedTextSchema,
				/** Its explanation; default: none. @label 説明 / Explanation @ja 姿勢の説明 */
				text: LocalizedTextSchema.optional(),
			}),
		)
		.default([]),
	/** Principles for carrying it out (実行に向けての方針), in order; default: none. @label 実行に向けての方針 / Principles @ja 方針を順に */
	principles: z.array(LocalizedTextSchema).default([]),
	/** Pillar ids (files in content/pillars/) in the order the manifesto lists them. @label 政策の柱 / Pillars @ja マニフェストに載っている順に柱を選ぶ */
	pillars: z.array(IdSchema).default([]),
	/** Policy ids of its top priorities (最重点政策), in order; default: none. @label 最重点政策 / Top priorities @ja 最重点政策にあたる公約を順に */
	priorities: z.array(IdSchema).default([]),
	/** Achievements not under any pillar (その他の実績); default: none. @label その他の実績 / Other achievements @ja どの柱にも属さない実績 */
	achievements: z.array(AchievementSchema).default([]),
	/** Results as the source prints them (distributions by grade or level, per evaluation), oldest first; default: none. @label 公表された検証結果 / Published results @ja 資料に印刷された評価の集計（古い順） */
	results: PublishedResultsSchema,
	/** Grade bands on achievement rate for this manifesto's targets, highest first; default: ratings.yaml's `grades`. @label 達成率の評価区分 / Grade bands @ja このマニフェストの目標に使う区分。なければ評価の基準（ratings.yaml）のもの */
	grades: GradeBandsSchema.optional(),
	/** Metric ids shown as headline figures on the home page, most important first; default: every manifesto-level metric. @label トップページの数字 / Headline figures @ja トップページに大きく出す数値（大事な順） */
	headlines: z.array(IdSchema).optional(),
	/** Headline figures of the manifesto as a whole; default: none. @label 全体の数値 / Figures @ja マニフェスト全体の主な数値 */
	metrics: z.array(MetricSchema).default([]),
	/** The document that publishes it. @label 出典 / Source @ja マニフェストを載せている資料 */
	source: SourceRefSchema,
	/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
	editorNotes: EditorNotesSchema,
});

export type ManifestoInput = z.input<typeof ManifestoSchema>;
export type ManifestoData = z.output<typeof ManifestoSchema>;
