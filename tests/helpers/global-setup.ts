/**
 * Vitest global setup: builds the site once for tests/build and tests/browser. A failed build does not
 * stop the run (unit tests still run); the build and browser tests then fail with Astro's output.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, type BuildInfo } from './build.ts';

export default async function setup(project: TestProject) {
	let info: BuildInfo;
	try {
		// --bleed: the print-shop flyer PDFs too, for tests/pdf.
		info = { dir: await buildSite(undefined, {}, ['--bleed']) };
	} catch (error) {
		info = { error: error instanceof Error ? error.message : String(error) };
	}
	project.provide('koyakuBuild', info);
	return () => {
		if (info.dir) rmSync(info.dir, { recursive: true, force: true });
	};
}
