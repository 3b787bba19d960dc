/**
 * ClickSend Trigger's cleanup before create(): rules this node registered but lost track of are
 * deleted; rules the user made are not; a failed lookup never stops the activation.
 */
import { RETRY_POLICY } from '../nodes/ClickSend/shared/transport';
import { ClickSendTrigger } from '../nodes/ClickSendTrigger/ClickSendTrigger.node';
import { registerNodeType } from './harness/node-types';
import { WebhookTriggerHarness } from './harness/triggers';
import { useSandbox } from './helpers/sandbox';
import { ruleStore, rulesOf } from './sandbox/routes/automations';

const TYPE = 'n8n-nodes-clicksend.clickSendTrigger';
registerNodeType(TYPE, new ClickSendTrigger());
const cs = useSandbox();
const saved = { ...RETRY_POLICY };
beforeAll(() => Object.assign(RETRY_POLICY, { baseDelayMs: 1, maxDelayMs: 5 }));
afterAll(() => Object.assign(RETRY_POLICY, saved));

function addRule(actionAddress: string, name: string) {
	const state = cs.sandbox.state;
	const rules = ruleStore(state);
	const list = rules.get('inboundSms') ?? [];
	list.push({ inbound_rule_id: state.nextId('automationRule:inboundSms'), rule_name: name, dedicated_number: '*', message_search_type: 0, message_search_term: '', action: 'URL', action_address: actionAddress, enabled: 1, webhook_type: 'post', user_id: state.account('sandbox').user_id });
	rules.set('inboundSms', list);
}

test('when listing the rules fails (ClickSend 500s), the activation still creates its rule', async () => {
	const h = new WebhookTriggerHarness(TYPE, { event: 'inboundSms' }, cs.credentials());
	await h.listen();
	try {
		cs.sandbox.fault({ method: 'GET', path: '/automations/sms/inbound', status: 500, times: RETRY_POLICY.maxAttempts });
		const outcome = await h.activate('production').then(() => 'activated', (e: Error) => `failed: ${e.message}`);
		const rules = rulesOf(cs.sandbox.state, 'inboundSms', cs.sandbox.state.account('sandbox').user_id);
		expect({ outcome, rules: rules.length }).toEqual({ outcome: 'activated', rules: 1 });
	} finally {
		await h.close();
	}
});

test('two leftover rules either side of a page boundary (rule 100 and 101): both deleted before create', async () => {
	const h = new WebhookTriggerHarness(TYPE, { event: 'inboundSms' }, cs.credentials());
	await h.listen();
	try {
		for (let n = 0; n < 99; n++) addRule(`https://example.com/other/${n}`, `other ${n}`);
		const mine = `${h.webhookUrl('production')}?n8n_secret=lost`;
		addRule(mine, 'leftover A');
		addRule(mine, 'leftover B');
		await h.activate('production');
		const base = h.webhookUrl('production');
		const pointing = rulesOf(cs.sandbox.state, 'inboundSms', cs.sandbox.state.account('sandbox').user_id).filter((r) => String(r.action_address).startsWith(base));
		expect(pointing.map((r) => r.rule_name)).toEqual([expect.stringContaining('n8n ClickSend trigger test')]);
	} finally {
		await h.close();
	}
});

test('a rule the user made pointing at the node URL with its own query survives a re-activation', async () => {
	const h = new WebhookTriggerHarness(TYPE, { event: 'inboundSms' }, cs.credentials());
	await h.listen();
	try {
		await h.activate('production');
		const secret = String(h.staticData.webhookSecret);
		addRule(`${h.webhookUrl('production')}?line=B&n8n_secret=${secret}`, 'Line B to the same workflow (made in the dashboard)');
		await h.deactivate('production');
		await h.activate('production');
		const names = rulesOf(cs.sandbox.state, 'inboundSms', cs.sandbox.state.account('sandbox').user_id).map((r) => r.rule_name);
		expect(names).toContain('Line B to the same workflow (made in the dashboard)');
	} finally {
		await h.close();
	}
});

test('"listen for test event" then production activation: neither deletes the other\'s rule', async () => {
	const h = new WebhookTriggerHarness(TYPE, { event: 'inboundSms' }, cs.credentials());
	await h.listen();
	try {
		const urls = () => rulesOf(cs.sandbox.state, 'inboundSms', cs.sandbox.state.account('sandbox').user_id).map((r) => String(r.action_address).split('?')[0]);
		await h.activate('test');
		await h.activate('production');
		expect(urls().sort()).toEqual([h.webhookUrl('production'), h.webhookUrl('test')].sort());
		await h.deactivate('test');
		await h.activate('test');
		expect(urls().sort()).toEqual([h.webhookUrl('production'), h.webhookUrl('test')].sort());
	} finally {
		await h.close();
	}
});
