/**
 * The ClickSend sandbox over real HTTP (undici): auth, test accounts, stateful SMS,
 * ClickSend paging, spec fallbacks, validation, fault injection, and every documented operation.
 */
import { request } from 'undici';
import {
	SANDBOX_API_KEY,
	SANDBOX_USERNAME,
	TEST_ACCOUNT_KEY,
	startSandbox,
	type Sandbox,
} from './sandbox';
import {
	exampleParameters,
	exampleRequestBody,
	fillPath,
	findOperation,
	operations,
	validateRequestBody,
} from './sandbox/spec';
import { statefulRouteKeys } from './sandbox/server';
import { APPLICATION_CODES } from './sandbox/envelope';
import { messageParts } from './sandbox/messaging';
import { jsonBytes } from './sandbox/json';

interface Envelope<T = any> {
	http_code: number;
	response_code: string;
	response_msg: string;
	data: T;
}

interface Page<T = any> {
	total: number;
	per_page: number;
	current_page: number;
	last_page: number;
	next_page_url: string | null;
	prev_page_url: string | null;
	from: number | null;
	to: number | null;
	data: T[];
}

interface CallOptions {
	body?: unknown;
	form?: Record<string, string>;
	query?: Record<string, string | number>;
	/** [username, key]; null sends no Authorization header. */
	auth?: [string, string] | null;
	headers?: Record<string, string>;
}

interface CallResult<T> {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	text: string;
	json: T;
}

let sandbox: Sandbox;

const basic = (user: string, key: string): string =>
	`Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`;

async function call<T = Envelope>(
	method: string,
	path: string,
	opts: CallOptions = {},
): Promise<CallResult<T>> {
	const headers: Record<string, string> = { ...opts.headers };
	const auth = opts.auth === undefined ? [SANDBOX_USERNAME, SANDBOX_API_KEY] : opts.auth;
	if (auth) headers.authorization = basic(auth[0], auth[1]);
	let body: string | undefined;
	if (opts.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		body = new URLSearchParams(opts.form).toString();
	} else if (opts.body !== undefined) {
		headers['content-type'] ??= 'application/json';
		body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
	}
	const qs = opts.query
		? `?${new URLSearchParams(Object.entries(opts.query).map(([k, v]): [string, string] => [k, String(v)]))}`
		: '';
	const res = await request(`${sandbox.url}${path}${qs}`, {
		method: method as 'GET',
		headers,
		body,
	});
	const text = await res.body.text();
	let json: T;
	try {
		json = JSON.parse(text) as T;
	} catch {
		json = undefined as T;
	}
	return { status: res.statusCode, headers: res.headers, text, json };
}

function expectEnvelope(res: CallResult<Envelope>, status: number, code: string): void {
	expect(res.status).toBe(status);
	expect(res.json).toEqual(
		expect.objectContaining({
			http_code: status,
			response_code: code,
			response_msg: expect.any(String),
		}),
	);
	expect(res.json).toHaveProperty('data');
}

const send = (messages: unknown[], auth?: [string, string]) =>
	call('POST', '/sms/send', { body: { messages }, auth });

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => {
	sandbox.reset();
});

describe('interface', () => {
	it('exposes url, origin and credentials', () => {
		expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v3$/);
		expect(sandbox.url).toBe(`${sandbox.origin}/v3`);
		expect(SANDBOX_USERNAME).toBe('sandbox');
		expect(SANDBOX_API_KEY).toBe('sandbox-api-key-0000');
		expect(TEST_ACCOUNT_KEY).toBe('D83DED51-9E35-4D42-9BB9-0E34B7CA85AE');
	});

	it('loads all 205 documented operations', () => {
		expect(operations).toHaveLength(205);
		expect(findOperation('GET', '/sms/history')?.queryParams).toEqual(['date_from', 'date_to']);
		expect(findOperation('GET', '/numbers/search/{country}')?.queryParams).toEqual([
			'search',
			'search_type',
		]);
		expect(findOperation('POST', '/automations/sms/inbound')?.specPath).toBe(
			'/automations/sms/inbound/',
		);
	});

	it('validates bodies against the corrected schemas', () => {
		const sms = findOperation('POST', '/sms/send')!;
		expect(sms.messagesArtefact).toBe(true);
		expect(validateRequestBody(sms, exampleRequestBody(sms)).valid).toBe(true);
		expect(
			validateRequestBody(sms, { messages: [{ body: 'x' }, { list_id: 428 }] }).missing,
		).toEqual(['messages[1].body', 'messages[0].to']);
		const mms = findOperation('POST', '/mms/send')!;
		expect(
			validateRequestBody(mms, { messages: [{ to: '+61411111111', subject: 's', body: 'b' }] })
				.missing,
		).toEqual(['media_file']);
		const email = findOperation('POST', '/email/send')!;
		expect(validateRequestBody(email, { to: [], body: 'b', from: {} }).missing).toEqual([
			'from.email_address_id',
		]);
		expect(validateRequestBody(findOperation('POST', '/uploads')!, { content: 'eA==' }).valid).toBe(
			true,
		);
	});
});

describe('authentication', () => {
	it('rejects a missing Authorization header with MISSING_CREDENTIALS', async () => {
		const res = await call('GET', '/account', { auth: null });
		expectEnvelope(res, 401, 'MISSING_CREDENTIALS');
	});

	it('rejects a wrong key with INVALID_CREDENTIALS', async () => {
		const res = await call('GET', '/account', { auth: [SANDBOX_USERNAME, 'wrong'] });
		expectEnvelope(res, 401, 'INVALID_CREDENTIALS');
		expect(res.json.response_msg).toBe('Your Username or Unique Key is incorrect.');
	});

	it('rejects a test account with the sandbox key and a malformed header', async () => {
		expectEnvelope(
			await call('GET', '/account', { auth: ['nocredit', SANDBOX_API_KEY] }),
			401,
			'INVALID_CREDENTIALS',
		);
		const res = await call('GET', '/account', {
			auth: null,
			headers: { authorization: 'Bearer abc' },
		});
		expectEnvelope(res, 401, 'MISSING_CREDENTIALS');
	});

	it('accepts any username with the sandbox key and answers /account for the caller', async () => {
		const res = await call('GET', '/account', { auth: ['alice', SANDBOX_API_KEY] });
		expectEnvelope(res, 200, 'SUCCESS');
		expect(res.json.data.username).toBe('alice');
		const own = await call('GET', '/account');
		expect(own.json.data.username).toBe(SANDBOX_USERNAME);
		expect(own.json.data.user_id).not.toBe(res.json.data.user_id);
		expect(own.json.data._currency).toBeDefined();
	});
});

describe('test accounts', () => {
	const nocredit: [string, string] = ['nocredit', TEST_ACCOUNT_KEY];

	it('nocredit: sends answer 200 but every message is INSUFFICIENT_CREDIT and nothing is stored', async () => {
		const res = await send(
			[
				{ to: '+61411111111', body: 'a' },
				{ to: '+61422222222', body: 'b' },
			],
			nocredit,
		);
		expectEnvelope(res, 200, 'SUCCESS');
		expect(res.json.data.messages.map((m: { status: string }) => m.status)).toEqual([
			'INSUFFICIENT_CREDIT',
			'INSUFFICIENT_CREDIT',
		]);
		expect(res.json.data.queued_count).toBe(0);
		expect(res.json.data.total_price).toBe(0);
		expect(sandbox.state.smsMessages).toHaveLength(0);
		const account = await call('GET', '/account', { auth: nocredit });
		expect(account.json.data.balance).toBe('0.000000');
	});

	it('notactive: every call is 403 ACCOUNT_NOT_ACTIVATED', async () => {
		for (const [method, path] of [
			['GET', '/account'],
			['GET', '/sms/history'],
			['POST', '/sms/send'],
		]) {
			const res = await call(method, path, {
				auth: ['notactive', TEST_ACCOUNT_KEY],
				body: { messages: [] },
			});
			expectEnvelope(res, 403, 'ACCOUNT_NOT_ACTIVATED');
		}
	});

	it('banned: every call is 403 FORBIDDEN', async () => {
		const res = await call('GET', '/countries', { auth: ['banned', TEST_ACCOUNT_KEY] });
		expectEnvelope(res, 403, 'FORBIDDEN');
		expect(res.json.response_msg).toMatch(/banned/);
	});
});

describe('POST /sms/send', () => {
	it('answers HTTP 200 with per-message statuses for mixed recipients', async () => {
		const now = Math.floor(Date.now() / 1000);
		const res = await send([
			{ to: '+61411111111', body: 'ok', custom_string: 'ref-1' },
			{ to: 'not-a-number', body: 'x' },
			{ to: '+123', body: 'too short' },
			{ to: '+61 411 111 111', body: 'spaces' },
			{ to: '+61422222222', body: 'x', from: 'MyCompanyName' },
			{ to: '+61422222222', body: 'x', from: 'My Co' },
			{ to: '+61433333333', body: '' },
			{ to: '+61444444444', body: 'old', schedule: now - 3 * 86_400 },
			{ to: '+14055555555', body: 'later', schedule: now + 3600 },
			{ to: '61411111111', body: 'no plus', from: 'Shop' },
		]);
		expectEnvelope(res, 200, 'SUCCESS');
		const { data } = res.json;
		expect(data.messages.map((m: { status: string }) => m.status)).toEqual([
			'SUCCESS',
			'INVALID_RECIPIENT',
			'INVALID_RECIPIENT',
			'INVALID_RECIPIENT',
			'INVALID_SENDER_ID',
			'INVALID_SENDER_ID',
			'EMPTY_MESSAGE',
			'INVALID_SCHEDULE',
			'SUCCESS',
			'SUCCESS',
		]);
		expect(data.total_count).toBe(10);
		expect(data.queued_count).toBe(3);
		expect(data.total_price).toBeCloseTo(3 * 0.0771, 6);
		expect(data.currency).toEqual(
			expect.objectContaining({ currency_name_short: expect.any(String) }),
		);
		const first = data.messages[0];
		expect(Object.keys(first).sort()).toEqual(
			[
				'body',
				'carrier',
				'country',
				'custom_string',
				'date',
				'direction',
				'from',
				'message_id',
				'message_parts',
				'message_price',
				'schedule',
				'status',
				'subaccount_id',
				'to',
				'user_id',
			].sort(),
		);
		expect(first.message_id).toMatch(
			/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
		);
		expect(first).toEqual(
			expect.objectContaining({
				to: '+61411111111',
				country: 'AU',
				custom_string: 'ref-1',
				message_parts: 1,
				message_price: 0.0771,
				direction: 'out',
			}),
		);
		expect(data.messages[9].to).toBe('+61411111111');
		expect(sandbox.state.smsMessages).toHaveLength(3);
		expect(sandbox.state.smsMessages.map((m) => m.status)).toEqual(['Sent', 'Scheduled', 'Sent']);
	});

	it('counts GSM-7 and UCS-2 parts and prices per part', async () => {
		expect(messageParts('a'.repeat(160))).toBe(1);
		expect(messageParts('a'.repeat(161))).toBe(2);
		expect(messageParts('a'.repeat(306))).toBe(2);
		expect(messageParts('a'.repeat(307))).toBe(3);
		expect(messageParts('€'.repeat(80))).toBe(1);
		expect(messageParts('€'.repeat(81))).toBe(2);
		expect(messageParts('é'.repeat(160))).toBe(1);
		expect(messageParts('ü✓'.repeat(35))).toBe(1);
		expect(messageParts('✓'.repeat(71))).toBe(2);
		expect(messageParts('✓'.repeat(135))).toBe(3);
		const res = await send([
			{ to: '+61411111111', body: 'a'.repeat(161) },
			{ to: '+61411111111', body: '你好'.repeat(40) },
		]);
		expect(res.json.data.messages.map((m: { message_parts: number }) => m.message_parts)).toEqual([
			2, 2,
		]);
		expect(res.json.data.messages[0].message_price).toBeCloseTo(0.1542, 6);
		expect(res.json.data.total_price).toBeCloseTo(0.3084, 6);
	});

	it('expands list_id into one message per contact and rejects unknown lists per message', async () => {
		const list = sandbox.state.contactLists.get(428)!;
		const res = await send([
			{ list_id: 428, body: 'Hi list', from: 'Sandbox' },
			{ list_id: 999, body: 'nope' },
		]);
		expectEnvelope(res, 200, 'SUCCESS');
		const messages = res.json.data.messages as { to: string; status: string }[];
		expect(messages).toHaveLength(list.contacts.length + 1);
		expect(messages.slice(0, -1).map((m) => m.to)).toEqual(
			list.contacts.map((c) => c.phone_number),
		);
		expect(messages.slice(0, -1).every((m) => m.status === 'SUCCESS')).toBe(true);
		expect(messages[messages.length - 1].status).toBe('NOT_ENOUGH_PERMISSION_TO_LIST_ID');
		const history = await call<Envelope<Page>>('GET', '/sms/history');
		expect(history.json.data.total).toBe(list.contacts.length);
		expect(history.json.data.data[0]).toEqual(
			expect.objectContaining({
				list_id: 428,
				first_name: expect.any(String),
				contact_id: expect.any(Number),
			}),
		);
	});

	it('answers a 1000-message send as one JSON text, byte for byte what JSON.stringify writes', async () => {
		const messages = Array.from({ length: 1000 }, (_, i) => ({ to: '+61411111111', body: `Hi ${i} ¢ 🙂`, custom_string: `ref-${i}` }));
		const res = await send(messages);
		expect(res.status).toBe(200);
		expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.text));
		expect(res.text).toBe(JSON.stringify(res.json));
		expect(res.json.data.messages.map((m: { custom_string: string; body: string }) => [m.custom_string, m.body])).toEqual(
			messages.map((m) => [m.custom_string, m.body]),
		);
	});

	it('rejects more than 1000 messages with TOO_MANY_RECIPIENTS', async () => {
		const messages = Array.from({ length: 1001 }, () => ({ to: '+61411111111', body: 'x' }));
		expectEnvelope(await send(messages), 400, 'TOO_MANY_RECIPIENTS');
		const ok = await send(messages.slice(0, 1000));
		expect(ok.json.data.queued_count).toBe(1000);
	});

	it('rejects missing required fields with MISSING_REQUIRED_FIELDS naming them', async () => {
		const noTo = await send([{ body: 'x' }]);
		expectEnvelope(noTo, 400, 'MISSING_REQUIRED_FIELDS');
		expect(noTo.json.response_msg).toContain('messages[0].to');
		const noBody = await send([{ to: '+61411111111' }]);
		expect(noBody.json.response_msg).toContain('messages[0].body');
		const empty = await call('POST', '/sms/send', { body: {} });
		expectEnvelope(empty, 400, 'MISSING_REQUIRED_FIELDS');
		expect(empty.json.response_msg).toContain('messages');
	});

	it('prices without storing (POST /sms/price)', async () => {
		const res = await call('POST', '/sms/price', {
			body: {
				messages: [
					{ to: '+61411111111', body: 'hello' },
					{ to: 'bad', body: 'x' },
				],
			},
		});
		expectEnvelope(res, 200, 'SUCCESS');
		expect(res.json.data).toEqual(
			expect.objectContaining({ total_count: 2, queued_count: 1, total_price: 0.0771 }),
		);
		expect(res.json.data.messages[0].message_price).toBe('0.0771');
		expect(sandbox.state.smsMessages).toHaveLength(0);
	});

	it('accepts form-encoded bodies and records them', async () => {
		const res = await call('POST', '/lists', { form: { list_name: 'Form list' } });
		expectEnvelope(res, 200, 'SUCCESS');
		const recorded = sandbox.requests[sandbox.requests.length - 1];
		expect(recorded).toEqual(
			expect.objectContaining({
				method: 'POST',
				path: '/lists',
				body: { list_name: 'Form list' },
				rawBody: 'list_name=Form+list',
				username: SANDBOX_USERNAME,
			}),
		);
	});
});

describe('GET /sms/history paging', () => {
	beforeEach(() => {
		sandbox.state.seedHistory(40);
	});

	it('pages 15 by default, newest first, with ClickSend page fields', async () => {
		const res = await call<Envelope<Page>>('GET', '/sms/history');
		expectEnvelope(res as CallResult<Envelope>, 200, 'SUCCESS');
		const page = res.json.data;
		expect(page).toEqual(
			expect.objectContaining({
				total: 40,
				per_page: 15,
				current_page: 1,
				last_page: 3,
				from: 1,
				to: 15,
				prev_page_url: null,
			}),
		);
		expect(page.next_page_url).toBe(`${sandbox.url}/sms/history?page=2`);
		expect(page.data).toHaveLength(15);
		const dates = page.data.map((r: { date: string }) => Number(r.date));
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		expect(page.data[0]).toEqual(
			expect.objectContaining({
				custom_string: 'seed-39',
				message_parts: '1.00',
				message_price: '0.077100',
				direction: 'out',
			}),
		);
	});

	it('clamps limit into 15..100', async () => {
		const low = await call<Envelope<Page>>('GET', '/sms/history', { query: { limit: 5 } });
		expect(low.json.data.per_page).toBe(15);
		const high = await call<Envelope<Page>>('GET', '/sms/history', { query: { limit: 500 } });
		expect(high.json.data.per_page).toBe(100);
		expect(high.json.data.data).toHaveLength(40);
		expect(high.json.data.last_page).toBe(1);
		expect(high.json.data.next_page_url).toBeNull();
	});

	it('serves the last page and past-the-end pages', async () => {
		const last = await call<Envelope<Page>>('GET', '/sms/history', {
			query: { page: 3, limit: 15 },
		});
		expect(last.json.data).toEqual(
			expect.objectContaining({ current_page: 3, from: 31, to: 40, next_page_url: null }),
		);
		expect(last.json.data.data).toHaveLength(10);
		expect(last.json.data.prev_page_url).toBe(`${sandbox.url}/sms/history?page=2&limit=15`);
		expect(last.json.data.data[9].custom_string).toBe('seed-0');
		const beyond = await call<Envelope<Page>>('GET', '/sms/history', { query: { page: 9 } });
		expect(beyond.json.data).toEqual(
			expect.objectContaining({ total: 40, last_page: 3, from: null, to: null, data: [] }),
		);
	});

	it('keeps last_page at least 1 when empty', async () => {
		sandbox.reset();
		const res = await call<Envelope<Page>>('GET', '/sms/history');
		expect(res.json.data).toEqual(
			expect.objectContaining({ total: 0, last_page: 1, current_page: 1, next_page_url: null }),
		);
	});

	it('filters with q (AND / OR, case-insensitive) and sorts with order_by', async () => {
		const byTo = await call<Envelope<Page>>('GET', '/sms/history', {
			query: { q: 'to:+61411111111', limit: 100 },
		});
		expect(byTo.json.data.total).toBe(5);
		expect(byTo.json.data.data.every((r: { to: string }) => r.to === '+61411111111')).toBe(true);
		const and = await call<Envelope<Page>>('GET', '/sms/history', {
			query: { q: 'to:61411111111,country:au,custom_string:seed-8', limit: 100 },
		});
		expect(and.json.data.data.map((r: { custom_string: string }) => r.custom_string)).toEqual([
			'seed-8',
		]);
		const or = await call<Envelope<Page>>('GET', '/sms/history', {
			query: { q: 'custom_string:seed-39,custom_string:seed-0', operator: 'OR', limit: 100 },
		});
		expect(or.json.data.total).toBe(2);
		const asc = await call<Envelope<Page>>('GET', '/sms/history', {
			query: { order_by: 'date:asc' },
		});
		expect(asc.json.data.data[0].custom_string).toBe('seed-0');
		expect(asc.json.data.next_page_url).toBe(
			`${sandbox.url}/sms/history?page=2&order_by=date%3Aasc`,
		);
		const byToDesc = await call<Envelope<Page>>('GET', '/sms/history', {
			query: { order_by: 'to:desc', limit: 100 },
		});
		expect(byToDesc.json.data.data[0].to).toBe('+8615555555555');
	});

	it('filters by date_from / date_to (Unix seconds, inclusive)', async () => {
		const all = sandbox.state.smsMessages;
		const from = all[10].date;
		const to = all[19].date;
		const res = await call<Envelope<Page>>('GET', '/sms/history', {
			query: { date_from: from, date_to: to, limit: 100 },
		});
		expect(res.json.data.total).toBe(10);
		expect(res.json.data.data.map((r: { custom_string: string }) => r.custom_string)).toEqual(
			Array.from({ length: 10 }, (_, i) => `seed-${19 - i}`),
		);
	});
});

describe('receipts and cancellation', () => {
	it('lists receipts for delivered messages and gets one by id', async () => {
		const now = Math.floor(Date.now() / 1000);
		const res = await send([
			{ to: '+61411111111', body: 'now', custom_string: 'c1' },
			{ to: '+61422222222', body: 'later', schedule: now + 3600 },
		]);
		const [sent, scheduled] = res.json.data.messages as { message_id: string }[];
		const receipts = await call<Envelope<Page>>('GET', '/sms/receipts');
		expect(receipts.json.data.total).toBe(1);
		expect(receipts.json.data.data[0]).toEqual(
			expect.objectContaining({
				message_id: sent.message_id,
				status_code: '201',
				custom_string: 'c1',
				_message_type: 'sms',
			}),
		);
		const one = await call('GET', `/sms/receipts/${sent.message_id}`);
		expect(one.json.data).toEqual(
			expect.objectContaining({ message_id: sent.message_id, message_type: 'sms' }),
		);
		expectEnvelope(await call('GET', '/sms/receipts/NOPE'), 404, 'NOT_FOUND');
		expect(scheduled.message_id).toBeDefined();
	});

	it('cancels one scheduled message, then all the rest', async () => {
		const now = Math.floor(Date.now() / 1000);
		const res = await send(
			[1, 2, 3].map((i) => ({ to: '+61411111111', body: `m${i}`, schedule: now + 3600 })),
		);
		const ids = (res.json.data.messages as { message_id: string }[]).map((m) => m.message_id);
		const one = await call('PUT', `/sms/${ids[0]}/cancel`);
		expectEnvelope(one, 200, 'SUCCESS');
		expect(one.json.response_msg).toBe(`Message ${ids[0]} has been cancelled.`);
		expectEnvelope(await call('PUT', `/sms/${ids[0]}/cancel`), 400, 'BAD_REQUEST');
		expectEnvelope(await call('PUT', '/sms/UNKNOWN/cancel'), 404, 'NOT_FOUND');
		const all = await call('PUT', '/sms/cancel-all');
		expect(all.json.data).toEqual({ count: 2 });
		expect(all.json.response_msg).toBe('2 messages has been cancelled.');
		expect(sandbox.state.smsMessages.map((m) => m.status)).toEqual([
			'Cancelled',
			'Cancelled',
			'Cancelled',
		]);
	});

	it("keeps each account's messages apart", async () => {
		await send([{ to: '+61411111111', body: 'mine' }]);
		const other = await call<Envelope<Page>>('GET', '/sms/history', {
			auth: ['bob', SANDBOX_API_KEY],
		});
		expect(other.json.data.total).toBe(0);
	});
});

describe('generic fallback, routing and validation', () => {
	it('answers an unhandled operation with its documented example', async () => {
		const op = findOperation('GET', '/countries')!;
		const res = await call('GET', '/countries');
		expect(res.status).toBe(200);
		expect(res.json).toEqual(op.example);
	});

	it('answers an operation without a documented example with data {}', async () => {
		const res = await call('GET', '/sdk-download/php');
		expectEnvelope(res, 200, 'SUCCESS');
		expect(res.json.data).toEqual({});
	});

	it('answers 404 envelopes for unknown paths and 405 for a wrong method', async () => {
		const unknown = await call('GET', '/does/not/exist');
		expectEnvelope(unknown, 404, 'NOT_FOUND');
		expect(unknown.json.data).toBeNull();
		const res = await request(`${sandbox.origin}/v2/sms/send`, {
			headers: { authorization: basic(SANDBOX_USERNAME, SANDBOX_API_KEY) },
		});
		expect(res.statusCode).toBe(404);
		expect(((await res.body.json()) as Envelope).response_code).toBe('NOT_FOUND');
		const wrong = await call('DELETE', '/sms/send');
		expectEnvelope(wrong, 405, 'NOT_FOUND');
		expect(wrong.headers.allow).toBe('POST');
	});

	it('routes trailing slashes, static-over-param segments and query templates', async () => {
		expectEnvelope(await call('GET', '/automations/sms/inbound/'), 200, 'SUCCESS');
		// Both routes are stateful (routes/reseller.ts, routes/numbers.ts): the documented
		// response_msg shows which operation answered (not /reseller/{subdomain}, not a 404).
		const documentedMsg = (method: string, path: string) =>
			(findOperation(method, path)!.example as { response_msg: string }).response_msg;
		const accounts = await call('GET', '/reseller/accounts');
		expectEnvelope(accounts, 200, 'SUCCESS');
		expect(accounts.json.response_msg).toBe(documentedMsg('GET', '/reseller/accounts'));
		expect(accounts.json.data).toEqual(expect.objectContaining({ current_page: 1, data: expect.any(Array) }));
		const search = await call('GET', '/numbers/search/AU', {
			query: { search: '1', search_type: '2' },
		});
		expectEnvelope(search, 200, 'SUCCESS');
		expect(search.json.response_msg).toBe(documentedMsg('GET', '/numbers/search/{country}'));
		expect(search.json.data.data.every((row: { dedicated_number: string }) => row.dedicated_number.endsWith('1'))).toBe(true);
	});

	it('rejects a missing required field with 400 MISSING_REQUIRED_FIELDS', async () => {
		const res = await call('POST', '/lists', { body: { name: 'wrong key' } });
		expectEnvelope(res, 400, 'MISSING_REQUIRED_FIELDS');
		expect(res.json.response_msg).toContain('list_name');
		const nested = await call('POST', '/email/send', {
			body: { to: [{ email: 'test1@test.com' }], body: 'b', from: {} },
		});
		expect(nested.json.response_msg).toContain('from.email_address_id');
		expectEnvelope(
			await call('POST', '/lists', { body: { list_name: 'ok', extra: true } }),
			200,
			'SUCCESS',
		);
	});

	it('rejects invalid JSON with 400 BAD_REQUEST', async () => {
		const res = await call('POST', '/lists', { body: '{"list_name":' });
		expectEnvelope(res, 400, 'BAD_REQUEST');
		expect(sandbox.requests[0].body).toBe('{"list_name":');
	});
});

describe('request recording', () => {
	it('records method, path without /v3, query, headers, body and username', async () => {
		await call('GET', '/sms/history', { query: { page: 2, q: 'to:+614' } });
		await send([{ to: '+61411111111', body: 'x' }]);
		expect(sandbox.requests).toHaveLength(2);
		const [history, sendReq] = sandbox.requests;
		expect(history).toEqual(
			expect.objectContaining({
				method: 'GET',
				path: '/sms/history',
				query: { page: '2', q: 'to:+614' },
				rawQuery: 'page=2&q=to%3A%2B614',
				username: SANDBOX_USERNAME,
			}),
		);
		expect(history.headers.authorization).toMatch(/^Basic /);
		expect(sendReq.body).toEqual({ messages: [{ to: '+61411111111', body: 'x' }] });
		expect(JSON.parse(sendReq.rawBody)).toEqual(sendReq.body);
		expect(typeof sendReq.time).toBe('number');
	});

	it('records nothing with recordRequests: false', async () => {
		const quiet = await startSandbox({ recordRequests: false });
		try {
			const res = await request(`${quiet.url}/account`, {
				headers: { authorization: basic(SANDBOX_USERNAME, SANDBOX_API_KEY) },
			});
			expect(res.statusCode).toBe(200);
			await res.body.dump();
			expect(quiet.requests).toHaveLength(0);
		} finally {
			await quiet.close();
		}
	});
});

describe('fault injection', () => {
	it('answers a status + JSON body + headers, once by default', async () => {
		sandbox.fault({
			method: 'POST',
			path: '/sms/send',
			status: 429,
			body: {
				http_code: 429,
				response_code: 'TOO_MANY_REQUESTS',
				response_msg: 'slow down',
				data: null,
			},
			headers: { 'retry-after': '1' },
		});
		const limited = await send([{ to: '+61411111111', body: 'x' }]);
		expectEnvelope(limited, 429, 'TOO_MANY_REQUESTS');
		expect(limited.headers['retry-after']).toBe('1');
		expectEnvelope(await send([{ to: '+61411111111', body: 'x' }]), 200, 'SUCCESS');
		expect(sandbox.requests).toHaveLength(2);
	});

	it('answers the status envelope when only a status is given, before auth', async () => {
		sandbox.fault({ status: 500 });
		expectEnvelope(await call('GET', '/account', { auth: null }), 500, 'INTERNAL_SERVER_ERROR');
	});

	it('answers a raw non-JSON body', async () => {
		sandbox.fault({ path: '/account', status: 502, body: '<html><body>Bad Gateway</body></html>' });
		const res = await call('GET', '/account');
		expect(res.status).toBe(502);
		expect(res.headers['content-type']).toMatch(/^text\/html/);
		expect(res.text).toBe('<html><body>Bad Gateway</body></html>');
		expect(res.json).toBeUndefined();
	});

	it('delays, then handles normally', async () => {
		sandbox.fault({ path: '/account', delayMs: 300 });
		const started = Date.now();
		const res = await call('GET', '/account');
		expect(Date.now() - started).toBeGreaterThanOrEqual(280);
		expectEnvelope(res, 200, 'SUCCESS');
	});

	it('resets the connection', async () => {
		sandbox.fault({ path: '/account', reset: true });
		await expect(call('GET', '/account')).rejects.toThrow();
		expectEnvelope(await call('GET', '/account'), 200, 'SUCCESS');
	});

	it('applies `times` and matches templates and RegExps', async () => {
		sandbox.fault({ path: /^\/sms\//, status: 503, times: 2 });
		expect((await call('GET', '/sms/history')).status).toBe(503);
		expect((await call('GET', '/sms/receipts')).status).toBe(503);
		expect((await call('GET', '/sms/history')).status).toBe(200);
		sandbox.fault({ method: 'GET', path: '/lists/{list_id}', status: 404 });
		expect((await call('GET', '/lists')).status).toBe(200);
		expectEnvelope(await call('GET', '/lists/428'), 404, 'NOT_FOUND');
	});

	it('reset() clears faults, requests and state', async () => {
		await send([{ to: '+61411111111', body: 'x' }]);
		sandbox.fault({ status: 500, times: Infinity });
		sandbox.reset();
		expect(sandbox.requests).toHaveLength(0);
		expect(sandbox.state.smsMessages).toHaveLength(0);
		expect(sandbox.state.contactLists.get(428)?.contacts.length).toBeGreaterThan(0);
		expectEnvelope(await call('GET', '/account'), 200, 'SUCCESS');
	});
});

describe('every documented operation', () => {
	/** A fresh scheduled SMS for operations that address one by message_id. */
	async function scheduledMessageId(): Promise<string> {
		const res = await send([
			{ to: '+61411111111', body: 'scheduled', schedule: Math.floor(Date.now() / 1000) + 3600 },
		]);
		return res.json.data.messages[0].message_id as string;
	}

	/** A rule created from the documented create example (rules are stateful: unknown IDs answer 404). */
	async function storedRuleId(collection: string): Promise<string> {
		const res = await call('POST', collection, { body: exampleRequestBody(findOperation('POST', collection)!) });
		const data = res.json.data as Record<string, unknown>;
		return String(data.inbound_rule_id ?? data.receipt_rule_id);
	}

	/** A scheduled MMS or fax sent with the documented example (MMS and fax are stateful: unknown IDs answer 404). */
	async function sentMessageId(sendPath: string): Promise<string> {
		const body = exampleRequestBody(findOperation('POST', sendPath)!) as { messages: Record<string, unknown>[] };
		for (const message of body.messages) message.schedule = Math.floor(Date.now() / 1000) + 3600;
		const res = await call('POST', sendPath, { body });
		return res.json.data.messages[0].message_id as string;
	}

	/** A return address created from the documented example (return addresses are stateful: unknown IDs answer 404). */
	async function storedReturnAddressId(): Promise<number> {
		const res = await call('POST', '/post/return-addresses', { body: exampleRequestBody(findOperation('POST', '/post/return-addresses')!) });
		return Number(res.json.data.return_address_id);
	}

	const stateful = statefulRouteKeys();
	const refusals: Record<number, string[]> = { 400: ['BAD_REQUEST', ...Object.keys(APPLICATION_CODES).filter((code) => code !== 'SUCCESS')], 404: ['NOT_FOUND'] };

	test('most operations are stateful routes, the rest answer their documented example', () => {
		expect(stateful.size).toBeGreaterThan(150);
	});

	// Documented example routes answer 200. Stateful routes answer 200 where the documented example
	// IDs exist for the caller (set up above), otherwise exactly as ClickSend refuses an unknown or
	// invalid object: 404 NOT_FOUND or 400 with an application code. Their 200 paths are asserted
	// by each resource's engine tests, which create the objects first.
	it.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))(
		'%s answers with a ClickSend envelope',
		async (_, op) => {
			const { path, query } = exampleParameters(op);
			if (op.pathParams.includes('message_id') && op.tag === 'SMS')
				path.message_id = await scheduledMessageId();
			if (op.tag === 'Automation Rules' && op.pathParams.length === 1)
				path[op.pathParams[0]] = await storedRuleId(op.path.replace(/\/\{[^}]+\}$/, ''));
			if (op.pathParams.includes('message_id') && (op.tag === 'MMS' || op.tag === 'Fax'))
				path.message_id = await sentMessageId(op.tag === 'MMS' ? '/mms/send' : '/fax/send');
			if (op.pathParams.includes('return_address_id')) path.return_address_id = String(await storedReturnAddressId());
			if (op.tag === 'Uploads') query.convert = 'post'; // the spec gives no example value for convert
			const body = op.method === 'POST' || op.method === 'PUT' ? exampleRequestBody(op) : undefined;
			if (/^\/post\/(letters|postcards)\/(send|price)$/.test(op.path)) {
				const returnAddressId = await storedReturnAddressId(); // letters and postcards need one of the caller's
				for (const recipient of (body as { recipients: Record<string, unknown>[] }).recipients) recipient.return_address_id = returnAddressId;
			}
			const res = await call(op.method, fillPath(op.path, path), { query, body });
			const isStateful = stateful.has(`${op.method} ${op.path}`);
			const allowed = res.status !== 200 && isStateful ? refusals[res.status] : undefined;
			expect({
				op: `${op.method} ${op.path}`,
				status: res.status,
				msg: typeof res.json?.response_msg,
			}).toEqual({
				op: `${op.method} ${op.path}`,
				status: allowed ? res.status : 200,
				msg: 'string',
			});
			expect(res.json).toEqual(
				expect.objectContaining({ http_code: res.status, response_code: expect.any(String) }),
			);
			if (allowed) expect(allowed).toContain(res.json.response_code);
			expect(res.json).toHaveProperty('data');
		},
	);
});

describe('jsonBytes (the JSON writer of every answer)', () => {
	const many = (count: number) =>
		Array.from({ length: count }, (_, i) => ({ id: i, text: `row ${i} ¢ € 🙂 "quoted" \\ \n`, skip: undefined, at: new Date(i * 1000) }));
	class Point {
		constructor(readonly x: number) {}
	}
	const values: [string, unknown][] = [
		['an envelope with 1000 rows', { http_code: 200, response_code: 'SUCCESS', data: { total: 1000, messages: many(1000), currency: { c: '¢' } } }],
		['arrays at the slice boundaries', { a: many(100), b: many(101), c: many(200), d: many(250) }],
		['a long array of values JSON writes as null', Array.from({ length: 150 }, (_, i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? () => i : Symbol('s')))],
		['a holey long array', Object.assign(new Array(130), { 5: 'five', 129: 'last' })],
		['keys whose values JSON leaves out', { gone: undefined, fn: () => 1, sym: Symbol('s'), kept: null, nested: { gone: undefined }, last: undefined }],
		['only left-out keys', { gone: undefined }],
		['empty containers', { a: [], o: {}, n: Object.create(null) }],
		['a null-prototype object', Object.assign(Object.create(null), { rows: many(120), n: 1 })],
		['objects with toJSON and class instances', { when: new Date(0), custom: { toJSON: () => ({ swapped: many(110) }) }, point: new Point(1), map: new Map([[1, 2]]) }],
		['long arrays inside long arrays', Array.from({ length: 105 }, (_, i) => many(i % 3 === 0 ? 120 : 1))],
		['toJSON(key) of a nested value (it gets its property name)', { rows: many(1), a: { toJSON: (key: string) => `key ${key}` }, gone: { toJSON: () => undefined } }],
		['toJSON(key) of the elements of a long array (they get their index)', { list: Array.from({ length: 150 }, () => ({ toJSON: (key: string) => `index ${key}` })) }],
		['a long array with its own toJSON', { list: Object.assign(many(150), { toJSON: () => 'own' }) }],
		['primitives', ['text', 0, -1.5, true, null, NaN, Infinity]],
		['a string', 'plain ¢ 🙂'],
		['a number', 42],
		['null', null],
	];
	it.each(values)('writes %s exactly as JSON.stringify does', (_name, value) => {
		expect(jsonBytes(value).toString('utf8')).toBe(JSON.stringify(value));
	});

	it('writes nothing for undefined and throws what JSON.stringify throws', () => {
		expect(jsonBytes(undefined).length).toBe(0);
		const cycle: Record<string, unknown> = { rows: many(1) };
		cycle.self = cycle;
		expect(() => jsonBytes(cycle)).toThrow(TypeError);
		expect(() => jsonBytes({ rows: Array.from({ length: 150 }, () => 1n) })).toThrow(TypeError);
	});
});
