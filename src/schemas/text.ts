import { z } from 'zod';

const nonEmpty = (ja: string, en: string) =>
	z.string().trim().min(1, { message: `${ja}が空です。文章を書いてください / The ${en} text is empty: write it or remove the field` });

/**
 * A piece of text in both languages. Shorthand: a plain string is the Japanese text, with no English yet.
 * Untranslated text falls back to Japanese on the English site.
 */
export const LocalizedTextSchema = z
	.union([
		nonEmpty('日本語', 'Japanese'),
		z.strictObject({
			/** Japanese text (required: the site is Japanese first). */
			ja: nonEmpty('日本語', 'Japanese'),
			/** English text; optional, the English site falls back to Japanese without it. */
			en: nonEmpty('英語', 'English').optional(),
		}),
	])
	.transform((value): { ja: string; en?: string } => (typeof value === 'string' ? { ja: value.trim() } : value));

export type LocalizedTextInput = z.input<typeof LocalizedTextSchema>;
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/** A short label used in both languages: `{ ja: '人', en: 'people', enOne?: 'person' }`. */
export const CounterSchema = z.strictObject({
	/** Japanese counter word attached to the number, e.g. 人, 件, 店舗, 区. */
	ja: z.string().min(1),
	/** English noun after the number, plural form, e.g. `people`, `stores`. */
	en: z.string().min(1),
	/** English singular form, used when the value is exactly 1; default: same as `en`. */
	enOne: z.string().min(1).optional(),
});
export type Counter = z.output<typeof CounterSchema>;
