/**
 * Values as expressions give them from CRM and spreadsheet data, across resources: fields an
 * expression leaves out, blanks, invisible characters copied along, lists and option names. Each
 * is checked before any request (or read as an empty field is), and every input item gets an output.
 */
import { request } from 'undici';

import { ClickSendPollTrigger } from '../nodes/ClickSendPollTrigger/ClickSendPollTrigger.node';
import { ClickSendTrigger } from '../nodes/ClickSendTrigger/ClickSendTrigger.node';
import { registerNodeType } from './harness/node-types';
import { runPoll, triggerWorkflow, WebhookTriggerHarness } from './harness/triggers';
import { basicAuth, pairedIndex, useSandbox } from './helpers/sandbox';
import { rulesOf } from './sandbox/routes/automations';

const POLL = 'n8n-nodes-clicksend.clickSendPollTrigger';
const WEBHOOK = 'n8n-nodes-clicksend.clickSendTrigger';
registerNodeType(POLL, new ClickSendPollTrigger());
registerNodeType(WEBHOOK, new ClickSendTrigger());

const cs = useSandbox();
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
/** The first message of the `request`-th request (from 0) the sandbox received at `path`. */
const firstMessage = (path: string, request = 0) => (cs.requests(path)[request].body as { messages: Array<Record<string, unknown>> }).messages[0];

describe('required fields an expression leaves out fail before any request', () => {
	test('Subaccount → Create: each required field, by name', async () => {
		const parameters = {
			resource: 'subaccount',
			operation: 'create',
			apiUsername: '={{ $json.user }}',
			password: 'S3cret-pass',
			email: '={{ $json.email }}',
			phoneNumber: '+61411111111',
			firstName: '={{ $json.first }}',
			lastName: 'Lovelace',
		};
		const result = await cs.run(parameters, {
			items: [{ email: 'a@example.com', first: 'Ada' }, { user: 'ops', first: 'Ada' }, { user: 'ops2', email: 'b@example.com', first: '\u200b' }],
			onError: 'continueRegularOutput',
		});
		expect(result.output('ClickSend').map((i) => i.json.error)).toEqual([
			'Invalid API Username: is empty',
			'Invalid Email: is empty; give an email address such as name@example.com',
			'Invalid First Name: is empty',
		]);
		expect(cs.requests('/subaccounts')).toHaveLength(0);
	});
});

describe('blank optional values are not set, as an empty field', () => {
	test('SMS Country of spaces is left out; fax From and Country of spaces too', async () => {
		const sms = await cs.run({ resource: 'sms', operation: 'send', to: '+61411111111', body: 'Hi', additionalFields: { country: '={{ "  " }}' } });
		expect(sms.error).toBeUndefined();
		expect(firstMessage('/sms/send')).not.toHaveProperty('country');
		const fax = await cs.run({
			resource: 'fax',
			operation: 'send',
			to: '+61261111111',
			fileUrl: 'https://example.com/fax.pdf',
			additionalFields: { from: '={{ "  " }}', country: '={{ " " }}' },
		});
		expect(fax.error).toBeUndefined();
		const message = firstMessage('/fax/send');
		expect(message).not.toHaveProperty('from');
		expect(message).not.toHaveProperty('country');
	});

	test('SMS Campaign URL to Shorten: blank is left out; a list fails', async () => {
		const campaign = { resource: 'smsCampaign', operation: 'send', listId: byId('428'), campaignName: 'Spring', body: 'Hi [First Name]' };
		const blank = await cs.run({ ...campaign, additionalFields: { urlToShorten: '={{ "  " }}' } });
		expect(blank.error).toBeUndefined();
		expect(cs.requests('/sms-campaigns/send')[0].body).not.toHaveProperty('url_to_shorten');
		const list = await cs.run({ ...campaign, additionalFields: { urlToShorten: '={{ ["https://a.com", "https://b.com"] }}' } });
		expect(list.error?.message).toBe('Invalid URL to Shorten: must be text, got a list');
		expect(cs.requests('/sms-campaigns/send')).toHaveLength(1);
	});
});

describe('IDs copied with invisible characters are read as path IDs are', () => {
	test('SMS → Send to a contact list "428\\u200b" sends list 428', async () => {
		const result = await cs.run({ resource: 'sms', operation: 'send', sendTo: 'list', listId: byId('={{ "428\\u200b" }}'), body: 'Hi' });
		expect(result.error).toBeUndefined();
		expect(firstMessage('/sms/send')).toMatchObject({ list_id: 428 });
	});

	test('Email → Send from address "1\\u200b" sends email_address_id 1; a list of IDs fails', async () => {
		const email = { resource: 'email', operation: 'send', recipients: { recipient: [{ email: 'a@example.com' }] }, subject: 'S', body: 'B' };
		const result = await cs.run({ ...email, emailAddressId: byId('={{ "1\\u200b" }}') });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/email/send')[0].body).toMatchObject({ from: { email_address_id: 1 } });
		const list = await cs.run({ ...email, emailAddressId: byId('={{ ["1"] }}') });
		expect(list.error?.message).toBe('Invalid From Email Address: must be one ID, got ["1"]');
	});
});

describe('numbers and choices from expressions', () => {
	test.each([['={{ true }}'], ['={{ [7] }}'], ['={{ "1e3" }}'], ['={{ "0x10" }}']])('Direct Mail area quantity %s fails (only whole numbers)', async (quantity) => {
		const result = await cs.run({
			resource: 'directMail',
			operation: 'calculatePrice',
			campaignName: 'Spring',
			size: 'DL',
			fileUrl: 'https://example.com/front.pdf',
			areas: { area: [{ locationId: 22, quantity }] },
		});
		expect(result.error?.message).toContain('Invalid Areas: area 1: Quantity must be a whole number above 0');
		expect(cs.requests()).toHaveLength(0);
	});

	test('ClickSend Trigger: Payload Format by name is the rule\'s webhook_type; Form leaves ClickSend\'s default', async () => {
		for (const [format, expected] of [['={{ "JSON" }}', 'json'], ['={{ "Form (ClickSend Default)" }}', undefined]] as const) {
			cs.sandbox.reset();
			const h = new WebhookTriggerHarness(WEBHOOK, { event: 'inboundSms', options: { payloadFormat: format } } as never, cs.credentials());
			await h.listen();
			try {
				await h.activate('production');
				const [rule] = rulesOf(cs.sandbox.state, 'inboundSms', cs.sandbox.state.account('sandbox').user_id);
				expect(rule.webhook_type).toBe(expected);
			} finally {
				await h.close();
			}
		}
	});

	test('Poll Trigger: Mark as Read "false" from an expression marks nothing read', async () => {
		const workflow = triggerWorkflow(POLL, { event: 'inboundSms', markAsRead: '={{ "false" }}' });
		const credentials = cs.credentials();
		await runPoll(workflow, credentials);
		const response = await request(`${cs.sandbox.url}/sms/inbound`, {
			method: 'POST',
			headers: { authorization: basicAuth(), 'content-type': 'application/json' },
			body: JSON.stringify({ url: 'poll', message_id: 'IN-1', body: 'Hi', from: '+61411111111', timestamp: String(Math.floor(Date.now() / 1000) - 30) }),
		});
		await response.body.text();
		const polled = await runPoll(workflow, credentials);
		expect(polled.items).toHaveLength(1);
		expect(cs.requests().filter((r) => r.method === 'PUT')).toEqual([]);
	});
});

test('Calculate Price to an empty contact list: the item gets ClickSend\'s totals, not no output', async () => {
	const created = await cs.run({ resource: 'contactList', operation: 'create', listName: 'Empty' });
	const empty = String(created.output('ClickSend')[0].json.list_id);
	const result = await cs.run(
		{ resource: 'sms', operation: 'calculatePrice', sendTo: 'list', listId: byId('={{ $json.list }}'), body: 'Hi' },
		{ items: [{ list: empty }, { list: '428' }] },
	);
	expect(result.error).toBeUndefined();
	const items = result.output('ClickSend');
	expect(pairedIndex(items[0])).toBe(0);
	expect(items[0].json).toMatchObject({ total_price: 0, messages: [] });
	expect(items.slice(1).every((item) => pairedIndex(item) === 1)).toBe(true);
});

describe('dates that cannot be meant', () => {
	test('Get Many: Sent After later than Sent Before fails, naming both (swapped columns), before any request', async () => {
		const result = await cs.run(
			{ resource: 'sms', operation: 'getAll', returnAll: true, filters: { dateFrom: '={{ $json.from }}', dateTo: '={{ $json.to }}' } },
			{ items: [{ from: '2026-11-30', to: '2026-01-01' }] },
		);
		expect(result.error?.message).toBe('Invalid Sent After: is later than Sent Before: nothing can be in that range (are the two swapped?)');
		expect(cs.requests()).toHaveLength(0);
	});

	test.each([
		['20261130', '20261130 is neither Unix seconds of a date from 2001 nor Unix milliseconds'],
		['={{ 46356 }}', '46356 is neither Unix seconds of a date from 2001 nor Unix milliseconds'],
	])('Mark Delivery Receipts as Read before %s fails (a date written as a number)', async (dateBefore, message) => {
		const result = await cs.run({ resource: 'sms', operation: 'markReceiptsRead', dateBefore });
		expect(result.error?.message).toContain(`Invalid Before: ${message}`);
		expect(cs.requests()).toHaveLength(0);
	});

	test('a Schedule in microseconds fails instead of going out for the year 58888', async () => {
		const micro = String((Date.now() + 86_400_000) * 1000);
		const result = await cs.run({ resource: 'sms', operation: 'send', to: '+61411111111', body: 'Hi', additionalFields: { schedule: `={{ ${micro} }}` } });
		expect(result.error?.message).toContain(`Invalid Schedule: ${micro} is neither Unix seconds of a date from 2001 nor Unix milliseconds`);
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('text filters and file names of read operations', () => {
	test.each([
		['Get Many Search', { resource: 'sms', operation: 'getAll', returnAll: true, filters: { q: '={{ ["a", "b"] }}' } }, 'Invalid Search: must be text, got a list'],
		['Get Many Order By', { resource: 'sms', operation: 'getAll', returnAll: true, filters: { order_by: '={{ { x: 1 } }}' } }, 'Invalid Order By: must be text, got object'],
		['Contact Search Keyword', { resource: 'contact', operation: 'search', q: '={{ ["a", "b"] }}', returnAll: true }, 'Invalid Keyword: must be text, got a list'],
		['Contact Search Keyword of zero-width characters', { resource: 'contact', operation: 'search', q: '={{ "\\u200b" }}', returnAll: true }, 'Invalid Keyword: is empty; give the text to look for'],
		['Contact List Export File Name', { resource: 'contactList', operation: 'export', listId: byId('428'), filename: '={{ $json.none }}' }, 'Invalid File Name: is empty'],
	])('%s fails before any request', async (_label, parameters, message) => {
		const result = await cs.run(parameters);
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('a blank Search filter is not sent', async () => {
		const result = await cs.run({ resource: 'sms', operation: 'getAll', returnAll: true, filters: { q: '={{ "  " }}' } });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/history')[0].query).not.toHaveProperty('q');
	});
});

describe('names of zero-width characters alone are no name', () => {
	test('Email → Send: a From Name or recipient Name of zero-width characters is left out', async () => {
		const result = await cs.run({
			resource: 'email',
			operation: 'send',
			emailAddressId: byId('1'),
			recipients: { recipient: [{ email: 'a@example.com', name: '={{ "\\u200b" }}' }] },
			subject: 'S',
			body: 'B',
			additionalFields: { fromName: '={{ "\\u200b " }}' },
		});
		expect(result.error).toBeUndefined();
		expect(cs.requests('/email/send')[0].body).toMatchObject({ to: [{ email: 'a@example.com' }], from: { email_address_id: 1 } });
		expect(JSON.stringify(cs.requests('/email/send')[0].body)).not.toContain('\u200b');
	});

	test('Email-to-SMS Stripped String of zero-width characters fails before any request', async () => {
		const result = await cs.run({ resource: 'emailToSmsStrippedString', operation: 'create', stripString: '={{ "\\u200b" }}' });
		expect(result.error?.message).toBe('Invalid String: is empty; give the text to remove from emails');
		expect(cs.requests()).toHaveLength(0);
	});
});

test('Voice → Send: a Voice or Language given as a list fails, naming the field', async () => {
	const voice = { resource: 'voice', operation: 'send', to: '+61411111111', body: 'Hello', voice: 'female', lang: 'en-au' };
	expect((await cs.run({ ...voice, voice: '={{ ["female"] }}' })).error?.message).toContain('Invalid Voice: must be text, got a list');
	expect((await cs.run({ ...voice, lang: '={{ ["en-au"] }}' })).error?.message).toContain('Invalid Language: must be text, got a list');
	expect(cs.requests()).toHaveLength(0);
});

test('a path ID that is null (a blank cell) is empty, not "got object"', async () => {
	const result = await cs.run({ resource: 'sms', operation: 'markInboundRead', messageId: '={{ $json.id }}' }, { items: [{ id: null }] });
	expect(result.error?.message).toBe("Invalid Inbound Message ID: is empty; choose one or give its ID");
});

test('Email Template → Create: a master template ID copied with a zero-width space is read; a list fails', async () => {
	const create = { resource: 'emailTemplate', operation: 'create', templateName: 'Welcome' };
	const copied = await cs.run({ ...create, masterTemplateId: byId('={{ "57\\u200b" }}') });
	expect(copied.error).toBeUndefined();
	expect(cs.requests('/email/templates')[0]?.body).toMatchObject({ template_id_master: 57 });
	const list = await cs.run({ ...create, masterTemplateId: byId('={{ ["57"] }}') });
	expect(list.error?.message).toBe('Invalid Master Template: must be one ID, got ["57"]');
});

test('URLs, countries and IDs copied with a zero-width character next to a space are read as meant', async () => {
	const upload = await cs.run({ resource: 'emailTemplate', operation: 'uploadImage', templateId: byId('281'), imageUrl: '={{ "\\u200b https://example.com/a.png" }}' });
	expect(upload.error).toBeUndefined();
	expect(cs.requests('/email/templates-images/281')[0].body).toEqual({ url: 'https://example.com/a.png' });
	const sms = await cs.run({ resource: 'sms', operation: 'send', to: '+61411111111', body: 'Hi', additionalFields: { country: '={{ "AU\\u200b" }}' } });
	expect(sms.error).toBeUndefined();
	expect(firstMessage('/sms/send')).toMatchObject({ country: 'AU' });
	const blank = await cs.run({ resource: 'sms', operation: 'send', to: '+61411111111', body: 'Hi', additionalFields: { country: '={{ "\\u200b" }}' } });
	expect(blank.error).toBeUndefined();
	expect(firstMessage('/sms/send', 1)).not.toHaveProperty('country');
});

test('a rule with a blank dedicated number says * is allowed', async () => {
	const result = await cs.run({
		resource: 'inboundSmsRule',
		operation: 'create',
		ruleName: 'Replies',
		dedicatedNumber: byId('={{ " " }}'),
		action: 'POLL',
		actionAddress: 'poll',
	});
	expect(result.error?.message).toBe('Invalid Dedicated Number: is empty; give a phone number such as +61411111111, or * for every number of the account');
	expect(cs.requests()).toHaveLength(0);
});

test('an ID typed (not from an expression) with a zero-width space copied along is accepted by the field and read without it', async () => {
	const result = await cs.run({ resource: 'contactList', operation: 'get', listId: byId('428\u200b') });
	expect(result.error).toBeUndefined();
	expect(cs.requests('/lists/428')).toHaveLength(1);
});

describe('Dedicated Number → Search and Contact List → Import', () => {
	const search = { resource: 'number', operation: 'search', country: 'AU', searchType: 1, returnAll: false, limit: 2 };

	test.each([
		['={{ [4, 5] }}', 'Invalid Search Pattern: must be text, got a list'],
		['={{ "\\u200b " }}', 'Invalid Search Pattern: is empty; give the digits to look for, such as 88'],
	])('Search Pattern %s fails before any request', async (searchPattern, message) => {
		const result = await cs.run({ ...search, searchPattern });
		expect(result.error?.message).toBe(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('a Match an expression leaves out fails (ClickSend requires search_type)', async () => {
		const result = await cs.run({ ...search, searchPattern: '4', searchType: '={{ $json.match }}' }, { items: [{}] });
		expect(result.error?.message).toBe('Invalid Match: is empty; choose Anywhere, Starts With or Ends With');
		expect(cs.requests()).toHaveLength(0);
	});

	test('Import: a column without a field fails, naming its position (later columns would shift)', async () => {
		const result = await cs.run({
			resource: 'contactList',
			operation: 'import',
			listId: byId('428'),
			fileSource: 'url',
			fileUrl: 'https://example.com/contacts.csv',
			fieldOrder: { columns: [{ field: 'phone' }, { field: '={{ $json.skip }}' }, { field: 'last_name' }] },
		});
		expect(result.error?.message).toBe('Invalid Columns: column 2 has no field; choose the contact field of that CSV column');
		expect(cs.requests()).toHaveLength(0);
	});
});

test("Calculate Price: every priced message's item carries ClickSend's totals of its request", async () => {
	const result = await cs.run({ resource: 'sms', operation: 'calculatePrice', sendTo: 'list', listId: byId('428'), body: 'Sale' });
	expect(result.error).toBeUndefined();
	const items = result.output('ClickSend');
	expect(items.length).toBeGreaterThan(1);
	const total = items.reduce((sum, item) => sum + Number(item.json.message_price), 0);
	for (const item of items) expect(item.json).toMatchObject({ total_count: items.length, total_price: expect.any(Number) });
	expect(Number(items[0].json.total_price)).toBeCloseTo(total, 4);
});

describe('Retry On Fail with Continue (regular output)', () => {
	const retry = { maxTries: 2, waitBetweenTries: 0 };

	test('SMS → Send: a 500 on the first try; the retry sends the items (the uncertain one with a warning), not the first try\'s error items', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 500 });
		const result = await cs.run(
			{ resource: 'sms', operation: 'send', to: '={{ $json.p }}', body: 'Hi', additionalFields: { customString: '={{ $json.ref }}' }, batching: { batchSize: 1 } },
			{ items: [{ p: '+61411111111', ref: 'a' }, { p: '+61422222222', ref: 'b' }], retry, onError: 'continueRegularOutput' },
		);
		const items = result.output('ClickSend');
		expect(items.map((i) => [pairedIndex(i), i.json.error ?? 'sent'])).toEqual([
			[0, 'sent'],
			[1, 'sent'],
		]);
		expect(String(items[0].json.warning)).toContain('may have reached ClickSend');
		expect(items[1].json.warning).toBeUndefined();
		expect(cs.requests('/sms/send')).toHaveLength(3);
	});

	test('Calculate Price: a 500 is retried as a read (nothing is sent), without a duplicate warning', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/price', status: 500 });
		const result = await cs.run({ resource: 'sms', operation: 'calculatePrice', to: '={{ $json.p }}', body: 'Hi' }, { items: [{ p: '+61411111111' }, { p: '+61422222222' }] });
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend').map((i) => [pairedIndex(i), i.json.warning])).toEqual([
			[0, undefined],
			[1, undefined],
		]);
	});
});
