import { z } from 'zod';
import { DocumentDateSchema } from './period.ts';
import { LocalizedTextSchema } from './text.ts';
import { WebUrlSchema } from './url.ts';

/** `content/sources/<id>.yaml`: a published document figures are quoted from; the text itself sits beside it. */
export const SourceSchema = z.strictObject({
	/** Title of the document. @label 資料名 / Title */
	title: LocalizedTextSchema,
	/** Who published it. @label 発行者 / Publisher */
	publisher: LocalizedTextSchema,
	/** When it was published, as precisely as known: 2020-01 (month), 2024 (year) or 2020-01-15 (day), or `none` when it prints no date (shown as 日付の記載なし / date not given); required. @label 発行日 / Date @ja 印刷どおりに（2020-01-15・2020-01・2024）。なければ none */
	date: DocumentDateSchema,
	/** What kind of document: newsletter, flyer, report, web page…; default: none. @label 種類 / Kind @ja 会報・チラシ・報告書など */
	kind: LocalizedTextSchema.optional(),
	/** File name of the document's text in the same folder, e.g. `newsletter-2020-01.txt`. @label 本文のファイル / Text file @ja 同じフォルダの .txt か .md のファイル名 */
	document: z.string().regex(/^[^/\\]+\.(txt|md)$/, { message: '同じフォルダにある .txt または .md のファイル名を書いてください / Name a .txt or .md file in the same folder' }),
	/** Where the original can be found; default: none. @label 原本のアドレス / Web address */
	url: WebUrlSchema('http:// か https:// で始まるURLを書いてください / Write a web address starting with https:// (or http://)').optional(),
	/** Editors' remarks about the document (e.g. "text extracted from print; layout lost"), never published; default: none. */
	note: LocalizedTextSchema.optional(),
});

export type SourceInput = z.input<typeof SourceSchema>;
export type SourceData = z.output<typeof SourceSchema>;
