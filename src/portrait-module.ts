import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentDir, getModel } from './model/load.ts';

const ID = 'virtual:koyaku/portrait';
const RESOLVED = '\0koyaku-portrait';

/**
 * The candidate's portrait (site.yaml `candidate.portrait.src`) as the one image module the pages import:
 * only the file site.yaml names is bundled and published, never the other images of the content folder
 * (drafts in `_` folders, unused or broken files). Check has made sure it is a usable image inside the
 * content folder (src/model/rules.ts `portraitUsable`); without a portrait the module exports undefined.
 */
export default function portraitModule(): Plugin {
	return {
		name: 'koyaku:portrait',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return undefined;
			this.addWatchFile(`${contentDir()}/site.yaml`);
			const src = getModel().site.candidate.portrait?.src;
			if (!src) return 'export default undefined;';
			const file = realpathSync(resolve(contentDir(), src));
			this.addWatchFile(file);
			return `export { default } from ${JSON.stringify(file)};`;
		},
	};
}
