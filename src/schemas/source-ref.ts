import { z } from 'zod';
import { IdSchema } from './id.ts';

/**
 * Where a figure or statement comes from: a document in `content/sources/` and, ideally, the exact words.
 * Shorthand: a plain string is just the source id.
 */
export const SourceRefSchema = z
	// The object first, as in LocalizedTextSchema (text.ts): references with a quote are the usual ones,
	// and the options never both succeed, so the order changes no result and no message.
	.union([
		z.strictObject({
			/** Id of a document in `content/sources/` (its file name without extension). @label 資料 / Document @ja 資料（sources フォルダ）から選ぶ */
			source: IdSchema,
			/** Verbatim words from the document; `npm run check` verifies they occur in it (spaces and line breaks ignored). @label 引用 / Quote @ja 資料の原文どおりの言葉。check が資料の中にあるか確かめます */
			quote: z.string().trim().min(1).optional(),
			/** Where in the document, for readers (e.g. a page or section); default: none. @label 場所 / Where @ja ページや章など */
			locator: z.string().optional(),
		}),
		IdSchema,
	])
	.transform((value): { source: string; quote?: string; locator?: string } =>
		typeof value === 'string' ? { source: value } : value,
	);

export type SourceRefInput = z.input<typeof SourceRefSchema>;
export type SourceRef = z.output<typeof SourceRefSchema>;
