/**
 * `npm run bench`: bulk-send and Return All benchmarks through n8n's engine against the sandbox
 * on loopback (not a test: it prints figures). The sandbox runs in its own process; each scenario
 * runs in a fresh worker process (scripts/bench-worker.ts) so its peak RSS is its own.
 *
 * Per N (default 1,000 / 10,000 / 100,000; `--sizes 1000,10000` to choose):
 *   (a) batched send (Batch Size 1000), (b) per-item send (Batch Size 1), (c) floor: bare undici
 *   client posting the same JSON batches. Prints requests, wall seconds, messages/s, peak RSS,
 *   (b)/(a) and (a)/(c), and the sandbox's CPU time (to show it is not the bottleneck).
 * Return All over 10,000 and 100,000 seeded history rows (`--rows` to choose): requests
 * (= ceil(rows/100)), wall seconds, peak RSS.
 */
import Table from 'cli-table3';

/** No colours when the output is not a terminal (logs, pipes) or NO_COLOR is set. */
const plainStyle = () => (process.stdout.isTTY && !process.env.NO_COLOR ? undefined : { head: [], border: [] });
import { execFileSync, fork, type ChildProcess } from 'child_process';
import { cpus, totalmem } from 'os';
import { join } from 'path';

type Stats = { requests: number; cpuMs: number; rss: number };
type Run = { wallMs: number; peakRss: number; items: number; warmupRequests: number };

function arg(name: string, fallback: number[]): number[] {
	const index = process.argv.indexOf(`--${name}`);
	return index > 0 ? process.argv[index + 1].split(',').map(Number) : fallback;
}

const tsNode = ['-r', 'ts-node/register/transpile-only'];
const env = { ...process.env, TS_NODE_PREFER_TS_EXTS: 'true', TS_NODE_TRANSPILE_ONLY: 'true' };

function startSandbox(): Promise<{ child: ChildProcess; url: string; ask: (cmd: string, rows?: number) => Promise<Stats> }> {
	const child = fork(join(__dirname, 'bench-sandbox.ts'), [], { execArgv: tsNode, env });
	let nextId = 0;
	const waiting = new Map<number, (stats: Stats) => void>();
	return new Promise((resolve) => {
		child.on('message', (message: { ready?: boolean; url?: string; id?: number } & Stats) => {
			if (message.ready) {
				resolve({
					child,
					url: message.url!,
					ask: (cmd, rows) =>
						new Promise((done) => {
							const id = ++nextId;
							waiting.set(id, done);
							child.send({ id, cmd, rows });
						}),
				});
			} else if (message.id !== undefined) {
				waiting.get(message.id)?.(message);
				waiting.delete(message.id);
			}
		});
	});
}

function runWorker(scenario: string, n: number, url: string): Run {
	const out = execFileSync(process.execPath, [...tsNode, '--max-old-space-size=8192', join(__dirname, 'bench-worker.ts'), scenario, String(n), url], {
		env,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return JSON.parse(out.trim().split('\n').pop()!) as Run;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => (ms / 1000).toFixed(2);
const rate = (items: number, ms: number) => Math.round(items / (ms / 1000)).toLocaleString('en-US');

async function main() {
	const sizes = arg('sizes', [1000, 10000, 100000]);
	const rowCounts = arg('rows', [10000, 100000]);
	const sandbox = await startSandbox();
	console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${mb(totalmem())} RAM, Node ${process.version}`);
	console.log(`Sandbox: ${sandbox.url} (own process)\n`);

	const measure = async (scenario: string, n: number) => {
		const before = await sandbox.ask('reset');
		const run = runWorker(scenario, n, sandbox.url);
		const after = await sandbox.ask('stats');
		return { ...run, requests: after.requests - run.warmupRequests, sandboxCpuMs: after.cpuMs - before.cpuMs, sandboxRss: after.rss };
	};

	const sends = new Table({
		style: plainStyle(),
		head: ['N', 'mode', 'requests', 'wall s', 'messages/s', 'peak RSS', 'sandbox CPU s', '(b)/(a)', '(a)/(c)'],
	});
	const peaks: Array<[number, number]> = [];
	for (const n of sizes) {
		const a = await measure('batched', n);
		const b = await measure('perItem', n);
		const c = await measure('floor', n);
		peaks.push([n, a.peakRss]);
		if (a.items !== n || b.items !== n || c.items !== n) throw new Error(`item count mismatch at N=${n}: ${a.items}/${b.items}/${c.items}`);
		sends.push(
			[n.toLocaleString('en-US'), '(a) batched', a.requests, s(a.wallMs), rate(n, a.wallMs), mb(a.peakRss), s(a.sandboxCpuMs), (b.wallMs / a.wallMs).toFixed(1) + '×', (a.wallMs / c.wallMs).toFixed(2) + '×'],
			['', '(b) per item', b.requests, s(b.wallMs), rate(n, b.wallMs), mb(b.peakRss), s(b.sandboxCpuMs), '', ''],
			['', '(c) bare client', c.requests, s(c.wallMs), rate(n, c.wallMs), mb(c.peakRss), s(c.sandboxCpuMs), '', ''],
		);
		console.log(`N=${n}: batched ${a.requests} requests in ${s(a.wallMs)} s (expected ${Math.ceil(n / 1000)})`);
	}
	console.log(sends.toString());
	if (peaks.length > 1) {
		const [first, last] = [peaks[0], peaks[peaks.length - 1]];
		console.log(`Batched peak RSS growth: ${Math.round((last[1] - first[1]) / (last[0] - first[0])).toLocaleString('en-US')} bytes per item (${first[0]}→${last[0]} items)\n`);
	}

	const lists = new Table({ style: plainStyle(), head: ['history rows', 'requests', 'expected ceil(rows/100)', 'wall s', 'rows/s', 'peak RSS', 'sandbox CPU s'] });
	for (const rows of rowCounts) {
		await sandbox.ask('reset');
		await sandbox.ask('seed', rows);
		const before = await sandbox.ask('stats');
		const run = runWorker('returnAll', rows, sandbox.url);
		const after = await sandbox.ask('stats');
		if (run.items !== rows) throw new Error(`Return All returned ${run.items} of ${rows} rows`);
		lists.push([rows.toLocaleString('en-US'), after.requests - before.requests - run.warmupRequests, Math.ceil(rows / 100), s(run.wallMs), rate(rows, run.wallMs), mb(run.peakRss), s(after.cpuMs - before.cpuMs)]);
	}
	console.log(lists.toString());
	sandbox.child.disconnect();
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
