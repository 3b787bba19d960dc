/**
 * A throwaway n8n 2.41.1 instance for the end-to-end tests: its own user folder with the packed
 * package unpacked under `.n8n/nodes/node_modules/n8n-nodes-clicksend` (where n8n loads community
 * packages that users install), a fixed encryption key, telemetry, templates, version notifications
 * and personalization off. CLI commands (`import:*`, `execute`) and the server (`n8n start` on
 * 127.0.0.1, a free port) run on Node 24 from the host folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { N8N_BIN, NODE24, node24Env } from './host';

/** Fixed key: imported credentials are encrypted with it. */
export const ENCRYPTION_KEY = 'clicksend-e2e-fixed-encryption-key-0001';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** What an n8n CLI command printed. */
export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** One n8n user folder with the package installed. */
export class N8nFolder {
	readonly folder: string;

	private constructor(folder: string) {
		this.folder = folder;
	}

	/** Creates the folder and installs the tarball the way users get it. */
	static create(tgz: string): N8nFolder {
		const folder = mkdtempSync(join(tmpdir(), 'n8n-e2e-'));
		const target = join(folder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-clicksend');
		mkdirSync(target, { recursive: true });
		const untar = spawnSync('tar', ['-xzf', tgz, '-C', target, '--strip-components=1']);
		if (untar.status !== 0) throw new Error(`tar failed: ${String(untar.stderr)}`);
		return new N8nFolder(folder);
	}

	/** Environment of every n8n process of this folder. */
	env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
		const env = node24Env({
			// jest sets NODE_ENV=test (and JEST_WORKER_ID), with which n8n's CLI commands do nothing.
			NODE_ENV: 'production',
			N8N_USER_FOLDER: this.folder,
			N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'console',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_SECURE_COOKIE: 'false',
			NO_COLOR: '1',
			...extra,
		});
		delete env.JEST_WORKER_ID;
		return env;
	}

	/**
	 * Runs `n8n <args>` asynchronously (the sandbox answers from this same process, so never
	 * spawnSync); each call gets its own task-runner broker port, so commands never collide.
	 */
	async cli(args: string[], timeoutMs = 180_000): Promise<CliResult> {
		const brokerPort = await freePort();
		const child = spawn(NODE24, [N8N_BIN, ...args], {
			cwd: this.folder,
			env: this.env({ N8N_RUNNERS_BROKER_PORT: String(brokerPort) }),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		const status = await new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
		clearTimeout(timer);
		return { status, stdout, stderr };
	}

	/** `n8n import:credentials` / `import:workflow` from a JSON value written to a file; throws on failure. */
	async import(kind: 'credentials' | 'workflow', data: unknown): Promise<void> {
		const file = join(this.folder, `import-${kind}-${Date.now()}.json`);
		writeFileSync(file, JSON.stringify(data));
		const result = await this.cli([`import:${kind}`, `--input=${file}`]);
		if (result.status !== 0 || !/Successfully imported/.test(result.stdout + result.stderr))
			throw new Error(`n8n import:${kind} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
	}

	/** `n8n execute --id <id> --rawOutput`: the run's JSON (the last top-level object printed). */
	async execute(id: string): Promise<{ cli: CliResult; run?: ExecuteRun }> {
		const cli = await this.cli(['execute', `--id=${id}`, '--rawOutput']);
		return { cli, run: parseExecuteOutput(cli.stdout) };
	}

	/** Starts `n8n start` on 127.0.0.1 and resolves once /healthz/readiness answers 200. */
	async start(): Promise<N8nServer> {
		const port = await freePort();
		const brokerPort = await freePort();
		const url = `http://127.0.0.1:${port}`;
		const child = spawn(NODE24, [N8N_BIN, 'start'], {
			cwd: this.folder,
			env: this.env({
				N8N_PORT: String(port),
				N8N_LISTEN_ADDRESS: '127.0.0.1',
				N8N_HOST: '127.0.0.1',
				N8N_PROTOCOL: 'http',
				N8N_EDITOR_BASE_URL: `${url}/`,
				WEBHOOK_URL: `${url}/`,
				N8N_RUNNERS_BROKER_PORT: String(brokerPort),
				N8N_PUBLIC_API_DISABLED: 'false',
				N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
			}),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
		const deadline = Date.now() + 180_000;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) throw new Error(`n8n start exited (${child.exitCode}):\n${log}`);
			try {
				const res = await fetch(`${url}/healthz/readiness`);
				if (res.status === 200) return new N8nServer(url, child, () => log);
			} catch {
				// not listening yet
			}
			await new Promise((r) => setTimeout(r, 500));
		}
		child.kill('SIGKILL');
		throw new Error(`n8n start was not ready within 180 s:\n${log}`);
	}
}

/** The JSON `n8n execute --rawOutput` prints (an IRun). */
export interface ExecuteRun {
	status?: string;
	finished?: boolean;
	data: {
		resultData: {
			error?: { message: string; description?: string };
			runData: Record<string, Array<{ executionStatus?: string; data?: { main: Array<Array<{ json: Record<string, any>; pairedItem?: unknown }>> } }>>;
		};
	};
}

/**
 * `n8n execute --rawOutput` prints the task runner's log lines, then the run as pretty JSON
 * starting with a `{` line of its own: parse from the last such line that yields valid JSON.
 */
export function parseExecuteOutput(stdout: string): ExecuteRun | undefined {
	const lines = stdout.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i] !== '{') continue;
		// The object ends at a `}` line of its own; n8n may log after it (its task runner registering,
		// seen in CI: "Registered runner …"), so try each such line, last first.
		for (let j = lines.length - 1; j > i; j--) {
			if (lines[j] !== '}') continue;
			try {
				return JSON.parse(lines.slice(i, j + 1).join('\n')) as ExecuteRun;
			} catch {
				// a `{` or `}` inside a log line's payload; keep looking
			}
		}
	}
	return undefined;
}

/** Output items of a node's last run (main output `index`). */
export function nodeOutput(run: ExecuteRun, node: string, index = 0): Array<Record<string, any>> {
	const runs = run.data.resultData.runData[node] ?? [];
	return (runs[runs.length - 1]?.data?.main?.[index] ?? []).map((item) => item.json);
}

/** A running `n8n start`, with an owner session for /rest and an API key for /api/v1. */
export class N8nServer {
	cookie = '';
	apiKey = '';

	constructor(
		readonly url: string,
		private readonly child: ChildProcess,
		readonly log: () => string,
	) {}

	/** Owner account (POST /rest/owner/setup), then an API key with every scope (POST /rest/api-keys). */
	async setUpOwner(email: string, password: string): Promise<void> {
		const res = await fetch(`${this.url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ email, password, firstName: 'E2E', lastName: 'Owner' }),
		});
		if (res.status !== 200) throw new Error(`owner setup: HTTP ${res.status} ${await res.text()}`);
		const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('n8n-auth='));
		if (!setCookie) throw new Error('owner setup returned no n8n-auth cookie');
		this.cookie = setCookie.split(';')[0];
		const scopes = (await this.rest<string[]>('GET', '/rest/api-keys/scopes')) ?? [];
		const key = await this.rest<{ rawApiKey: string }>('POST', '/rest/api-keys', { label: 'e2e', scopes, expiresAt: null });
		this.apiKey = key.rawApiKey;
	}

	/** n8n's internal REST API as the logged-in owner; returns `data`. */
	async rest<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		const res = await fetch(`${this.url}${path}`, {
			method,
			headers: { cookie: this.cookie, 'content-type': 'application/json', 'browser-id': 'e2e' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (res.status >= 300) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
		return (JSON.parse(text) as { data: T }).data;
	}

	/** n8n's public API (/api/v1) with the API key. */
	async api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		const res = await fetch(`${this.url}/api/v1${path}`, {
			method,
			headers: { 'X-N8N-API-KEY': this.apiKey, 'content-type': 'application/json', accept: 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (res.status >= 300) throw new Error(`${method} /api/v1${path}: HTTP ${res.status} ${text}`);
		return JSON.parse(text) as T;
	}

	/** SIGTERM, then SIGKILL after 15 s. */
	async stop(): Promise<void> {
		if (this.child.exitCode !== null) return;
		const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
		this.child.kill('SIGTERM');
		const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
		await exited;
		clearTimeout(timer);
	}
}
