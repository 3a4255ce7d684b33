import { z } from 'zod';

/**
 * site.yaml `search`: help for the site search. Pagefind finds the words a page says, and the start of a
 * word (子育 finds 子育て), but not a word no page says (待機児童) or a word written in kana (こそだて).
 */
export const SearchSchema = z.strictObject({
	/**
	 * Words voters may type, each with the words to search for instead: a query that is one of them, or
	 * part of one (2 characters or more: 待機 for 待機児童), finds the pages that say the listed words.
	 * @example synonyms: { 待機児童: [保育, 子育て], こそだて: [子育て] }
	 */
	synonyms: z.record(z.string().min(1), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((words) => (Array.isArray(words) ? words : [words]))).default({}),
});
export type SearchData = z.output<typeof SearchSchema>;
