/**
 * ClickSend Trigger's rules across activations. A failed activation must not leave a rule behind
 * that pushes every event a second time: n8n saves the trigger's static data only after every
 * webhook of the workflow was created, and when activation fails after create() it rolls back from
 * the database's static data, which has no rule ID (emulated below by swapping the harness's
 * workflow for one built from the last saved static data). So create() first deletes rules this
 * node registered but lost track of; rules the user made are kept, and a failed lookup never stops
 * the activation.
 */
import { request } from 'undici';

import { RETRY_POLICY } from '../nodes/ClickSend/shared/transport';
import { ClickSendTrigger } from '../nodes/ClickSendTrigger/ClickSendTrigger.node';
import { registerNodeType } from './harness/node-types';
import { triggerWorkflow, WebhookTriggerHarness } from './harness/triggers';
import { basicAuth, useSandbox } from './helpers/sandbox';
import { ruleStore, rulesOf } from './sandbox/routes/automations';

const TYPE = 'n8n-nodes-clicksend.clickSendTrigger';
registerNodeType(TYPE, new ClickSendTrigger());
const cs = useSandbox();
const saved = { ...RETRY_POLICY };
beforeAll(() => Object.assign(RETRY_POLICY, { baseDelayMs: 1, maxDelayMs: 5 }));
afterAll(() => Object.assign(RETRY_POLICY, saved));

const parameters = { event: 'inboundSms' };
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** The account's inbound SMS rules in the sandbox. */
const inboundRules = () => rulesOf(cs.sandbox.state, 'inboundSms', cs.sandbox.state.account('sandbox').user_id);

/** Runs `test` with a listening webhook trigger harness for inbound SMS, closed afterwards. */
async function withTrigger(test: (h: WebhookTriggerHarness) => Promise<void>): Promise<void> {
	const h = new WebhookTriggerHarness(TYPE, parameters, cs.credentials());
	await h.listen();
	try {
		await test(h);
	} finally {
		await h.close();
	}
}

function addRule(actionAddress: string, name: string) {
	const state = cs.sandbox.state;
	const rules = ruleStore(state);
	const list = rules.get('inboundSms') ?? [];
	list.push({ inbound_rule_id: state.nextId('automationRule:inboundSms'), rule_name: name, dedicated_number: '*', message_search_type: 0, message_search_term: '', action: 'URL', action_address: actionAddress, enabled: 1, webhook_type: 'post', user_id: state.account('sandbox').user_id });
	rules.set('inboundSms', list);
}

test('a failed re-activation leaves no second rule: one inbound SMS starts one execution', () =>
	withTrigger(async (h) => {
		// Active once, then deactivated: n8n saved the static data each time (the secret stays in it).
		await h.activate('production');
		await h.deactivate('production');
		let database = clone(h.workflow.staticData);
		expect(inboundRules()).toHaveLength(0);

		// Re-activation: create() succeeds (rule 2), then the GET webhook's checkExists fails (ClickSend 502s).
		cs.sandbox.fault({ method: 'GET', path: '/automations/sms/inbound/{inbound_rule_id}', status: 502, times: RETRY_POLICY.maxAttempts });
		await expect(h.activate('production')).rejects.toThrow();
		expect(inboundRules()).toHaveLength(1);
		// n8n rolls back from the database's static data (never saved for this activation).
		h.workflow = triggerWorkflow(TYPE, parameters, clone(database));
		await h.deactivate('production');
		database = clone(h.workflow.staticData);

		// The user activates again; this time everything works.
		h.workflow = triggerWorkflow(TYPE, parameters, clone(database));
		await h.activate('production');

		const response = await request(`${cs.sandbox.url}/sms/inbound`, {
			method: 'POST',
			headers: { authorization: basicAuth(), 'content-type': 'application/json' },
			body: JSON.stringify({ url: 'poll', message_id: 'DUP-1', body: 'Hi', timestamp: String(Math.floor(Date.now() / 1000)) }),
		});
		expect(response.statusCode).toBe(200);
		await response.body.text();
		await h.settled();
		expect({ rules: inboundRules().length, executions: h.executions.length }).toEqual({ rules: 1, executions: 1 });
	}));

test('when listing the rules fails (ClickSend 500s), the activation still creates its rule', () =>
	withTrigger(async (h) => {
		cs.sandbox.fault({ method: 'GET', path: '/automations/sms/inbound', status: 500, times: RETRY_POLICY.maxAttempts });
		const outcome = await h.activate('production').then(() => 'activated', (e: Error) => `failed: ${e.message}`);
		expect({ outcome, rules: inboundRules().length }).toEqual({ outcome: 'activated', rules: 1 });
	}));

test('two leftover rules either side of a page boundary (rule 100 and 101): both deleted before create', () =>
	withTrigger(async (h) => {
		for (let n = 0; n < 99; n++) addRule(`https://example.com/other/${n}`, `other ${n}`);
		const mine = `${h.webhookUrl('production')}?n8n_secret=lost`;
		addRule(mine, 'leftover A');
		addRule(mine, 'leftover B');
		await h.activate('production');
		const base = h.webhookUrl('production');
		const pointing = inboundRules().filter((r) => String(r.action_address).startsWith(base));
		expect(pointing.map((r) => r.rule_name)).toEqual([expect.stringContaining('n8n ClickSend trigger test')]);
	}));

test('a rule the user made pointing at the node URL with its own query survives a re-activation', () =>
	withTrigger(async (h) => {
		await h.activate('production');
		const secret = String(h.staticData.webhookSecret);
		addRule(`${h.webhookUrl('production')}?line=B&n8n_secret=${secret}`, 'Line B to the same workflow (made in the dashboard)');
		await h.deactivate('production');
		await h.activate('production');
		expect(inboundRules().map((r) => r.rule_name)).toContain('Line B to the same workflow (made in the dashboard)');
	}));

test('"listen for test event" then production activation: neither deletes the other\'s rule', () =>
	withTrigger(async (h) => {
		const urls = () => inboundRules().map((r) => String(r.action_address).split('?')[0]);
		await h.activate('test');
		await h.activate('production');
		expect(urls().sort()).toEqual([h.webhookUrl('production'), h.webhookUrl('test')].sort());
		await h.deactivate('test');
		await h.activate('test');
		expect(urls().sort()).toEqual([h.webhookUrl('production'), h.webhookUrl('test')].sort());
	}));
