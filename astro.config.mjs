// @ts-check
import { defineConfig } from 'astro/config';
import contentReload from './src/content-reload.ts';

export default defineConfig({
	// Pages link with trailing slashes; static hosts serve folder/index.html.
	trailingSlash: 'always',
	build: { format: 'directory' },
	// No client JavaScript (charts are drawn at build time); no prefetching on slow rural connections.
	prefetch: false,
	devToolbar: { enabled: false },
	integrations: [contentReload()],
});
