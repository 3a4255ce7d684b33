import { z } from 'zod';

/**
 * Notes for the campaign's editors (編集メモ): how a passage of a source was read, what was left out and
 * why, where an item was placed. NEVER published: no page, feed, flyer, share card, search index or data
 * download shows them (`npm run check` warns when published text reads like one). One note or a list;
 * plain text, in whichever language the editors use.
 * @example editorNotes: 見出しの「日本ー」は「日本一」の誤りとみて、題名を直しています。
 */
export const EditorNotesSchema = z
	.union([z.string().min(1), z.array(z.string().min(1))])
	.transform((notes) => (Array.isArray(notes) ? notes : [notes]))
	.optional();
