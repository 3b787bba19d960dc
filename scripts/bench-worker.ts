/**
 * Benchmark helper: runs ONE scenario in a fresh process (so peak RSS belongs to it) and prints
 * one JSON line: `{ wallMs, peakRss, items }`. Scenarios:
 * - `batched N`: n8n engine, Manual Trigger → Code (N contacts) → ClickSend SMS Send (Batch Size 1000);
 * - `perItem N`: the same with Batch Size 1 (one request per item, what other ClickSend nodes do);
 * - `floor N`: no n8n: a bare undici client POSTs the same JSON batches of 1000 to the sandbox;
 * - `returnAll N`: n8n engine, ClickSend SMS Get Many with Return All over the seeded history.
 * Arguments: scenario, N, sandbox URL.
 */
import '../test/harness/env';

import type { INodeParameters } from 'n8n-workflow';
import { request } from 'undici';

import { runWorkflow, type WorkflowFile } from '../test/harness/run';
import { SANDBOX_API_KEY, SANDBOX_USERNAME } from '../test/sandbox';

const [scenario, nText, url] = process.argv.slice(2);
const n = Number(nText);
const credentials = { clickSendApi: { username: SANDBOX_USERNAME, apiKey: SANDBOX_API_KEY, baseUrl: url } };

const contactsCode = (count: number) =>
	`return Array.from({ length: ${count} }, (_, i) => ({ json: { phone: '+614' + String(10000000 + (i % 9000000)), name: 'Contact ' + i, ref: 'crm-' + i } }));`;

function workflow(parameters: INodeParameters, items: number | undefined): WorkflowFile {
	const withItems = items !== undefined;
	const nodes: WorkflowFile['nodes'] = [
		{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: '3',
			name: 'ClickSend',
			type: 'n8n-nodes-clicksend.clickSend',
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

async function floor(): Promise<number> {
	const auth = `Basic ${Buffer.from(`${SANDBOX_USERNAME}:${SANDBOX_API_KEY}`).toString('base64')}`;
	let messages = 0;
	for (let start = 0; start < n; start += 1000) {
		const batch = [];
		for (let i = start; i < Math.min(n, start + 1000); i++) {
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
 * One small run first, untimed, so module loading and JIT warm-up (paid once by a running n8n)
 * are not counted; it makes exactly one request, which the orchestrator subtracts.
 */
async function warmUp() {
	if (scenario === 'floor') {
		const auth = `Basic ${Buffer.from(`${SANDBOX_USERNAME}:${SANDBOX_API_KEY}`).toString('base64')}`;
		const response = await request(`${url}/account`, { headers: { authorization: auth } });
		await response.body.text();
		return;
	}
	const parameters = scenario === 'returnAll' ? { resource: 'sms', operation: 'getAll', returnAll: false, limit: 1 } : { ...send(1000), to: '+61411111111' };
	const result = await runWorkflow(workflow(parameters, scenario === 'returnAll' ? undefined : 20), { credentials });
	if (result.error) throw result.error;
}

async function main() {
	await warmUp();
	const started = process.hrtime.bigint();
	let items: number;
	if (scenario === 'floor') {
		items = await floor();
	} else {
		const parameters =
			scenario === 'returnAll' ? { resource: 'sms', operation: 'getAll', returnAll: true } : send(scenario === 'perItem' ? 1 : 1000);
		const result = await runWorkflow(workflow(parameters, scenario === 'returnAll' ? undefined : n), { credentials });
		if (result.error) throw result.error;
		items = result.output('ClickSend').length;
	}
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	// maxRSS is in kilobytes: the peak resident set of this process.
	console.log(JSON.stringify({ wallMs, peakRss: process.resourceUsage().maxRSS * 1024, items, warmupRequests: 1 }));
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
