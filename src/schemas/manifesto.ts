import { z } from 'zod';
import { AchievementSchema } from './achievement.ts';
import { DateSchema, IdSchema } from './id.ts';
import { MetricSchema } from './metric.ts';
import { SourceRefSchema } from './source-ref.ts';
import { LocalizedTextSchema } from './text.ts';

/** `content/manifestos/<id>.md`: one manifesto or edition (its id is the file name). */
export const ManifestoSchema = z.strictObject({
	/** Name of the manifesto, e.g. こもろ未来プロジェクト. */
	title: LocalizedTextSchema,
	/** A line under the title; default: none. */
	subtitle: LocalizedTextSchema.optional(),
	/** Day it was announced; default: unknown. */
	announced: DateSchema.optional(),
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
	/** Headline figures of the manifesto as a whole; default: none. */
	metrics: z.array(MetricSchema).default([]),
	/** The document that publishes it. */
	source: SourceRefSchema,
});

export type ManifestoInput = z.input<typeof ManifestoSchema>;
export type ManifestoData = z.output<typeof ManifestoSchema>;
