import { request } from 'undici';

import { ClickSendTrigger, SECRET_PARAMETER } from '../nodes/ClickSendTrigger/ClickSendTrigger.node';
import { registerNodeType } from './harness/node-types';
import { WebhookTriggerHarness } from './harness/triggers';
import { basicAuth, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { deliveries, rulesOf, type RuleKindKey } from './sandbox/routes/automations';

const TYPE = 'n8n-nodes-clicksend.clickSendTrigger';
registerNodeType(TYPE, new ClickSendTrigger());

const cs = useSandbox();
let harness: WebhookTriggerHarness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

async function start(parameters: Record<string, unknown> = { event: 'inboundSms' }) {
	harness = new WebhookTriggerHarness(TYPE, parameters as never, cs.credentials());
	await harness.listen();
	return harness;
}

/** Calls the sandbox as a ClickSend client would (Basic auth, JSON). */
async function api(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) {
	const response = await request(`${cs.sandbox.url}${path}`, {
		method,
		headers: { authorization: basicAuth(), 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.statusCode, body: (await response.body.json()) as { data: Record<string, unknown> } };
}

const userId = () => cs.sandbox.state.account('sandbox').user_id;
const rules = (kind: RuleKindKey = 'inboundSms') => rulesOf(cs.sandbox.state, kind, userId());
const stored = (h: WebhookTriggerHarness) => h.staticData.rules as Record<string, { id: string; url: string; path: string }>;

const inbound = { url: 'poll', message_id: 'A1B2C3D4-0000-4000-8000-000000000001', original_message_id: 'B1B2C3D4-0000-4000-8000-000000000002', custom_string: 'crm-42', from: '+61411111111', to: '+61422222222', body: 'Hello n8n', timestamp: '1700000000' };

/** Injects one inbound SMS with ClickSend's test endpoint and waits for the workflow it started. */
async function injectInbound(h: WebhookTriggerHarness, overrides: Record<string, unknown> = {}) {
	const result = await api('POST', '/sms/inbound', { ...inbound, ...overrides });
	expect(result.status).toBe(200);
	await h.settled();
}

describe('ClickSend Trigger: webhook methods', () => {
	test('activation creates one inbound SMS rule pointing at the webhook URL with the secret', async () => {
		const h = await start({ event: 'inboundSms' });
		await h.activate('production');

		const creates = cs.requests('/automations/sms/inbound').filter((r) => r.method === 'POST');
		expect(creates).toHaveLength(1);
		const secret = h.staticData.webhookSecret as string;
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		const url = `${h.webhookUrl('production')}?${SECRET_PARAMETER}=${secret}`;
		expect(creates[0].body).toEqual({
			rule_name: 'n8n ClickSend trigger test · Trigger',
			action: 'URL',
			action_address: url,
			enabled: 1,
			dedicated_number: '*',
			message_search_type: 0,
			message_search_term: '',
		});
		// The spec types dedicated_number as a number on create, yet its own examples (and ClickSend) use "+61298441484" / "*".
		expectValidBody(creates[0], ['/dedicated_number']);
		expect(rules()).toHaveLength(1);
		expect(rules()[0]).toMatchObject({ action: 'URL', action_address: url, enabled: 1 });
		expect(stored(h).production).toEqual({ id: String(rules()[0].inbound_rule_id), path: '/automations/sms/inbound', url, event: 'inboundSms' });
		// The second webhook (GET) found the rule through checkExists: no second rule.
		expect(await h.checkExists('production')).toBe(true);
	});

	test.each([
		['inboundSms', '/automations/sms/inbound', { dedicated_number: '+61411111111', message_search_type: 2, message_search_term: 'STOP' }, { dedicatedNumber: '+61411111111', messageSearchType: 2, messageSearchTerm: ' STOP ' }],
		['smsReceipt', '/automations/sms/receipts', { match_type: 1 }, { matchType: 1 }],
		['voiceReceipt', '/automations/voice/receipts', { match_type: 0 }, {}],
		['inboundFax', '/automations/fax/inbound', { dedicated_number: '*' }, {}],
		['faxReceipt', '/automations/fax/receipts', { match_type: 2 }, { matchType: 2 }],
		['emailReceipt', '/automations/email/receipt', { match_type: 0 }, {}],
	])('event %s creates its rule at %s with its filters', async (event, path, filters, parameters) => {
		const h = await start({ event, ...parameters, options: { payloadFormat: 'json' } });
		await h.activate('production');
		const creates = cs.requests(path).filter((r) => r.method === 'POST');
		expect(creates).toHaveLength(1);
		expect(creates[0].body).toEqual({ rule_name: expect.any(String), action: 'URL', action_address: expect.stringContaining(SECRET_PARAMETER), enabled: 1, webhook_type: 'json', ...filters });
		expectValidBody(creates[0], ['/dedicated_number']);
		expect(stored(h).production.path).toBe(path);
	});

	test('test and production URLs get two rules with distinct names; deactivation removes only ours', async () => {
		const foreign = await api('POST', '/automations/sms/inbound', {
			rule_name: 'Made in the dashboard',
			dedicated_number: '*',
			message_search_type: 0,
			message_search_term: '',
			action: 'EMAIL_USER',
			action_address: 'me@example.com',
			enabled: 1,
		});
		expect(foreign.status).toBe(200);
		const h = await start();
		await h.activate('production');
		await h.activate('test');
		expect(rules()).toHaveLength(3);
		const ours = rules().filter((r) => r.action === 'URL');
		expect(ours.map((r) => r.rule_name).sort()).toEqual(['n8n ClickSend trigger test · Trigger', 'n8n ClickSend trigger test · Trigger (test)']);
		expect(ours.map((r) => r.action_address)).toEqual([
			expect.stringContaining('/webhook/'),
			expect.stringContaining('/webhook-test/'),
		]);
		expect(stored(h).production.id).not.toBe(stored(h).test.id);

		await h.deactivate('test');
		expect(rules().map((r) => r.rule_name)).toEqual(['Made in the dashboard', 'n8n ClickSend trigger test · Trigger']);
		expect(stored(h).test).toBeUndefined();
		await h.deactivate('production');
		expect(rules().map((r) => r.rule_name)).toEqual(['Made in the dashboard']);
		expect(stored(h)).toEqual({});
		expect(cs.requests().filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
			`/automations/sms/inbound/${String(ours[1].inbound_rule_id)}`,
			`/automations/sms/inbound/${String(ours[0].inbound_rule_id)}`,
		]);
	});

	test.each([
		['404 (deleted in the dashboard)', undefined],
		['403', 403],
	])('deactivation succeeds when the rule is already gone: %s', async (_label, status) => {
		const h = await start();
		await h.activate('production');
		const id = stored(h).production.id;
		if (status) cs.sandbox.fault({ method: 'DELETE', path: `/automations/sms/inbound/${id}`, status, times: 2 });
		else expect((await api('DELETE', `/automations/sms/inbound/${id}`)).status).toBe(200);
		await expect(h.deactivate('production')).resolves.toBeUndefined();
		expect(stored(h).production).toBeUndefined();
	});

	test('checkExists is false when the URL moved, the rule was disabled or deleted; re-activation replaces our rule', async () => {
		const h = await start();
		await h.activate('production');
		const first = stored(h).production.id;
		rules()[0].enabled = 0;
		expect(await h.checkExists('production')).toBe(false);
		rules()[0].enabled = 1;
		expect(await h.checkExists('production')).toBe(true);
		h.setNode({ webhookId: 'c0ffee00-0000-4000-8000-000000000000' });
		expect(await h.checkExists('production')).toBe(false);
		await h.activate('production');
		expect(rules()).toHaveLength(1);
		expect(String(rules()[0].inbound_rule_id)).not.toBe(first);
		expect(rules()[0].action_address).toContain('/webhook/c0ffee00-0000-4000-8000-000000000000/webhook?');
		await api('DELETE', `/automations/sms/inbound/${stored(h).production.id}`);
		expect(await h.checkExists('production')).toBe(false);
	});

	test('the rule ID is read from whichever key ClickSend returns', async () => {
		const h = await start();
		cs.sandbox.fault({
			method: 'POST',
			path: '/automations/sms/inbound',
			status: 200,
			body: { http_code: 200, response_code: 'SUCCESS', response_msg: 'Your record has been added.', data: { sms_inbound_rule_id: 77, rule_name: 'x' } },
		});
		await h.activate('production');
		// The GET webhook's checkExists looked rule 77 up (unknown to the sandbox, so create replaced it): the ID came from sms_inbound_rule_id.
		expect(cs.requests('/automations/sms/inbound/77').map((r) => r.method)).toEqual(['GET', 'DELETE']);
	});

	test('an answer without a rule ID fails activation clearly and stores nothing', async () => {
		const h = await start();
		cs.sandbox.fault({
			method: 'POST',
			path: '/automations/sms/inbound',
			status: 200,
			body: { http_code: 200, response_code: 'SUCCESS', response_msg: 'Your record has been added.', data: { rule_name: 'x', enabled: 1 } },
		});
		await expect(h.activate('production')).rejects.toThrow('ClickSend created the inbound SMS rule but returned no rule ID');
		expect(stored(h).production).toBeUndefined();
	});

	test('a ClickSend error on create surfaces the shared error (message and code)', async () => {
		const h = await start();
		cs.sandbox.fault({ method: 'POST', path: '/automations/sms/inbound', status: 403, body: { http_code: 403, response_code: 'FORBIDDEN', response_msg: 'Not allowed.', data: null } });
		await expect(h.activate('production')).rejects.toThrow('ClickSend: Not allowed. [FORBIDDEN]');
	});
});

describe('ClickSend Trigger: webhook requests', () => {
	test('form, JSON and GET pushes of an inbound SMS produce the same item', async () => {
		const h = await start();
		await h.activate('production');
		const items = [];
		for (const format of ['post', 'json', 'get']) {
			rules()[0].webhook_type = format;
			await injectInbound(h);
			const last = h.executions[h.executions.length - 1];
			expect(last).toHaveLength(1);
			items.push(last[0].json);
		}
		expect(deliveries(cs.sandbox.state).map((d) => [d.method, d.contentType, d.status])).toEqual([
			['POST', 'application/x-www-form-urlencoded', 200],
			['POST', 'application/json', 200],
			['GET', undefined, 200],
		]);
		// ClickSend's form body leaves "+" unencoded: a form parser reads "from= 61411111111"; the item restores it.
		expect(deliveries(cs.sandbox.state)[0].body).toContain('from=+61411111111');
		const expected = {
			event: 'inboundSms',
			message_id: inbound.message_id,
			from: '+61411111111',
			to: '+61422222222',
			body: 'Hello n8n',
			timestamp: 1700000000,
			receivedAt: '2023-11-14T22:13:20.000Z',
			user_id: userId(),
			subaccount_id: userId(),
			_keyword: 'this',
		};
		for (const item of items) {
			expect(item).toMatchObject(expected);
			expect(item.raw).toMatchObject({ message_id: inbound.message_id, body: 'Hello n8n' });
			expect(item.raw).not.toHaveProperty(SECRET_PARAMETER);
		}
		const strip = ({ raw: _raw, ...rest }: Record<string, unknown>) => rest;
		expect(strip(items[1])).toEqual(strip(items[0]));
		expect(strip(items[2])).toEqual(strip(items[0]));
	});

	test('requests without the secret (or with a wrong one) get 401 and start nothing', async () => {
		const h = await start();
		await h.activate('production');
		const forged = [
			await request(h.webhookUrl('production'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(inbound) }),
			await request(`${h.webhookUrl('production')}?${SECRET_PARAMETER}=${'0'.repeat(64)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'from=%2B61400000000&body=hi' }),
			await request(`${h.webhookUrl('production')}?from=%2B61400000000&body=hi`, { method: 'GET' }),
		];
		for (const response of forged) {
			expect(response.statusCode).toBe(401);
			await response.body.text();
		}
		await h.settled();
		expect(h.executions).toHaveLength(0);
		expect(h.calls.map((c) => c.response.status)).toEqual([401, 401, 401]);
	});

	test('the registered URL answers 200 at once and starts one execution per push', async () => {
		const h = await start();
		await h.activate('production');
		await injectInbound(h, { message_id: 'M-1' });
		await injectInbound(h, { message_id: 'M-2' });
		expect(h.calls.map((c) => c.response)).toEqual([
			{ status: 200, body: { message: 'Workflow was started' } },
			{ status: 200, body: { message: 'Workflow was started' } },
		]);
		expect(h.executions.map((items) => items[0].json.message_id)).toEqual(['M-1', 'M-2']);
	});

	test("the webhook secret in the trigger's rule never reaches an action node's output (Get Many, Get)", async () => {
		const h = await start();
		await h.activate('production');
		const secret = String(h.staticData.webhookSecret);
		const list = await cs.run({ resource: 'inboundSmsRule', operation: 'getAll', returnAll: true });
		const [rule] = list.output('ClickSend');
		expect(rule.json.action_address).toMatch(/\?n8n_secret=\[redacted\]$/);
		const one = await cs.run({ resource: 'inboundSmsRule', operation: 'get', ruleId: { __rl: true, mode: 'id', value: String(rule.json.inbound_rule_id) } });
		expect(JSON.stringify([list.output('ClickSend'), one.output('ClickSend')])).not.toContain(secret);
		// The rule itself keeps it: ClickSend's pushes still start the workflow.
		await injectInbound(h, { message_id: 'M-after' });
		expect(h.executions).toHaveLength(1);
	});

	test('a keyword filter is applied by the rule: only matching messages start the workflow', async () => {
		const h = await start({ event: 'inboundSms', messageSearchType: 1, messageSearchTerm: 'stop' });
		await h.activate('production');
		await injectInbound(h, { body: 'STOP please', message_id: 'M-stop' });
		await injectInbound(h, { body: 'Hello', message_id: 'M-hello' });
		expect(h.executions.map((items) => items[0].json.message_id)).toEqual(['M-stop']);
	});

	test('filters set by expressions: Message Match and Reports by name, the dedicated number normalised', async () => {
		const h = await start({ event: 'inboundSms', messageSearchType: '={{ "Contains" }}', messageSearchTerm: 'stop', dedicatedNumber: '+61 (0)422 222 222' });
		await h.activate('production');
		expect(rules()[0]).toMatchObject({ message_search_type: 2, message_search_term: 'stop', dedicated_number: '+61422222222' });
		await injectInbound(h, { body: 'please STOP', message_id: 'M-stop' });
		await injectInbound(h, { body: 'Hello', message_id: 'M-hello' });
		expect(h.executions.map((items) => items[0].json.message_id)).toEqual(['M-stop']);
		await h.deactivate('production');
		await h.close();

		const receipts = await start({ event: 'smsReceipt', matchType: '={{ "only failed" }}' });
		await receipts.activate('production');
		expect(rules('smsReceipt')[0]).toMatchObject({ match_type: 1 });
	});

	test.each([
		[{ messageSearchType: '={{ "Matches" }}', messageSearchTerm: 'x' }, 'Invalid Message Match: must be one of 0 (Any Message)'],
		[{ messageSearchType: 2, messageSearchTerm: '={{ ["STOP", "END"] }}' }, 'Invalid Keyword: must be text, got a list'],
		[{ messageSearchType: 2, messageSearchTerm: ' ' }, 'Invalid Keyword: is empty'],
		[{ dedicatedNumber: 'my number' }, 'Invalid Dedicated Number: "my number" is not a phone number'],
	])('a bad filter fails the activation, naming the field, and creates no rule: %j', async (filters, message) => {
		const h = await start({ event: 'inboundSms', ...filters });
		await expect(h.activate('production')).rejects.toThrow(message);
		expect(rules()).toHaveLength(0);
	});

	test('SMS delivery receipts: status_code as a number, delivered/failed/final derived from it, Only Failed filter', async () => {
		const h = await start({ event: 'smsReceipt', matchType: 1 });
		await h.activate('production');
		for (const status_code of ['301', '201']) {
			await api('POST', '/sms/receipts', { url: 'poll', message_id: `R-${status_code}`, status_code, status_text: 'x', timestamp: '1700000100' });
			await h.settled();
		}
		expect(h.executions).toHaveLength(1);
		expect(h.executions[0][0].json).toMatchObject({
			event: 'smsReceipt',
			message_id: 'R-301',
			status_code: 301,
			timestamp: 1700000100,
			delivered: false,
			failed: true,
			final: true,
		});
	});

	test.each([
		['voiceReceipt', '/voice/receipts', { status_code: '201' }, { delivered: true, failed: false, final: true }],
		['faxReceipt', '/fax/receipts', { status_code: '200' }, { delivered: false, failed: false, final: false }],
		['emailReceipt', '/email/receipts', { status: 'Delivered' }, { delivered: true, failed: false, final: true }],
		['inboundFax', '/fax/inbound', { from: '+61261111111' }, {}],
	])('%s: an event injected at %s reaches the workflow', async (event, path, fields, outcome) => {
		const h = await start({ event });
		await h.activate('production');
		expect((await api('POST', path, { url: 'poll', message_id: 'E-1', timestamp: '1700000200', ...fields })).status).toBe(200);
		await h.settled();
		expect(h.executions).toHaveLength(1);
		expect(h.executions[0][0].json).toMatchObject({ event, message_id: 'E-1', timestamp: 1700000200, receivedAt: '2023-11-14T22:16:40.000Z', ...outcome });
	});
});
