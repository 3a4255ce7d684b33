import type { APIRoute } from 'astro';
import { publishedJson } from '../../lib/published-json.ts';
import type { A11yUntested } from '../../lib/accessibility.ts';

/**
 * The accessibility test results as open data: "not run" as built; the build's `accessibility` step
 * writes over it with its run (fields: src/lib/accessibility.ts A11yReport).
 */
export const GET: APIRoute = () => {
	const untested: A11yUntested = { tested: false, reason: 'not-run' };
	return new Response(`${publishedJson(untested, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
