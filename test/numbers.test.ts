import { ClickSend } from '../nodes/ClickSend/ClickSend.node';
import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

describe('Dedicated Number → Search (GET /numbers/search/{country})', () => {
	test('sends the country in the path and search/search_type as query parameters, with Limit', async () => {
		const result = await cs.run(
			{ resource: 'number', operation: 'search', country: 'US', searchPattern: '2', searchType: 0, returnAll: false, limit: 20 },
			{ items: [{ n: 1 }] },
		);
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/numbers/search/US');
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].query).toEqual({ search: '2', search_type: '0', page: '1', limit: '20' });
		expectValidBody(requests[0]);
		const items = result.output('ClickSend');
		expect(items).toHaveLength(20);
		expect(items.map(pairedIndex).every((i) => i === 0)).toBe(true);
		for (const item of items) {
			expect(item.json).toMatchObject({ country: 'US', currency: 'USD', price: expect.any(String) });
			expect(String(item.json.dedicated_number)).toMatch(/^\+12/);
		}
	});

	test('Return All pages through every match (Ends With)', async () => {
		const result = await cs.run({ resource: 'number', operation: 'search', country: 'AU', searchPattern: '7', searchType: 2, returnAll: true });
		expect(result.error).toBeUndefined();
		const items = result.output('ClickSend');
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((i) => String(i.json.dedicated_number).endsWith('7'))).toBe(true);
		expect(cs.requests('/numbers/search/AU').every((r) => r.query.limit === '100' && r.query.search_type === '2')).toBe(true);
	});

	test('the country is trimmed and upper-cased in the path', async () => {
		const result = await cs.run({ resource: 'number', operation: 'search', country: ' au ', searchPattern: '2', searchType: 0, returnAll: false, limit: 20 });
		expect(result.error).toBeUndefined();
		expect(cs.requests().map((r) => r.path)).toEqual(['/numbers/search/AU']);
	});

	test('a country that is not a two-letter code is rejected before any request', async () => {
		const result = await cs.run({ resource: 'number', operation: 'search', country: 'USA', searchPattern: '1', searchType: 1, returnAll: true });
		expect(result.error?.message).toContain('Invalid Country: must be a two-letter ISO 3166 country code');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('Dedicated Number → Buy (POST /numbers/buy/{dedicated_number}) and Get Many (GET /numbers)', () => {
	async function availableNumbers(count: number): Promise<string[]> {
		const result = await cs.run({ resource: 'number', operation: 'search', country: 'AU', searchPattern: '4', searchType: 0, returnAll: false, limit: count });
		return result.output('ClickSend').map((i) => String(i.json.dedicated_number));
	}

	test('bought numbers appear in the list and are no longer available', async () => {
		const [first, second] = await availableNumbers(2);
		const bought = await cs.run({ resource: 'number', operation: 'buy', availableNumber: '={{ $json.number }}' }, { items: [{ number: first }, { number: second }] });
		expect(bought.error).toBeUndefined();
		const buys = cs.requests().filter((r) => r.method === 'POST');
		expect(buys.map((r) => r.path)).toEqual([`/numbers/buy/${encodeURIComponent(first)}`, `/numbers/buy/${encodeURIComponent(second)}`]);
		for (const request of buys) {
			expect(request.query).toEqual({});
			expect(request.body).toBeUndefined();
			expectValidBody(request);
		}
		const items = bought.output('ClickSend');
		expect(items.map((i) => i.json.dedicated_number)).toEqual([first, second]);
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items[0].json).toMatchObject({ country: 'AU', price_total: expect.any(String) });

		const list = await cs.run({ resource: 'number', operation: 'getAll', returnAll: true });
		expect(list.error).toBeUndefined();
		expect(cs.requests('/numbers').map((r) => [r.method, r.query])).toEqual([['GET', { page: '1', limit: '100' }]]);
		expect(list.output('ClickSend').map((i) => i.json)).toEqual([
			{ _country_name: 'Australia', country: 'AU', dedicated_number: first, price: expect.any(String) },
			{ _country_name: 'Australia', country: 'AU', dedicated_number: second, price: expect.any(String) },
		]);

		const again = await availableNumbers(250);
		expect(again).not.toContain(first);
		expect(again).not.toContain(second);

		const twice = await cs.run({ resource: 'number', operation: 'buy', availableNumber: first });
		expect(twice.error?.message).toMatch(/\[ALREADY_EXISTS\]$/);
	});

	test('Get Many filters with ClickSend search and Limit', async () => {
		const numbers = await availableNumbers(3);
		for (const number of numbers) await cs.run({ resource: 'number', operation: 'buy', availableNumber: number });
		const result = await cs.run({ resource: 'number', operation: 'getAll', returnAll: false, limit: 5, filters: { q: `dedicated_number:${numbers[1].slice(-6)}` } });
		expect(result.output('ClickSend').map((i) => i.json.dedicated_number)).toEqual([numbers[1]]);
		expect(cs.requests('/numbers').at(-1)?.query).toEqual({ page: '1', limit: '15', q: `dedicated_number:${numbers[1].slice(-6)}` });
	});

	test('a number copied with an invisible character is bought as the path gets it (without it)', async () => {
		const result = await cs.run({ resource: 'number', operation: 'buy', availableNumber: '={{ " +61400000000\u200b" }}' });
		expect(result.error?.message).toMatch(/\[NOT_FOUND\]$/);
		expect(cs.requests().map((r) => r.path)).toEqual([`/numbers/buy/${encodeURIComponent('+61400000000')}`]);
	});

	test('a number that is not for sale fails with ClickSend NOT_FOUND', async () => {
		const result = await cs.run({ resource: 'number', operation: 'buy', availableNumber: '+61400000000' });
		expect(result.error?.message).toMatch(/\[NOT_FOUND\]$/);
		expect(result.error?.description).toContain('request: POST /numbers/buy/%2B61400000000');
	});

	test.each([
		['+61 400 000 000', 'Invalid Dedicated Number: write it without spaces, dashes or brackets, e.g. +61400000000'],
		['call me', 'Invalid Dedicated Number: "call me" is not a phone number'],
	])('a bad number (%s) is rejected before any request', async (number, message) => {
		const result = await cs.run({ resource: 'number', operation: 'buy', availableNumber: number });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('the getDedicatedNumbers list search lists the numbers you own', async () => {
		const numbers = await availableNumbers(2);
		for (const number of numbers) await cs.run({ resource: 'number', operation: 'buy', availableNumber: number });
		const credentials = cs.credentials().clickSendApi;
		const context = {
			getNode: () => ({ name: 'ClickSend' }),
			getCredentials: async () => credentials,
			helpers: {
				async httpRequestWithAuthentication(_type: string, options: any) {
					const url = new URL(`${options.baseURL}${options.url}`);
					for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
					const auth = Buffer.from(`${credentials.username}:${credentials.apiKey}`).toString('base64');
					const response = await fetch(url, { headers: { authorization: `Basic ${auth}` } });
					return { statusCode: response.status, headers: {}, body: await response.json() };
				},
			},
		};
		const found = await new ClickSend().methods.listSearch.getDedicatedNumbers.call(context as any);
		expect(found.results).toEqual(numbers.map((n) => ({ name: `${n} (Australia)`, value: n })));
	});
});
