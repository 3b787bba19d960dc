#!/usr/bin/env node
/**
 * `npm run test:compat`: installs (or reuses) the last n8n 1.x line of n8n-core/n8n-workflow in
 * test/compat/node_modules from test/compat/package-lock.json (`npm ci --ignore-scripts`, skipped
 * when a stamp in node_modules matches the lockfile's hash), then runs the root jest suite against
 * it through test/compat/jest.config.js. Extra arguments go to jest (e.g. a test file).
 */
const { execFileSync, spawnSync } = require('child_process');
const { createHash } = require('crypto');
const { existsSync, readFileSync, writeFileSync } = require('fs');
const path = require('path');

const dir = __dirname;
const root = path.join(dir, '..', '..');
const stamp = path.join(dir, 'node_modules', '.compat-stamp');
const hash = createHash('sha256').update(readFileSync(path.join(dir, 'package-lock.json'))).digest('hex');

let started = Date.now();
if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
	console.log('[compat] n8n 1.x modules reused (lockfile stamp matches)');
} else {
	execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
	writeFileSync(stamp, `${hash}\n`);
	console.log(`[compat] installed n8n 1.x modules in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
const versions = ['n8n-core', 'n8n-workflow'].map((name) => `${name}@${require(path.join(dir, 'node_modules', name, 'package.json')).version}`);
console.log(`[compat] engine-level suite against ${versions.join(', ')}`);
const known = require('./known-differences');
console.log(`[compat] NOT verified on n8n 1.x (${known.length} known differences, test/compat/known-differences.js):`);
for (const [name, why] of known) console.log(`[compat]   - "${name}": ${why}`);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const skip = `^(?!.*(?:${known.map(([name]) => escape(name)).join('|')}))`;
started = Date.now();
const jest = spawnSync(process.execPath, [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '-c', path.join(dir, 'jest.config.js'), '--testNamePattern', skip, ...process.argv.slice(2)], {
	cwd: root,
	stdio: 'inherit',
});
console.log(`[compat] jest: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(jest.status ?? 1);
