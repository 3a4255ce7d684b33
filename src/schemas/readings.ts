import { z } from 'zod';

const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const KANJI = /[\p{Script=Han}々〆ヶ]/u;

/** Katakana as hiragana (コモロ → こもろ); ー and hiragana stay. */
const hiragana = (s: string): string => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/**
 * site.yaml `readings`: how the campaign's own words are read, for the furigana of the やさしい日本語 edition
 * (src/lib/furigana.ts). The analyser's dictionary is general: it misreads place, facility and personal
 * names; these come first (the longest word first), the analyser reads the rest. `npm run check` lists the
 * words it was not sure of, to add here.
 */
export const ReadingsSchema = z
	.record(z.string(), z.string())
	.superRefine((map, ctx) => {
		for (const [word, reading] of Object.entries(map)) {
			if (!word.trim())
				ctx.addIssue({ code: 'custom', path: [word], message: '言葉が空です。読みを付ける言葉を書いてください（例: 小諸: こもろ） / The word is empty: write the word the reading is for, e.g. 小諸: こもろ' });
			else if (!KANJI.test(word))
				ctx.addIssue({ code: 'custom', path: [word], message: `「${word}」には漢字がありません。読みは漢字を含む言葉に付けます（例: 小諸: こもろ） / "${word}" has no kanji: readings are for words written with kanji, e.g. 小諸: こもろ` });
			if (typeof reading === 'string' && !KANA.test(reading.trim()))
				ctx.addIssue({
					code: 'custom',
					path: [word],
					message: `「${word}」の読み「${reading}」をひらがな（またはカタカナ）だけで書いてください（例: 小諸: こもろ） / Write the reading of "${word}" ("${reading}") in hiragana (or katakana) only, e.g. 小諸: こもろ`,
				});
		}
	})
	.transform((map) => Object.fromEntries(Object.entries(map).map(([word, reading]) => [word.trim(), hiragana(reading.trim())])));

export type Readings = z.output<typeof ReadingsSchema>;
