/**
 * A failed activation must not leave a rule behind that pushes every event a second time. n8n
 * saves the trigger's static data only after every webhook of the workflow was created; when
 * activation fails after create() (another webhook's checkExists, another trigger node), n8n rolls
 * back from the database's static data, which has no rule ID, so delete() cannot remove the rule.
 * The next create() removes any rule pointing at this node's webhook URL. Emulated here by
 * swapping the harness's workflow for one built from the last saved static data.
 */
import { request } from 'undici';

import { RETRY_POLICY } from '../nodes/ClickSend/shared/transport';
import { ClickSendTrigger } from '../nodes/ClickSendTrigger/ClickSendTrigger.node';
import { registerNodeType } from './harness/node-types';
import { triggerWorkflow, WebhookTriggerHarness } from './harness/triggers';
import { basicAuth, useSandbox } from './helpers/sandbox';
import { rulesOf } from './sandbox/routes/automations';

const TYPE = 'n8n-nodes-clicksend.clickSendTrigger';
registerNodeType(TYPE, new ClickSendTrigger());
const cs = useSandbox();
const saved = { ...RETRY_POLICY };
beforeAll(() => Object.assign(RETRY_POLICY, { baseDelayMs: 1, maxDelayMs: 5 }));
afterAll(() => Object.assign(RETRY_POLICY, saved));

const parameters = { event: 'inboundSms' };
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

test('a failed re-activation leaves no second rule: one inbound SMS starts one execution', async () => {
	const h = new WebhookTriggerHarness(TYPE, parameters, cs.credentials());
	await h.listen();
	try {
		const rules = () => rulesOf(cs.sandbox.state, 'inboundSms', cs.sandbox.state.account('sandbox').user_id);
		// Active once, then deactivated: n8n saved the static data each time (the secret stays in it).
		await h.activate('production');
		await h.deactivate('production');
		let database = clone(h.workflow.staticData);
		expect(rules()).toHaveLength(0);

		// Re-activation: create() succeeds (rule 2), then the GET webhook's checkExists fails (ClickSend 502s).
		cs.sandbox.fault({ method: 'GET', path: '/automations/sms/inbound/{inbound_rule_id}', status: 502, times: RETRY_POLICY.maxAttempts });
		await expect(h.activate('production')).rejects.toThrow();
		expect(rules()).toHaveLength(1);
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
		expect({ rules: rules().length, executions: h.executions.length }).toEqual({ rules: 1, executions: 1 });
	} finally {
		await h.close();
	}
});
