import { z } from 'zod';

const nonEmpty = (ja: string, en: string) =>
	z.string().trim().min(1, { message: `${ja}が空です。文章を書いてください / The ${en} text is empty: write it or remove the field` });

/** A `{ ja, en }` text without its Japanese. */
const MISSING_JA =
	'日本語の文章（ja）がありません。サイトは日本語が基本なので、{ ja: 日本語, en: English } のように日本語を書いてください / The Japanese text (ja) is missing: the site is Japanese first, so write it, e.g. { ja: 日本語, en: English }';

/**
 * A piece of text in both languages, and optionally in やさしい日本語 (`easy`). Shorthand: a plain string is
 * the Japanese text, with no English yet. Untranslated text falls back to Japanese on the English site, and
 * on the easy edition.
 */
export const LocalizedTextSchema = z
	// The object first: a bilingual site writes nearly every text as { ja, en }, and a union pays for each
	// option that fails (zod checking 10,000 synthetic pledges took 30% less). The two options never both
	// succeed (a string or an object), so the order changes no result and no message.
	.union([
		z
			.strictObject({
				/** Japanese text (required: the site is Japanese first, whatever its `locales`). @label 日本語 / Japanese */
				ja: nonEmpty('日本語', 'Japanese').optional(),
				/** English text; optional, the English site falls back to Japanese without it (and a Japanese-only site ignores it). @label 英語 / English */
				en: nonEmpty('英語', 'English').optional(),
				/** やさしい日本語 (easy Japanese) text for the easy edition (site.yaml `locales` with `easy`); optional, the edition shows the Japanese without it. @label やさしい日本語 / Easy Japanese @ja やさしい日本語版に出す文。なければふつうの日本語を出します */
				easy: nonEmpty('やさしい日本語', 'easy Japanese').optional(),
			})
			.superRefine((value, ctx) => {
				if (value.ja === undefined) ctx.addIssue({ code: 'custom', path: ['ja'], message: MISSING_JA });
			}),
		nonEmpty('日本語', 'Japanese'),
	])
	.transform((value): { ja: string; en?: string; easy?: string } => (typeof value === 'string' ? { ja: value.trim() } : (value as { ja: string; en?: string; easy?: string })));

export type LocalizedTextInput = z.input<typeof LocalizedTextSchema>;
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/** A short label used in both languages: `{ ja: '人', en: 'people', enOne?: 'person' }`. */
export const CounterSchema = z.strictObject({
	/** Japanese counter word attached to the number, e.g. 人, 件, 店舗, 区. @label 日本語の助数詞 / Japanese counter @ja 例: 人・件・店舗 */
	ja: z.string().min(1),
	/** English noun after the number, plural form, e.g. `people`, `stores`; required when the site has English pages (site.yaml `locales`). @label 英語（複数形） / English (plural) @ja 例: stores */
	en: z.string().min(1).optional(),
	/** English singular form, used when the value is exactly 1; default: same as `en`. @label 英語（単数形） / English (singular) @ja 例: store */
	enOne: z.string().min(1).optional(),
});
export type Counter = z.output<typeof CounterSchema>;
