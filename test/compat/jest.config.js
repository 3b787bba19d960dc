/**
 * `npm run test:compat`: the engine-level suite (the root jest tests, unchanged) against the last
 * n8n 1.x line of n8n-core/n8n-workflow, installed side by side in test/compat/node_modules
 * (pinned by test/compat/package-lock.json; test/compat/run.js installs it when missing).
 * moduleNameMapper sends every `n8n-core`/`n8n-workflow` import, the package's and n8n-core's
 * own, to the 1.x copies, so one engine of one version runs the node.
 */
const path = require('path');
const base = require('../../jest.config.js');

const compatModules = path.join(__dirname, 'node_modules');

module.exports = {
	...base,
	rootDir: path.join(__dirname, '..', '..'),
	displayName: 'n8n 1.x',
	// n8n-core 1.x leaves a handle open after the last test (jest reports "did not exit"); the tests themselves are done.
	forceExit: true,
	testPathIgnorePatterns: [...base.testPathIgnorePatterns, '<rootDir>/test/compat/', '<rootDir>/test/package.test.ts'],
	modulePathIgnorePatterns: ['<rootDir>/test/e2e/host/'],
	moduleNameMapper: {
		'^n8n-core$': path.join(compatModules, 'n8n-core'),
		'^n8n-core/package\\.json$': path.join(compatModules, 'n8n-core', 'package.json'),
		'^n8n-workflow$': path.join(compatModules, 'n8n-workflow'),
	},
};
