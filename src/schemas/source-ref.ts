import { z } from 'zod';
import { IdSchema } from './id.ts';

/**
 * Where a figure or statement comes from: a document in `content/sources/` and, ideally, the exact words.
 * Shorthand: a plain string is just the source id.
 */
export const SourceRefSchema = z
	.union([
		IdSchema,
		z.strictObject({
			/** Id of a document in `content/sources/` (its file name without extension). */
			source: IdSchema,
			/** Verbatim words from the document; `npm run check` verifies they occur in it (spaces and line breaks ignored). */
			quote: z.string().trim().min(1).optional(),
			/** Where in the document, for readers (e.g. a page or section); default: none. */
			locator: z.string().optional(),
		}),
	])
	.transform((value): { source: string; quote?: string; locator?: string } =>
		typeof value === 'string' ? { source: value } : value,
	);

export type SourceRefInput = z.input<typeof SourceRefSchema>;
export type SourceRef = z.output<typeof SourceRefSchema>;
