import type { AstroIntegration } from 'astro';
import { contentDir, loadCached } from '../model/load.ts';
import { formatProblem } from '../model/problems.ts';
import { adminFiles } from './admin.ts';
import { contentIds } from './content-ids.ts';

/**
 * Dev server only: the editor at `<base>admin/`, working on the folder staff pick (the CMS's local
 * workflow, Chrome or Edge). Its configuration is generated again on each visit, so the choices it offers
 * are the ids in the content as it is now. `admin/problems.json` is `check`'s verdict on the content as
 * saved, for the editor's banner. The built site gets the editor from scripts/steps/cms-admin.ts.
 */
export default function cmsAdmin(): AstroIntegration {
	let base = '/';
	return {
		name: 'koyaku:cms-admin',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const path = (req.url ?? '').split('?')[0]!;
					if (!path.startsWith(`${base}admin`)) return next();
					const file = path.slice(`${base}admin`.length);
					const send = (type: string, body: string | Buffer) => {
						res.setHeader('content-type', type);
						res.setHeader('cache-control', 'no-store');
						res.end(body);
					};
					if (file === '') {
						res.statusCode = 301;
						res.setHeader('location', `${base}admin/`);
						return res.end();
					}
					const dir = contentDir();
					const wanted = file === '/' ? 'index.html' : file.slice(1);
					const found = adminFiles({ contentDir: dir, ids: contentIds(dir) }, { dev: true }).find((f) => f.path === wanted);
					if (found) return send(found.type, found.body());
					if (file === '/problems.json') {
						const { problems, warnings } = loadCached(dir);
						return send('application/json', JSON.stringify({ problems: problems.map(formatProblem), warnings: warnings.map(formatProblem) }));
					}
					return next();
				});
			},
		},
	};
}
