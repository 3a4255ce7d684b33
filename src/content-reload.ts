import type { AstroIntegration } from 'astro';
import { contentDir, invalidateModel } from './model/load.ts';
import { keepParsedFiles } from './model/read.ts';

/**
 * Dev server only: content files live outside Astro's module graph, so watch them, drop the cached
 * model and reload the page when a campaign volunteer saves a file. The reload parses only the files
 * whose text changed (the rules and the model are made again from all of them).
 */
export default function contentReload(): AstroIntegration {
	return {
		name: 'koyaku:content-reload',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const dir = contentDir();
				keepParsedFiles();
				server.watcher.add(dir);
				const reload = (path: string) => {
					if (!path.startsWith(dir)) return;
					invalidateModel();
					server.ws.send({ type: 'full-reload' });
				};
				for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
			},
		},
	};
}
