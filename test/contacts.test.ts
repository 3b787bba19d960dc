import { runListSearch } from './harness/load-options';
import { basicAuth, pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { findOperation, validateRequestBody } from './sandbox/spec';
import { phoneMatchKey, phoneSearchText } from '../nodes/ClickSend/resources/contact/phoneMatch';
import { SEED_LIST_ID, type Contact } from './sandbox/state';

const cs = useSandbox();

/** A resource locator value "By ID". */
const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
const list428 = byId(SEED_LIST_ID);

const seedList = () => cs.sandbox.state.contactLists.get(SEED_LIST_ID)!;
const contactIn = (listId: number, contactId: unknown) =>
	cs.sandbox.state.contactLists.get(listId)?.contacts.find((c) => c.contact_id === Number(contactId));

/** Adds `n` contacts to list 428 directly in the sandbox state (phone +6140000000k, first_name Bulk k). */
function addBulkContacts(n: number) {
	const list = seedList();
	for (let k = 0; k < n; k++) {
		list.contacts.push({
			...list.contacts[0],
			contact_id: cs.sandbox.state.nextId('contact'),
			phone_number: `+614000${String(k).padStart(5, '0')}`,
			first_name: `Bulk${k}`,
			last_name: 'Load',
		} as Contact);
	}
}

const everyField = {
	email: 'ada@example.com',
	faxNumber: '+61 2 6111 1111',
	firstName: 'Ada',
	lastName: 'Lovelace',
	organizationName: 'Analytical Engines',
	addressLine1: '1 Babbage St',
	addressLine2: 'Level 2',
	addressCity: 'Sydney',
	addressState: 'NSW',
	addressPostalCode: '2000',
	addressCountry: 'au',
	custom1: 'A',
	custom2: 'B',
	custom3: 'C',
	custom4: 'D',
};

describe('Contact → Create (POST /lists/{list_id}/contacts)', () => {
	test('sends every contact field, normalises the phone and fax numbers, and the contact lands in the list', async () => {
		const result = await cs.run(
			{ resource: 'contact', operation: 'create', listId: list428, phoneNumber: '={{ $json.phone }}', additionalFields: everyField },
			{ items: [{ phone: '+61 411-111 (119)' }] },
		);
		expect(result.error).toBeUndefined();
		const [request] = cs.requests(`/lists/${SEED_LIST_ID}/contacts`);
		expect(request.method).toBe('POST');
		expectValidBody(request);
		expect(request.body).toEqual({
			phone_number: '+61411111119',
			email: 'ada@example.com',
			fax_number: '+61261111111',
			first_name: 'Ada',
			last_name: 'Lovelace',
			organization_name: 'Analytical Engines',
			address_line_1: '1 Babbage St',
			address_line_2: 'Level 2',
			address_city: 'Sydney',
			address_state: 'NSW',
			address_postal_code: '2000',
			address_country: 'AU',
			custom_1: 'A',
			custom_2: 'B',
			custom_3: 'C',
			custom_4: 'D',
		});
		const items = result.output('ClickSend');
		expect(items).toHaveLength(1);
		expect(pairedIndex(items[0])).toBe(0);
		expect(items[0].json).toMatchObject({ list_id: SEED_LIST_ID, phone_number: '+61411111119', first_name: 'Ada', _list_name: 'Sandbox Customers' });
		expect(contactIn(SEED_LIST_ID, items[0].json.contact_id)).toMatchObject({ phone_number: '+61411111119', custom_4: 'D' });
	});

	test('an invalid phone number or country fails the item before any request, naming the field', async () => {
		const result = await cs.run(
			{ resource: 'contact', operation: 'create', listId: list428, phoneNumber: '={{ $json.phone }}', additionalFields: { addressCountry: '={{ $json.country }}' } },
			{
				items: [
					{ phone: 'call me', country: 'AU' },
					{ phone: '+61411111119', country: 'Australia' },
				],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.error).toBeUndefined();
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items[0].json.error).toMatch(/^Invalid Phone Number: "call me" is not a phone number/);
		expect(items[1].json.error).toMatch(/^Invalid Country: must be a two-letter ISO 3166 country code/);
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts`)).toHaveLength(0);
	});
});

describe('Contact → Create: phone number, fax number or email (at least one)', () => {
	test('an email-only contact is created; the body is valid against the corrected schema', async () => {
		const result = await cs.run({
			resource: 'contact',
			operation: 'create',
			listId: list428,
			phoneNumber: '',
			additionalFields: { email: ' only@example.com ', firstName: 'Olly' },
		});
		expect(result.error).toBeUndefined();
		const [request] = cs.requests(`/lists/${SEED_LIST_ID}/contacts`);
		expect(request.method).toBe('POST');
		expectValidBody(request);
		expect(request.body).toEqual({ email: 'only@example.com', first_name: 'Olly' });
		const items = result.output('ClickSend');
		expect(items).toHaveLength(1);
		expect(pairedIndex(items[0])).toBe(0);
		expect(items[0].json).toMatchObject({ list_id: SEED_LIST_ID, email: 'only@example.com', first_name: 'Olly', phone_number: '' });
		expect(contactIn(SEED_LIST_ID, items[0].json.contact_id)).toMatchObject({ email: 'only@example.com' });
	});

	test('a fax-only contact is created too', async () => {
		const result = await cs.run({ resource: 'contact', operation: 'create', listId: list428, additionalFields: { faxNumber: '+61 2 6111 1111' } });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests(`/lists/${SEED_LIST_ID}/contacts`);
		expectValidBody(request);
		expect(request.body).toEqual({ fax_number: '+61261111111' });
		expect(result.output('ClickSend')[0].json).toMatchObject({ fax_number: '+61261111111' });
	});

	test('none of the three fails the item before any request, naming the three fields', async () => {
		const result = await cs.run(
			{ resource: 'contact', operation: 'create', listId: list428, phoneNumber: '={{ $json.phone }}', additionalFields: { firstName: 'Nobody', email: '={{ $json.email }}' } },
			{ items: [{ phone: '  ', email: '' }, { phone: '', email: 'a@example.com' }], onError: 'continueRegularOutput' },
		);
		expect(result.error).toBeUndefined();
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items[0].json.error).toBe(
			'Invalid Phone Number, Fax Number or Email: all empty; ClickSend needs at least one of Phone Number, Fax Number (Additional Fields) or Email (Additional Fields) for a contact',
		);
		expect(items[1].json).toMatchObject({ email: 'a@example.com', first_name: 'Nobody' });
		const requests = cs.requests(`/lists/${SEED_LIST_ID}/contacts`);
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({ email: 'a@example.com', first_name: 'Nobody' });
	});

	test('without Continue On Fail the node stops and sends nothing', async () => {
		const result = await cs.run({ resource: 'contact', operation: 'create', listId: list428, additionalFields: { firstName: 'Nobody' } });
		expect(result.error?.message).toMatch(/^Invalid Phone Number, Fax Number or Email: all empty/);
		expect(cs.requests()).toHaveLength(0);
	});

	test('the sandbox schema requires one of the three instead of phone_number, and the route refuses empty ones', async () => {
		const op = findOperation('POST', '/lists/{list_id}/contacts')!;
		expect(validateRequestBody(op, { email: 'a@example.com' }).valid).toBe(true);
		expect(validateRequestBody(op, { fax_number: '+61261111111' }).valid).toBe(true);
		expect(validateRequestBody(op, { phone_number: '+61411111111' }).valid).toBe(true);
		expect(validateRequestBody(op, { first_name: 'Nobody' })).toMatchObject({ valid: false, missing: ['phone_number'] });

		const post = async (body: unknown) => {
			const res = await fetch(`${cs.sandbox.url}/lists/${SEED_LIST_ID}/contacts`, {
				method: 'POST',
				headers: { authorization: basicAuth(), 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			return { status: res.status, json: (await res.json()) as Record<string, unknown> };
		};
		const absent = await post({ first_name: 'Nobody' });
		expect(absent).toMatchObject({ status: 400, json: { response_code: 'MISSING_REQUIRED_FIELDS' } });
		const empty = await post({ phone_number: '', email: ' ', first_name: 'Nobody' });
		expect(empty).toMatchObject({
			status: 400,
			json: { response_code: 'MISSING_REQUIRED_FIELDS', data: { missing_fields: ['phone_number', 'fax_number', 'email'] } },
		});
		expect(seedList().contacts.some((c) => c.first_name === 'Nobody')).toBe(false);
	});
});

describe('Contact → Get, Update, Get Many, Delete', () => {
	test('create → get → update → list with search, operator and order → delete', async () => {
		const created = await cs.run({ resource: 'contact', operation: 'create', listId: list428, phoneNumber: '+61433333333', additionalFields: { firstName: 'Zed', lastName: 'Doe' } });
		const contactId = created.output('ClickSend')[0].json.contact_id as number;
		const contactPath = `/lists/${SEED_LIST_ID}/contacts/${contactId}`;

		const got = await cs.run({ resource: 'contact', operation: 'get', listId: list428, contactId: byId(contactId) });
		expect(got.error).toBeUndefined();
		expect(cs.requests(contactPath).map((r) => r.method)).toEqual(['GET']);
		expect(got.output('ClickSend')[0].json).toMatchObject({ contact_id: contactId, first_name: 'Zed', phone_number: '+61433333333' });

		const updated = await cs.run({
			resource: 'contact',
			operation: 'update',
			listId: list428,
			contactId: { __rl: true, mode: 'list', value: String(contactId) },
			updateFields: { firstName: 'Zoe', phoneNumber: '+61 433 333 334', email: 'zoe@example.com' },
		});
		expect(updated.error).toBeUndefined();
		const put = cs.requests(contactPath).find((r) => r.method === 'PUT')!;
		expectValidBody(put);
		expect(put.body).toEqual({ first_name: 'Zoe', phone_number: '+61433333334', email: 'zoe@example.com' });
		expect(updated.output('ClickSend')[0].json).toMatchObject({ contact_id: contactId, first_name: 'Zoe', last_name: 'Doe' });

		// Doe contacts of list 428: John, Jane (seed) and Zoe; OR adds Oliver (first_name contains "oli").
		const listed = await cs.run({
			resource: 'contact',
			operation: 'getAll',
			listId: list428,
			returnAll: true,
			filters: { q: 'last_name:doe,first_name:oli', operator: 'OR', order_by: 'first_name:desc' },
		});
		expect(listed.error).toBeUndefined();
		const [get] = cs.requests(`/lists/${SEED_LIST_ID}/contacts`).filter((r) => r.method === 'GET');
		expect(get.query).toEqual({ q: 'last_name:doe,first_name:oli', operator: 'OR', order_by: 'first_name:desc', page: '1', limit: '100' });
		expect(listed.output('ClickSend').map((i) => i.json.first_name)).toEqual(['Zoe', 'Oliver', 'John', 'Jane']);
		expect(listed.output('ClickSend').every((i) => pairedIndex(i) === 0)).toBe(true);

		const deleted = await cs.run({ resource: 'contact', operation: 'delete', listId: list428, contactId: byId(contactId) });
		expect(deleted.error).toBeUndefined();
		expect(cs.requests(contactPath).map((r) => r.method)).toEqual(['GET', 'PUT', 'DELETE']);
		expect(deleted.output('ClickSend')[0].json).toEqual({ success: true, message: `Contact #${contactId} has been deleted.` });
		expect(contactIn(SEED_LIST_ID, contactId)).toBeUndefined();
	});

	test('Get Many: AND search (default operator) and Return All / Limit paging', async () => {
		addBulkContacts(130);
		const and = await cs.run({ resource: 'contact', operation: 'getAll', listId: list428, limit: 50, filters: { q: 'last_name:doe,first_name:JA' } });
		expect(and.output('ClickSend').map((i) => i.json.first_name)).toEqual(['Jane']);
		// No Search Operator set: none sent, ClickSend combines the terms with AND.
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts`)[0].query).toEqual({ q: 'last_name:doe,first_name:JA', page: '1', limit: '50' });

		const all = await cs.run({ resource: 'contact', operation: 'getAll', listId: list428, returnAll: true });
		expect(all.output('ClickSend')).toHaveLength(134);
		const limited = await cs.run({ resource: 'contact', operation: 'getAll', listId: list428, limit: 20 });
		expect(limited.output('ClickSend')).toHaveLength(20);
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts`).map((r) => `${r.query.page}/${r.query.limit}`)).toEqual(['1/50', '1/100', '2/100', '1/20']);
	});

	test('Return All set by an expression (true, "TRUE", 1) outputs every row, "false" the Limit, anything else fails', async () => {
		addBulkContacts(130);
		const run = (all: string | number | boolean) =>
			cs.run({ resource: 'contact', operation: 'getAll', listId: list428, returnAll: '={{ $json.all }}', limit: 50 }, { items: [{ all }], onError: 'continueRegularOutput' });
		for (const all of [true, ' TRUE ', 1, '1']) expect((await run(all)).output('ClickSend')).toHaveLength(134);
		for (const all of [false, 'false', 0]) expect((await run(all)).output('ClickSend')).toHaveLength(50);
		const before = cs.requests().length;
		const bad = (await run('yes')).output('ClickSend');
		expect(bad.map((i) => i.json.error)).toEqual(['Invalid Return All: must be true or false, got "yes"']);
		expect(cs.requests()).toHaveLength(before);
	});

	test('an unknown contact fails with ClickSend 404 NOT_FOUND, naming the request', async () => {
		const result = await cs.run({ resource: 'contact', operation: 'get', listId: list428, contactId: byId(999) });
		expect(result.error?.message).toMatch(/^ClickSend: .*\[NOT_FOUND\]$/);
		expect(result.error?.description).toContain(`request: GET /lists/${SEED_LIST_ID}/contacts/999`);
	});

	test('Update without any field fails before the request', async () => {
		const result = await cs.run({ resource: 'contact', operation: 'update', listId: list428, contactId: byId(552786), updateFields: {} });
		expect(result.error?.message).toBe('Invalid Update Fields: choose at least one field to update');
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts/552786`)).toHaveLength(0);
	});

	test('Update whose chosen fields are all empty for the item names them', async () => {
		const result = await cs.run(
			{ resource: 'contact', operation: 'update', listId: list428, contactId: byId(552786), updateFields: { firstName: '={{ $json.first }}', email: '={{ $json.email }}' } },
			{ items: [{ first: ' ', email: '' }] },
		);
		expect(result.error?.message).toBe('Invalid Update Fields: Email, First Name are all empty for this item: nothing to update');
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts/552786`)).toHaveLength(0);
	});
});

describe('Contact → Transfer (PUT /lists/{from_list_id}/contacts/{contact_id}/{to_list_id})', () => {
	test('moves the contact to the other list', async () => {
		const createdList = await cs.run({ resource: 'contactList', operation: 'create', listName: 'VIP' });
		const vipId = createdList.output('ClickSend')[0].json.list_id as number;
		const contactId = seedList().contacts[1].contact_id;
		const result = await cs.run({ resource: 'contact', operation: 'transfer', listId: list428, contactId: byId(contactId), toListId: byId(vipId) });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests(`/lists/${SEED_LIST_ID}/contacts/${contactId}/${vipId}`);
		expect(request.method).toBe('PUT');
		expect(request.body).toBeUndefined();
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json).toMatchObject({ contact_id: contactId, list_id: vipId, _list_name: 'VIP' });
		expect(contactIn(SEED_LIST_ID, contactId)).toBeUndefined();
		expect(contactIn(vipId, contactId)).toMatchObject({ list_id: vipId });
	});

	test.each([['the same ID', String(SEED_LIST_ID)], ['the same ID with a leading zero', `0${SEED_LIST_ID}`]])(
		'to the list the contact is in (%s) is refused before any request',
		async (_name, toList) => {
			const contactId = seedList().contacts[1].contact_id;
			const result = await cs.run({ resource: 'contact', operation: 'transfer', listId: list428, contactId: byId(contactId), toListId: byId(toList) });
			expect(result.error?.message).toBe(`Invalid To Contact List: is the list the contact is in (${SEED_LIST_ID}): choose another list to move the contact to`);
			expect(cs.requests()).toHaveLength(0);
		},
	);
});

describe('Contact → Get Suggestions (GET /contact-suggestions) and Search (GET /search/contacts-lists)', () => {
	test('Get Suggestions outputs one item per suggested contact', async () => {
		const result = await cs.run({ resource: 'contact', operation: 'getSuggestions' });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/contact-suggestions').map((r) => r.method)).toEqual(['GET']);
		const items = result.output('ClickSend');
		expect(items).toHaveLength(4);
		expect(items.every((i) => pairedIndex(i) === 0 && typeof i.json.contact_id === 'number' && i.json.list_id === SEED_LIST_ID)).toBe(true);
	});

	test('Search finds contacts and lists by keyword', async () => {
		await cs.run({ resource: 'contactList', operation: 'create', listName: 'Doe family' });
		const result = await cs.run({ resource: 'contact', operation: 'search', q: 'doe', returnAll: true });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/search/contacts-lists');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ q: 'doe', page: '1', limit: '100' });
		expect(result.output('ClickSend').map((i) => `${String(i.json.type)}:${String(i.json.name)}`)).toEqual([
			'contact:John Doe',
			'contact:Jane Doe',
			'list:Doe family',
		]);
	});

	test('Search with an empty keyword fails before the request', async () => {
		const result = await cs.run({ resource: 'contact', operation: 'search', q: '={{ "" }}' });
		expect(result.error?.message).toBe('Invalid Keyword: is empty; give the text to search for');
		expect(cs.requests('/search/contacts-lists')).toHaveLength(0);
	});
});

describe('Contact → Create or Update (custom operation)', () => {
	const upsertByPhone = {
		resource: 'contact',
		operation: 'upsert',
		listId: list428,
		matchBy: 'phoneNumber',
		phoneNumber: '={{ $json.phone }}',
		additionalFields: { firstName: '={{ $json.first }}', custom1: '={{ $json.crmId }}' },
	};

	test('a Contact List ID with an invisible character copied along is read as the ID, as other operations read it', async () => {
		const result = await cs.run({ ...upsertByPhone, listId: { __rl: true, mode: 'id', value: '={{ "428\u200b" }}' } }, { items: [{ phone: '+61455555555', first: 'Ann' }] });
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend')[0].json).toMatchObject({ created: true, list_id: 428 });
	});

	test('a Contact List given as a list is refused as such, not called empty', async () => {
		const result = await cs.run({ ...upsertByPhone, listId: { __rl: true, mode: 'id', value: '={{ [428] }}' } }, { items: [{ phone: '+61455555555' }] });
		expect(result.error?.message).toBe('Invalid Contact List: must be one ID, got [428]');
		expect(cs.requests()).toHaveLength(0);
	});

	test('contact fields must be text: a list or object from an expression is refused; blanks and zero-width characters are empty', async () => {
		const list = await cs.run({ ...upsertByPhone, additionalFields: { firstName: '={{ ["Ann", "Bo"] }}' } }, { items: [{ phone: '+61455555555' }] });
		expect(list.error?.message).toBe('Invalid First Name: must be text, got a list');
		const object = await cs.run({ resource: 'contact', operation: 'create', listId: list428, phoneNumber: '+61455555555', additionalFields: { custom1: '={{ { tier: "gold" } }}' } });
		expect(object.error?.message).toBe('Invalid Custom 1: must be text, got object');
		expect(cs.requests()).toHaveLength(0);
		const blank = await cs.run({ resource: 'contact', operation: 'create', listId: list428, phoneNumber: '+61455555555', additionalFields: { firstName: '={{ "\u200b\u200b" }}', lastName: 'Lee' } });
		expect(blank.error).toBeUndefined();
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts`)[0].body).toEqual({ phone_number: '+61455555555', last_name: 'Lee' });
	});

	test('every item is checked before any is looked up or written: one bad item sends nothing', async () => {
		const items = [{ phone: '+61455555555', first: 'Mia' }, { phone: 'call me', first: 'Bad' }, { phone: '+61466666666', first: 'Leo' }];
		const result = await cs.run(upsertByPhone, { items });
		expect(result.error?.message).toContain('Invalid Phone Number');
		expect((result.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(1);
		expect(result.error?.description).toContain('No input item was sent: every item is checked before any is sent.');
		expect(cs.requests()).toHaveLength(0);
		// Continue On Fail: the good items are upserted, the bad one is its linked error item, in input order.
		const onFail = await cs.run(upsertByPhone, { items, onError: 'continueRegularOutput' });
		expect(onFail.output('ClickSend').map((item) => [pairedIndex(item), item.json.created ?? item.json.error])).toEqual([
			[0, true],
			[1, expect.stringContaining('Invalid Phone Number')],
			[2, true],
		]);
	});

	test('by phone number: creates a new contact, then updates the same one; one item per input item', async () => {
		const first = await cs.run(upsertByPhone, { items: [{ phone: '+61 455 555 555', first: 'Mia', crmId: 'crm-1' }] });
		expect(first.error).toBeUndefined();
		const [created] = first.output('ClickSend');
		expect(created.json).toMatchObject({ created: true, phone_number: '+61455555555', first_name: 'Mia', custom_1: 'crm-1' });
		expect(pairedIndex(created)).toBe(0);
		const lookups = cs.requests(`/lists/${SEED_LIST_ID}/contacts`);
		expect(lookups.map((r) => r.method)).toEqual(['GET', 'POST']);
		expect(lookups[0].query).toEqual({ q: 'phone_number:61455555555', order_by: 'contact_id:asc', page: '1', limit: '100' });
		expectValidBody(lookups[1]);
		expect(lookups[1].body).toEqual({ phone_number: '+61455555555', first_name: 'Mia', custom_1: 'crm-1' });

		cs.sandbox.requests.length = 0;
		// Same number (other formatting) → update; a seeded number → update; a new number → create.
		const second = await cs.run(upsertByPhone, {
			items: [
				{ phone: '61455555555', first: 'Mia-Rose', crmId: 'crm-1' },
				{ phone: '+61422222222', first: 'Janet', crmId: 'crm-2' },
				{ phone: '+61466666666', first: 'Noah', crmId: 'crm-3' },
			],
		});
		expect(second.error).toBeUndefined();
		const items = second.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1, 2]);
		expect(items.map((i) => [i.json.first_name, i.json.created])).toEqual([
			['Mia-Rose', false],
			['Janet', false],
			['Noah', true],
		]);
		expect(items[0].json.contact_id).toBe(created.json.contact_id);
		expect(items[1].json.contact_id).toBe(seedList().contacts[1].contact_id);
		const writes = cs.requests().filter((r) => r.method !== 'GET');
		expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
			`PUT /lists/${SEED_LIST_ID}/contacts/${String(created.json.contact_id)}`,
			`PUT /lists/${SEED_LIST_ID}/contacts/${seedList().contacts[1].contact_id}`,
			`POST /lists/${SEED_LIST_ID}/contacts`,
		]);
		writes.forEach((r) => expectValidBody(r));
		expect(seedList().contacts.filter((c) => c.phone_number.replace(/\D/g, '') === '61455555555')).toHaveLength(1);
	});

	test('by phone number with Country AU: a local number updates the contact stored in E.164', async () => {
		const before = seedList().contacts.length;
		const result = await cs.run(
			{ ...upsertByPhone, additionalFields: { ...upsertByPhone.additionalFields, addressCountry: '={{ $json.country }}' } },
			{ items: [{ phone: '0411 111 111', first: 'Johnny', crmId: 'crm-au', country: 'au' }] },
		);
		expect(result.error).toBeUndefined();
		const items = result.output('ClickSend');
		expect(items).toHaveLength(1);
		expect(pairedIndex(items[0])).toBe(0);
		expect(items[0].json).toMatchObject({ created: false, contact_id: 552786, first_name: 'Johnny', custom_1: 'crm-au', address_country: 'AU' });
		const requests = cs.requests(`/lists/${SEED_LIST_ID}/contacts`);
		// Searched without the calling code (ClickSend's q is a substring match), compared as 61411111111.
		expect(requests.map((r) => r.method)).toEqual(['GET']);
		expect(requests[0].query).toEqual({ q: 'phone_number:411111111', order_by: 'contact_id:asc', page: '1', limit: '100' });
		const [put] = cs.requests(`/lists/${SEED_LIST_ID}/contacts/552786`);
		expect(put.method).toBe('PUT');
		expectValidBody(put);
		// Sent as given (formatting removed): no invented +61.
		expect(put.body).toEqual({ phone_number: '0411111111', first_name: 'Johnny', custom_1: 'crm-au', address_country: 'AU' });
		expect(seedList().contacts).toHaveLength(before);
	});

	test.each([
		['0011', 'AU', '"0011" is the international call prefix 0011 (Country AU) with no digits after it'],
		['0011 61', 'AU', '"0011 61" is the international call prefix 0011 (Country AU) with only 2 digit(s) after it'],
		['011 1 405', 'US', '"011 1 405" is the international call prefix 011 (Country US) with only 4 digit(s) after it'],
		['00 44', 'GB', '"00 44" is the international call prefix 00 (Country GB) with only 2 digit(s) after it'],
	])('%j with Country %s is only the international prefix and a calling code: refused before any request', async (phone, country, problem) => {
		const result = await cs.run(
			{ ...upsertByPhone, additionalFields: { ...upsertByPhone.additionalFields, addressCountry: country } },
			{ items: [{ phone, first: 'Junk', crmId: 'j' }] },
		);
		expect(result.error?.message).toBe(`Invalid Phone Number: ${problem}; give the whole number: a calling code and the subscriber number (such as ${problem.match(/prefix (\d+)/)![1]} 61 411 111 111 for +61411111111)`);
		expect(cs.requests()).toHaveLength(0);
	});

	test.each([
		['+61 4', 'AU', '"+61 4" has only 3 digit(s) after the +'],
		['+44 7', undefined, '"+44 7" has only 3 digit(s) after the +'],
	])('%j (Country %s) is a calling code and a digit after the +: refused before any request', async (phone, country, problem) => {
		const additionalFields = country ? { ...upsertByPhone.additionalFields, addressCountry: country } : upsertByPhone.additionalFields;
		const result = await cs.run({ ...upsertByPhone, additionalFields }, { items: [{ phone, first: 'Junk', crmId: 'j' }] });
		expect(result.error?.message).toBe(`Invalid Phone Number: ${problem}, too few for a calling code and a number; give the whole number, such as +61411111111`);
		expect(cs.requests()).toHaveLength(0);
	});

	test('a whole number after the international prefix still matches, and without a Country nothing is refused', async () => {
		const withCountry = await cs.run(
			{ ...upsertByPhone, additionalFields: { ...upsertByPhone.additionalFields, addressCountry: 'AU' } },
			{ items: [{ phone: '0011 61 411 111 111', first: 'Johnny', crmId: 'i' }] },
		);
		expect(withCountry.output('ClickSend')[0].json).toMatchObject({ created: false, contact_id: 552786 });
		const noCountry = await cs.run(upsertByPhone, { items: [{ phone: '0011 61', first: 'Short', crmId: 's' }] });
		expect(noCountry.error).toBeUndefined();
		expect(noCountry.output('ClickSend')[0].json).toMatchObject({ created: true });
	});

	test('by phone number without Country: only the same digits match, so a local number creates a contact', async () => {
		const result = await cs.run(upsertByPhone, { items: [{ phone: '0411 111 111', first: 'Local', crmId: 'l' }] });
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend')[0].json).toMatchObject({ created: true, phone_number: '0411111111' });
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts`)[0].query).toMatchObject({ q: 'phone_number:0411111111' });
	});

	test.each([[''], ['\u200b'], [' \u2060 ']])('by phone number with an empty phone number %j fails before any request (never matches any contact)', async (phone) => {
		const result = await cs.run({ ...upsertByPhone, additionalFields: { email: 'x@example.com' } }, { items: [{ phone }] });
		expect(result.error?.message).toBe('Invalid Phone Number: is empty; give the phone number to find the contact by (or set Match By to Email)');
		expect(cs.requests()).toHaveLength(0);
	});

	test('by email with an email of zero-width characters alone fails before any request', async () => {
		const result = await cs.run({ ...upsertByPhone, matchBy: 'email', email: '={{ $json.email }}' }, { items: [{ phone: '+61499999999', email: '\u200b' }] });
		expect(result.error?.message).toBe('Invalid Email: is empty; give the email address to find the contact by');
		expect(cs.requests()).toHaveLength(0);
	});

	test('by email, the phone number is optional', async () => {
		const result = await cs.run(
			{ ...upsertByPhone, matchBy: 'email', email: '={{ $json.email }}' },
			{ items: [{ phone: '', email: 'nophone@example.com', first: 'Nophone', crmId: 'n' }] },
		);
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend')[0].json).toMatchObject({ created: true, email: 'nophone@example.com', first_name: 'Nophone' });
		const post = cs.requests(`/lists/${SEED_LIST_ID}/contacts`).find((r) => r.method === 'POST')!;
		expectValidBody(post);
		expect(post.body).toEqual({ email: 'nophone@example.com', first_name: 'Nophone', custom_1: 'n' });
	});

	test('by email (not case-sensitive): updates the contact with that email, else creates it', async () => {
		const upsertByEmail = { ...upsertByPhone, matchBy: 'email', email: '={{ $json.email }}' };
		const first = await cs.run(upsertByEmail, { items: [{ phone: '+61477777777', email: 'Leo@Example.com', first: 'Leo', crmId: 'x' }] });
		expect(first.output('ClickSend')[0].json).toMatchObject({ created: true, email: 'Leo@Example.com', phone_number: '+61477777777' });
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts`)[0].query).toMatchObject({ q: 'email:leo@example.com' });

		const second = await cs.run(upsertByEmail, { items: [{ phone: '+61488888888', email: 'leo@example.com', first: 'Leon', crmId: 'x' }] });
		const [item] = second.output('ClickSend');
		expect(item.json).toMatchObject({ created: false, contact_id: first.output('ClickSend')[0].json.contact_id, phone_number: '+61488888888', first_name: 'Leon' });
		expect(seedList().contacts.filter((c) => c.first_name.startsWith('Leo'))).toHaveLength(1);
	});

	test('pages past search results that only contain the number', async () => {
		// ClickSend's q is a substring match: +61411111111 is contained in 120 longer numbers.
		const list = seedList();
		for (let k = 0; k < 120; k++) {
			list.contacts.splice(0, 0, { ...list.contacts[0], contact_id: 100 + k, phone_number: `+61411111111${k}`, first_name: 'Other' });
		}
		const result = await cs.run(upsertByPhone, { items: [{ phone: '+61411111111', first: 'Johnny', crmId: 'c' }] });
		expect(result.output('ClickSend')[0].json).toMatchObject({ created: false, first_name: 'Johnny', contact_id: 552786 });
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts`).map((r) => r.query.page)).toEqual(['1', '2']);
	});

	test('Continue On Fail: a bad item becomes a linked error item and the others go on', async () => {
		const result = await cs.run(upsertByPhone, {
			items: [
				{ phone: 'n/a', first: 'Bad', crmId: 'b' },
				{ phone: '+61499999999', first: 'Good', crmId: 'g' },
			],
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items[0].json).toMatchObject({ phone: 'n/a', error: expect.stringMatching(/^Invalid Phone Number: "n\/a" is not a phone number/) });
		expect(items[1].json).toMatchObject({ created: true, first_name: 'Good' });
	});

	test('with the error output, failures go to output 1; an unknown list fails with NOT_FOUND', async () => {
		const result = await cs.run(
			{ ...upsertByPhone, listId: '={{ { __rl: true, mode: "id", value: $json.list } }}' },
			{
				items: [
					{ phone: '+61411111112', first: 'A', crmId: 'a', list: String(SEED_LIST_ID) },
					{ phone: '+61411111113', first: 'B', crmId: 'b', list: '999' },
				],
				onError: 'continueErrorOutput',
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend', 0).map(pairedIndex)).toEqual([0]);
		const [failed] = result.output('ClickSend', 1);
		expect(pairedIndex(failed)).toBe(1);
		expect(failed.json).toMatchObject({ error: expect.stringMatching(/\[NOT_FOUND\]$/), details: { http_code: 404, response_code: 'NOT_FOUND' } });
	});

	test('without Continue On Fail the first failing item stops the node', async () => {
		const result = await cs.run({ ...upsertByPhone, matchBy: 'email', email: '={{ "" }}' }, { items: [{ phone: '+61411111112', first: 'A', crmId: 'a' }] });
		expect(result.error?.message).toBe('Invalid Email: is empty; give the email address to find the contact by');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('Create or Update: national numbers written without a trunk 0, and countries', () => {
	test('(405) 555-5555 with Country US updates the stored +14055555555 (Ellen), no duplicate', async () => {
		const before = seedList().contacts.length;
		const result = await cs.run({ resource: 'contact', operation: 'upsert', listId: list428, matchBy: 'phoneNumber', phoneNumber: '(405) 555-5555', additionalFields: { addressCountry: 'US', lastName: 'Diaz-Ruiz' } });
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend')[0].json).toMatchObject({ created: false, first_name: 'Ellen', last_name: 'Diaz-Ruiz' });
		expect(seedList().contacts).toHaveLength(before);
	});

	test.each([
		['AU', '0011 61 411 111 111', '001161411111111', '411111111'],
		['US', '011 61 411 111 111', '01161411111111', '61411111111'],
		['SG', '001 61 411 111 111', '00161411111111', '61411111111'],
	])('Country %s: its international call prefix counts as + (%s updates the stored +61411111111, John), no duplicate', async (country, phone, sent, search) => {
		const before = seedList().contacts.length;
		const result = await cs.run({ resource: 'contact', operation: 'upsert', listId: list428, matchBy: 'phoneNumber', phoneNumber: phone, additionalFields: { addressCountry: country, lastName: 'Abroad' } });
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend')[0].json).toMatchObject({ created: false, contact_id: 552786, first_name: 'John', last_name: 'Abroad' });
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts`).map((r) => [r.method, r.query.q])).toEqual([['GET', `phone_number:${search}`]]);
		const [put] = cs.requests(`/lists/${SEED_LIST_ID}/contacts/552786`);
		expectValidBody(put);
		// Sent as written (formatting removed): the prefix is kept, no + is invented.
		expect(put.body).toEqual({ phone_number: sent, last_name: 'Abroad', address_country: country });
		expect(seedList().contacts).toHaveLength(before);
	});

	// Singapore's international call prefixes are 000, 001, 002, 008, 012, 013, 018 and 019; 006 and
	// 003 are none, so 0065… and 0061… are the ITU's 00 followed by a calling code, as before the
	// prefixes were read per country (read as "006", +65 9123 4567 became "5 9123 4567": a duplicate).
	test.each([
		['0065 9123 4567', '+65 9123 4567', '006591234567'],
		['0061 433 333 333', '+61 433 333 333', '0061433333333'],
	])('Country SG: %s (00 and a calling code) updates the stored %s, no duplicate', async (phone, stored, sent) => {
		const created = await cs.run({ resource: 'contact', operation: 'create', listId: list428, phoneNumber: stored, additionalFields: { firstName: 'Wei' } });
		const contactId = created.output('ClickSend')[0].json.contact_id;
		const before = seedList().contacts.length;
		const result = await cs.run({ resource: 'contact', operation: 'upsert', listId: list428, matchBy: 'phoneNumber', phoneNumber: phone, additionalFields: { addressCountry: 'SG', lastName: 'Tan' } });
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend')[0].json).toMatchObject({ created: false, first_name: 'Wei', last_name: 'Tan' });
		expect(cs.requests(`/lists/${SEED_LIST_ID}/contacts/${String(contactId)}`).map((r) => [r.method, r.body])).toEqual([['PUT', { phone_number: sent, last_name: 'Tan', address_country: 'SG' }]]);
		expect(seedList().contacts).toHaveLength(before);
	});

	test('a Country of UK or XX is refused before any request (UK with a hint to use GB)', async () => {
		const result = await cs.run(
			{ resource: 'contact', operation: 'create', listId: list428, phoneNumber: '+447700900123', additionalFields: { addressCountry: '={{ $json.c }}' } },
			{ items: [{ c: 'UK' }, { c: 'xx' }], onError: 'continueRegularOutput' },
		);
		expect(result.output('ClickSend').map((i) => i.json.error)).toEqual([
			'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "UK"; the United Kingdom is GB',
			'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "xx"',
		]);
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('Create or Update phone matching keys (phoneMatch.ts)', () => {
	test.each([
		['0411 111 111', 'AU', '61411111111', '411111111'],
		['+61 411 111 111', 'au', '61411111111', '411111111'],
		['0061411111111', 'AU', '61411111111', '411111111'],
		['07777 777777', 'GB', '447777777777', '7777777777'],
		['087 123 4567', 'IE', '353871234567', '871234567'],
		['021 123 4567', 'NZ', '64211234567', '211234567'],
		['082 123 4567', 'ZA', '27821234567', '821234567'],
		['098765 43210', 'IN', '919876543210', '9876543210'],
		['(405) 555-5555', 'US', '14055555555', '4055555555'],
		['613 555 0123', 'CA', '16135550123', '6135550123'],
		['9123 4567', 'SG', '6591234567', '91234567'],
		['98765 43210', 'IN', '919876543210', '9876543210'],
		['1 405 555 5555', 'US', '14055555555', '4055555555'],
		['555 5555', 'US', '5555555', '5555555'],
		['0411 111 111', '', '0411111111', '0411111111'],
		['0411 111 111', 'FR', '0411111111', '0411111111'],
		// The country's own international call prefix counts as +, read before a trunk 0.
		['0011 61 411 111 111', 'AU', '61411111111', '411111111'],
		['0015 64 21 123 4567', 'AU', '64211234567', '64211234567'],
		['011 61 411 111 111', 'US', '61411111111', '61411111111'],
		['011 44 7777 777777', 'CA', '447777777777', '447777777777'],
		['001 405 555 5555', 'US', '14055555555', '4055555555'],
		['001 61 411 111 111', 'SG', '61411111111', '61411111111'],
		['000 44 7777 777777', 'SG', '447777777777', '447777777777'],
		['008 61 411 111 111', 'SG', '61411111111', '61411111111'],
		['0161 61 411 111 111', 'NZ', '61411111111', '61411111111'],
		['00 61 411 111 111', 'GB', '61411111111', '61411111111'],
		['00 353 87 123 4567', 'IE', '353871234567', '871234567'],
		// Another country's prefix is that country's: dialled in the UK, 0011 61… calls +1 161….
		['0011 61 411 111 111', 'GB', '1161411111111', '1161411111111'],
		// A prefix without a calling code after it is not an international number (never an empty key).
		['0011', 'AU', '61011', '61011'],
	])('%s with country "%s" → key %s, search %s', (phone, country, key, search) => {
		expect(phoneMatchKey(phone, country)).toBe(key);
		expect(phoneSearchText(phoneMatchKey(phone, country), country)).toBe(search);
	});
});

describe('Contact locators (listSearch through n8n-core LoadOptionsContext)', () => {
	test('getContacts lists the contacts of the chosen list, searchable', async () => {
		const parameters = { resource: 'contact', operation: 'get', listId: { __rl: true, mode: 'list', value: String(SEED_LIST_ID) } };
		const all = await runListSearch('getContacts', { parameters, credentials: cs.credentials() });
		expect(all.results.map((r) => r.value)).toEqual(seedList().contacts.map((c) => String(c.contact_id)));
		expect(all.results[0].name).toBe('John Doe · +61411111111 (552786)');
		expect(all.paginationToken).toBeUndefined();

		const jane = await runListSearch('getContacts', { parameters, credentials: cs.credentials(), filter: 'jane' });
		expect(jane.results.map((r) => r.name)).toEqual(['Jane Doe · +61422222222 (552787)']);
		const [request] = cs.requests(`/lists/${SEED_LIST_ID}/contacts`).slice(-1);
		expect(request.query).toMatchObject({ operator: 'OR', q: 'first_name:jane,last_name:jane,phone_number:jane,email:jane', limit: '100', page: '1' });
	});

	test('getContacts pages by 100 and asks for a list first', async () => {
		addBulkContacts(150);
		const parameters = { resource: 'contact', operation: 'get', listId: { __rl: true, mode: 'id', value: String(SEED_LIST_ID) } };
		const first = await runListSearch('getContacts', { parameters, credentials: cs.credentials() });
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('2');
		const second = await runListSearch('getContacts', { parameters, credentials: cs.credentials(), paginationToken: '2' });
		expect(second.results).toHaveLength(54);
		expect(second.paginationToken).toBeUndefined();

		await expect(
			runListSearch('getContacts', { parameters: { resource: 'contact', operation: 'get', listId: { __rl: true, mode: 'list', value: '' } }, credentials: cs.credentials() }),
		).rejects.toThrow('Choose a contact list first');
	});

	test('getContactLists lists the contact lists, searchable by name', async () => {
		await cs.run({ resource: 'contactList', operation: 'create', listName: 'Newsletter' });
		const lists = await runListSearch('getContactLists', { parameters: { resource: 'contact', operation: 'get' }, credentials: cs.credentials() });
		expect(lists.results.map((r) => r.name)).toEqual([`Sandbox Customers (${SEED_LIST_ID})`, `Newsletter (${SEED_LIST_ID + 1})`]);
		const news = await runListSearch('getContactLists', { parameters: { resource: 'contact', operation: 'get' }, credentials: cs.credentials(), filter: 'news' });
		expect(news.results.map((r) => r.value)).toEqual([String(SEED_LIST_ID + 1)]);
	});

	test('getContactLists finds a list by the ID its label shows; an unknown ID finds nothing', async () => {
		const byId = await runListSearch('getContactLists', { parameters: { resource: 'contact', operation: 'get' }, credentials: cs.credentials(), filter: ` ${SEED_LIST_ID} ` });
		expect(byId.results.map((r) => r.name)).toEqual([`Sandbox Customers (${SEED_LIST_ID})`]);
		const unknown = await runListSearch('getContactLists', { parameters: { resource: 'contact', operation: 'get' }, credentials: cs.credentials(), filter: '999999' });
		expect(unknown.results).toEqual([]);
	});
});

test('Create or Update: a write ClickSend refuses half-way says which items were sent and which were not', async () => {
	cs.sandbox.fault({ method: 'POST', path: '/lists/428/contacts', status: 400, skip: 1, body: { http_code: 400, response_code: 'BAD_REQUEST', response_msg: 'Invalid contact.', data: null } });
	const result = await cs.run(
		{ resource: 'contact', operation: 'upsert', listId: { __rl: true, mode: 'id', value: '428' }, matchBy: 'phoneNumber', phoneNumber: '={{ $json.phone }}' },
		{ items: [{ phone: '+61455555555' }, { phone: '+61466666666' }, { phone: '+61477777777' }] },
	);
	expect(result.error?.message).toBe('ClickSend: Invalid contact. [BAD_REQUEST]');
	expect(cs.sandbox.state.contactLists.get(428)!.contacts.some((c) => c.phone_number === '+61455555555')).toBe(true);
	expect(result.error?.description).toContain('1 item(s) were sent (0); 1 item(s) were not sent (2).');
});
