/**
 * Options fields set by an expression: n8n sends the value unchecked, so the node makes it one of
 * the field's options (its value or its name, any case) or fails the item before any request.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ClickSend } from '../nodes/ClickSend/ClickSend.node';
import { useSandbox } from './helpers/sandbox';

const cs = useSandbox();

describe('Add Test Delivery Receipt: Delivery Method from an expression', () => {
	const receipt = (mode: string) => cs.run({ resource: 'voice', operation: 'addTestReceipt', callbackMode: '={{ $json.mode }}', callbackUrl: 'https://example.com/clicksend' }, { items: [{ mode }] });

	test.each([['push'], ['Push'], ['push '], ['Push to URL']])('%j pushes to the URL given', async (mode) => {
		const result = await receipt(mode);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/voice/receipts').map((r) => r.body)).toEqual([{ url: 'https://example.com/clicksend' }]);
	});

	test('"Pull" keeps the record for listing', async () => {
		await receipt('Pull');
		expect(cs.requests('/voice/receipts').map((r) => r.body)).toEqual([{ url: 'poll' }]);
	});

	test('anything else fails naming the field and its values, and nothing is sent', async () => {
		const result = await receipt('sideways');
		expect(result.error?.message).toBe('Invalid Delivery Method: must be one of "pull" (Pull), "push" (Push to URL), got "sideways"');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('routed options fields', () => {
	const rule = (action: string, actionAddress: string) => cs.run({ resource: 'smsReceiptRule', operation: 'create', ruleName: 'Receipts', action: `={{ ${JSON.stringify(action)} }}`, actionAddress });

	test('a rule Action "url" is the URL action: its address is checked as a URL, and "URL" is sent', async () => {
		const refused = await rule('url', 'not a url');
		expect(refused.error?.message).toBe('Invalid Action Address: must be an http(s) URL for Send to URL, got "not a url"');
		expect(cs.requests()).toHaveLength(0);
		await rule(' url ', 'https://example.com/hook');
		expect(cs.requests('/automations/sms/receipts')[0]?.body).toMatchObject({ action: 'URL', action_address: 'https://example.com/hook' });
	});

	test('a rule Action that is not one of the kind\'s actions fails before any request', async () => {
		const result = await rule('FORWARD', 'https://example.com/hook');
		expect(result.error?.message).toMatch(/^Invalid Action: must be one of .*"URL" \(Send to URL \(Webhook\)\), got "FORWARD"$/);
		expect(cs.requests()).toHaveLength(0);
	});

	const search = (searchType: string) => cs.run({ resource: 'number', operation: 'search', country: 'US', searchPattern: '88', searchType: `={{ ${JSON.stringify(searchType)} }}`, returnAll: false, limit: 5 });

	test.each([
		['anywhere', '1'],
		['Ends With', '2'],
		['0', '0'],
	])('Dedicated Number → Search: Match %j is sent as search_type=%s', async (searchType, sent) => {
		const result = await search(searchType);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/numbers/search/US')[0]?.query).toMatchObject({ search_type: sent });
	});

	test('Dedicated Number → Search: a Match that is not an option fails before any request', async () => {
		const result = await search('sideways');
		expect(result.error?.message).toBe('Invalid Match: must be one of 1 (Anywhere), 2 (Ends With), 0 (Starts With), got "sideways"');
		expect(cs.requests()).toHaveLength(0);
	});

	test('every options field sent as it is has a choice check, in collections too', () => {
		const unchecked: string[] = [];
		const visit = (property: INodeProperties) => {
			if (property.type === 'collection') ((property.options ?? []) as INodeProperties[]).forEach(visit);
			const send = property.routing?.send;
			if (property.type !== 'options' || !send?.property || send.value !== undefined || (send.type !== 'body' && send.type !== 'query')) return;
			if (!send.preSend?.length) unchecked.push(property.name);
		};
		const { properties } = new ClickSend().description;
		properties.forEach(visit);
		expect(properties.filter((p) => p.type === 'options' && p.routing?.send?.property).length).toBeGreaterThan(5);
		expect(unchecked).toEqual([]);
	});
});

describe('choices read by the operations themselves', () => {
	const list428 = { __rl: true, mode: 'id', value: '428' };

	test('Remove Duplicates: a Compare Field that is not a contact field is refused before any request, listing them', async () => {
		const before = cs.sandbox.state.contactLists.get(428)!.contacts.length;
		const result = await cs.run({ resource: 'contactList', operation: 'removeDuplicates', listId: list428, fields: '={{ ["phone"] }}' });
		expect(result.error?.message).toMatch(/^Invalid Compare Fields: must be one of .*"phone_number".*, got "phone"$/);
		expect(cs.requests()).toHaveLength(0);
		expect(cs.sandbox.state.contactLists.get(428)!.contacts).toHaveLength(before);
	});

	test('Remove Duplicates: Compare Fields given as text with commas, or by name, are the fields', async () => {
		const result = await cs.run({ resource: 'contactList', operation: 'removeDuplicates', listId: list428, fields: '={{ "phone_number, Email" }}' });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/lists/428/remove-duplicates')[0]?.body).toEqual({ fields: ['phone_number', 'email'] });
	});

	const importColumns = (columns: Array<{ field: string }>) =>
		cs.run({ resource: 'contactList', operation: 'import', listId: list428, fileSource: 'url', fileUrl: 'https://example.com/contacts.csv', fieldOrder: { columns } });

	test('Import Contacts: a column field that is not a contact field is refused, naming Columns', async () => {
		const result = await importColumns([{ field: 'phone' }, { field: '={{ "mobile" }}' }]);
		expect(result.error?.message).toMatch(/^Invalid Columns: must be one of .*, got "mobile"$/);
		expect(cs.requests()).toHaveLength(0);
	});

	test('Import Contacts: a column given by its name ("Phone") is that field', async () => {
		const result = await importColumns([{ field: '={{ "Phone" }}' }, { field: 'first_name' }]);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/lists/428/import')[0]?.body).toMatchObject({ field_order: ['phone', 'first_name'] });
	});

	const upsert = (matchBy: string, phone: string) =>
		cs.run({ resource: 'contact', operation: 'upsert', listId: list428, matchBy, email: 'new@example.com', phoneNumber: '={{ $json.phone }}' }, { items: [{ phone }] });

	test('Create or Update: Match By "Email" (its name) matches by email', async () => {
		await upsert('={{ "Email" }}', cs.sandbox.state.contactLists.get(428)!.contacts[0].phone_number as string);
		expect(cs.requests('/lists/428/contacts').find((r) => r.method === 'GET')?.query.q).toBe('email:new@example.com');
	});

	test('Create or Update: a Match By that is not an option is refused before any request', async () => {
		const result = await upsert('={{ "e-mail" }}', '+61455555555');
		expect(result.error?.message).toBe('Invalid Match By: must be one of "email" (Email), "phoneNumber" (Phone Number), got "e-mail"');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('choices the operations put in the path or read themselves', () => {
	test('Get Usage: Breakdown "Per Subaccount" or "Subaccount"-cased values go into the path as the option', async () => {
		await cs.run({ resource: 'account', operation: 'getUsage', usageYear: 2026, usageMonth: 1, usageType: '={{ "SUBACCOUNT" }}' });
		await cs.run({ resource: 'account', operation: 'getUsage', usageYear: 2026, usageMonth: 1, usageType: '={{ "Per Email Address" }}' });
		expect(cs.requests().map((r) => r.path)).toEqual(['/account/usage/2026/1/subaccount', '/account/usage/2026/1/email']);
		const refused = await cs.run({ resource: 'account', operation: 'getUsage', usageYear: 2026, usageMonth: 1, usageType: '={{ "user" }}' });
		expect(refused.error?.message).toBe('Invalid Breakdown: must be one of "email" (Per Email Address), "subaccount" (Per Subaccount), got "user"');
	});

	test('Voice: a Language given by its name is its code', async () => {
		const result = await cs.run({ resource: 'voice', operation: 'send', to: '+61411111111', body: 'Hello', voice: 'female', lang: '={{ "English (Australia)" }}' });
		expect(result.error).toBeUndefined();
		expect((cs.requests('/voice/send')[0]?.body as { messages: Array<{ lang: string }> }).messages[0].lang).toBe('en-au');
	});

	const detect = (addressSource: string, items: IDataObject[]) =>
		cs.run({ resource: 'letter', operation: 'detectAddress', addressSource, address: '={{ $json.address }}' }, { items });

	test('Detect Address: Input chosen per item by an expression; a PDF item sends no address text', async () => {
		const pdf = { data: { data: Buffer.from('%PDF-1.4 letter').toString('base64'), mimeType: 'application/pdf', fileName: 'letter.pdf' } };
		const result = await cs.run(
			{ resource: 'letter', operation: 'detectAddress', addressSource: '={{ $json.source }}', address: '={{ $json.address }}' },
			{ items: [{ source: 'Binary' }], binaries: [pdf] },
		);
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/post/letters/detect-address');
		expect(Object.keys(request.body as object)).toEqual(['content']);
	});

	test('Detect Address: an Input that is not an option fails naming Input', async () => {
		const result = await detect('={{ "scan" }}', [{ address: '1 Main St' }]);
		expect(result.error?.message).toBe('Invalid Input: must be one of "text" (Address Text), "binary" (PDF Letter (Binary File)), got "scan"');
		expect(cs.requests()).toHaveLength(0);
	});
});

test('choice-checked fields are unambiguous: no "" option, the default among the options, no name that is another option\'s value', () => {
	const problems: string[] = [];
	let checked = 0;
	const visit = (property: INodeProperties) => {
		if (property.type === 'collection') ((property.options ?? []) as INodeProperties[]).forEach(visit);
		if ((property.type !== 'options' && property.type !== 'multiOptions') || !property.routing?.send?.preSend?.length) return;
		checked++;
		const options = (property.options ?? []) as Array<{ name: string; value: unknown }>;
		const values = options.map((option) => option.value);
		if (values.includes('')) problems.push(`${property.name}: an option ''`);
		const defaults = Array.isArray(property.default) ? property.default : [property.default];
		if (property.default !== undefined && !defaults.every((value) => values.includes(value))) problems.push(`${property.name}: default not an option`);
		if (property.typeOptions?.loadOptionsMethod) problems.push(`${property.name}: dynamic options`);
		for (const a of options) for (const b of options) if (a !== b && a.name.toLowerCase() === String(b.value).toLowerCase()) problems.push(`${property.name}: "${a.name}" is another option's value`);
	};
	new ClickSend().description.properties.forEach(visit);
	expect(checked).toBeGreaterThan(10);
	expect(problems).toEqual([]);
});

test('the choices operations read themselves have unambiguous options too', async () => {
	const { MATCH_BY_OPTIONS } = await import('../nodes/ClickSend/resources/contact/upsert');
	const { USAGE_TYPES } = await import('../nodes/ClickSend/resources/account/getUsage');
	const { IMPORT_FIELDS, DUPLICATE_FIELDS } = await import('../nodes/ClickSend/resources/contactList/importFields');
	const properties = new ClickSend().description.properties;
	const optionsOf = (name: string) => {
		const found: Array<{ name: string; value: unknown }> = [];
		const visit = (property: INodeProperties | { values?: INodeProperties[]; options?: unknown[] }) => {
			const p = property as INodeProperties & { values?: INodeProperties[] };
			if ((p.type === 'options' || p.type === 'multiOptions') && p.name === name) found.push(...((p.options ?? []) as Array<{ name: string; value: unknown }>));
			for (const child of [...((p.options ?? []) as INodeProperties[]), ...(p.values ?? [])]) if (typeof child === 'object' && child !== null) visit(child);
		};
		properties.forEach(visit);
		return found;
	};
	const lists = { MATCH_BY_OPTIONS, USAGE_TYPES, IMPORT_FIELDS, DUPLICATE_FIELDS, addressSource: optionsOf('addressSource'), callbackMode: optionsOf('callbackMode'), source: optionsOf('source') };
	for (const [list, options] of Object.entries(lists)) {
		expect([list, options.length > 1]).toEqual([list, true]);
		for (const a of options) for (const b of options) if (a !== b) expect([list, a.name.toLowerCase()]).not.toEqual([list, String(b.value).toLowerCase()]);
	}
});
