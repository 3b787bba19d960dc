/**
 * Package checks on what users install: the tarball `npm pack` makes from the built `dist/`
 * (`npm test` builds first). Contents (only dist/ plus package.json, README, LICENSE and the
 * `main` stub index.js that npm always packs), no runtime dependencies, every file of the `n8n`
 * section present, codex files, light/dark SVG icons resolving next to the compiled node,
 * `usableAsTool`, the credential's `documentationUrl`, and n8n's community package scanner rules.
 *
 * `@n8n/scan-community-package` cannot run offline: it takes a package *name*, fetches the npm
 * registry's metadata and provenance attestation and downloads the attested source from GitHub.
 * Its tarball leg is an ESLint run over the unpacked package's compiled `.js` and `package.json`
 * with a fixed rule set (`buildScanConfig` in its scanner.mjs); this test runs that same rule set
 * (the same plugins, from @n8n/node-cli's dependencies) on the unpacked tarball. The source leg
 * (`{nodes,credentials}/**` + package.json) is `npm run lint`.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { join, posix } from 'path';
import type { ICredentialType, INodeType, INodeTypeDescription } from 'n8n-workflow';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	name: string;
	main?: string;
	dependencies?: Record<string, string>;
	bundleDependencies?: unknown;
	bundledDependencies?: unknown;
	optionalDependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
	n8n: { n8nNodesApiVersion: number; nodes: string[]; credentials: string[] };
};

interface PackFile {
	path: string;
	size: number;
}

let files: PackFile[] = [];
let paths = new Set<string>();
let unpacked = '';

beforeAll(() => {
	if (!existsSync(join(ROOT, 'dist', 'nodes'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
	const dry = JSON.parse(
		execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
	) as Array<{ files: PackFile[] }>;
	files = dry[0].files;
	paths = new Set(files.map((f) => f.path));
	// The real tarball, unpacked as n8n's community-node installer and the scanner see it.
	// Unpacked under node_modules/.cache so that its peer dependency n8n-workflow resolves, as in n8n.
	mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
	unpacked = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'clicksend-pack-'));
	const out = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', unpacked], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
	) as Array<{ filename: string }>;
	execFileSync('tar', ['-xzf', join(unpacked, out[0].filename), '-C', unpacked, '--strip-components=1']);
}, 60_000);

afterAll(() => {
	if (unpacked) rmSync(unpacked, { recursive: true, force: true });
});

/** Loads a compiled node or credential class from the unpacked tarball and instantiates it. */
function instantiate<T>(file: string): T {
	const mod = require(join(unpacked, file)) as Record<string, new () => T>;
	const classes = Object.values(mod).filter((v) => typeof v === 'function');
	expect(classes).toHaveLength(1);
	return new classes[0]();
}

/** `file:` icon paths of a description, resolved against the compiled file's folder (as n8n does). */
function iconFiles(file: string, icon: unknown): { light: string; dark: string } {
	expect(icon).toEqual({ light: expect.stringMatching(/^file:.+\.svg$/), dark: expect.stringMatching(/^file:.+\.svg$/) });
	const { light, dark } = icon as { light: string; dark: string };
	const at = (ref: string) => posix.normalize(posix.join(posix.dirname(file), ref.slice('file:'.length)));
	return { light: at(light), dark: at(dark) };
}

function expectSvg(path: string) {
	expect(paths.has(path)).toBe(true);
	const svg = readFileSync(join(unpacked, path), 'utf8');
	expect(svg).toMatch(/<svg[\s>]/);
	expect(svg).toMatch(/viewBox=/);
}

describe('npm pack: contents', () => {
	it('holds only dist/ (compiled JS, declarations, maps, codex JSON, SVG icons), package.json, README, LICENSE and the main stub', () => {
		const allowedTop = new Set(['package.json', 'README.md', 'LICENSE', pkg.main ?? 'index.js']);
		const stray = files.map((f) => f.path).filter((p) => !p.startsWith('dist/') && !allowedTop.has(p));
		expect(stray).toEqual([]);
		const distOther = files
			.map((f) => f.path)
			.filter((p) => p.startsWith('dist/') && !/\.(js|js\.map|d\.ts|json|svg|png)$/.test(p));
		expect(distOther).toEqual([]);
		expect(paths.has('LICENSE')).toBe(true);
		expect(paths.has('README.md')).toBe(true);
	});

	it('has no tests, sandbox, fixtures, scripts or TypeScript sources', () => {
		const leaked = files
			.map((f) => f.path)
			.filter((p) => /(^|\/)(test|tests|__tests__|sandbox|fixtures|scripts|examples|coverage)\//.test(p) || /\.test\.|\.spec\./.test(p) || (/\.ts$/.test(p) && !p.endsWith('.d.ts')));
		expect(leaked).toEqual([]);
		const sourceMapsWithSources = files
			.filter((f) => f.path.endsWith('.js.map'))
			.filter((f) => 'sourcesContent' in JSON.parse(readFileSync(join(unpacked, f.path), 'utf8')));
		expect(sourceMapsWithSources).toEqual([]);
	});

	it('has no runtime dependencies (n8n-workflow is a peer dependency)', () => {
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.optionalDependencies ?? {}).toEqual({});
		expect(pkg.bundleDependencies ?? pkg.bundledDependencies).toBeUndefined();
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		const packed = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as typeof pkg;
		expect(packed.dependencies ?? {}).toEqual({});
	});

	it('contains every node and credential named in the n8n section, and the community keyword', () => {
		expect(pkg.n8n.n8nNodesApiVersion).toBe(1);
		expect(pkg.n8n.nodes.length).toBeGreaterThan(0);
		expect(pkg.n8n.credentials.length).toBeGreaterThan(0);
		for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) expect([file, paths.has(file)]).toEqual([file, true]);
		expect((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { keywords: string[] }).keywords).toContain('n8n-community-node-package');
	});
});

describe('npm pack: nodes and credentials as n8n loads them', () => {
	it('every node has a codex file with categories and aliases, and light and dark SVG icons', () => {
		for (const file of pkg.n8n.nodes) {
			const codexPath = file.replace(/\.js$/, '.json');
			expect([codexPath, paths.has(codexPath)]).toEqual([codexPath, true]);
			const codex = JSON.parse(readFileSync(join(unpacked, codexPath), 'utf8')) as { node: string; categories: string[]; alias?: string[] };
			const node = instantiate<INodeType>(file);
			const description = node.description as INodeTypeDescription;
			expect(codex.node).toBe(`${pkg.name}.${description.name}`);
			expect(codex.categories.length).toBeGreaterThan(0);
			expect(codex.alias?.length ?? 0).toBeGreaterThan(0);
			const icons = iconFiles(file, description.icon);
			expectSvg(icons.light);
			expectSvg(icons.dark);
			expect(icons.light).not.toBe(icons.dark);
		}
	});

	it('the ClickSend action node is usable as an AI tool, with the codex categories and aliases users search for', () => {
		const file = pkg.n8n.nodes.find((f) => f.endsWith('/ClickSend.node.js'))!;
		expect(file).toBe('dist/nodes/ClickSend/ClickSend.node.js');
		expect(instantiate<INodeType>(file).description.usableAsTool).toBe(true);
		const codex = JSON.parse(readFileSync(join(unpacked, 'dist/nodes/ClickSend/ClickSend.node.json'), 'utf8')) as { categories: string[]; alias: string[] };
		expect(codex.categories).toContain('Communication');
		expect(codex.alias).toEqual(expect.arrayContaining(['SMS', 'MMS']));
	});

	it('every credential has an https documentationUrl, a test request and resolving icons', () => {
		for (const file of pkg.n8n.credentials) {
			const credential = instantiate<ICredentialType>(file);
			expect(credential.documentationUrl).toMatch(/^https:\/\//);
			expect(credential.test).toBeDefined();
			const icons = iconFiles(file, credential.icon);
			expectSvg(icons.light);
			expectSvg(icons.dark);
		}
	});
});

describe('n8n community package scanner rules on the unpacked tarball', () => {
	it('report no errors on the compiled .js and package.json (test/scan-package.mjs: the scanner\'s rule set, offline)', () => {
		let output: string;
		try {
			output = execFileSync(process.execPath, [join(__dirname, 'scan-package.mjs'), unpacked], { cwd: ROOT, encoding: 'utf8' });
		} catch (error) {
			output = String((error as { stdout?: string }).stdout ?? error);
		}
		const result = JSON.parse(output) as { files: number; rules: number; errors: string[] };
		expect(result.errors).toEqual([]);
		expect(result.files).toBeGreaterThan(10);
		// package.json was linted with the community rule set (package-name, peer-dependency rules, ...).
		expect(result.rules).toBeGreaterThan(10);
	}, 60_000);
});
