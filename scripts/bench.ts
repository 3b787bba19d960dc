/**
 * `npm run bench`: bulk-send and Return All benchmarks through n8n's engine against the sandbox
 * on loopback (not a test: it prints figures). The sandbox runs in its own process; each scenario
 * runs in a fresh worker process (scripts/bench-worker.ts) so its peak RSS is its own.
 *
 * Per N (default 1,000 / 10,000 / 100,000; `--sizes 1000,10000` to choose):
 *   (a) batched send (Batch Size 1000), (b) per-item send (Batch Size 1), (c) floor: bare undici
 *   client posting the same JSON batches. Prints requests, wall seconds, messages/s, peak RSS,
 *   (b)/(a) and (a)/(c), and the sandbox's CPU time (to show it is not the bottleneck).
 *   Wall time (median of 3), requests and sandbox CPU (per run) are of warm runs (after a first full
 *   run, as a running n8n keeps its code compiled); the first run's wall time is printed too, and peak RSS is the
 *   process's after that first run (see bench-worker.ts). Per-item sends warm up on 2,000 items.
 * Return All over 10,000 and 100,000 seeded history rows (`--rows` to choose): requests
 * (= ceil(rows/100)), wall seconds, peak RSS.
 */
import Table from 'cli-table3';

/** No colours when the output is not a terminal (logs, pipes) or NO_COLOR is set. */
const plainStyle = () => (process.stdout.isTTY && !process.env.NO_COLOR ? undefined : { head: [], border: [] });
import { fork, type ChildProcess } from 'child_process';
import { cpus, totalmem } from 'os';
import { join } from 'path';

type Stats = { requests: number; cpuMs: number; rss: number };
/** One scenario's figures: the timed (warm) run, the first full (cold) run, and the sandbox's counters around the timed run. */
type Run = { wallMs: number; coldWallMs: number; peakRss: number; items: number; runs: number; requests: number; sandboxCpuMs: number };

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

/**
 * Runs one scenario in a fresh worker process (scripts/bench-worker.ts). The worker announces its
 * timed run over IPC; the sandbox's request count and CPU time are read right before and after it,
 * so warm-up runs are not counted.
 */
function runWorker(scenario: string, n: number, sandbox: { url: string; ask: (cmd: string) => Promise<Stats> }): Promise<Run> {
	const child = fork(join(__dirname, 'bench-worker.ts'), [scenario, String(n), sandbox.url], {
		execArgv: [...tsNode, '--max-old-space-size=8192', '--expose-gc'],
		env,
	});
	return new Promise((resolve, reject) => {
		let before: Stats | undefined;
		child.on('message', (message: { checkpoint?: string; result?: Omit<Run, 'requests' | 'sandboxCpuMs'> }) => {
			if (message.checkpoint) {
				void sandbox.ask('stats').then((stats) => {
					before = stats;
					child.send({ go: true });
				});
			} else if (message.result) {
				const result = message.result;
				void sandbox.ask('stats').then((after) =>
					// Per timed run (a fraction here would show runs that made different numbers of requests).
					resolve({
						...result,
						requests: (after.requests - before!.requests) / result.runs,
						sandboxCpuMs: (after.cpuMs - before!.cpuMs) / result.runs,
					}),
				);
			}
		});
		child.on('exit', (code) => {
			if (code !== 0) reject(new Error(`bench worker ${scenario} ${n} exited with ${code}`));
		});
	});
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
		await sandbox.ask('reset');
		return await runWorker(scenario, n, sandbox);
	};

	const sends = new Table({
		style: plainStyle(),
		head: ['N', 'mode', 'requests', 'wall s', 'messages/s', 'first run s', 'peak RSS', 'sandbox CPU s', '(b)/(a)', '(a)/(c)'],
	});
	const peaks: Array<[number, number]> = [];
	for (const n of sizes) {
		const a = await measure('batched', n);
		const b = await measure('perItem', n);
		const c = await measure('floor', n);
		peaks.push([n, a.peakRss]);
		if (a.items !== n || b.items !== n || c.items !== n) throw new Error(`item count mismatch at N=${n}: ${a.items}/${b.items}/${c.items}`);
		sends.push(
			[n.toLocaleString('en-US'), '(a) batched', a.requests, s(a.wallMs), rate(n, a.wallMs), s(a.coldWallMs), mb(a.peakRss), s(a.sandboxCpuMs), (b.wallMs / a.wallMs).toFixed(1) + '×', (a.wallMs / c.wallMs).toFixed(2) + '×'],
			['', '(b) per item', b.requests, s(b.wallMs), rate(n, b.wallMs), '(warmed on 2,000)', mb(b.peakRss), s(b.sandboxCpuMs), '', ''],
			['', '(c) bare client', c.requests, s(c.wallMs), rate(n, c.wallMs), s(c.coldWallMs), mb(c.peakRss), s(c.sandboxCpuMs), '', ''],
		);
		console.log(`N=${n}: batched ${a.requests} requests in ${s(a.wallMs)} s (expected ${Math.ceil(n / 1000)})`);
	}
	console.log(sends.toString());
	if (peaks.length > 1) {
		const [first, last] = [peaks[0], peaks[peaks.length - 1]];
		console.log(`Batched peak RSS growth: ${Math.round((last[1] - first[1]) / (last[0] - first[0])).toLocaleString('en-US')} bytes per item (${first[0]}→${last[0]} items)\n`);
	}

	const lists = new Table({
		style: plainStyle(),
		head: ['history rows', 'requests', 'expected ceil(rows/100)', 'wall s', 'rows/s', 'first run s', 'peak RSS', 'sandbox CPU s'],
	});
	for (const rows of rowCounts) {
		await sandbox.ask('reset');
		await sandbox.ask('seed', rows);
		const run = await runWorker('returnAll', rows, sandbox);
		if (run.items !== rows) throw new Error(`Return All returned ${run.items} of ${rows} rows`);
		lists.push([rows.toLocaleString('en-US'), run.requests, Math.ceil(rows / 100), s(run.wallMs), rate(rows, run.wallMs), s(run.coldWallMs), mb(run.peakRss), s(run.sandboxCpuMs)]);
	}
	console.log(lists.toString());
	sandbox.child.disconnect();
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
