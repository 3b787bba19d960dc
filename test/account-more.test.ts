import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

const accountUpdate = {
	resource: 'account',
	operation: 'update',
	username: 'sandbox',
	password: 'Account-pass-1',
	userEmail: 'owner@example.com',
	userPhone: '0411 111 111',
	userFirstName: 'Ada',
	userLastName: 'Lovelace',
	accountName: 'Analytical Engines',
	country: 'au',
	timezone: 'Australia/Sydney',
};

describe('Account → Update (PUT /account)', () => {
	test('sends the whole profile, timezone and the settings as 0/1; Get then shows them; the password never appears', async () => {
		const result = await cs.run(
			{ ...accountUpdate, updateFields: { privateUploads: true, hideBusinessName: false, hideYourNumber: true } },
			{ items: [{ n: 1 }] },
		);
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/account');
		expect(request.method).toBe('PUT');
		expect(request.query).toEqual({});
		expect(request.body).toEqual({
			username: 'sandbox',
			password: 'Account-pass-1',
			user_email: 'owner@example.com',
			user_phone: '0411111111',
			user_first_name: 'Ada',
			user_last_name: 'Lovelace',
			account_name: 'Analytical Engines',
			country: 'AU',
			timezone: 'Australia/Sydney',
			private_uploads: 1,
			setting_sms_hide_business_name: 0,
			setting_sms_hide_your_number: 1,
		});
		expectValidBody(request);
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json).toMatchObject({ account_name: 'Analytical Engines', timezone: 'Australia/Sydney', private_uploads: 1 });
		expect(JSON.stringify(item.json)).not.toContain('Account-pass-1');

		const after = await cs.run({ resource: 'account', operation: 'get' });
		expect(after.output('ClickSend')[0].json).toMatchObject({ user_email: 'owner@example.com', setting_sms_hide_your_number: 1 });
	});

	test('a bad country is rejected before any request', async () => {
		const result = await cs.run({ ...accountUpdate, country: 'Australia' });
		expect(result.error?.message).toContain('Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "Australia"');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('Account → Get Usage (GET /account/usage/{year}/{month}/{type})', () => {
	test.each([
		['subaccount', 2026, 4],
		['email', 2025, 12],
	])('fills year, month and breakdown (%s) into the path and outputs the usage', async (type, year, month) => {
		const result = await cs.run({ resource: 'account', operation: 'getUsage', usageYear: year, usageMonth: month, usageType: type }, { items: [{ n: 1 }] });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests(`/account/usage/${year}/${month}/${type}`);
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({});
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json).toMatchObject({ sms_total: { count: expect.any(Number) }, voice: expect.any(Array) });
	});

	test('a month that does not exist fails before any request', async () => {
		const result = await cs.run({ resource: 'account', operation: 'getUsage', usageYear: 2026, usageMonth: '={{ 13 }}', usageType: 'subaccount' });
		expect(result.error?.message).toBe('Invalid Month: must be a month from 1 (January) to 12 (December), got 13');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('Account Recharge', () => {
	test('Get Packages sends the country as a query parameter and outputs one item per package with the currency', async () => {
		const result = await cs.run({ resource: 'accountRecharge', operation: 'getPackages', country: ' au ' }, { items: [{ n: 1 }] });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/recharge/packages');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ country: 'AU' });
		const items = result.output('ClickSend');
		expect(items.length).toBeGreaterThan(1);
		expect(items.map(pairedIndex).every((i) => i === 0)).toBe(true);
		expect(items[0].json).toMatchObject({ package_id: 1, package_price: '20.00', currency: { currency_name_short: 'AUD' } });
	});

	test('Get Credit Card outputs the masked card', async () => {
		const result = await cs.run({ resource: 'accountRecharge', operation: 'getCreditCard' });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/recharge/credit-card').map((r) => [r.method, r.query])).toEqual([['GET', {}]]);
		expect(result.output('ClickSend')[0].json).toEqual({ display_number: 'XXXX-XXXX-XXXX-0000', expiry_month: 5, expiry_year: 2016, name: 'Roland Robot' });
	});

	test('Purchase Package → Get Many Transactions lists it first → Get Transaction by invoice number', async () => {
		const purchased = await cs.run({ resource: 'accountRecharge', operation: 'purchasePackage', packageId: 2 }, { items: [{ n: 1 }] });
		expect(purchased.error).toBeUndefined();
		const [purchase] = cs.requests('/recharge/purchase/2');
		expect(purchase.method).toBe('PUT');
		expect(purchase.body).toBeUndefined();
		expectValidBody(purchase);
		expect(purchased.output('ClickSend')[0].json).toMatchObject({ amount: '50.00', currency: 'AUD', user_id: expect.any(Number) });
		expect(pairedIndex(purchased.output('ClickSend')[0])).toBe(0);

		const list = await cs.run({ resource: 'accountRecharge', operation: 'getTransactions', returnAll: true });
		expect(list.error).toBeUndefined();
		expect(cs.requests('/recharge/transactions').map((r) => [r.method, r.query])).toEqual([['GET', { page: '1', limit: '100' }]]);
		const rows = list.output('ClickSend');
		expect(rows).toHaveLength(17);
		expect(rows[0].json).toMatchObject({ amount: '50.00', currency: 'AUD', invoice_number: expect.any(String) });

		const limited = await cs.run({ resource: 'accountRecharge', operation: 'getTransactions', returnAll: false, limit: 3 });
		expect(limited.output('ClickSend')).toHaveLength(3);

		const invoice = String(rows[0].json.invoice_number);
		const one = await cs.run({ resource: 'accountRecharge', operation: 'getTransaction', transactionId: invoice });
		expect(one.error).toBeUndefined();
		expect(cs.requests(`/recharge/transactions/${invoice}`).map((r) => r.method)).toEqual(['GET']);
		expect(one.output('ClickSend')[0].json).toEqual(rows[0].json);

		const unknown = await cs.run({ resource: 'accountRecharge', operation: 'getTransaction', transactionId: 'nope' });
		expect(unknown.error?.message).toMatch(/\[NOT_FOUND\]$/);
	});

	test('an unknown package fails with ClickSend NOT_FOUND', async () => {
		const result = await cs.run({ resource: 'accountRecharge', operation: 'purchasePackage', packageId: 999 });
		expect(result.error?.message).toMatch(/\[NOT_FOUND\]$/);
		expect(result.error?.description).toContain('request: PUT /recharge/purchase/999');
	});
});

describe('Account → Get Usage: Year and Month are checked before any request', () => {
	test.each([
		['Year', { usageYear: '={{ "abc" }}', usageMonth: 4 }],
		['Month', { usageYear: 2026, usageMonth: '={{ 1.5 }}' }],
		['Month', { usageYear: 2026, usageMonth: '={{ -1 }}' }],
	])('bad %s', async (field, values) => {
		const result = await cs.run({ resource: 'account', operation: 'getUsage', usageType: 'subaccount', ...values });
		expect(cs.requests()).toHaveLength(0);
		expect(result.error?.message).toContain(`Invalid ${field}`);
	});
});

describe('Pricing → Get: Country is a checked, upper-cased ISO code', () => {
	test.each([['Australia'], ['UK']])('%s from an expression is refused before any request', async (country) => {
		const result = await cs.run({ resource: 'pricing', operation: 'get', pricingCountry: { __rl: true, mode: 'id', value: `={{ "${country}" }}` } });
		expect(cs.requests()).toHaveLength(0);
		expect(result.error?.message).toContain('Invalid Country');
	});

	test('"au" is sent as AU', async () => {
		await cs.run({ resource: 'pricing', operation: 'get', pricingCountry: { __rl: true, mode: 'id', value: 'au' } });
		expect(cs.requests().map((r) => r.path)).toEqual(['/pricing/AU']);
	});
});
