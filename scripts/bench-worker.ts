/**
 * Benchmark helper: runs ONE scenario in a fresh process (so peak RSS belongs to it) and prints
 * its figures over IPC (see {@link main}). Scenarios:
 * - `batched N`: n8n engine, Manual Trigger → Code (N contacts) → ClickSend SMS Send (Batch Size 1000);
 * - `perItem N`: the same with Batch Size 1 (one request per item, what other ClickSend nodes do);
 * - `floor N`: no n8n: a bare undici client POSTs the same JSON batches of 1000 to the sandbox;
 * - `engine N`: n8n engine, the same workflow with No Operation in place of ClickSend (n8n's own share);
 * - `returnAll N`: n8n engine, ClickSend SMS Get Many with Return All over the seeded history.
 * Arguments: scenario, N, sandbox URL. Started by scripts/bench.ts with an IPC channel.
 */
// n8n's default log level (the harness's tests use "silent", with which n8n's logger still works
// out the caller of every debug call it then drops: a cost a default n8n does not pay).
process.env.N8N_LOG_LEVEL ??= 'info';
// A fixed key for the throwaway user folder, so n8n does not announce generating one.
process.env.N8N_ENCRYPTION_KEY ??= 'n8n-nodes-clicksend-bench';
import '../test/harness/env';

import type { INodeParameters } from 'n8n-workflow';
import { request } from 'undici';

import { runWorkflow, type WorkflowFile } from '../test/harness/run';
import { settle } from './bench-settle';
import { SANDBOX_API_KEY, SANDBOX_USERNAME } from '../test/sandbox';

const [scenario, nText, url] = process.argv.slice(2);
const n = Number(nText);
const credentials = { clickSendApi: { username: SANDBOX_USERNAME, apiKey: SANDBOX_API_KEY, baseUrl: url } };

const contactsCode = (count: number) =>
	`return Array.from({ length: ${count} }, (_, i) => ({ json: { phone: '+614' + String(10000000 + (i % 9000000)), name: 'Contact ' + i, ref: 'crm-' + i } }));`;

function workflow(parameters: INodeParameters, items: number | undefined, type = 'n8n-nodes-clicksend.clickSend'): WorkflowFile {
	const withItems = items !== undefined;
	const nodes: WorkflowFile['nodes'] = [
		{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: '3',
			name: 'ClickSend',
			type,
			typeVersion: 1,
			position: [400, 0],
			parameters,
			credentials: { clickSendApi: { id: '1', name: 'sandbox' } },
		},
	];
	if (withItems) nodes.push({ id: '2', name: 'Contacts', type: 'n8n-nodes-base.code', typeVersion: 2, position: [200, 0], parameters: { jsCode: contactsCode(items) } });
	return {
		nodes,
		connections: withItems
			? { Start: { main: [[{ node: 'Contacts', type: 'main', index: 0 }]] }, Contacts: { main: [[{ node: 'ClickSend', type: 'main', index: 0 }]] } }
			: { Start: { main: [[{ node: 'ClickSend', type: 'main', index: 0 }]] } },
	};
}

const send = (batchSize: number) => ({
	resource: 'sms',
	operation: 'send',
	to: '={{ $json.phone }}',
	body: '=Hi {{ $json.name }}, your order has shipped.',
	additionalFields: { customString: '={{ $json.ref }}' },
	batching: { batchSize },
});

async function floor(count = n): Promise<number> {
	const auth = `Basic ${Buffer.from(`${SANDBOX_USERNAME}:${SANDBOX_API_KEY}`).toString('base64')}`;
	let messages = 0;
	for (let start = 0; start < count; start += 1000) {
		const batch = [];
		for (let i = start; i < Math.min(count, start + 1000); i++) {
			batch.push({ to: `+614${10000000 + (i % 9000000)}`, body: `Hi Contact ${i}, your order has shipped.`, custom_string: `crm-${i}`, source: 'n8n' });
		}
		const response = await request(`${url}/sms/send`, {
			method: 'POST',
			headers: { authorization: auth, 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify({ messages: batch }),
		});
		const json = (await response.body.json()) as { data: { messages: unknown[] } };
		messages += json.data.messages.length;
	}
	return messages;
}

/**
 * One full run of the scenario (N items, or Return All over the seeded rows): wall ms, this
 * process's CPU ms (the client's own work, without the sandbox's) and output items.
 */
async function run(count = n): Promise<{ wallMs: number; cpuMs: number; items: number; maxRss: number }> {
	const cpu = process.cpuUsage();
	const started = process.hrtime.bigint();
	let items: number;
	if (scenario === 'floor') {
		items = await floor(count);
	} else if (scenario === 'engine') {
		// The same workflow with n8n's No Operation node in place of ClickSend: n8n's own work.
		const result = await runWorkflow(workflow({}, count, 'n8n-nodes-base.noOp'), { credentials });
		if (result.error) throw result.error;
		items = result.output('ClickSend').length;
	} else {
		const parameters =
			scenario === 'returnAll' ? { resource: 'sms', operation: 'getAll', returnAll: true } : send(scenario === 'perItem' ? 1 : 1000);
		const result = await runWorkflow(workflow(parameters, scenario === 'returnAll' ? undefined : count), { credentials });
		if (result.error) throw result.error;
		items = result.output('ClickSend').length;
	}
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	const used = process.cpuUsage(cpu);
	// maxRSS is in kilobytes: the peak resident set of this process so far.
	return { wallMs, cpuMs: (used.user + used.system) / 1000, items, maxRss: process.resourceUsage().maxRSS * 1024 };
}

/** Messages from the orchestrator: run one timed run, or finish. */
type Command = { run?: true; done?: true };

/**
 * 1. A small untimed warm-up (module loading). 2. The first full run ("cold"): its wall time, and
 * the process's peak RSS after it (the figure for memory: nothing bigger ran before), then more
 * untimed full runs (up to 20, or 2 s). Per-item sends skip these (they take ~2 ms per item) and
 * warm up on 2,000 items instead. Then it reports
 * `{ ready }` and waits. 3. Timed runs ("warm", as in a running n8n that keeps its code compiled
 * across executions), one per `{ run }` command (after a forced full garbage collection only when
 * the orchestrator's `--forced-gc` exposes `gc`), each answered with `{ timed: { wallMs, cpuMs, items } }`: the orchestrator decides how many, alternates them
 * with another scenario's, and reads the sandbox's counters around each. `{ done }` ends it.
 */
async function main() {
	const gc = (globalThis as { gc?: () => void }).gc;
	await run(scenario === 'perItem' ? Math.min(n, 2000) : Math.min(n, 20));
	let cold: Awaited<ReturnType<typeof run>> | undefined;
	if (scenario !== 'perItem') cold = await run();
	// maxRSS is in kilobytes: the peak resident set of this process so far.
	const peakRss = process.resourceUsage().maxRSS * 1024;
	// A running n8n has run the workflow many times: more untimed runs (up to 20, or 2 s) until V8 has
	// settled. Without them the first ~20 timed runs at 1,000 items were slower for n8n than for the
	// bare client (about 2.1× the floor, against 1.7–1.9× in the runs after them).
	if (cold) await settle(run);
	process.on('message', (command: Command) => {
		if (command.done) {
			process.disconnect();
			return;
		}
		gc?.();
		run().then(
			(timed) => process.send!({ timed }),
			(error) => {
				console.error(error);
				process.exit(1);
			},
		);
	});
	process.send!({ ready: { coldWallMs: cold?.wallMs, peakRss } });
}
main().catch((error) => {
	console.error(error);
	process.exit(1);
});
