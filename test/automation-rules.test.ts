import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { ruleStore, type RuleKindKey, type StoredRule } from './sandbox/routes/automations';

const cs = useSandbox();

const locator = (value: string) => ({ __rl: true, mode: 'id', value });

interface KindCase {
	resource: string;
	/** The sandbox's name for the kind. */
	sandboxKind: RuleKindKey;
	path: string;
	idField: string;
	/** Create parameters and the body they must produce. */
	create: [Record<string, unknown>, Record<string, unknown>];
	/** Update parameters (besides ruleId) and the body they must produce. */
	update: [Record<string, unknown>, Record<string, unknown>];
	/** Body paths where the spec's declared type contradicts its own examples. */
	typeExceptions?: string[];
}

const receiptCreate: KindCase['create'] = [
	{ ruleName: ' Failed reports ', matchType: 1, action: 'URL', actionAddress: 'https://example.com/hook', enabled: false, additionalFields: { webhookType: 'json' } },
	{ rule_name: 'Failed reports', match_type: 1, action: 'URL', action_address: 'https://example.com/hook', enabled: 0, webhook_type: 'json' },
];
const receiptReplace: KindCase['update'] = [
	{ ruleName: 'Renamed', matchType: 2, action: 'EMAIL_FIXED', actionAddress: 'ops@example.com', enabled: true },
	{ rule_name: 'Renamed', match_type: 2, action: 'EMAIL_FIXED', action_address: 'ops@example.com', enabled: 1 },
];
const receiptPatch: KindCase['update'] = [
	{ updateFields: { ruleName: 'Renamed', enabled: true } },
	{ rule_name: 'Renamed', enabled: 1 },
];

const kinds: KindCase[] = [
	{
		resource: 'inboundSmsRule',
		sandboxKind: 'inboundSms',
		path: '/automations/sms/inbound',
		idField: 'inbound_rule_id',
		create: [
			{ ruleName: 'Stop words', dedicatedNumber: locator('+61 411 111 111'), messageSearchType: 2, messageSearchTerm: ' STOP ', action: 'EMAIL_FIXED', actionAddress: 'ops@example.com', enabled: true },
			{ rule_name: 'Stop words', dedicated_number: '+61411111111', message_search_type: 2, message_search_term: 'STOP', action: 'EMAIL_FIXED', action_address: 'ops@example.com', enabled: 1 },
		],
		update: [
			{ ruleName: 'Everything', dedicatedNumber: locator('*'), messageSearchType: 0, messageSearchTerm: 'ignored', action: 'URL', actionAddress: 'https://example.com/in', enabled: false },
			{ rule_name: 'Everything', dedicated_number: '*', message_search_type: 0, message_search_term: '', action: 'URL', action_address: 'https://example.com/in', enabled: 0 },
		],
		// POST documents dedicated_number as a number, yet its example (and PUT) use "+61298441484".
		typeExceptions: ['/dedicated_number'],
	},
	{ resource: 'smsReceiptRule', sandboxKind: 'smsReceipt', path: '/automations/sms/receipts', idField: 'receipt_rule_id', create: receiptCreate, update: receiptReplace },
	{ resource: 'voiceReceiptRule', sandboxKind: 'voiceReceipt', path: '/automations/voice/receipts', idField: 'receipt_rule_id', create: receiptCreate, update: receiptReplace },
	{
		resource: 'inboundFaxRule',
		sandboxKind: 'inboundFax',
		path: '/automations/fax/inbound',
		idField: 'inbound_rule_id',
		create: [
			{ ruleName: 'Faxes', dedicatedNumber: locator('+61261111111'), action: 'POLL', actionAddress: 'poll', enabled: true },
			{ rule_name: 'Faxes', dedicated_number: '+61261111111', action: 'POLL', action_address: 'poll', enabled: 1 },
		],
		update: [
			{ ruleName: 'Faxes by mail', dedicatedNumber: locator('+61261111111'), action: 'EMAIL_FIXED', actionAddress: 'fax@example.com', enabled: true },
			{ rule_name: 'Faxes by mail', dedicated_number: '+61261111111', action: 'EMAIL_FIXED', action_address: 'fax@example.com', enabled: 1 },
		],
	},
	{ resource: 'faxReceiptRule', sandboxKind: 'faxReceipt', path: '/automations/fax/receipts', idField: 'receipt_rule_id', create: receiptCreate, update: receiptPatch },
	{ resource: 'emailReceiptRule', sandboxKind: 'emailReceipt', path: '/automations/email/receipt', idField: 'receipt_rule_id', create: receiptCreate, update: receiptPatch },
];

async function createRule(kind: KindCase, parameters: Record<string, unknown> = kind.create[0]) {
	const result = await cs.run({ resource: kind.resource, operation: 'create', ...parameters });
	expect(result.error).toBeUndefined();
	return result.output('ClickSend')[0].json;
}

/** Stores a rule in the sandbox directly (as if made in the dashboard), returning it as ClickSend lists it. */
function seedRule(kind: KindCase, fields: Record<string, unknown> = kind.create[1]) {
	const rule: StoredRule = { ...fields, [kind.idField]: cs.sandbox.state.nextId(`automationRule:${kind.sandboxKind}`), user_id: cs.sandbox.state.account('sandbox').user_id };
	const store = ruleStore(cs.sandbox.state);
	store.set(kind.sandboxKind, [...(store.get(kind.sandboxKind) ?? []), rule]);
	const { user_id: _owner, ...listed } = rule;
	return kind.sandboxKind === 'inboundFax' ? { ...listed, user_id: rule.user_id } : listed;
}

describe.each(kinds)('$resource ($path)', (kind) => {
	test('Create: POST with a spec-valid body; outputs the rule', async () => {
		const rule = await createRule(kind);
		const [request] = cs.requests(kind.path);
		expect(request.method).toBe('POST');
		expect(request.body).toEqual(kind.create[1]);
		expectValidBody(request, kind.typeExceptions);
		expect(rule).toEqual({ ...kind.create[1], [kind.idField]: expect.any(Number), ...(kind.resource === 'inboundFaxRule' ? { user_id: expect.any(Number) } : {}) });
	});

	test('Get: GET by rule ID; outputs the rule; unknown ID fails with NOT_FOUND', async () => {
		const created = seedRule(kind);
		const id = String(created[kind.idField]);
		const result = await cs.run({ resource: kind.resource, operation: 'get', ruleId: locator(id) });
		expect(result.error).toBeUndefined();
		const request = cs.requests(`${kind.path}/${id}`)[0];
		expect([request.method, request.rawQuery]).toEqual(['GET', '']);
		const [item] = result.output('ClickSend');
		expect(item.json).toEqual(created);
		expect(pairedIndex(item)).toBe(0);
		const missing = await cs.run({ resource: kind.resource, operation: 'get', ruleId: locator('9999') });
		expect(missing.error?.message).toContain('[NOT_FOUND]');
	});

	test('Update: PUT by rule ID with a spec-valid body; outputs the updated rule', async () => {
		const created = seedRule(kind);
		const id = String(created[kind.idField]);
		const result = await cs.run({ resource: kind.resource, operation: 'update', ruleId: locator(id), ...kind.update[0] });
		expect(result.error).toBeUndefined();
		const request = cs.requests(`${kind.path}/${id}`)[0];
		expect(request.method).toBe('PUT');
		expect(request.body).toEqual(kind.update[1]);
		expectValidBody(request);
		expect(result.output('ClickSend')[0].json).toMatchObject({ ...kind.update[1], [kind.idField]: created[kind.idField] });
	});

	test('Get Many: Return All pages at 100 with search and order kept; Limit trims', async () => {
		for (const name of ['alpha one', 'beta', 'Alpha two']) seedRule(kind, { ...kind.create[1], rule_name: name });
		const result = await cs.run({ resource: kind.resource, operation: 'getAll', returnAll: true, filters: { q: 'rule_name:alpha', order_by: 'rule_name:desc' } });
		expect(result.error).toBeUndefined();
		const list = cs.requests(kind.path).filter((r) => r.method === 'GET');
		expect(list).toHaveLength(1);
		expect(list[0].query).toEqual({ q: 'rule_name:alpha', order_by: 'rule_name:desc', page: '1', limit: '100' });
		expect(result.output('ClickSend').map((i) => i.json.rule_name)).toEqual(['Alpha two', 'alpha one']);
		const limited = await cs.run({ resource: kind.resource, operation: 'getAll', returnAll: false, limit: 2 });
		expect(limited.output('ClickSend')).toHaveLength(2);
		expect(cs.requests(kind.path).filter((r) => r.method === 'GET')[1].query).toEqual({ page: '1', limit: '15' });
	});

	test('Delete: DELETE by rule ID; outputs success; the rule is gone', async () => {
		const created = seedRule(kind);
		const id = String(created[kind.idField]);
		const result = await cs.run({ resource: kind.resource, operation: 'delete', ruleId: locator(` ${id} `) });
		expect(result.error).toBeUndefined();
		expect(cs.requests(`${kind.path}/${id}`).map((r) => r.method)).toEqual(['DELETE']);
		expect(result.output('ClickSend')[0].json).toEqual({ success: true, message: expect.stringMatching(/deleted/) });
		const again = await cs.run({ resource: kind.resource, operation: 'delete', ruleId: locator(id) });
		expect(again.error?.message).toContain('[NOT_FOUND]');
	});
});

describe('automation rule fields are checked before any request', () => {
	test.each([
		['a URL action with a non-URL address', { action: 'URL', actionAddress: 'example.com' }, 'Invalid Action Address: must be an http(s) URL'],
		['an email action without an email', { action: 'EMAIL_FIXED', actionAddress: 'ops' }, 'Invalid Action Address: must be an email address'],
		['an empty rule name', { ruleName: '  ' }, 'Invalid Rule Name: is empty'],
		['a keyword match without keyword', { messageSearchType: 1, messageSearchTerm: '' }, 'Invalid Keyword: is empty'],
		['a bad dedicated number (from an expression)', { dedicatedNumber: locator('={{ "call me" }}') }, 'Invalid Dedicated Number: "call me" is not a phone number'],
		['a keyword given as a list', { messageSearchType: 2, messageSearchTerm: '={{ ["STOP", "END"] }}' }, 'Invalid Keyword: must be text, got a list'],
	])('%s', async (_label, override, message) => {
		const result = await cs.run({ resource: 'inboundSmsRule', operation: 'create', ...kinds[0].create[0], ...override });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('Automation rules: every field ClickSend requires, checked before any item is sent', () => {
	test.each(kinds.map((kind) => [kind.resource, kind] as const))('%s → Create: a Rule Name an expression leaves out fails the node before the first item is sent', async (_resource, kind) => {
		const result = await cs.run({ resource: kind.resource, operation: 'create', ...kind.create[0], ruleName: '={{ $json.name }}' }, { items: [{ name: 'First' }, {}] });
		expect(result.error?.message).toBe('Invalid Rule Name: is empty; give the rule a name');
		expect(cs.requests(kind.path)).toHaveLength(0);
	});

	test.each([
		['Action Address', { actionAddress: '={{ $json.none }}' }, 'Invalid Action Address: is empty'],
		['Reports', { matchType: '={{ $json.none }}' }, 'Invalid Reports: is empty; choose one of 0 (All Reports), 1 (Only Failed), 2 (Only Successful)'],
		['Reports of blank text', { matchType: '={{ "  " }}' }, 'Invalid Reports: is empty; choose one of 0 (All Reports), 1 (Only Failed), 2 (Only Successful)'],
		['Reports that is not one', { matchType: '={{ "anywhere" }}' }, 'Invalid Reports: must be one of 0 (All Reports), 1 (Only Failed), 2 (Only Successful), got "anywhere"'],
		['Rule Name of zero-width characters', { ruleName: '={{ "\u200b" }}' }, 'Invalid Rule Name: is empty; give the rule a name'],
	])('SMS Receipt Rule → Create: %s fails', async (_label, override, message) => {
		const result = await cs.run({ resource: 'smsReceiptRule', operation: 'create', ...receiptCreate[0], ...override });
		expect(result.error?.message).toBe(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('an Action Address copied with a zero-width space is sent without it (URL, email, contact list)', async () => {
		for (const [action, address, sent] of [
			['URL', 'https://example.com/h\u200b', 'https://example.com/h'],
			['EMAIL_FIXED', 'ops@example.com\u200b', 'ops@example.com'],
			['CREATE_CONTACT', '428\u200b', '428'],
		]) {
			const result = await cs.run({ resource: 'inboundSmsRule', operation: 'create', ...kinds[0].create[0], action, actionAddress: `={{ "${address}" }}` });
			expect([action, result.error?.message]).toEqual([action, undefined]);
			expect((cs.requests('/automations/sms/inbound').at(-1)?.body as { action_address: string }).action_address).toBe(sent);
		}
	});
});

describe('Inbound SMS Rule: Message Match by name and dedicated numbers as recipients are written', () => {
	test.each([['Any Message'], [' any message '], [0]])('Message Match %j from an expression needs no keyword', async (match) => {
		const result = await cs.run(
			{ resource: 'inboundSmsRule', operation: 'create', ...kinds[0].create[0], messageSearchType: '={{ $json.match }}', messageSearchTerm: '={{ $json.keyword }}' },
			{ items: [{ match, keyword: '' }] },
		);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/automations/sms/inbound')[0].body).toMatchObject({ message_search_type: 0, message_search_term: '' });
	});

	test('a dedicated number with a bracketed trunk 0 and spaces is sent as ClickSend stores it', async () => {
		const result = await cs.run({ resource: 'inboundSmsRule', operation: 'create', ...kinds[0].create[0], dedicatedNumber: locator('={{ "+61 (0)411 111 111\u200b" }}') });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/automations/sms/inbound')[0].body).toMatchObject({ dedicated_number: '+61411111111' });
	});
});

describe('Automation rules: values ClickSend does not define fail before any request', () => {
	test('SMS Receipt Rule → Create: Reports 7', async () => {
		const result = await cs.run({ resource: 'smsReceiptRule', operation: 'create', ruleName: 'Receipts', matchType: '={{ 7 }}', action: 'URL', actionAddress: 'https://example.com/hook' });
		expect(cs.requests()).toHaveLength(0);
		expect(result.error?.message).toContain('Invalid Reports');
	});

	test('Inbound SMS Rule → Create: Message Match 9', async () => {
		const result = await cs.run({
			resource: 'inboundSmsRule',
			operation: 'create',
			ruleName: 'Replies',
			dedicatedNumber: { __rl: true, mode: 'id', value: '+61411111111' },
			messageSearchType: '={{ 9 }}',
			messageSearchTerm: 'STOP',
			action: 'URL',
			actionAddress: 'https://example.com/hook',
		});
		expect(cs.requests()).toHaveLength(0);
		expect(result.error?.message).toContain('Invalid Message Match');
	});

	test('SMS Receipt Rule → Create: Forward as SMS to "call me"', async () => {
		const result = await cs.run({ resource: 'smsReceiptRule', operation: 'create', ruleName: 'Receipts', action: 'SMS', actionAddress: 'call me' });
		expect(cs.requests()).toHaveLength(0);
		expect(result.error?.message).toMatch(/^Invalid Action Address: /);
	});

	test('SMS Receipt Rule → Create: Forward as SMS to a number sends it normalised; Group SMS needs a list ID', async () => {
		await cs.run({ resource: 'smsReceiptRule', operation: 'create', ruleName: 'Receipts', action: 'SMS', actionAddress: '+61 411 111 111' });
		expect(cs.requests('/automations/sms/receipts')[0]?.body).toMatchObject({ action: 'SMS', action_address: '+61411111111' });
		const result = await cs.run({ resource: 'inboundSmsRule', operation: 'create', ruleName: 'Group', dedicatedNumber: { __rl: true, mode: 'id', value: '+61411111111' }, action: 'GROUP_SMS', actionAddress: 'my list' });
		expect(result.error?.message).toBe('Invalid Action Address: must be a contact list for Group SMS: give its ID in digits (not 0), such as 428, got "my list"');
	});

	test('Fax Receipt Rule → Update with nothing to update', async () => {
		const result = await cs.run({ resource: 'faxReceiptRule', operation: 'update', ruleId: { __rl: true, mode: 'id', value: '1' }, updateFields: {} });
		expect(cs.requests()).toHaveLength(0);
		expect(result.error?.message).toBe('Invalid Update Fields: add at least one field to change');
	});
});
