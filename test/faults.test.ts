import { readFileSync } from 'fs';
import { createServer, type Server } from 'http';
import { createServer as createTlsServer } from 'https';
import type { AddressInfo } from 'net';
import { join } from 'path';
import type { INode } from 'n8n-workflow';

import { CLICKSEND_CODE_HINTS } from '../nodes/ClickSend/shared/errors';
import { clickSendRequest, DEFAULT_TIMEOUT_MS, networkOptions, PAGINATION_POLICY, RETRY_POLICY, settingsTimeoutMs } from '../nodes/ClickSend/shared/transport';
import { withRequestOptions } from './helpers/engine';
import { pairedIndex, useSandbox } from './helpers/sandbox';

const cs = useSandbox();
withRequestOptions();

const savedRetry = { ...RETRY_POLICY };
const savedPages = { ...PAGINATION_POLICY };
beforeEach(() => Object.assign(RETRY_POLICY, { baseDelayMs: 5, maxDelayMs: 200, maxTotalDelayMs: 1000, maxAttempts: 5 }));
afterEach(() => Object.assign(PAGINATION_POLICY, savedPages));
afterAll(() => Object.assign(RETRY_POLICY, savedRetry));

const getAccount = { resource: 'account', operation: 'get' };
const send = (extra: Record<string, unknown> = {}) => ({
	resource: 'sms',
	operation: 'send',
	to: '+61411111111',
	body: 'Your order shipped',
	additionalFields: { customString: 'order-42' },
	...extra,
});
const posts = () => cs.requests('/sms/send').filter((r) => r.method === 'POST');
const history = (extra: Record<string, unknown> = {}) => ({ resource: 'sms', operation: 'getAll', returnAll: true, ...extra });
const storedMessages = () => cs.sandbox.state.smsMessages;

describe('429 TOO_MANY_REQUESTS: retried with backoff, Retry-After honoured, bounded', () => {
	test('Retry-After: 0 retries at once; the send then succeeds (one message stored)', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 429, headers: { 'retry-after': '0' }, times: 2 });
		const started = Date.now();
		const result = await cs.run(send());
		expect(result.error).toBeUndefined();
		expect(posts()).toHaveLength(3);
		expect(Date.now() - started).toBeLessThan(5000);
		const items = result.output('ClickSend');
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ to: '+61411111111', custom_string: 'order-42', status: 'SUCCESS', accepted: true });
		expect(pairedIndex(items[0])).toBe(0);
	});

	test('without Retry-After: exponential backoff (5, 10, 20 ms) between attempts', async () => {
		cs.sandbox.fault({ method: 'GET', path: '/account', status: 429, times: 3 });
		const result = await cs.run(getAccount);
		expect(result.error).toBeUndefined();
		const times = cs.requests('/account').map((r) => r.time);
		expect(times).toHaveLength(4);
		const gaps = times.slice(1).map((t, i) => t - times[i]);
		expect(gaps[0]).toBeGreaterThanOrEqual(4);
		expect(gaps[1]).toBeGreaterThanOrEqual(9);
		expect(gaps[2]).toBeGreaterThanOrEqual(19);
		expect(result.output('ClickSend')[0].json).toMatchObject({ username: 'sandbox' });
	});

	test('Retry-After in seconds is waited for', async () => {
		Object.assign(RETRY_POLICY, { maxDelayMs: 2000 });
		cs.sandbox.fault({ method: 'GET', path: '/account', status: 429, headers: { 'retry-after': '1' } });
		const result = await cs.run(getAccount);
		expect(result.error).toBeUndefined();
		const [first, second] = cs.requests('/account').map((r) => r.time);
		expect(second - first).toBeGreaterThanOrEqual(950);
	});

	test('still throttled after every attempt: ClickSend’s message, the attempts, a batching hint; nothing stored', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 429, times: Infinity });
		const result = await cs.run(send());
		expect(posts()).toHaveLength(RETRY_POLICY.maxAttempts);
		expect(result.error?.message).toBe('ClickSend: Rate Limit Exceeded. [TOO_MANY_REQUESTS]');
		expect(result.error?.description).toContain(
			`response_code: TOO_MANY_REQUESTS · http_code: 429 · request: POST /sms/send · ${CLICKSEND_CODE_HINTS.TOO_MANY_REQUESTS} · gave up after 5 attempts (0.1 s of backoff). Nothing was sent by the refused attempts.`,
		);
		expect(CLICKSEND_CODE_HINTS.TOO_MANY_REQUESTS).toMatch(/batch/i);
		expect(storedMessages()).toHaveLength(0);
	});

	test('a Retry-After longer than the node waits ends the retries at once', async () => {
		cs.sandbox.fault({ method: 'GET', path: '/account', status: 429, headers: { 'retry-after': '120' } });
		const result = await cs.run(getAccount);
		expect(cs.requests('/account')).toHaveLength(1);
		expect(result.error?.description).toContain('ClickSend asked to wait 120 s (Retry-After), longer than this node waits.');
	});

	test('pagination uses the same policy: a 429 on page 2 is retried and the listing completes', async () => {
		cs.sandbox.state.seedHistory(250);
		cs.sandbox.fault({ method: 'GET', path: '/sms/history', query: { page: '2' }, status: 429, headers: { 'retry-after': '0' } });
		const result = await cs.run(history());
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/history').map((r) => r.query.page)).toEqual(['1', '2', '2', '3']);
		expect(result.output('ClickSend')).toHaveLength(250);
	});
});

describe('sends are never retried once the body may have reached ClickSend', () => {
	test('5xx on a send: exactly one POST; the error says the message may be queued and names the custom_string', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 503, body: { http_code: 503, response_code: 'INTERNAL_ERROR', response_msg: 'Service unavailable.', data: null } });
		const result = await cs.run(send());
		expect(posts()).toHaveLength(1);
		expect(result.error?.message).toBe('ClickSend: Service unavailable. [INTERNAL_ERROR]');
		expect(result.error?.description).toMatch(/ClickSend may have queued the message\. Check the history \(sent at or after .+; custom_string: order-42\) before sending again\./);
	});

	test('a reset connection on a send: exactly one POST, no retry, lookup hint; with Continue the item links to its input', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', reset: true });
		const result = await cs.run(send(), { items: [{ id: 'a' }], onError: 'continueRegularOutput' });
		expect(posts()).toHaveLength(1);
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json.id).toBe('a');
		expect(item.json.error).toBe('The connection to ClickSend was interrupted before it answered (connection reset)');
		expect(item.json.message).toMatch(/^request: POST \/sms\/send · code: ECONNRESET · This request was not retried automatically: ClickSend may have queued the message\. .*custom_string: order-42/);
	});

	test('a slow answer beyond the node’s timeout: one POST, a timeout error saying the message may be queued — and it was', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', delayMs: 600 });
		const started = Date.now();
		const result = await cs.run(send({ requestOptions: { timeout: 200 } }));
		expect(Date.now() - started).toBeLessThan(3000);
		expect(posts()).toHaveLength(1);
		expect(result.error?.message).toBe('ClickSend did not answer within 0.2 s (request timeout)');
		expect(result.error?.description).toContain('Raise the timeout in the node Settings → Request Options → Timeout');
		expect(result.error?.description).toMatch(/ClickSend may have queued the message\..*custom_string: order-42/);
		await new Promise((resolve) => setTimeout(resolve, 700));
		expect(storedMessages().map((m) => m.custom_string)).toEqual(['order-42']);
	});

	test('a PUT (cancel) that gets a 500 is not retried either', async () => {
		cs.sandbox.fault({ method: 'PUT', path: '/sms/{message_id}/cancel', status: 500 });
		const result = await cs.run({ resource: 'sms', operation: 'cancel', messageId: 'ABC-1' });
		expect(cs.requests('/sms/ABC-1/cancel')).toHaveLength(1);
		expect(result.error?.description).toContain('This request was not retried automatically: ClickSend may have applied it');
	});

	test('a connection that is never established is retried (nothing was sent), then a clear error', async () => {
		const closed = { clickSendApi: { ...cs.credentials().clickSendApi, baseUrl: 'http://127.0.0.1:9/v3' } };
		const { runWorkflow, clickSendWorkflow } = await import('./harness/run');
		const refused = await runWorkflow(clickSendWorkflow(send()), { credentials: closed });
		expect(refused.error?.message).toBe('Could not connect to ClickSend (connection refused)');
		expect(refused.error?.description).toContain('gave up after 5 attempts');
		expect(refused.error?.description).toContain('Nothing was sent.');
	});
});

describe('reads are retried', () => {
	test('5xx on a read: retried until it succeeds', async () => {
		cs.sandbox.fault({ method: 'GET', path: '/account', status: 500, times: 2 });
		const result = await cs.run(getAccount);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/account')).toHaveLength(3);
	});

	test('a reset connection on a page of a listing: that page is fetched again', async () => {
		cs.sandbox.state.seedHistory(150);
		cs.sandbox.fault({ method: 'GET', path: '/sms/history', query: { page: '2' }, reset: true });
		const result = await cs.run(history());
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/history').map((r) => r.query.page)).toEqual(['1', '2', '2']);
		expect(result.output('ClickSend')).toHaveLength(150);
	});

	test('a read that times out is not retried (it would only wait again)', async () => {
		cs.sandbox.fault({ method: 'GET', path: '/account', delayMs: 500 });
		const result = await cs.run({ ...getAccount, requestOptions: { timeout: 100 } });
		expect(cs.requests('/account')).toHaveLength(1);
		expect(result.error?.message).toBe('ClickSend did not answer within 0.1 s (request timeout)');
		expect(result.error?.description).not.toContain('may have');
	});

	test('a timeout always applies: the node’s Request Options, else 300 s (the request’s own, from n8n, is tested above)', () => {
		expect(settingsTimeoutMs({ timeout: 5000 })).toBe(5000);
		expect(settingsTimeoutMs({})).toBe(DEFAULT_TIMEOUT_MS);
		expect(settingsTimeoutMs(undefined)).toBe(DEFAULT_TIMEOUT_MS);
		expect(DEFAULT_TIMEOUT_MS).toBe(300_000);
	});
});

describe('pagination never loops forever', () => {
	beforeEach(() => cs.sandbox.state.seedHistory(250));

	test('stops on the last page', async () => {
		const result = await cs.run(history());
		expect(cs.requests('/sms/history').map((r) => r.query.page)).toEqual(['1', '2', '3']);
		expect(result.output('ClickSend')).toHaveLength(250);
	});

	test('stops on an empty page even if ClickSend claims more pages', async () => {
		const empty = { http_code: 200, response_code: 'SUCCESS', response_msg: 'Here is your history.', data: { total: 250, per_page: 100, current_page: 2, last_page: 3, data: [] } };
		cs.sandbox.fault({ method: 'GET', path: '/sms/history', query: { page: '2' }, status: 200, body: empty });
		const result = await cs.run(history());
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/history').map((r) => r.query.page)).toEqual(['1', '2']);
		expect(result.output('ClickSend')).toHaveLength(100);
	});

	test('a page that repeats an earlier page is a clear error, not an endless loop', async () => {
		cs.sandbox.fault({ method: 'GET', path: '/sms/history', query: { page: '2' }, serveQuery: { page: '1' } });
		const result = await cs.run(history(), { items: [{ id: 'x' }], onError: 'continueRegularOutput' });
		expect(cs.requests('/sms/history').map((r) => r.query.page)).toEqual(['1', '2']);
		const items = result.output('ClickSend');
		expect(items).toEqual([
			{
				json: {
					id: 'x',
					error: 'ClickSend returned the same rows for page 2 as for page 1',
					message: 'Stopped paginating /sms/history to avoid an endless loop after 100 rows; try again later or narrow the listing with filters.',
					details: {},
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('a hard cap on pages ends a listing that never ends, with a clear error', async () => {
		PAGINATION_POLICY.maxPages = 2;
		const result = await cs.run(history());
		expect(cs.requests('/sms/history')).toHaveLength(2);
		expect(result.error?.message).toBe('Stopped after 2 pages of 100 rows (200 rows read)');
		expect(result.error?.description).toContain('Narrow it with filters');
	});
});

describe('Settings → Request Options → Proxy applies to every request, declarative or not', () => {
	/** A proxy that records what it is asked for and answers 503 (the request never reaches the sandbox). */
	let proxy: Server;
	let proxyUrl: string;
	const seen: Array<{ method: string; url: string; auth?: string }> = [];
	beforeAll(async () => {
		proxy = createServer((request, response) => {
			seen.push({ method: request.method ?? '', url: request.url ?? '', auth: request.headers['proxy-authorization'] });
			request.resume();
			request.on('end', () => response.writeHead(503, { 'content-type': 'text/plain' }).end('proxy says no'));
		});
		await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
		proxyUrl = `http://user:p%40ss@127.0.0.1:${(proxy.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));
	beforeEach(() => {
		seen.length = 0;
	});

	const emailSend = {
		resource: 'email',
		operation: 'send',
		emailAddressId: { __rl: true, mode: 'id', value: '1' },
		recipients: { recipient: [{ email: 'ada@example.com', name: 'Ada' }] },
		subject: 'Invoice',
		body: '<p>Hi</p>',
	};
	test.each([
		['SMS → Send (batched)', send(), '/sms/send', 1],
		['Email → Send (one per request)', emailSend, '/email/send', 1],
		// A price request sends nothing: the proxy's 503 is retried as a read's is.
		['SMS → Calculate Price (run by n8n)', send({ operation: 'calculatePrice' }), '/sms/price', 5],
	])('%s goes through the proxy, with its credentials', async (_name, parameters, path, attempts) => {
		const result = await cs.run({ ...parameters, requestOptions: { proxy: proxyUrl } });
		expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(Array(attempts).fill(`POST /v3${path}`));
		expect(seen[0].auth).toBe(`Basic ${Buffer.from('user:p@ss').toString('base64')}`);
		expect(cs.requests(path)).toHaveLength(0);
		expect(result.error?.message).toContain('503');
	});

	test('a file upload (MMS image) goes through the proxy too', async () => {
		const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
		const result = await cs.run(
			{
				resource: 'mms',
				operation: 'send',
				to: '+61411111111',
				subject: 'Hi',
				body: 'Photo',
				fileSource: 'binary',
				binaryPropertyName: 'data',
				requestOptions: { proxy: proxyUrl },
			},
			{ items: [{}], binaries: [{ data: { data: png.toString('base64'), fileName: 'a.png', mimeType: 'image/png' } }] },
		);
		// An upload only stores a file: a 5xx is retried as a read is (the MMS itself is never sent).
		expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`)).toEqual(Array(RETRY_POLICY.maxAttempts).fill('POST /v3/uploads?convert=mms'));
		expect(cs.requests()).toHaveLength(0);
		expect(result.error?.message).toContain('503');
		expect(result.error?.description).toContain('Nothing was sent for this item: its file upload failed');
	});

	test('networkOptions: Proxy as n8n reads it (credentials decoded, https), Ignore SSL Issues only when on', () => {
		const node = { name: 'ClickSend' } as INode;
		expect(networkOptions(node, {})).toEqual({});
		expect(networkOptions(node, { proxy: '', allowUnauthorizedCerts: false })).toEqual({});
		expect(networkOptions(node, { allowUnauthorizedCerts: true })).toEqual({ skipSslCertificateValidation: true });
		expect(networkOptions(node, { proxy: 'https://me:p%3Ass@proxy.example:8443' })).toEqual({
			proxy: { host: 'proxy.example', port: 8443, protocol: 'https', auth: { username: 'me', password: 'p:ss' } },
		});
		expect(() => networkOptions(node, { proxy: 'proxy.example:8080' })).toThrow('The proxy is not valid');
		// The scheme's default port, written out, is a port (n8n reads it so too); IPv6 without brackets.
		expect(networkOptions(node, { proxy: 'http://127.0.0.1:80' }).proxy).toEqual({ host: '127.0.0.1', port: 80, protocol: 'http' });
		expect(networkOptions(node, { proxy: 'http://[::1]:3128' }).proxy).toEqual({ host: '::1', port: 3128, protocol: 'http' });
		expect(() => networkOptions(node, { proxy: 'http://proxy.example' })).toThrow('The proxy is not valid');
		expect(() => networkOptions(node, { proxy: 'http://user:100%@proxy.example:8080' })).toThrow('The proxy is not valid');
		// An @ or : left unencoded in the password: the host is after the last @, as n8n reads it.
		expect(networkOptions(node, { proxy: 'http://user:p@ss:word@proxy.example:3128' }).proxy).toMatchObject({ host: 'proxy.example', port: 3128 });
		expect(() => networkOptions(node, { proxy: 'http://proxy.example:65536' })).toThrow(
			expect.objectContaining({ description: expect.stringContaining('write it as http://user:password@host:port (port 1-65535)') }),
		);
	});

	test('a proxy URL without a port fails before any request, naming what is missing', async () => {
		const result = await cs.run({ ...send(), requestOptions: { proxy: 'http://127.0.0.1' } });
		expect(result.error?.message).toBe('The proxy is not valid');
		expect(result.error?.description).toBe('The proxy URL does not contain a valid value for "port"');
		expect(cs.requests()).toHaveLength(0);
		expect(seen).toHaveLength(0);
	});
});

describe('HTTPS with a certificate n8n does not trust (Ignore SSL Issues)', () => {
	/** An HTTPS front for the sandbox with a self-signed localhost certificate (test/fixtures/tls, test-only). */
	let front: Server;
	let frontUrl: string;
	let reached = 0;
	beforeAll(async () => {
		const tls = join(__dirname, 'fixtures', 'tls');
		front = createTlsServer({ cert: readFileSync(join(tls, 'localhost-cert.pem')), key: readFileSync(join(tls, 'localhost-key.pem')) }, (request, response) => {
			reached++;
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				const target = `${cs.credentials().clickSendApi.baseUrl}${(request.url ?? '').replace(/^\/v3/, '')}`;
				const headers = { authorization: String(request.headers.authorization), 'content-type': 'application/json', accept: 'application/json' };
				fetch(target, { method: request.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined })
					.then(async (answer) => response.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text()))
					.catch(() => response.writeHead(502).end());
			});
		}) as unknown as Server;
		await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
		frontUrl = `https://127.0.0.1:${(front.address() as AddressInfo).port}/v3`;
	});
	afterAll(() => new Promise<void>((resolve) => front.close(() => resolve())));
	beforeEach(() => {
		reached = 0;
	});
	const viaFront = () => ({ clickSendApi: { ...cs.credentials().clickSendApi, baseUrl: frontUrl } });

	test.each([
		['SMS → Send (batched)', send()],
		['Account → Get (run by n8n)', getAccount],
	])('%s: refused certificate, not retried, and nothing was sent', async (_name, parameters) => {
		const { runWorkflow, clickSendWorkflow } = await import('./harness/run');
		const result = await runWorkflow(clickSendWorkflow(parameters), { credentials: viaFront() });
		expect(result.error?.message).toBe('Could not set up a secure connection to ClickSend (self-signed certificate)');
		expect(result.error?.description).toContain("Nothing was sent: the server's certificate or TLS setup was refused");
		expect(result.error?.description).not.toContain('gave up after');
		expect(result.error?.description).not.toContain('may have');
		expect(reached).toBe(0);
		expect(cs.requests()).toHaveLength(0);
	});

	test.each([
		['SMS → Send (batched)', send(), '/sms/send'],
		['Account → Get (run by n8n)', getAccount, '/account'],
	])('%s with Ignore SSL Issues on goes through', async (_name, parameters, path) => {
		const { runWorkflow, clickSendWorkflow } = await import('./harness/run');
		const result = await runWorkflow(clickSendWorkflow({ ...parameters, requestOptions: { allowUnauthorizedCerts: true } }), { credentials: viaFront() });
		expect(result.error).toBeUndefined();
		expect(reached).toBe(1);
		expect(cs.requests(path)).toHaveLength(1);
	});
});

describe('TLS errors: only certificate failures (during the handshake) count as nothing sent', () => {
	/** clickSendRequest with n8n's HTTP helper failing as n8n 2.41 reports it: the code on `cause`. */
	async function failWith(code: string, method: 'GET' | 'POST') {
		let calls = 0;
		const context = {
			getNode: () => ({ name: 'ClickSend', type: 'n8n-nodes-clicksend.clickSend', parameters: {} }) as unknown as INode,
			getCredentials: async () => ({ username: 'u', apiKey: 'k', baseUrl: 'https://127.0.0.1:1/v3' }),
			helpers: {
				httpRequestWithAuthentication: async () => {
					calls++;
					throw Object.assign(new Error(`tls failure ${code}`), { cause: { code } });
				},
			},
		};
		const body = method === 'POST' ? { messages: [{ to: '+61411111111', custom_string: 'order-42' }] } : undefined;
		const error = await clickSendRequest.call(context as never, { method, url: method === 'POST' ? '/sms/send' : '/account', body }).then(
			() => undefined,
			(thrown: Error & { description?: string }) => thrown,
		);
		return { error, calls };
	}

	test.each(['DEPTH_ZERO_SELF_SIGNED_CERT', 'INVALID_PURPOSE', 'HOSTNAME_MISMATCH', 'ERR_TLS_CERT_ALTNAME_INVALID'])('%s: nothing was sent, not retried', async (code) => {
		for (const method of ['POST', 'GET'] as const) {
			const { error, calls } = await failWith(code, method);
			expect(error?.message).toMatch(/^Could not set up a secure connection to ClickSend/);
			expect(error?.description).toContain('Nothing was sent');
			expect(calls).toBe(1);
		}
	});

	test.each(['ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC', 'ERR_SSL_WRONG_VERSION_NUMBER', 'EPROTO'])('%s may come after the request went out: a send may have been queued', async (code) => {
		const { error, calls } = await failWith(code, 'POST');
		expect(error?.message).toMatch(/^The connection to ClickSend was interrupted before it answered/);
		expect(error?.description).toContain('ClickSend may have queued the message');
		expect(error?.description).toContain('custom_string: order-42');
		expect(calls).toBe(1);
	});
});
