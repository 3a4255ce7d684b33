import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
		// Builds the site once into a temporary folder for tests/build and tests/browser.
		globalSetup: ['tests/helpers/global-setup.ts'],
		// vitest's report, then one plain `N passed, N failed, N skipped` line for CI logs.
		reporters: ['default', './tests/summary-reporter.ts'],
	},
});
