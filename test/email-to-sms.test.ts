import { runListSearch } from './harness/load-options';
import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

/** A resource locator value "By ID". */
const byId = (value: unknown) => ({ __rl: true, mode: 'id', value: String(value) });

describe('Email-to-SMS Address (/sms/email-sms)', () => {
	test('create → get → update → get many → delete', async () => {
		const created = await cs.run(
			{ resource: 'emailToSmsAddress', operation: 'create', emailAddress: '={{ $json.email }}', additionalFields: { from: '+61 411 111 111' } },
			{ items: [{ email: ' ops@example.com ' }, { email: '*@example.org' }] },
		);
		expect(created.error).toBeUndefined();
		const posts = cs.requests('/sms/email-sms');
		expect(posts.map((r) => r.method)).toEqual(['POST', 'POST']);
		posts.forEach((r) => expectValidBody(r));
		expect(posts.map((r) => r.body)).toEqual([
			{ email_address: 'ops@example.com', from: '+61411111111' },
			{ email_address: '*@example.org', from: '+61411111111' },
		]);
		const items = created.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items[0].json).toMatchObject({ email_address: 'ops@example.com', from: '+61411111111', email_address_id: expect.any(Number) });
		const id = items[0].json.email_address_id;
		const path = `/sms/email-sms/${String(id)}`;

		const got = await cs.run({ resource: 'emailToSmsAddress', operation: 'get', emailAddressId: byId(id) });
		expect(got.output('ClickSend')[0].json).toEqual(items[0].json);

		const updated = await cs.run({
			resource: 'emailToSmsAddress',
			operation: 'update',
			emailAddressId: { __rl: true, mode: 'list', value: String(id) },
			emailAddress: 'alerts@example.com',
			updateFields: { from: 'MyShop' },
		});
		expect(updated.error).toBeUndefined();
		const put = cs.requests(path).find((r) => r.method === 'PUT')!;
		expectValidBody(put);
		expect(put.body).toEqual({ email_address: 'alerts@example.com', from: 'MyShop' });
		expect(updated.output('ClickSend')[0].json).toMatchObject({ email_address_id: id, email_address: 'alerts@example.com', from: 'MyShop' });

		const listed = await cs.run({ resource: 'emailToSmsAddress', operation: 'getAll', returnAll: true });
		expect(cs.requests('/sms/email-sms').filter((r) => r.method === 'GET')[0].query).toEqual({ page: '1', limit: '100' });
		expect(listed.output('ClickSend').map((i) => i.json.email_address)).toEqual(['alerts@example.com', '*@example.org']);

		const deleted = await cs.run({ resource: 'emailToSmsAddress', operation: 'delete', emailAddressId: byId(id) });
		expect(cs.requests(path).map((r) => r.method)).toEqual(['GET', 'PUT', 'DELETE']);
		expect(deleted.output('ClickSend')[0].json).toEqual({ success: true, message: 'Allowed email address was deleted.' });

		const gone = await cs.run({ resource: 'emailToSmsAddress', operation: 'get', emailAddressId: byId(id) });
		expect(gone.error?.message).toMatch(/\[NOT_FOUND\]$/);
	});

	test('a bad email address or sender ID fails before any request', async () => {
		const result = await cs.run(
			{ resource: 'emailToSmsAddress', operation: 'create', emailAddress: '={{ $json.email }}', additionalFields: { from: '={{ $json.from }}' } },
			{ items: [{ email: 'not an email', from: '' }, { email: 'a@b.com', from: 'Way Too Long Sender' }], onError: 'continueRegularOutput' },
		);
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items[0].json.error).toBe('Invalid Email Address: "not an email" is not an email address (name@example.com)');
		expect(items[1].json.error).toMatch(/^Invalid From \(Sender ID\): "Way Too Long Sender" is not a valid sender ID/);
		expect(cs.requests('/sms/email-sms')).toHaveLength(0);
	});

	test.each([['<ops@example.com>'], ['mailto:ops@example.com'], ['ops@example.com;'], ['ops@localhost']])('Email Address %s is refused before any request', async (email) => {
		const result = await cs.run({ resource: 'emailToSmsAddress', operation: 'create', emailAddress: email });
		expect(result.error?.message).toContain('Invalid Email Address');
		expect(cs.requests('/sms/email-sms')).toHaveLength(0);
	});

	test('an address copied with a zero-width space is sent without it; *@domain is allowed', async () => {
		const result = await cs.run({ resource: 'emailToSmsAddress', operation: 'create', emailAddress: '={{ $json.email }}' }, { items: [{ email: '\u200bops@example.com ' }, { email: '*@example.com' }] });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/email-sms').map((r) => (r.body as { email_address: string }).email_address)).toEqual(['ops@example.com', '*@example.com']);
	});

	test('getEmailToSmsAddresses lists the addresses for the locator, filtered by what the user types', async () => {
		const created = await cs.run({ resource: 'emailToSmsAddress', operation: 'create', emailAddress: '={{ $json.email }}' }, { items: [{ email: 'a@example.com' }, { email: 'b@shop.com' }] });
		const [a, b] = created.output('ClickSend').map((i) => String(i.json.email_address_id));
		const parameters = { resource: 'emailToSmsAddress', operation: 'get' };
		const all = await runListSearch('getEmailToSmsAddresses', { parameters, credentials: cs.credentials() });
		expect(all.results).toEqual([
			{ name: `a@example.com (${a})`, value: a },
			{ name: `b@shop.com (${b})`, value: b },
		]);
		const shop = await runListSearch('getEmailToSmsAddresses', { parameters, credentials: cs.credentials(), filter: 'SHOP' });
		expect(shop.results).toEqual([{ name: `b@shop.com (${b})`, value: b }]);
	});
});

describe('Email-to-SMS Stripped String (/sms/email-sms-stripped-strings)', () => {
	test('create → get → update → get many → delete', async () => {
		const created = await cs.run({ resource: 'emailToSmsStrippedString', operation: 'create', stripString: '~~~ sent from my phone ~~~' });
		expect(created.error).toBeUndefined();
		const [post] = cs.requests('/sms/email-sms-stripped-strings');
		expect(post.method).toBe('POST');
		expectValidBody(post);
		expect(post.body).toEqual({ strip_string: '~~~ sent from my phone ~~~' });
		const [item] = created.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		const ruleId = item.json.rule_id;
		expect(item.json).toEqual({ rule_id: expect.any(Number), strip_string: '~~~ sent from my phone ~~~' });
		const path = `/sms/email-sms-stripped-strings/${String(ruleId)}`;

		const got = await cs.run({ resource: 'emailToSmsStrippedString', operation: 'get', ruleId: byId(ruleId) });
		expect(got.output('ClickSend')[0].json).toEqual(item.json);

		const updated = await cs.run({ resource: 'emailToSmsStrippedString', operation: 'update', ruleId: byId(ruleId), stripString: '-- signature --' });
		const put = cs.requests(path).find((r) => r.method === 'PUT')!;
		expectValidBody(put);
		expect(put.body).toEqual({ strip_string: '-- signature --' });
		expect(updated.output('ClickSend')[0].json).toEqual({ rule_id: ruleId, strip_string: '-- signature --' });

		await cs.run({ resource: 'emailToSmsStrippedString', operation: 'create', stripString: 'Confidential' });
		const listed = await cs.run({ resource: 'emailToSmsStrippedString', operation: 'getAll', limit: 1 });
		expect(listed.output('ClickSend').map((i) => i.json.strip_string)).toEqual(['-- signature --']);
		expect(cs.requests('/sms/email-sms-stripped-strings').filter((r) => r.method === 'GET')[0].query).toEqual({ page: '1', limit: '15' });

		const deleted = await cs.run({ resource: 'emailToSmsStrippedString', operation: 'delete', ruleId: byId(ruleId) });
		expect(cs.requests(path).map((r) => r.method)).toEqual(['GET', 'PUT', 'DELETE']);
		expect(deleted.output('ClickSend')[0].json).toEqual({ success: true, message: 'Strip string has been deleted.' });

		const strings = await runListSearch('getEmailToSmsStrippedStrings', { parameters: { resource: 'emailToSmsStrippedString', operation: 'get' }, credentials: cs.credentials() });
		expect(strings.results).toEqual([{ name: `Confidential (${Number(ruleId) + 1})`, value: String(Number(ruleId) + 1) }]);
	});

	test('an empty string fails before any request', async () => {
		const result = await cs.run({ resource: 'emailToSmsStrippedString', operation: 'create', stripString: '={{ "  " }}' });
		expect(result.error?.message).toBe('Invalid String: is empty; give the text to remove from emails');
		expect(cs.requests('/sms/email-sms-stripped-strings')).toHaveLength(0);
	});
});
