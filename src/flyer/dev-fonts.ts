import { createReadStream, existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { fontFile } from './fonts.ts';

/**
 * Dev server only: serves the flyer's font files (never copied into the site; the PDF step serves them
 * when printing), so `npm run dev` shows /print/flyer/ in the font it is printed in.
 */
export default function flyerDevFonts(): AstroIntegration {
	return {
		name: 'koyaku:flyer-fonts',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const file = fontFile(new URL(req.url ?? '/', 'http://dev').pathname);
					if (!file || !existsSync(file)) return next();
					res.setHeader('content-type', 'font/ttf');
					createReadStream(file).pipe(res);
				});
			},
		},
	};
}
