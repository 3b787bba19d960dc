import { getContactLists } from '../nodes/ClickSend/listSearch/getContactLists';
import { CLICKSEND_CODE_HINTS, hintForStatus } from '../nodes/ClickSend/shared/errors';
import { RETRY_POLICY } from '../nodes/ClickSend/shared/transport';
import { runWorkflow } from './harness/run';
import { branchWorkflow, loadOptionsContext } from './helpers/engine';
import { basicAuth, pairedIndex, useSandbox } from './helpers/sandbox';
import { APPLICATION_CODES } from './sandbox/envelope';

const cs = useSandbox();
const saved = { ...RETRY_POLICY };
beforeAll(() => Object.assign(RETRY_POLICY, { baseDelayMs: 1, maxDelayMs: 20 }));
afterAll(() => Object.assign(RETRY_POLICY, saved));

const getAccount = { resource: 'account', operation: 'get' };
const envelope = (status: number, code: string | number, msg: string, data: unknown = null) => ({
	http_code: status,
	response_code: code,
	response_msg: msg,
	data,
});

/** The HTTP status ClickSend documents (or the sandbox uses) for each application code. */
function statusFor(code: string): number {
	if (['MISSING_CREDENTIALS', 'INVALID_CREDENTIALS'].includes(code)) return 401;
	if (['ACCOUNT_NOT_ACTIVATED', 'NOT_ENOUGH_PERMISSION_TO_LIST_ID'].includes(code)) return 403;
	if (code === 'INTERNAL_ERROR') return 500;
	return 400;
}

describe('ClickSend error envelopes become NodeApiErrors in ClickSend’s words', () => {
	const codes = Object.entries(APPLICATION_CODES).filter(([code]) => code !== 'SUCCESS');

	test('every documented application code has a hint', () => {
		for (const [code] of codes) expect([code, CLICKSEND_CODE_HINTS[code]]).toEqual([code, expect.any(String)]);
		for (const status of [400, 401, 403, 404, 405, 429, 500, 502, 503]) expect(hintForStatus(status)).toEqual(expect.any(String));
	});

	test.each(codes)('%s: message, code, http_code, method + path and hint', async (code, msg) => {
		const status = statusFor(code);
		cs.sandbox.fault({ method: 'GET', path: '/account', status, body: envelope(status, code, msg), times: 10 });
		const result = await cs.run(getAccount);
		expect(result.error?.message).toBe(`ClickSend: ${msg} [${code}]`);
		expect(result.error?.description).toBe(
			[`response_code: ${code}`, `http_code: ${status}`, 'request: GET /account', CLICKSEND_CODE_HINTS[code]]
				.concat(status >= 500 ? ['gave up after 5 attempts'] : [])
				.join(' · '),
		);
		expect(result.output('ClickSend')).toEqual([]);
		// Reads are retried only on 5xx (and 429); a 4xx answer is final.
		expect(cs.requests('/account')).toHaveLength(status >= 500 ? RETRY_POLICY.maxAttempts : 1);
	});

	test.each([
		[404, 'NOT_FOUND', 'The requested resource does not exist.'],
		[405, 'NOT_FOUND', "Method doesn't exist or is not allowed."],
		[403, 'FORBIDDEN', 'Your account has been banned.'],
	])('HTTP %i %s envelope', async (status, code, msg) => {
		cs.sandbox.fault({ method: 'GET', path: '/account', status, body: envelope(status, code, msg) });
		const result = await cs.run(getAccount);
		expect(result.error?.message).toBe(`ClickSend: ${msg} [${code}]`);
		expect(result.error?.description).toContain(`http_code: ${status} · request: GET /account · ${CLICKSEND_CODE_HINTS[code]}`);
	});

	test('a numeric response_code is named as such, with the hint for the HTTP status', async () => {
		cs.sandbox.fault({ method: 'GET', path: '/account', status: 400, body: envelope(400, 400, 'Bad request: check the page') });
		const result = await cs.run(getAccount);
		expect(result.error?.message).toBe('ClickSend: Bad request: check the page [400]');
		expect(result.error?.description).toBe(`response_code: 400 · http_code: 400 · request: GET /account · ${CLICKSEND_CODE_HINTS.BAD_REQUEST}`);
	});

	test('a proxy’s 502 HTML page is a clear error (retried for reads, then reported)', async () => {
		const page = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';
		cs.sandbox.fault({ method: 'GET', path: '/account', status: 502, body: page, times: 10 });
		const result = await cs.run(getAccount);
		expect(result.error?.message).toBe('ClickSend answered HTTP 502 with a body that is not ClickSend JSON: "502 Bad Gateway 502 Bad Gateway nginx"');
		expect(result.error?.description).toBe(`http_code: 502 · request: GET /account · ${CLICKSEND_CODE_HINTS.BAD_GATEWAY} · gave up after 5 attempts`);
		expect(cs.requests('/account')).toHaveLength(5);
	});

	test('an empty 500 body on Calculate Price: it sends nothing, so it is retried as a read; the error says so, never "may be queued"', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/price', status: 500, body: '', times: 5 });
		const result = await cs.run({ resource: 'sms', operation: 'calculatePrice', to: '+61411111111', body: 'Hi', additionalFields: { customString: 'order-77' } });
		expect(result.error?.message).toBe('ClickSend answered HTTP 500 with an empty body');
		expect(result.error?.description).toBe('http_code: 500 · request: POST /sms/price · ClickSend had an internal error; try again later. · gave up after 5 attempts');
		expect(cs.requests('/sms/price')).toHaveLength(5);
	});

	test('a 200 answer that is not JSON is an error, not an empty success', async () => {
		cs.sandbox.fault({ method: 'GET', path: '/account', status: 200, body: 'OK' });
		const result = await cs.run(getAccount, { onError: 'continueRegularOutput', items: [{ id: 1 }] });
		const [item] = result.output('ClickSend');
		expect(item.json).toEqual({
			id: 1,
			error: 'ClickSend answered HTTP 200 with a body that is not ClickSend JSON: "OK"',
			message: 'http_code: 200 · request: GET /account',
			details: { http_code: 200 },
		});
		expect(pairedIndex(item)).toBe(0);
	});
});

describe('credentials never appear in errors, error items or outputs', () => {
	const secretKey = 'sandbox-api-key-0000';
	test.each([
		['a wrong key (401)', { apiKey: 'wrong-secret-key-4711' }, undefined],
		['a 500 with the request echoed', {}, { status: 500, body: envelope(500, 'INTERNAL_ERROR', 'Internal error.', { api_key: secretKey, authorization: basicAuth() }) }],
		['a reset connection', {}, { reset: true }],
		['a 200 echoing an api_key', {}, { status: 200, body: envelope(200, 'SUCCESS', 'Here are your data.', { username: 'sandbox', api_key: secretKey }) }],
	])('%s', async (_name, account, fault) => {
		if (fault) cs.sandbox.fault({ method: 'POST', path: '/sms/price', ...fault });
		const apiKey = (account as { apiKey?: string }).apiKey ?? secretKey;
		for (const onError of ['stopWorkflow', 'continueRegularOutput', 'continueErrorOutput'] as const) {
			const result = await cs.run({ resource: 'sms', operation: 'calculatePrice', to: '+61411111111', body: 'Hi' }, { apiKey, onError });
			const everything = JSON.stringify({ run: result.run, error: result.error, description: result.error?.description, messages: (result.error as { messages?: unknown })?.messages });
			expect(everything).not.toContain(apiKey);
			expect(everything).not.toContain(basicAuth('sandbox', apiKey).slice('Basic '.length));
			expect(everything).not.toContain(basicAuth('sandbox', apiKey));
		}
	});
});

describe('messages ClickSend refuses inside an HTTP 200', () => {
	const rows = [
		{ to: '+61411111111', body: 'Hi', status: 'SUCCESS', message_id: 'M-1', custom_string: 'a' },
		{ to: '+61400000000', body: 'Hi', status: 'INVALID_RECIPIENT', message_id: 'M-2', custom_string: 'b' },
		{ to: '+61422222222', body: 'Hi', status: 'THROTTLED', message_id: 'M-3', custom_string: 'c' },
	];
	const mixed = envelope(200, 'SUCCESS', 'Here are your data.', {
		total_price: 0.0771,
		total_count: 3,
		queued_count: 1,
		messages: rows,
	});
	const price = { resource: 'sms', operation: 'calculatePrice', to: '={{ $json.phone }}', body: 'Hi' };

	test('without Continue On Fail the node fails, naming how many, which recipients and codes', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/price', status: 200, body: mixed });
		const result = await cs.run(price, { items: [{ phone: '+61411111111' }] });
		expect(result.error?.message).toBe('ClickSend refused 2 of 3 messages: +61400000000 (INVALID_RECIPIENT), +61422222222 (THROTTLED)');
		expect(result.error?.description).toBe(`INVALID_RECIPIENT: ${CLICKSEND_CODE_HINTS.INVALID_RECIPIENT} · THROTTLED: ${CLICKSEND_CODE_HINTS.THROTTLED}`);
		expect(result.output('ClickSend')).toEqual([]);
	});

	test('Continue (regular output): accepted messages and linked error items carrying the input item', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/price', status: 200, body: mixed, skip: 1 });
		const result = await cs.run(price, { items: [{ id: 'first', phone: '+61433333333' }, { id: 'second', phone: '+61411111111' }], onError: 'continueRegularOutput' });
		expect(result.error).toBeUndefined();
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1, 1, 1]);
		expect(items[0].json).toMatchObject({ to: '+61433333333', status: 'SUCCESS', accepted: true });
		// A priced message carries the answer's totals (total_price, …); refused ones do not.
		expect(items[1]).toEqual({ json: { ...rows[0], accepted: true, total_price: 0.0771, total_count: 3, queued_count: 1 }, pairedItem: { item: 1 } });
		expect(items[2]).toEqual({
			json: {
				id: 'second',
				phone: '+61411111111',
				error: 'ClickSend refused the message to +61400000000 (INVALID_RECIPIENT)',
				message: CLICKSEND_CODE_HINTS.INVALID_RECIPIENT,
				details: { ...rows[1], accepted: false, response_code: 'INVALID_RECIPIENT' },
			},
			pairedItem: { item: 1 },
		});
		expect(items[3].json).toMatchObject({ id: 'second', error: 'ClickSend refused the message to +61422222222 (THROTTLED)', details: { status: 'THROTTLED', accepted: false } });
	});

	test('Continue (error output): accepted → success branch, refused → error branch; $("Items").item resolves on both', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/price', status: 200, body: mixed, skip: 1 });
		const result = await runWorkflow(
			branchWorkflow(price, [{ crm: 'crm-1', phone: '+61433333333' }, { crm: 'crm-2', phone: '+61411111111' }], 'continueErrorOutput', 'crm'),
			{ credentials: cs.credentials() },
		);
		expect(result.error).toBeUndefined();
		const ok = result.output('ClickSend', 0);
		const failed = result.output('ClickSend', 1);
		expect(ok.map((i) => [pairedIndex(i), i.json.to, i.json.accepted])).toEqual([
			[0, '+61433333333', true],
			[1, '+61411111111', true],
		]);
		expect(failed).toEqual([
			{
				json: {
					crm: 'crm-2',
					phone: '+61411111111',
					error: 'ClickSend refused the message to +61400000000 (INVALID_RECIPIENT)',
					message: CLICKSEND_CODE_HINTS.INVALID_RECIPIENT,
					details: { ...rows[1], accepted: false, response_code: 'INVALID_RECIPIENT' },
				},
				pairedItem: { item: 1 },
			},
			{
				json: {
					crm: 'crm-2',
					phone: '+61411111111',
					error: 'ClickSend refused the message to +61422222222 (THROTTLED)',
					message: CLICKSEND_CODE_HINTS.THROTTLED,
					details: { ...rows[2], accepted: false, response_code: 'THROTTLED' },
				},
				pairedItem: { item: 1 },
			},
		]);
		expect(result.output('Success Probe').map((i) => i.json.fromItems)).toEqual(['crm-1', 'crm-2']);
		expect(result.output('Error Probe').map((i) => i.json.fromItems)).toEqual(['crm-2', 'crm-2']);
	});

	test('SMS → Send with the error output: refused recipients go to the error branch, linked to their items', async () => {
		const result = await runWorkflow(
			branchWorkflow(
				{ resource: 'sms', operation: 'send', to: '={{ $json.phone }}', body: 'Hi', additionalFields: { customString: '={{ $json.crm }}' } },
				[{ crm: 'crm-1', phone: '+61411111111' }, { crm: 'crm-2', phone: '+1234' }, { crm: 'crm-3', phone: '+61422222222' }],
				'continueErrorOutput',
				'crm',
			),
			{ credentials: cs.credentials() },
		);
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend', 0).map((i) => [pairedIndex(i), i.json.custom_string, i.json.status])).toEqual([
			[0, 'crm-1', 'SUCCESS'],
			[2, 'crm-3', 'SUCCESS'],
		]);
		const failed = result.output('ClickSend', 1);
		expect(failed).toHaveLength(1);
		expect(pairedIndex(failed[0])).toBe(1);
		expect(failed[0].json).toMatchObject({
			crm: 'crm-2',
			error: 'ClickSend refused the message to +1234 (INVALID_RECIPIENT)',
			details: { status: 'INVALID_RECIPIENT', accepted: false, response_code: 'INVALID_RECIPIENT' },
		});
		expect(result.output('Success Probe').map((i) => i.json.fromItems)).toEqual(['crm-1', 'crm-3']);
		expect(result.output('Error Probe').map((i) => i.json.fromItems)).toEqual(['crm-2']);
	});
});

describe('dropdown lookups (resource locator "From List") show ClickSend’s message', () => {
	const parameters = { resource: 'sms', operation: 'send', sendTo: 'list' };

	test('lists contact lists through n8n-core’s load-options context', async () => {
		const result = await getContactLists.call(loadOptionsContext(cs.credentials(), parameters));
		expect(result.results.length).toBeGreaterThan(0);
		expect(cs.requests('/lists')[0].query).toMatchObject({ page: '1', limit: '100' });
	});

	test.each([
		['a 403 envelope', { status: 403, body: envelope(403, 'FORBIDDEN', 'Subaccount has no access to contact lists.') }, 'ClickSend: Subaccount has no access to contact lists. [FORBIDDEN]'],
		['a wrong key', undefined, 'ClickSend: Your Username or Unique Key is incorrect. [INVALID_CREDENTIALS]'],
		['a 504 gateway page', { status: 504, body: '<h1>Gateway Timeout</h1>', times: 10 }, 'ClickSend answered HTTP 504 with a body that is not ClickSend JSON: "Gateway Timeout"'],
	])('%s', async (_name, fault, message) => {
		if (fault) cs.sandbox.fault({ method: 'GET', path: '/lists', ...fault });
		const credentials = fault ? cs.credentials() : cs.credentials('sandbox', 'wrong-key');
		const failure = await getContactLists.call(loadOptionsContext(credentials, parameters)).then(
			() => undefined,
			(error: Error & { description?: string }) => error,
		);
		expect(failure?.message).toBe(message);
		expect(String(failure)).not.toContain('[object Object]');
		expect(failure?.description).toContain('request: GET /lists');
	});
});

describe('Get Many: a bad Limit with Continue On Fail gives a linked error item per input item', () => {
	test.each([
		['a negative number', '={{ -3 }}'],
		['a literal negative number', -1],
		['text', '={{ "ten" }}'],
		['a fraction below 1', '={{ 0.5 }}'],
	])('Limit %s', async (_label, limit) => {
		const result = await cs.run(
			{ resource: 'subaccount', operation: 'getAll', returnAll: false, limit },
			{ items: [{ n: 1 }, { n: 2 }], onError: 'continueRegularOutput' },
		);
		expect(result.error).toBeUndefined();
		expect(cs.requests()).toHaveLength(0);
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		for (const item of items) expect(String(item.json.error)).toContain('Invalid Limit');
	});

	test('with the error output, the error item comes out of the error branch', async () => {
		const result = await cs.run(
			{ resource: 'returnAddress', operation: 'getAll', returnAll: false, limit: '={{ -1 }}' },
			{ items: [{ n: 1 }], onError: 'continueErrorOutput' },
		);
		expect(result.output('ClickSend', 0)).toEqual([]);
		expect(result.output('ClickSend', 1).map(pairedIndex)).toEqual([0]);
	});
});
