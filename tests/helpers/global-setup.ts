/**
 * Vitest global setup: builds the site once for tests/build and tests/browser. A failed build does not
 * stop the run (unit tests still run); the build and browser tests then fail with Astro's output.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, type BuildInfo } from './build.ts';
import { printTestFlyers, type FlyerInfo } from './flyer.ts';

export default async function setup(project: TestProject) {
	let info: BuildInfo;
	try {
		info = { dir: await buildSite() };
	} catch (error) {
		info = { error: error instanceof Error ? error.message : String(error) };
	}
	// The flyer PDFs, as the build's PDF step makes them (the site links to them).
	const flyer: FlyerInfo = info.dir ? await printTestFlyers(info.dir) : { error: 'no build' };
	project.provide('koyakuBuild', info);
	project.provide('koyakuFlyer', flyer);
	return () => {
		if (info.dir) rmSync(info.dir, { recursive: true, force: true });
		if (flyer.bleedDir) rmSync(flyer.bleedDir, { recursive: true, force: true });
	};
}
