/**
 * One story about Node versions (issue 25): npm runs on the system Node, which package.json `engines` names
 * and the README repeats; the scripts run on the devDependency `node`, which `.nvmrc` names for hosts and
 * nvm. npm silently SKIPS an optional package whose `engines` excludes the Node it runs on, so every
 * optional package this machine's platform needs (linux x64) must accept the lowest Node `engines` allows —
 * above all `@sparticuz/chromium`, the browser a fresh machine prints the flyer with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	engines: { node: string };
	devDependencies: Record<string, string>;
	optionalDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
	packages: Record<string, { version?: string; optional?: boolean; engines?: { node?: string }; os?: string[]; cpu?: string[] }>;
};
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const lowest = semver.minVersion(pkg.engines.node)!.version;

describe('Node versions', () => {
	it('engines names a lowest Node 20, and the README says the same', () => {
		expect(semver.major(lowest)).toBe(20);
		const [major, minor] = lowest.split('.');
		expect(readme).toContain(`Node.js ${major}.${minor} or later`);
	});

	it('.nvmrc names exactly the Node the scripts run on (the devDependency `node`), and the README that version', () => {
		const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
		expect(nvmrc).toBe(pkg.devDependencies['node']);
		expect(readme).toContain(`Node ${nvmrc}`);
		expect(semver.satisfies(nvmrc, pkg.engines.node)).toBe(true);
	});

	it('@sparticuz/chromium is pinned exactly to a version npm installs on the lowest Node engines allows', () => {
		const pinned = pkg.optionalDependencies['@sparticuz/chromium'];
		expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
		const locked = lock.packages['node_modules/@sparticuz/chromium']!;
		expect(locked.version).toBe(pinned);
		expect(semver.satisfies(lowest, locked.engines!.node!)).toBe(true);
		expect(semver.satisfies(process.versions.node, locked.engines!.node!)).toBe(true);
	});

	it('no optional package linux x64 needs is skipped by npm on the lowest Node or on the system Node (20)', () => {
		// WebAssembly fallbacks (wasm32 bindings and their runtime) are not used on x64.
		const needed = Object.entries(lock.packages).filter(
			([path, p]) => p.optional && p.engines?.node && (!p.os || p.os.includes('linux')) && (!p.cpu || p.cpu.includes('x64')) && !/wasm/.test(path),
		);
		expect(needed.length).toBeGreaterThan(3);
		for (const node of [lowest, '20.20.2', '22.13.0', '24.0.0']) {
			const skipped = needed.filter(([, p]) => !semver.satisfies(node, p.engines!.node!)).map(([path, p]) => `${path} ${p.engines!.node}`);
			expect(skipped, `npm on Node ${node}`).toEqual([]);
		}
	});
});
