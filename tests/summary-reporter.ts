import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, after vitest's own report,
 * so CI logs can be read by tools that do not know vitest. Failed files (e.g. a syntax error) count as failed.
 */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>) {
		let passed = 0;
		let failed = errors.length;
		let skipped = 0;
		for (const module of modules) {
			if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failed++;
				else skipped++;
			}
		}
		console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
	}
}
