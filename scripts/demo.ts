/**
 * The main job (`npm run demo`): runs examples/sms-send.workflow.json (Manual Trigger → 3 CRM
 * contacts → ClickSend SMS Send) through n8n's engine and prints one row per sent message.
 * By default against the bundled ClickSend sandbox (started in-process on 127.0.0.1); with
 * CLICKSEND_USERNAME and CLICKSEND_API_KEY set, against the real ClickSend API (the workflow
 * uses ClickSend's free test numbers, so nothing is delivered or charged).
 */
import Table from 'cli-table3';

/** No colours when the output is not a terminal (logs, pipes) or NO_COLOR is set. */
const plainStyle = () => (process.stdout.isTTY && !process.env.NO_COLOR ? undefined : { head: [], border: [] });
import { readFileSync } from 'fs';
import { join } from 'path';

import { runWorkflow, type WorkflowFile } from '../test/harness/run';
import { SANDBOX_API_KEY, SANDBOX_USERNAME, startSandbox } from '../test/sandbox';

async function main() {
	const workflow = JSON.parse(readFileSync(join(__dirname, '..', 'examples', 'sms-send.workflow.json'), 'utf8')) as WorkflowFile;
	const real = Boolean(process.env.CLICKSEND_USERNAME && process.env.CLICKSEND_API_KEY);
	const sandbox = real ? undefined : await startSandbox();
	const credentials: Record<string, string> = real
		? { username: process.env.CLICKSEND_USERNAME!, apiKey: process.env.CLICKSEND_API_KEY! }
		: { username: SANDBOX_USERNAME, apiKey: SANDBOX_API_KEY, baseUrl: sandbox!.url };
	console.log(real ? 'ClickSend: real API (free test numbers)' : `ClickSend sandbox: ${sandbox!.url}`);
	try {
		const started = Date.now();
		const result = await runWorkflow(workflow, { credentials: { clickSendApi: credentials } });
		const items = result.output('Send SMS');
		const table = new Table({ style: plainStyle(), head: ['item', 'to', 'status', 'accepted', 'message_id', 'custom_string', 'parts', 'price'] });
		for (const item of items) {
			const pairedItem = Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem;
			const json = item.json;
			table.push([
				typeof pairedItem === 'object' ? pairedItem.item : '',
				String(json.to ?? ''),
				String(json.status ?? json.error ?? ''),
				String(json.accepted ?? ''),
				String(json.message_id ?? ''),
				String(json.custom_string ?? ''),
				String(json.message_parts ?? ''),
				String(json.message_price ?? ''),
			]);
		}
		console.log(table.toString());
		if (result.error) {
			console.error(`Workflow failed: ${result.error.message}${result.error.description ? `\n${result.error.description}` : ''}`);
			process.exitCode = 1;
		} else {
			console.log(`${items.length} messages sent through n8n's engine in ${Date.now() - started} ms.`);
		}
	} finally {
		await sandbox?.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
