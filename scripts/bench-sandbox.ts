/**
 * Benchmark helper: runs the ClickSend sandbox in its own process (so its CPU and memory are
 * measured apart from n8n's engine) and answers the orchestrator over IPC:
 * `reset`, `seed <rows>` (SMS history rows), `stats` (requests received, CPU ms, RSS bytes).
 */
import { startSandbox } from '../test/sandbox';

type Command = { id: number; cmd: 'reset' | 'seed' | 'stats'; rows?: number };

async function main() {
	const sandbox = await startSandbox({ recordRequests: false });
	const send = (message: unknown) => process.send?.(message);
	process.on('message', (message: Command) => {
		if (message.cmd === 'reset') sandbox.reset();
		if (message.cmd === 'seed') sandbox.state.seedHistory(message.rows ?? 0);
		const cpu = process.cpuUsage();
		send({ id: message.id, requests: sandbox.stats.requests, cpuMs: (cpu.user + cpu.system) / 1000, rss: process.memoryUsage().rss });
	});
	process.on('disconnect', () => void sandbox.close().then(() => process.exit(0)));
	send({ ready: true, url: sandbox.url });
}

void main();
