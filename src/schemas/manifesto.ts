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
	/** Name of the manifesto, e.g. こもろ未来プロジェクト. */
	title: LocalizedTextSchema,
	/** A line under the title; default: none. */
	subtitle: LocalizedTextSchema.optional(),
	/** When it was announced, as precisely as printed: a day (2016-02-12), a month, a year (2019) or a fiscal year (2015年度); `none` or left out when not printed. */
	announced: OptionalDateSchema.optional(),
	/** When the election that began its term was held, as precisely as printed (2011-04-24, 2011-04, 2011); it decides which manifesto is current and is shown in its label; default: not printed. */
	elected: OptionalDateSchema.optional(),
	/** Whether it is the current programme, when the content says so explicitly (at most one `true`; `false` makes it a track record); default: decided by `elected` (the latest election whose four-year term has not ended), else the last manifesto. */
	current: z.boolean().optional(),
	/** Order among manifestos on the site, lowest first; default 0 (then by announcement). */
	order: z.number().int().default(0),
	/** Basic stances (基本姿勢), in order; default: none. */
	stances: z
		.array(
			z.strictObject({
				/** The stance in one line. */
				title: LocalizedTextSchema,
				/** Its explanation; default: none. */
				text: LocalizedTextSchema.optional(),
			}),
		)
		.default([]),
	/** Principles for carrying it out (実行に向けての方針), in order; default: none. */
	principles: z.array(LocalizedTextSchema).default([]),
	/** Pillar ids (files in content/pillars/) in the order the manifesto lists them. */
	pillars: z.array(IdSchema).default([]),
	/** Policy ids of its top priorities (最重点政策), in order; default: none. */
	priorities: z.array(IdSchema).default([]),
	/** Achievements not under any pillar (その他の実績); default: none. */
	achievements: z.array(AchievementSchema).default([]),
	/** Results as the source prints them (distributions by grade or level, per evaluation), oldest first; default: none. */
	results: PublishedResultsSchema,
	/** Grade bands on achievement rate for this manifesto's targets, highest first; default: ratings.yaml's `grades`. */
	grades: GradeBandsSchema.optional(),
	/** Metric ids shown as headline figures on the home page, most important first; default: every manifesto-level metric. */
	headlines: z.array(IdSchema).optional(),
	/** Headline figures of the manifesto as a whole; default: none. */
	metrics: z.array(MetricSchema).default([]),
	/** The document that publishes it. */
	source: SourceRefSchema,
	/** Editors' notes (編集メモ), never published: see editor-notes.ts; default: none. */
	editorNotes: EditorNotesSchema,
});

export type ManifestoInput = z.input<typeof ManifestoSchema>;
export type ManifestoData = z.output<typeof ManifestoSchema>;
