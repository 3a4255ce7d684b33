/**
 * Build step `admin` (scripts/build.ts): when site.yaml has `editor`, writes the browser editor into
 * <out>/admin/ (src/cms/admin.ts: its page, its configuration generated from the schemas, the CMS from
 * node_modules, its UI strings and fonts), saving to the GitHub repository `editor.repo` names. Without
 * `editor`, nothing: the published site has no /admin/ (the editor still runs in `npm run dev`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { adminFiles } from '../../src/cms/admin.ts';
import { contentIds } from '../../src/cms/content-ids.ts';
import type { BuildStep } from '../build.ts';

export const adminStep: BuildStep = {
	name: 'admin',
	run(ctx) {
		const editor = ctx.model?.site.editor;
		if (!editor) return;
		const files = adminFiles({ contentDir: ctx.contentDir, ids: contentIds(ctx.contentDir), editor, siteUrl: ctx.model!.site.url }, { dev: false });
		let bytes = 0;
		for (const file of files) {
			const body = file.body();
			const to = join(ctx.outDir, 'admin', file.path);
			mkdirSync(dirname(to), { recursive: true });
			writeFileSync(to, body);
			bytes += Buffer.byteLength(body);
		}
		ctx.log(`admin: the editor at /admin/ saves to github.com/${editor.repo} (${editor.branch}); ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
	},
};
