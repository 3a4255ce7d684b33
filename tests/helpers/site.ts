/** For test files: the site that global-setup.ts built for this run. */
import { inject } from 'vitest';
import './build.ts';

/** The folder of the site built for this test run; throws the build's error if it failed. */
export function builtSite(): string {
	const info = inject('koyakuBuild');
	if (!info?.dir) throw new Error(info?.error ?? 'The site was not built: is tests/helpers/global-setup.ts in vitest.config.ts?');
	return info.dir;
}
