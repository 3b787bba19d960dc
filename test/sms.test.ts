import { basicAuth, pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { runListSearch } from './harness/load-options';

const cs = useSandbox();

const contacts = [
	{ crmId: 'crm-1', name: 'Ada', phone: '+61411111111' },
	{ crmId: 'crm-2', name: 'Grace', phone: '+61 422-222 (222)' },
	{ crmId: 'crm-3', name: 'Linus', phone: 61433333333 },
];

const sendToContacts = {
	resource: 'sms',
	operation: 'send',
	to: '={{ $json.phone }}',
	body: '=Hi {{ $json.name }}',
	additionalFields: { customString: '={{ $json.crmId }}' },
};

describe('SMS → Send (POST /sms/send)', () => {
	test('sends the input items in one request, one message per item, and links every output to its item', async () => {
		const result = await cs.run(sendToContacts, { items: contacts });
		expect(result.error).toBeUndefined();

		const requests = cs.requests('/sms/send');
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('POST');
		expect(requests[0].headers.authorization).toBe(basicAuth());
		expect(requests[0].headers['content-type']).toMatch(/application\/json/);
		expect(requests[0].body).toEqual({
			messages: [
				{ to: '+61411111111', body: 'Hi Ada', custom_string: 'crm-1', source: 'n8n' },
				{ to: '+61422222222', body: 'Hi Grace', custom_string: 'crm-2', source: 'n8n' },
				{ to: '61433333333', body: 'Hi Linus', custom_string: 'crm-3', source: 'n8n' },
			],
		});

		const items = result.output('ClickSend');
		expect(items).toHaveLength(3);
		expect(items.map(pairedIndex)).toEqual([0, 1, 2]);
		expect(items.map((i) => i.json.custom_string)).toEqual(['crm-1', 'crm-2', 'crm-3']);
		for (const item of items) {
			expect(item.json).toMatchObject({ status: 'SUCCESS', accepted: true, direction: 'out' });
			expect(item.json.message_id).toEqual(expect.any(String));
		}
	});

	test('trims whitespace around the credential username and API key', async () => {
		const result = await cs.run(sendToContacts, { items: contacts.slice(0, 1), username: '  sandbox ', apiKey: ' sandbox-api-key-0000\n' });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/send')[0].headers.authorization).toBe(basicAuth());
	});

	test('sends From, Country, Reply Email and a Schedule as Unix seconds in the workflow timezone', async () => {
		const result = await cs.run(
			{
				resource: 'sms',
				operation: 'send',
				to: '0411111111',
				body: 'Reminder',
				additionalFields: { from: 'MyShop', country: 'AU', fromEmail: 'ops@example.com', schedule: '2031-03-01T09:30:00' },
			},
			{ timezone: 'Australia/Sydney' },
		);
		expect(result.error).toBeUndefined();
		const [message] = (cs.requests('/sms/send')[0].body as { messages: Record<string, unknown>[] }).messages;
		// 09:30 in Sydney (UTC+11 in March) is 22:30 UTC the day before.
		expect(message).toEqual({
			to: '0411111111',
			body: 'Reminder',
			from: 'MyShop',
			country: 'AU',
			from_email: 'ops@example.com',
			schedule: Date.UTC(2031, 1, 28, 22, 30) / 1000,
			source: 'n8n',
			custom_string: expect.stringMatching(/^n8n-\d+-0$/), // per-item correlation value when none is set
		});
		expect(result.output('ClickSend')[0].json.schedule).toBe(Date.UTC(2031, 1, 28, 22, 30) / 1000);
	});

	test('a Reply Email is sent trimmed, without invisible characters copied along; a blank one is left out (it is optional)', async () => {
		const result = await cs.run(
			{ resource: 'sms', operation: 'send', to: '+61411111111', body: 'Hi', additionalFields: { fromEmail: '={{ $json.reply }}' } },
			{ items: [{ reply: ' ops@example.com ' }, { reply: '   ' }, { reply: '\u200bsales@example.com\u200b' }, { reply: '\u200b' }] },
		);
		expect(result.error).toBeUndefined();
		const { messages } = cs.requests('/sms/send')[0].body as { messages: Record<string, unknown>[] };
		expect(messages.map((m) => m.from_email)).toEqual(['ops@example.com', undefined, 'sales@example.com', undefined]);
		expect(result.output('ClickSend').map((item) => item.json.status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS']);
	});

	test('sends to a contact list: every created message links to the one input item', async () => {
		const [list] = [...cs.sandbox.state.contactLists.values()];
		const listId = list.list_id;
		const size = list.contacts.length;
		const result = await cs.run({ resource: 'sms', operation: 'send', sendTo: 'list', listId: { __rl: true, mode: 'list', value: String(listId) }, body: 'Sale today' });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/send')[0].body).toEqual({
			messages: [{ list_id: listId, body: 'Sale today', source: 'n8n', custom_string: expect.stringMatching(/^n8n-\d+-0$/) }],
		});
		const items = result.output('ClickSend');
		expect(size).toBeGreaterThan(1);
		expect(items).toHaveLength(size);
		expect(items.every((i) => pairedIndex(i) === 0 && i.json.accepted === true)).toBe(true);
	});

	test('a refused recipient fails the node, naming the recipient and the code', async () => {
		const result = await cs.run(sendToContacts, { items: [contacts[0], { crmId: 'crm-9', name: 'Bad', phone: '+1234' }] });
		expect(result.error?.message).toContain('ClickSend refused 1 of 2 messages: +1234 (INVALID_RECIPIENT)');
		expect(result.error?.description).toContain('INVALID_RECIPIENT');
	});

	test('with the error output, accepted messages go on and refused ones go to the error output, linked', async () => {
		const result = await cs.run(sendToContacts, {
			items: [contacts[0], { crmId: 'crm-9', name: 'Bad', phone: '+1234' }, contacts[2]],
			onError: 'continueErrorOutput',
		});
		expect(result.error).toBeUndefined();
		const ok = result.output('ClickSend', 0);
		const failed = result.output('ClickSend', 1);
		expect(ok.map(pairedIndex)).toEqual([0, 2]);
		expect(failed).toHaveLength(1);
		expect(pairedIndex(failed[0])).toBe(1);
		expect(failed[0].json).toMatchObject({
			crmId: 'crm-9', // the input item's own data
			error: 'ClickSend refused the message to +1234 (INVALID_RECIPIENT)',
			details: { status: 'INVALID_RECIPIENT', accepted: false, response_code: 'INVALID_RECIPIENT' },
		});
	});

	test('the nocredit test account: every message refused with INSUFFICIENT_CREDIT', async () => {
		const result = await cs.run(sendToContacts, {
			items: contacts.slice(0, 2),
			onError: 'continueRegularOutput',
			username: 'nocredit',
			apiKey: 'D83DED51-9E35-4D42-9BB9-0E34B7CA85AE',
		});
		const items = result.output('ClickSend');
		expect(items).toHaveLength(2);
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items.map((i) => (i.json.details as { status: string }).status)).toEqual(['INSUFFICIENT_CREDIT', 'INSUFFICIENT_CREDIT']);
		expect(items[0].json.message).toContain('Recharge');
	});

	test.each([
		['To', { to: 'call me' }, 'Invalid To: "call me" is not a phone number'],
		['To', { to: '={{ "" }}' }, 'Invalid To: is empty'],
		['To', { to: '={{ ["+61411111111", "+61422222222"] }}' }, 'Invalid To: must be one phone number (text), got a list'],
		['Message', { body: '   ' }, 'Invalid Message: is empty'],
		['From (Sender ID)', { additionalFields: { from: 'My Long Shop Name' } }, 'Invalid From (Sender ID): "My Long Shop Name" is not a valid sender ID'],
		['Schedule', { additionalFields: { schedule: 'next tuesday' } }, 'Invalid Schedule: must be a date-time'],
	])('bad %s is rejected before any request', async (_field, override, message) => {
		const result = await cs.run({ resource: 'sms', operation: 'send', to: '+61411111111', body: 'Hi', ...override });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('SMS → Get Many (GET /sms/history)', () => {
	beforeEach(() => cs.sandbox.state.seedHistory(250));

	test('Return All pages at 100 rows, keeping every filter, and stops on the last page', async () => {
		const result = await cs.run({
			resource: 'sms',
			operation: 'getAll',
			returnAll: true,
			filters: { dateFrom: '2000-01-01T00:00:00Z', q: 'direction:out', order_by: 'date:desc' },
		});
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/sms/history');
		expect(requests.map((r) => r.query.page)).toEqual(['1', '2', '3']);
		for (const request of requests) {
			expect(request.query).toMatchObject({ limit: '100', date_from: '946684800', q: 'direction:out', order_by: 'date:desc' });
			expect(request.query.date_to).toBeUndefined();
		}
		const items = result.output('ClickSend');
		expect(items).toHaveLength(250);
		expect(new Set(items.map((i) => i.json.message_id)).size).toBe(250);
		expect(items.every((i) => pairedIndex(i) === 0)).toBe(true);
	});

	test('a Limit below 15 asks for the smallest page and trims', async () => {
		const result = await cs.run({ resource: 'sms', operation: 'getAll', returnAll: false, limit: 5 });
		expect(result.output('ClickSend')).toHaveLength(5);
		expect(cs.requests('/sms/history').map((r) => r.query)).toEqual([{ page: '1', limit: '15' }]);
	});

	test('a Limit above one page fetches only the pages it needs', async () => {
		const result = await cs.run({ resource: 'sms', operation: 'getAll', returnAll: false, limit: 130 });
		expect(result.output('ClickSend')).toHaveLength(130);
		expect(cs.requests('/sms/history').map((r) => r.query.page)).toEqual(['1', '2']);
	});

	test('lists the messages the node sent', async () => {
		cs.sandbox.reset();
		await cs.run(sendToContacts, { items: contacts });
		const result = await cs.run({ resource: 'sms', operation: 'getAll', returnAll: true });
		expect(result.output('ClickSend').map((i) => i.json.custom_string).sort()).toEqual(['crm-1', 'crm-2', 'crm-3']);
	});
});

describe('SMS request bodies follow the spec', () => {
	test('Send validates against POST /sms/send', async () => {
		await cs.run({ ...sendToContacts, additionalFields: { ...sendToContacts.additionalFields, from: 'Shop', schedule: '2031-01-01T00:00:00Z', country: 'AU' } }, { items: contacts });
		for (const request of cs.requests('/sms/send')) expectValidBody(request);
	});
});

describe('SMS From (sender ID) picker', () => {
	test('lists the shared number first, then the dedicated numbers (GET /numbers)', async () => {
		const result = await runListSearch('getSenders', { parameters: { resource: 'sms', operation: 'send' }, credentials: cs.credentials() });
		expect(result.results[0]).toEqual({ name: 'Shared Number (Account Default)', value: '' });
		expect(cs.requests('/numbers').map((r) => r.query)).toEqual([{ page: '1', limit: '100' }]);
		expect(result.results.slice(1).every((r) => typeof r.value === 'string' && /^\+?\d+$/.test(String(r.value)))).toBe(true);
	});

	test.each([
		['a dedicated number picked from the list', { __rl: true, mode: 'list', value: '+61411111111' }, '+61411111111'],
		['an alpha tag typed as Sender ID', { __rl: true, mode: 'id', value: 'MyShop' }, 'MyShop'],
		['the shared number', { __rl: true, mode: 'list', value: '' }, undefined],
	])('sends %s', async (_case, from, expected) => {
		const result = await cs.run({ resource: 'sms', operation: 'send', to: '+61422222222', body: 'Hi', additionalFields: { from } });
		expect(result.error).toBeUndefined();
		const [message] = (cs.requests('/sms/send')[0].body as { messages: Record<string, unknown>[] }).messages;
		expect(message.from).toBe(expected);
	});
});
