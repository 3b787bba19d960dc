import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

const profile = {
	username: 'client-one',
	password: 'Client-pass-1',
	userEmail: 'one@client.com',
	userPhone: '+1 518-481-1002',
	userFirstName: 'John',
	userLastName: 'Doe',
	accountName: 'Client One',
	country: 'us',
};

const settings = {
	resource: 'reseller',
	operation: 'update',
	companyName: 'MyCompany',
	subdomain: 'mycompany',
	allowPublicSignups: true,
	defaultMargin: 15,
	defaultMarginNumbers: 25,
	trialBalance: 5,
	colourNavigation: '#336699',
	logoUrlLight: 'https://example.com/light.png',
	logoUrlDark: 'https://example.com/dark.png',
};

describe('Reseller settings (GET/PUT /reseller, GET /reseller/{subdomain})', () => {
	test('Get Settings outputs the settings', async () => {
		const result = await cs.run({ resource: 'reseller', operation: 'get' }, { items: [{ n: 1 }] });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/reseller').map((r) => [r.method, r.query])).toEqual([['GET', {}]]);
		const [item] = result.output('ClickSend');
		expect(item.json).toMatchObject({ subdomain: 'mysubdomain', allow_public_signups: 1 });
		expect(pairedIndex(item)).toBe(0);
	});

	test('Update Settings sends every setting (flag as 0/1), then Get by Subdomain finds the new subdomain', async () => {
		const updated = await cs.run({ ...settings, allowPublicSignups: false });
		expect(updated.error).toBeUndefined();
		const [request] = cs.requests('/reseller');
		expect(request.method).toBe('PUT');
		expect(request.body).toEqual({
			company_name: 'MyCompany',
			subdomain: 'mycompany',
			allow_public_signups: 0,
			default_margin: 15,
			default_margin_numbers: 25,
			trial_balance: 5,
			colour_navigation: '#336699',
			logo_url_light: 'https://example.com/light.png',
			logo_url_dark: 'https://example.com/dark.png',
		});
		expectValidBody(request);
		expect(updated.output('ClickSend')[0].json).toMatchObject({ subdomain: 'mycompany', allow_public_signups: 0, default_margin: 15 });

		const found = await cs.run({ resource: 'reseller', operation: 'getBySubdomain', subdomain: ' mycompany ' });
		expect(found.error).toBeUndefined();
		expect(cs.requests('/reseller/mycompany').map((r) => r.method)).toEqual(['GET']);
		expect(found.output('ClickSend')[0].json).toEqual({
			allow_public_signups: 0,
			colour_navigation: '#336699',
			company_name: 'MyCompany',
			logo_url_dark: 'https://example.com/dark.png',
			logo_url_light: 'https://example.com/light.png',
			reseller_user_id: expect.any(Number),
		});

		const missing = await cs.run({ resource: 'reseller', operation: 'getBySubdomain', subdomain: 'nobody' });
		expect(missing.error?.message).toMatch(/\[NOT_FOUND\]$/);
	});
});

describe('Reseller Account CRUD round trip', () => {
	test('create → get → update → get many → transfer credit', async () => {
		const created = await cs.run({ resource: 'resellerAccount', operation: 'create', ...profile }, { items: [{ crm: 7 }] });
		expect(created.error).toBeUndefined();
		const [create] = cs.requests('/reseller/accounts');
		expect(create.method).toBe('POST');
		expect(create.body).toEqual({
			username: 'client-one',
			password: 'Client-pass-1',
			user_email: 'one@client.com',
			user_phone: '+15184811002',
			user_first_name: 'John',
			user_last_name: 'Doe',
			account_name: 'Client One',
			country: 'US',
		});
		expectValidBody(create);
		const [client] = created.output('ClickSend');
		expect(pairedIndex(client)).toBe(0);
		expect(client.json).toMatchObject({ username: 'client-one', balance: '0.000000', _subaccount: { api_key: '[redacted]' } });
		expect(JSON.stringify(client.json)).not.toContain('Client-pass-1');
		const id = client.json.user_id as number;

		const got = await cs.run({ resource: 'resellerAccount', operation: 'get', clientUserId: byId(id) });
		expect(got.error).toBeUndefined();
		expect(cs.requests(`/reseller/accounts/${id}`).map((r) => r.method)).toEqual(['GET']);
		expect(got.output('ClickSend')[0].json).toMatchObject({ user_id: id, account_name: 'Client One' });

		const updated = await cs.run({
			resource: 'resellerAccount',
			operation: 'update',
			clientUserId: byId(id),
			...profile,
			accountName: 'Client One Pty',
			userEmail: 'billing@client.com',
		});
		expect(updated.error).toBeUndefined();
		const update = cs.requests(`/reseller/accounts/${id}`).find((r) => r.method === 'PUT')!;
		expect(update.body).toMatchObject({ account_name: 'Client One Pty', user_email: 'billing@client.com', password: 'Client-pass-1' });
		expectValidBody(update);
		expect(updated.output('ClickSend')[0].json).toMatchObject({ user_id: id, account_name: 'Client One Pty' });

		await cs.run({ resource: 'resellerAccount', operation: 'create', ...profile, username: 'client-two', userEmail: 'two@client.com' });
		const list = await cs.run({ resource: 'resellerAccount', operation: 'getAll', returnAll: true });
		expect(list.error).toBeUndefined();
		expect(cs.requests('/reseller/accounts').filter((r) => r.method === 'GET').map((r) => r.query)).toEqual([{ page: '1', limit: '100' }]);
		// The default account starts with the spec's example clients 24 and 60.
		expect(list.output('ClickSend').map((i) => i.json.username)).toEqual(['client24', 'client60', 'client-one', 'client-two']);
		expect(list.output('ClickSend').every((i) => (i.json._subaccount as { api_key: string }).api_key === '[redacted]')).toBe(true);

		const transferred = await cs.run({ resource: 'resellerAccount', operation: 'transferCredit', clientUserId: byId(id), balance: 12.5, currency: 'usd' });
		expect(transferred.error).toBeUndefined();
		const [transfer] = cs.requests('/reseller/transfer-credit');
		expect(transfer.method).toBe('PUT');
		expect(transfer.body).toEqual({ client_user_id: String(id), balance: 12.5, currency: 'USD' });
		expectValidBody(transfer);
		expect(transferred.output('ClickSend')[0].json).toMatchObject({ user_id: id, balance: '12.500000' });
	});

	test('an unknown client account fails with ClickSend NOT_FOUND', async () => {
		const result = await cs.run({ resource: 'resellerAccount', operation: 'get', clientUserId: byId(999) });
		expect(result.error?.message).toMatch(/\[NOT_FOUND\]$/);
		expect(result.error?.description).toContain('request: GET /reseller/accounts/999');
	});

	test.each([
		['Currency', { currency: 'dollars' }, 'Invalid Currency: must be a three-letter ISO currency code'],
		['Client Account', { clientUserId: byId('={{ "abc" }}') }, 'Invalid Client Account: give its ID in digits (not 0), such as 428, got "abc"'],
	])('a bad %s is rejected before any request', async (_field, override, message) => {
		const result = await cs.run({ resource: 'resellerAccount', operation: 'transferCredit', clientUserId: byId(1000), balance: 5, currency: 'AUD', ...override });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('a bad country or phone in the profile is rejected before any request', async () => {
		const country = await cs.run({ resource: 'resellerAccount', operation: 'create', ...profile, country: 'United States' });
		expect(country.error?.message).toContain('Invalid Country: must be a two-letter ISO 3166 country code');
		const phone = await cs.run({ resource: 'resellerAccount', operation: 'create', ...profile, userPhone: 'none' });
		expect(phone.error?.message).toContain('Invalid Phone: "none" is not a phone number');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('the account profile and reseller settings are checked before any request', () => {
	test.each([
		['a list as the Username', { username: '={{ ["x"] }}' }, 'Invalid Username: must be text, got a list'],
		['a blank Username', { username: '={{ "  " }}' }, 'Invalid Username: is empty'],
		['an empty Password', { password: '={{ "" }}' }, 'Invalid Password: is empty'],
		['a Password of spaces', { password: '={{ " " }}' }, 'Invalid Password: is empty'],
		['no Email', { userEmail: '={{ $json.missing }}' }, 'Invalid Email: is empty'],
		['a bad Email', { userEmail: 'not an email' }, 'Invalid Email: "not an email" is not an email address'],
		['an object as the Account Name', { accountName: '={{ { a: 1 } }}' }, 'Invalid Account Name: must be text, got object'],
		['a list as the First Name', { userFirstName: '={{ ["Ann", "Bob"] }}' }, 'Invalid First Name: must be text, got a list'],
	])('Reseller Account → Create/Update and Account → Update: %s fails', async (_label, change, message) => {
		const create = await cs.run({ resource: 'resellerAccount', operation: 'create', ...profile, ...change }, { items: [{ n: 1 }] });
		expect(create.error?.message).toContain(message);
		const update = await cs.run({ resource: 'resellerAccount', operation: 'update', clientUserId: byId(24), ...profile, ...change }, { items: [{ n: 1 }] });
		expect(update.error?.message).toContain(message);
		const account = await cs.run({ resource: 'account', operation: 'update', ...profile, timezone: 'Australia/Sydney', ...change }, { items: [{ n: 1 }] });
		expect(account.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('profile texts are trimmed, the password kept exactly as given; a blank Timezone fails', async () => {
		const result = await cs.run({ resource: 'resellerAccount', operation: 'create', ...profile, username: ' client-one ', password: ' pass with spaces ', accountName: ' Client One ' });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/reseller/accounts')[0].body).toMatchObject({ username: 'client-one', password: ' pass with spaces ', account_name: 'Client One' });
		const account = await cs.run({ resource: 'account', operation: 'update', ...profile, timezone: '={{ " " }}' });
		expect(account.error?.message).toContain('Invalid Timezone: is empty');
		expect(cs.requests('/account')).toHaveLength(0);
	});

	test.each([
		['a list as the Subdomain', { subdomain: '={{ ["a"] }}' }, 'Invalid Subdomain: must be text, got a list'],
		['a blank Company Name', { companyName: '={{ " " }}' }, 'Invalid Company Name: is empty'],
		['a logo that is not a URL', { logoUrlDark: 'logo.png' }, 'Invalid Logo URL (Dark): "logo.png" is not an http(s) URL'],
		['two logos', { logoUrlLight: '={{ ["https://a.com/1.png", "https://a.com/2.png"] }}' }, 'Invalid Logo URL (Light): must be text, got a list'],
	])('Reseller → Update Settings: %s fails', async (_label, change, message) => {
		const result = await cs.run({ ...settings, ...change });
		expect(result.error?.message).toContain(message);
		expect(cs.requests('/reseller')).toHaveLength(0);
	});

	test('Reseller → Update Settings trims texts and URLs', async () => {
		const result = await cs.run({ ...settings, subdomain: ' mycompany ', logoUrlLight: ' https://example.com/light.png\u200b ' });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/reseller')[0].body).toMatchObject({ subdomain: 'mycompany', logo_url_light: 'https://example.com/light.png' });
	});
});

describe('amounts and percentages are checked before any request', () => {
	test.each([
		['negative', '={{ -5 }}', '-5'],
		['zero', '={{ 0 }}', '0'],
		['text', '={{ "abc" }}', '"abc"'],
		['text with a thousands separator', '={{ "1,000" }}', '"1,000"'],
	])('Transfer Credit: an Amount that is %s fails', async (_label, balance, shown) => {
		const result = await cs.run({ resource: 'resellerAccount', operation: 'transferCredit', clientUserId: byId(60), balance, currency: 'USD' });
		expect(cs.requests('/reseller/transfer-credit')).toHaveLength(0);
		expect(result.error?.message).toBe(`Invalid Amount: must be a number above 0 (such as 12.5), got ${shown}`);
	});

	test('Transfer Credit: an Amount or Currency left empty says so, and what to give', async () => {
		const amount = await cs.run({ resource: 'resellerAccount', operation: 'transferCredit', clientUserId: byId(60), balance: '={{ " " }}', currency: 'USD' });
		expect(amount.error?.message).toBe('Invalid Amount: is empty; give a number above 0 (such as 12.5)');
		const currency = await cs.run({ resource: 'resellerAccount', operation: 'transferCredit', clientUserId: byId(60), balance: 5, currency: '={{ $json.none }}' });
		expect(currency.error?.message).toBe('Invalid Currency: is empty; give a three-letter ISO currency code such as AUD or USD');
		expect(cs.requests()).toHaveLength(0);
	});

	test('Transfer Credit: an Amount given as text " 12.50 " is sent as the number 12.5', async () => {
		await cs.run({ resource: 'resellerAccount', operation: 'transferCredit', clientUserId: byId(60), balance: '={{ " 12.50 " }}', currency: 'usd' });
		expect(cs.requests('/reseller/transfer-credit')[0]?.body).toMatchObject({ balance: 12.5, currency: 'USD' });
	});

	test.each([
		['Default Margin', { defaultMargin: '={{ -20 }}' }],
		['Default Margin Numbers', { defaultMarginNumbers: '={{ "abc" }}' }],
		['Trial Balance', { trialBalance: '={{ -3 }}' }],
	])('Update Settings: a bad %s fails', async (field, override) => {
		const result = await cs.run({ ...settings, ...override });
		expect(cs.requests('/reseller')).toHaveLength(0);
		expect(result.error?.message).toMatch(new RegExp(`^Invalid ${field}: must be a number, 0 or more`));
	});
});

describe('Transfer Credit: client account and currency as text', () => {
	const transfer = (clientUserId: unknown, currency: unknown) =>
		cs.run({ resource: 'resellerAccount', operation: 'transferCredit', clientUserId: byId(clientUserId as string), balance: 10, currency: currency as string });

	test.each([
		['0', '0'],
		['={{ [60] }}', null],
	])('Client Account %s is refused before any request', async (client, shown) => {
		const result = await transfer(client, 'USD');
		expect(result.error?.message).toMatch(shown === null ? /^Invalid Client Account: must be one ID, got \[60\]$/ : /^Invalid Client Account: give its ID in digits \(not 0\), such as 428, got "0"$/);
		expect(cs.requests('/reseller/transfer-credit')).toHaveLength(0);
	});

	test('a Currency given as a list is refused; zero-width characters copied along are removed', async () => {
		expect((await transfer('60', '={{ ["usd"] }}')).error?.message).toBe('Invalid Currency: must be text, got a list');
		await transfer('={{ "60\u200b" }}', '={{ "usd\u200b" }}');
		expect(cs.requests('/reseller/transfer-credit')[0]?.body).toMatchObject({ client_user_id: '60', currency: 'USD' });
	});
});
