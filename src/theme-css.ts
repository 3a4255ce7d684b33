import type { Plugin } from 'vite';
import { themeCss, DEFAULT_COLOR } from './lib/theme.ts';
import { contentDir, getModel } from './model/load.ts';

const ID = 'virtual:koyaku/theme.css';
// A leading \0 keeps other plugins off the id; the .css ending makes Vite treat it as a stylesheet.
const RESOLVED = '\0koyaku-theme.css';

/** The content's colours as a stylesheet that is bundled (and inlined) with global.css. */
export default function themeStylesheet(): Plugin {
	return {
		name: 'koyaku:theme-css',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return undefined;
			this.addWatchFile(`${contentDir()}/site.yaml`);
			this.addWatchFile(`${contentDir()}/ratings.yaml`);
			const model = getModel();
			return themeCss(model.site.theme?.color ?? DEFAULT_COLOR, model.ratings.levels);
		},
	};
}
