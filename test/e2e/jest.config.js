/**
 * `npm run test:e2e`: the package inside a real n8n 2.41.1 server (test/e2e/README.md).
 * Separate from the root jest config (which ignores test/e2e/): one file at a time, long timeouts.
 * globalSetup installs or reuses the pinned host (test/e2e/host/), builds and packs the package.
 */
const path = require('path');

module.exports = {
	rootDir: path.join(__dirname, '..', '..'),
	preset: 'ts-jest',
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
	modulePathIgnorePatterns: ['<rootDir>/test/e2e/host/', '<rootDir>/test/compat/', '<rootDir>/dist/'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	globalSetup: '<rootDir>/test/e2e/setup.ts',
	maxWorkers: 1,
	testTimeout: 300000,
	verbose: true,
};
