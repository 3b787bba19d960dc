/**
 * Event fields both triggers emit as ClickSend sends them: the keys a voice recipient pressed
 * (`digits`) keep their zeros; the inbound SMS sender in `sms` keeps its "+" in a form push.
 */
import { request } from 'undici';

import { ClickSendPollTrigger } from '../nodes/ClickSendPollTrigger/ClickSendPollTrigger.node';
import { ClickSendTrigger, SECRET_PARAMETER } from '../nodes/ClickSendTrigger/ClickSendTrigger.node';
import { registerNodeType } from './harness/node-types';
import { runPoll, triggerWorkflow, WebhookTriggerHarness } from './harness/triggers';
import { basicAuth, useSandbox } from './helpers/sandbox';
import { clickSendForm } from './sandbox/routes/automations';

const WEBHOOK = 'n8n-nodes-clicksend.clickSendTrigger';
const POLL = 'n8n-nodes-clicksend.clickSendPollTrigger';
registerNodeType(WEBHOOK, new ClickSendTrigger());
registerNodeType(POLL, new ClickSendPollTrigger());
const cs = useSandbox();

async function injectVoiceReceipt(body: Record<string, unknown>) {
	const response = await request(`${cs.sandbox.url}/voice/receipts`, {
		method: 'POST',
		headers: { authorization: basicAuth(), 'content-type': 'application/json' },
		body: JSON.stringify({ url: 'poll', status_code: '201', ...body }),
	});
	expect(response.statusCode).toBe(200);
	await response.body.text();
}

const timestamp = String(Math.floor(Date.now() / 1000) - 30);

test('webhook: a voice receipt keeps the pressed keys "0123" as entered', async () => {
	const h = new WebhookTriggerHarness(WEBHOOK, { event: 'voiceReceipt' }, cs.credentials());
	await h.listen();
	try {
		await h.activate('production');
		await injectVoiceReceipt({ message_id: 'V-1', digits: '0123', timestamp });
		await h.settled();
		expect(h.executions).toHaveLength(1);
		expect(h.executions[0][0].json.digits).toBe('0123');
	} finally {
		await h.close();
	}
});

test('poll: a voice receipt keeps the pressed keys "007" as entered', async () => {
	const workflow = triggerWorkflow(POLL, { event: 'voiceReceipt' });
	const credentials = cs.credentials();
	await runPoll(workflow, credentials); // baseline
	await injectVoiceReceipt({ message_id: 'V-2', digits: '007', timestamp });
	const result = await runPoll(workflow, credentials);
	expect(result.items).toHaveLength(1);
	expect(result.items[0].json.digits).toBe('007');
});

test('the `sms` (sender) field of a form push keeps its "+"', async () => {
	const h = new WebhookTriggerHarness(WEBHOOK, { event: 'inboundSms' }, cs.credentials());
	await h.listen();
	try {
		await h.activate('production');
		const url = `${h.webhookUrl('production')}?${SECRET_PARAMETER}=${String(h.staticData.webhookSecret)}`;
		const payload = { timestamp: '1700000000', from: '+61411111111', sms: '+61411111111', to: '+61422222222', body: 'Hi', message_id: 'S-1', originalsenderid: '+61422222222' };
		// Form-encoded as ClickSend sends it ("+" left unencoded), the sandbox's own encoder.
		const response = await request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: clickSendForm(payload) });
		expect(response.statusCode).toBe(200);
		await response.body.text();
		await h.settled();
		const item = h.executions[0][0].json;
		expect(item.from).toBe('+61411111111');
		expect(item.sms).toBe('+61411111111');
	} finally {
		await h.close();
	}
});
