#!/usr/bin/env node
/**
 * `npm run test:compat`: installs (or reuses) the last n8n 1.x line of n8n-core/n8n-workflow from
 * test/compat/package-lock.json (`npm ci --ignore-scripts`) in a per-machine cache that
 * test/compat/node_modules links to (skipped when a stamp matches the lockfile's hash), then runs the root jest suite against
 * it through test/compat/jest.config.js. Every test runs, none is skipped; where n8n 1.x's engine
 * itself behaves differently the test asserts 1.x's behaviour (test/harness/compat.ts: n8nCoreMajor).
 * Extra arguments go to jest (e.g. a test file).
 */
const { execFileSync, spawnSync } = require('child_process');
const { createHash } = require('crypto');
const { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } = require('fs');
const { homedir, tmpdir } = require('os');
const path = require('path');

const dir = __dirname;
const root = path.join(dir, '..', '..');
const hash = createHash('sha256').update(readFileSync(path.join(dir, 'package-lock.json'))).digest('hex');
// The install lives in a per-machine cache (like the e2e host), test/compat/node_modules links to it:
// a fresh clone on the same machine (CI) reuses it, and the work tree holds no third-party files.
const cache = path.join(process.env.CLICKSEND_COMPAT_CACHE ?? path.join(homedir(), '.cache', 'n8n-nodes-clicksend', 'compat'), hash.slice(0, 16));
const local = path.join(dir, 'node_modules');
const cached = path.join(cache, 'node_modules');
const stampMatches = (modules) => existsSync(path.join(modules, '.compat-stamp')) && readFileSync(path.join(modules, '.compat-stamp'), 'utf8').trim() === hash;
const isLink = (file) => {
	try {
		return lstatSync(file).isSymbolicLink();
	} catch {
		return false;
	}
};

let started = Date.now();
if (isLink(local) && stampMatches(local)) {
	console.log('[compat] n8n 1.x modules reused (lockfile stamp matches)');
} else {
	if (!stampMatches(cached)) {
		mkdirSync(cache, { recursive: true });
		if (existsSync(local) && !isLink(local) && stampMatches(local)) {
			rmSync(cached, { recursive: true, force: true });
			renameSync(local, cached); // an install made in the work tree: move it, do not reinstall
		} else {
			for (const file of ['package.json', 'package-lock.json']) copyFileSync(path.join(dir, file), path.join(cache, file));
			execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: cache, stdio: 'inherit' });
			writeFileSync(path.join(cached, '.compat-stamp'), `${hash}\n`);
		}
	}
	rmSync(local, { recursive: true, force: true });
	symlinkSync(cached, local, 'dir');
	console.log(`[compat] n8n 1.x modules ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${cache})`);
}
const versions = ['n8n-core', 'n8n-workflow'].map((name) => `${name}@${require(path.join(dir, 'node_modules', name, 'package.json')).version}`);
console.log(`[compat] engine-level suite against ${versions.join(', ')}`);
started = Date.now();
const args = process.argv.slice(2);
// The full run also fails when any test is skipped (a skipped test is not verified on 1.x).
const results = path.join(tmpdir(), `clicksend-compat-${process.pid}.json`);
const report = args.length === 0 ? ['--json', `--outputFile=${results}`] : [];
rmSync(results, { force: true });
const jest = spawnSync(process.execPath, [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '-c', path.join(dir, 'jest.config.js'), ...report, ...args], {
	cwd: root,
	stdio: 'inherit',
});
console.log(`[compat] jest: ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (jest.status === 0 && report.length > 0) {
	const { numPendingTests, numTodoTests } = JSON.parse(readFileSync(results, 'utf8'));
	rmSync(results, { force: true });
	if (numPendingTests + numTodoTests > 0) {
		console.error(`[compat] ${numPendingTests + numTodoTests} test(s) skipped: every test must run on n8n 1.x`);
		process.exit(1);
	}
}
process.exit(jest.status ?? 1);
