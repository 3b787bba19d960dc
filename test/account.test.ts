import { pairedIndex, useSandbox } from './helpers/sandbox';

const cs = useSandbox();

describe('Account → Get (GET /account)', () => {
	test('outputs data, with credentials redacted', async () => {
		const result = await cs.run({ resource: 'account', operation: 'get' });
		expect(result.error).toBeUndefined();
		const [item] = result.output('ClickSend');
		expect(item.json).toMatchObject({ username: 'sandbox', user_id: expect.any(Number) });
		expect(JSON.stringify(item.json)).not.toMatch(/"api_key":"(?!\[redacted\])/);
		expect(cs.requests('/account').map((r) => r.method)).toEqual(['GET']);
	});

	test("a wrong API key fails with ClickSend's message, code, status and path", async () => {
		const result = await cs.run({ resource: 'account', operation: 'get' }, { apiKey: 'wrong-key' });
		expect(result.error?.message).toBe('ClickSend: Your Username or Unique Key is incorrect. [INVALID_CREDENTIALS]');
		expect(result.error?.description).toContain('response_code: INVALID_CREDENTIALS');
		expect(result.error?.description).toContain('http_code: 401');
		expect(result.error?.description).toContain('request: GET /account');
		expect(JSON.stringify(result.error)).not.toContain('wrong-key');
	});

	test('with Continue On Fail the error is an item linked to its input', async () => {
		const result = await cs.run({ resource: 'account', operation: 'get' }, { apiKey: 'wrong-key', onError: 'continueRegularOutput', items: [{ id: 7 }] });
		expect(result.error).toBeUndefined();
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json).toMatchObject({
			id: 7,
			error: 'ClickSend: Your Username or Unique Key is incorrect. [INVALID_CREDENTIALS]',
			details: { http_code: 401, response_code: 'INVALID_CREDENTIALS' },
		});
	});

	test.each([
		['notactive', 'ACCOUNT_NOT_ACTIVATED'],
		['banned', undefined],
	])('the %s test account is refused with a clear error', async (username, code) => {
		const result = await cs.run({ resource: 'account', operation: 'get' }, { username, apiKey: 'D83DED51-9E35-4D42-9BB9-0E34B7CA85AE' });
		expect(result.error?.message).toMatch(/^ClickSend: /);
		if (code) expect(result.error?.description).toContain(code);
	});
});
