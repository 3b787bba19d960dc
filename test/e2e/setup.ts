/**
 * globalSetup of `npm run test:e2e`: installs or reuses the pinned n8n host, builds the package
 * and packs it with `npm pack` (the tarball users install), printing how long each phase took.
 * The tarball's path is handed to the tests in E2E_PACKAGE_TGZ.
 */
import { execFileSync } from 'child_process';
import { mkdirSync } from 'fs';
import { join } from 'path';
import { ensureHost, nodeVersion } from './lib/host';

const ROOT = join(__dirname, '..', '..');
export const OUT_DIR = join(__dirname, 'out');

function timed<T>(label: string, fn: () => T): T {
	const started = Date.now();
	const result = fn();
	console.log(`[e2e] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return result;
}

export default function globalSetup(): void {
	console.log('');
	mkdirSync(OUT_DIR, { recursive: true });
	const host = timed('host install', () => ensureHost((line) => console.log(`[e2e] ${line}`)));
	console.log(`[e2e] host ${host.reused ? 'reused (lockfile stamp matches)' : 'installed'}: n8n 2.41.1 on Node ${nodeVersion()}`);
	timed('npm run build', () => execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }));
	const tgz = timed('npm pack', () => {
		const out = JSON.parse(
			execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', OUT_DIR], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
		) as Array<{ filename: string }>;
		return join(OUT_DIR, out[0].filename);
	});
	process.env.E2E_PACKAGE_TGZ = tgz;
	process.env.E2E_STARTED = String(Date.now());
}
