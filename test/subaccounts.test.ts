import { ClickSend } from '../nodes/ClickSend/ClickSend.node';
import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

const newSubaccount = {
	resource: 'subaccount',
	operation: 'create',
	apiUsername: 'ops-team',
	password: 'S3cret-pass',
	email: 'ops@example.com',
	phoneNumber: '+61 411 111 111',
	firstName: 'Ada',
	lastName: 'Lovelace',
};

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

async function createSubaccount(overrides: Record<string, unknown> = {}) {
	const result = await cs.run({ ...newSubaccount, ...overrides });
	expect(result.error).toBeUndefined();
	return result.output('ClickSend')[0].json;
}

describe('Subaccount → Create (POST /subaccounts)', () => {
	test('sends the spec body with permission flags as 0/1, outputs data with the API key redacted', async () => {
		const result = await cs.run(
			{ ...newSubaccount, additionalFields: { accessBilling: false, accessUsers: true, shareCampaigns: true } },
			{ items: [{ team: 'ops' }] },
		);
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/subaccounts');
		expect(request.method).toBe('POST');
		expect(request.query).toEqual({});
		expect(request.body).toEqual({
			api_username: 'ops-team',
			password: 'S3cret-pass',
			email: 'ops@example.com',
			phone_number: '+61411111111',
			first_name: 'Ada',
			last_name: 'Lovelace',
			access_billing: 0,
			access_users: 1,
			share_campaigns: 1,
		});
		expectValidBody(request);
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json).toMatchObject({
			subaccount_id: expect.any(Number),
			api_username: 'ops-team',
			access_billing: 0,
			access_users: 1,
			share_campaigns: 1,
			api_key: '[redacted]',
		});
		// The sandbox really answered a key; it never reaches the output.
		const stored = [...(cs.sandbox.state as any).store('subaccounts', () => new Map()).values()][0];
		expect(stored.api_key).toMatch(/^[0-9A-F-]{36}$/);
		expect(JSON.stringify(result.output('ClickSend'))).not.toContain(stored.api_key);
		expect(JSON.stringify(item.json)).not.toContain('S3cret-pass');
	});

	test('a bad phone number is rejected before any request', async () => {
		const result = await cs.run({ ...newSubaccount, phoneNumber: 'call me' });
		expect(result.error?.message).toContain('Invalid Phone Number');
		expect(cs.requests()).toHaveLength(0);
	});

	test('a taken API username fails with ClickSend ALREADY_EXISTS', async () => {
		await createSubaccount();
		const result = await cs.run(newSubaccount);
		expect(result.error?.message).toMatch(/^ClickSend: .*\[ALREADY_EXISTS\]$/);
	});

	test('the operation descriptions say where the new API key is shown', () => {
		const operation = new ClickSend().description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('subaccount'),
		);
		const options = (operation?.options ?? []) as { value: string; description: string }[];
		for (const value of ['create', 'regenerateApiKey']) {
			expect(options.find((o) => o.value === value)?.description).toContain('shown in the ClickSend dashboard, not in the workflow');
		}
	});
});

describe('Subaccount CRUD round trip', () => {
	test('create → get → update → get many → regenerate API key → delete → get (404)', async () => {
		const created = await createSubaccount();
		const id = created.subaccount_id as number;

		const got = await cs.run({ resource: 'subaccount', operation: 'get', subaccountId: byId(id) });
		expect(got.error).toBeUndefined();
		expect(got.output('ClickSend')[0].json).toMatchObject({ subaccount_id: id, email: 'ops@example.com', api_key: '[redacted]' });
		expect(cs.requests(`/subaccounts/${id}`).map((r) => r.method)).toEqual(['GET']);

		const updated = await cs.run({
			resource: 'subaccount',
			operation: 'update',
			subaccountId: byId(id),
			updateFields: { email: 'ada@example.com', accessContacts: false, accessReporting: true, password: 'n3w-pass' },
		});
		expect(updated.error).toBeUndefined();
		const update = cs.requests(`/subaccounts/${id}`).find((r) => r.method === 'PUT')!;
		expect(update.body).toEqual({ email: 'ada@example.com', access_contacts: 0, access_reporting: 1, password: 'n3w-pass' });
		expectValidBody(update);
		expect(updated.output('ClickSend')[0].json).toMatchObject({ subaccount_id: id, email: 'ada@example.com', access_contacts: 0 });

		await createSubaccount({ apiUsername: 'second', email: 'second@example.com' });
		const list = await cs.run({ resource: 'subaccount', operation: 'getAll', returnAll: true, filters: { q: 'api_username:ops' } });
		expect(list.error).toBeUndefined();
		expect(cs.requests('/subaccounts').filter((r) => r.method === 'GET').map((r) => r.query)).toEqual([
			{ page: '1', limit: '100', q: 'api_username:ops' },
		]);
		expect(list.output('ClickSend').map((i) => i.json.email)).toEqual(['ada@example.com']);
		expect(list.output('ClickSend').every((i) => i.json.api_key === '[redacted]')).toBe(true);

		const regenerated = await cs.run({ resource: 'subaccount', operation: 'regenerateApiKey', subaccountId: byId(id) }, { items: [{ n: 1 }] });
		expect(regenerated.error).toBeUndefined();
		const regen = cs.requests(`/subaccounts/${id}/regen-api-key`);
		expect(regen.map((r) => r.method)).toEqual(['PUT']);
		expect(regen[0].body).toBeUndefined();
		const [regenItem] = regenerated.output('ClickSend');
		expect(regenItem.json).toEqual({ api_key: '[redacted]' });
		expect(pairedIndex(regenItem)).toBe(0);

		const deleted = await cs.run({ resource: 'subaccount', operation: 'delete', subaccountId: byId(id) });
		expect(deleted.error).toBeUndefined();
		expect(cs.requests(`/subaccounts/${id}`).at(-1)?.method).toBe('DELETE');
		expect(deleted.output('ClickSend')[0].json).toEqual({ success: true, message: `Subaccount #${id} has been deleted` });

		const gone = await cs.run({ resource: 'subaccount', operation: 'get', subaccountId: byId(id) });
		expect(gone.error?.message).toMatch(/\[NOT_FOUND\]$/);
		expect(gone.error?.description).toContain(`request: GET /subaccounts/${id}`);
	});

	test('Get Many with a Limit trims and links items to their input (the default account starts with the spec examples 59, 2837)', async () => {
		for (let i = 0; i < 3; i++) await createSubaccount({ apiUsername: `user${i}`, email: `u${i}@example.com` });
		const result = await cs.run({ resource: 'subaccount', operation: 'getAll', returnAll: false, limit: 4 });
		expect(result.output('ClickSend').map((i) => i.json.api_username)).toEqual(['user59', 'user2837', 'user0', 'user1']);
		expect(result.output('ClickSend').map(pairedIndex)).toEqual([0, 0, 0, 0]);
		expect(cs.requests('/subaccounts').at(-1)?.query).toEqual({ page: '1', limit: '15' });
	});

	test('an update without fields is rejected before any request', async () => {
		const result = await cs.run({ resource: 'subaccount', operation: 'update', subaccountId: byId(61), updateFields: {} });
		expect(result.error?.message).toBe('Invalid Update Fields: add at least one field to change');
		expect(cs.requests()).toHaveLength(0);
	});

	test('the getSubaccounts list search lists and searches subaccounts', async () => {
		await createSubaccount();
		await createSubaccount({ apiUsername: 'billing', email: 'b@example.com', firstName: 'Grace', lastName: 'Hopper' });
		const search = new ClickSend().methods.listSearch.getSubaccounts;
		const context = loadOptionsContext();
		const all = await search.call(context as any);
		expect(all.results.map((r) => r.name)).toEqual([
			'user59 – FirstnameeGPqV LastnamePvjJp (59)',
			'user2837 – John Doe (2837)',
			'ops-team – Ada Lovelace (60)',
			'billing – Grace Hopper (61)',
		]);
		expect(all.results.map((r) => r.value)).toEqual(['59', '2837', '60', '61']);
		const filtered = await search.call(context as any, 'bill');
		expect(filtered.paginationToken).toBeUndefined();
		expect(filtered.results.map((r) => r.value)).toEqual(['61']);
		expect(cs.requests('/subaccounts').at(-1)?.query).toEqual({ page: '1', limit: '100', q: 'api_username:bill' });
	});
});

/** A minimal ILoadOptionsFunctions that sends through the sandbox with Basic auth (list searches). */
function loadOptionsContext() {
	const credentials = cs.credentials().clickSendApi;
	return {
		getNode: () => ({ name: 'ClickSend', type: 'n8n-nodes-clicksend.clickSend', typeVersion: 1, parameters: {} }),
		getCredentials: async () => credentials,
		helpers: {
			async httpRequestWithAuthentication(_type: string, options: any) {
				const url = new URL(`${options.baseURL}${options.url}`);
				for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
				const response = await fetch(url, {
					method: options.method,
					headers: { authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.apiKey}`).toString('base64')}` },
				});
				return { statusCode: response.status, headers: {}, body: await response.json() };
			},
		},
	};
}
