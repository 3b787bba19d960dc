/**
 * The bench's settling rule, shared by the orchestrator (scripts/bench.ts) and each worker
 * (scripts/bench-worker.ts): untimed runs until V8 has settled, as in a running n8n that has run the
 * workflow many times. At most 20 runs, or until they have taken 2 s (wall ms of each run).
 */
export async function settle(run: () => Promise<{ wallMs: number }>): Promise<void> {
	for (let spent = 0, runs = 0; runs < 20 && spent < 2000; runs++) spent += (await run()).wallMs;
}
