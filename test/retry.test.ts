/**
 * Retry On Fail runs a failed node again on the same input. Items a failed try already sent are
 * not sent again: the next try outputs what they gave (shared/retryLedger.ts), for batched sends,
 * routed operations and per-item operations alike.
 */
import { pairedIndex, useSandbox } from './helpers/sandbox';
import { sentEmails } from './sandbox/routes/email';

const cs = useSandbox();
const retry = { maxTries: 2, waitBetweenTries: 0 };
/** SMS to a number, or to a contact list when the item has `list`, with the item's `ref` as custom string. */
const sms = {
	resource: 'sms',
	operation: 'send',
	sendTo: '={{ $json.list ? "list" : "number" }}',
	to: '={{ $json.phone }}',
	listId: { __rl: true, mode: 'id', value: '={{ $json.list }}' },
	body: 'Hi',
	additionalFields: { customString: '={{ $json.ref }}' },
};
/** One email to the item's `email`. */
const email = { resource: 'email', operation: 'send', emailAddressId: { __rl: true, mode: 'list', value: '1' }, recipients: { recipient: [{ email: '={{ $json.email }}' }] }, subject: 'S', body: 'B' };

test('SMS bulk send: the second batch fails once; the retry sends only the batches not sent, and the run succeeds', async () => {
	cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 400, skip: 1, body: { http_code: 400, response_code: 'BAD_REQUEST', response_msg: 'nope', data: null } });
	const result = await cs.run(
		{ resource: 'sms', operation: 'send', to: '={{ $json.phone }}', body: 'Hi', additionalFields: { customString: '={{ $json.ref }}' }, batching: { batchSize: 1 } },
		{ items: [{ phone: '+61411111111', ref: 'a' }, { phone: '+61422222222', ref: 'b' }, { phone: '+61433333333', ref: 'c' }], retry },
	);
	expect(result.error).toBeUndefined();
	expect(cs.sandbox.state.smsMessages.map((m) => m.custom_string).sort()).toEqual(['a', 'b', 'c']);
	expect(result.output('ClickSend').map((item) => [pairedIndex(item), item.json.custom_string])).toEqual([
		[0, 'a'],
		[1, 'b'],
		[2, 'c'],
	]);
});

test('SMS send with a refused row: the retry does not send the accepted message again', async () => {
	const result = await cs.run(sms, { items: [{ phone: '+61411111111', ref: 'a' }, { list: 999, phone: '', ref: 'b' }], retry });
	expect(result.error?.description).toContain('1 item(s) were sent (0): do not send them again');
	expect(cs.sandbox.state.smsMessages.filter((m) => m.custom_string === 'a')).toHaveLength(1);
	expect(cs.requests('/sms/send')).toHaveLength(2);
});

test('Email send: email 2 fails once with a 500; the retry sends email 2 only', async () => {
	cs.sandbox.fault({ method: 'POST', path: '/email/send', status: 500, skip: 1 });
	const result = await cs.run(
		email,
		{ items: [{ email: 'a@example.com' }, { email: 'b@example.com' }], retry },
	);
	expect(sentEmails(cs.sandbox.state).map((e) => e.to[0].email).sort()).toEqual(['a@example.com', 'b@example.com']);
	expect(result.error).toBeUndefined();
	expect(result.output('ClickSend').map(pairedIndex)).toEqual([0, 1]);
});

test('Contact → Create (routed): item 1 refused on every try; item 0 is created once', async () => {
	const result = await cs.run(
		{ resource: 'contact', operation: 'create', listId: { __rl: true, mode: 'id', value: '={{ $json.list }}' }, phoneNumber: '={{ $json.phone }}' },
		{ items: [{ list: 428, phone: '+61455555555' }, { list: 999, phone: '+61466666666' }], retry },
	);
	expect(result.error).toBeDefined();
	expect(cs.sandbox.state.contactLists.get(428)!.contacts.filter((c) => c.phone_number === '+61455555555')).toHaveLength(1);
	expect(cs.requests('/lists/428/contacts').filter((r) => r.method === 'POST')).toHaveLength(1);
});

test('Contact → Create or Update (per item): item 1 fails once; the retry does not write item 0 again', async () => {
	cs.sandbox.fault({ method: 'POST', path: '/lists/428/contacts', status: 400, skip: 1, body: { http_code: 400, response_code: 'BAD_REQUEST', response_msg: 'Invalid contact.', data: null } });
	const result = await cs.run(
		{ resource: 'contact', operation: 'upsert', listId: { __rl: true, mode: 'id', value: '428' }, matchBy: 'phoneNumber', phoneNumber: '={{ $json.phone }}' },
		{ items: [{ phone: '+61455555555' }, { phone: '+61466666666' }], retry },
	);
	expect(result.error).toBeUndefined();
	expect(cs.requests('/lists/428/contacts').filter((r) => r.method === 'POST')).toHaveLength(3);
	// Item 0 is neither looked up nor written again (an upsert would otherwise update it a second time).
	expect(cs.requests().filter((r) => r.method === 'PUT')).toHaveLength(0);
	expect(cs.requests().filter((r) => r.method === 'GET')).toHaveLength(3);
	expect(cs.sandbox.state.contactLists.get(428)!.contacts.filter((c) => c.phone_number === '+61455555555')).toHaveLength(1);
	expect(result.output('ClickSend').map(pairedIndex)).toEqual([0, 1]);
});

const retry3 = { maxTries: 3, waitBetweenTries: 0 };

test('Continue On Fail + Retry On Fail (n8n retries on an error item): a refused row does not make the accepted item go out again', async () => {
	await cs.run(sms, { items: [{ list: 999, phone: '', ref: 'a' }, { phone: '+61411111111', ref: 'b' }], retry: retry3, onError: 'continueRegularOutput' });
	const sendsOfB = cs.sandbox.state.smsMessages.filter((m) => m.custom_string === 'b').length;
	expect(sendsOfB).toBe(1);
});

test('Continue On Fail + Retry On Fail: an item with bad input does not make the accepted item go out again', async () => {
	await cs.run(sms, { items: [{ phone: 'not a number', ref: 'a' }, { phone: '+61411111111', ref: 'b' }], retry: retry3, onError: 'continueRegularOutput' });
	const sendsOfB = cs.sandbox.state.smsMessages.filter((m) => m.custom_string === 'b').length;
	expect(sendsOfB).toBe(1);
});

test('Continue On Fail + Retry On Fail, routed Contact → Create: the created item is created once', async () => {
	const result = await cs.run(
		{ resource: 'contact', operation: 'create', listId: { __rl: true, mode: 'id', value: '={{ $json.list }}' }, phoneNumber: '={{ $json.phone }}' },
		{ items: [{ list: 999, phone: '+61455555555' }, { list: 428, phone: '+61466666666' }], retry: retry3, onError: 'continueRegularOutput' },
	);
	expect(result.output('ClickSend').map(pairedIndex)).toEqual([0, 1]);
	const posts = cs.requests('/lists/428/contacts').filter((r) => r.method === 'POST').length;
	expect(posts).toBe(1);
});

test('a contact-list send partly refused: its accepted messages go out once over three tries', async () => {
	const state = cs.sandbox.state;
	const list = state.contactLists.get(428)!;
	const good = list.contacts.length;
	list.contacts.push(state.newContact(428, String(Math.floor(Date.now() / 1000)), { phone_number: 'bad' }));
	const result = await cs.run(sms, { items: [{ list: 428, ref: 'L' }, { phone: '+61411111111', ref: 'b' }], retry: retry3 });
	expect(result.error?.description).toContain('had some messages sent and some refused (0)');
	const listSends = state.smsMessages.filter((m) => m.custom_string === 'L').length;
	expect(listSends).toBe(good);
});

test('an item whose request may have reached ClickSend (502) is sent again by the retry, with a warning', async () => {
	cs.sandbox.fault({ method: 'POST', path: '/email/send', status: 502, skip: 1 });
	const result = await cs.run(
		email,
		{ items: [{ email: 'a@example.com' }, { email: 'b@example.com' }], retry },
	);
	expect(result.error).toBeUndefined();
	const [first, second] = result.output('ClickSend');
	expect(first.json.warning).toBeUndefined();
	expect(String(second.json.warning)).toMatch(/^An earlier try's request for this item failed after it may have reached ClickSend \(.+\): check the history for a duplicate$/);
});

test('a routed write whose request may have reached ClickSend (500) is sent again by the retry, with a warning', async () => {
	cs.sandbox.fault({ method: 'PUT', path: '/reseller/transfer-credit', status: 500 });
	const result = await cs.run(
		{ resource: 'resellerAccount', operation: 'transferCredit', clientUserId: { __rl: true, mode: 'id', value: '={{ $json.client }}' }, balance: 10, currency: 'USD' },
		{ items: [{ client: 24 }, { client: 60 }], retry },
	);
	expect(result.error).toBeUndefined();
	const warnings = result.output('ClickSend').map((item) => [pairedIndex(item), item.json.warning]);
	expect(warnings).toEqual([
		[0, expect.stringMatching(/^An earlier try's request for this item failed after it may have reached ClickSend \(.+\): check the history for a duplicate$/)],
		[1, undefined],
	]);
});

describe('Contact → Create or Update after a write that may have reached ClickSend: searched again, and the output says so', () => {
	const upsert = { resource: 'contact', operation: 'upsert', listId: { __rl: true, mode: 'id', value: '428' }, matchBy: 'phoneNumber', phoneNumber: '={{ $json.phone }}', additionalFields: { firstName: '={{ $json.first }}' } };
	const earlier = /^An earlier try's request for this item failed after it may have reached ClickSend \(.+\)\. /;
	const withPhone = (phone: string) => cs.sandbox.state.contactLists.get(428)!.contacts.filter((c) => c.phone_number === phone);
	const writes = () => cs.requests().filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

	test('a create answered with a 500 (not saved): the retry finds no contact, creates it once and warns to check for a duplicate', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/lists/428/contacts', status: 500 });
		const result = await cs.run(upsert, { items: [{ phone: '+61455555555', first: 'Mia' }], retry });
		expect(result.error).toBeUndefined();
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json).toMatchObject({ created: true, first_name: 'Mia' });
		expect(String(item.json.warning)).toMatch(earlier);
		expect(String(item.json.warning)).toContain('Searching the list again found no contact, so this try created it');
		expect(String(item.json.warning)).toContain('check the list for a duplicate');
		expect(writes()).toEqual(['POST /lists/428/contacts', 'POST /lists/428/contacts']);
		expect(withPhone('+61455555555')).toHaveLength(1);
	});

	test('a create ClickSend saved but answered too late (timeout): the retry finds it and updates it, no duplicate, and says so', async () => {
		// Saved after 0.6 s; the node gives up after 0.2 s and n8n retries 2 s later, when the search finds it.
		cs.sandbox.fault({ method: 'POST', path: '/lists/428/contacts', delayMs: 600 });
		const result = await cs.run({ ...upsert, requestOptions: { timeout: 200 } }, { items: [{ phone: '+61455555555', first: 'Mia' }], retry: { maxTries: 2, waitBetweenTries: 2000 } });
		expect(result.error).toBeUndefined();
		const [item] = result.output('ClickSend');
		expect(item.json).toMatchObject({ created: false, first_name: 'Mia' });
		expect(String(item.json.warning)).toMatch(earlier);
		expect(String(item.json.warning)).toMatch(/request timeout/);
		expect(String(item.json.warning)).toContain('Searching the list again found the contact, so this try updated it and no second contact was created');
		expect(writes()).toEqual(['POST /lists/428/contacts', `PUT /lists/428/contacts/${String(item.json.contact_id)}`]);
		expect(withPhone('+61455555555')).toHaveLength(1);
	});

	test('an update answered with a 502: the retry updates the same contact again, with a warning', async () => {
		cs.sandbox.fault({ method: 'PUT', path: '/lists/428/contacts/{contact_id}', status: 502 });
		const result = await cs.run(upsert, { items: [{ phone: '+61455555555', first: 'New' }, { phone: '+61411111111', first: 'Johnny' }], retry });
		expect(result.error).toBeUndefined();
		const items = result.output('ClickSend');
		expect(items.map((item) => [pairedIndex(item), item.json.created, item.json.warning === undefined])).toEqual([
			[0, true, true],
			[1, false, false],
		]);
		expect(String(items[1].json.warning)).toMatch(earlier);
		expect(items[1].json).toMatchObject({ contact_id: 552786, first_name: 'Johnny' });
		// Item 0 was created by the first try and is not written again.
		expect(writes()).toEqual(['POST /lists/428/contacts', 'PUT /lists/428/contacts/552786', 'PUT /lists/428/contacts/552786']);
	});

	test('with Continue On Fail too (n8n retries on the error item): the created item carries the warning', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/lists/428/contacts', reset: true });
		const result = await cs.run(upsert, { items: [{ phone: '+61455555555', first: 'Mia' }], retry, onError: 'continueRegularOutput' });
		const [item] = result.output('ClickSend');
		expect(item.json).toMatchObject({ created: true, first_name: 'Mia' });
		expect(String(item.json.warning)).toMatch(/^An earlier try's request for this item failed after it may have reached ClickSend \(The connection to ClickSend was interrupted/);
		expect(withPhone('+61455555555')).toHaveLength(1);
	});

	test('a write ClickSend refused (400) was not applied: the retry writes it without a warning', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/lists/428/contacts', status: 400, body: { http_code: 400, response_code: 'BAD_REQUEST', response_msg: 'Invalid contact.', data: null } });
		const result = await cs.run(upsert, { items: [{ phone: '+61455555555', first: 'Mia' }], retry });
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend')[0].json).toMatchObject({ created: true });
		expect(result.output('ClickSend')[0].json.warning).toBeUndefined();
	});
});
