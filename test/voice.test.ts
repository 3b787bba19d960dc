import type { IDataObject } from 'n8n-workflow';

import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

const FUTURE = '2031-03-01T09:30:00Z';
const FUTURE_S = Date.UTC(2031, 2, 1, 9, 30) / 1000;

async function voice(operation: string, parameters: IDataObject = {}, items?: IDataObject[]) {
	cs.sandbox.requests.length = 0;
	const result = await cs.run({ resource: 'voice', operation, ...parameters }, { items });
	expect(result.error).toBeUndefined();
	for (const request of cs.sandbox.requests) expectValidBody(request);
	return result.output('ClickSend');
}

const call = (to: string, extra: IDataObject = {}) => voice('send', { to, body: 'Your code is 1 2 3', voice: 'female', lang: 'en-au', ...extra });

describe('Voice → Send / Calculate Price', () => {
	test('one call per input item with every field; outputs one linked item per call', async () => {
		const items = await voice(
			'send',
			{
				to: '={{ $json.phone }}',
				body: '=Hello {{ $json.name }}',
				voice: 'male',
				lang: 'en-gb',
				additionalFields: { country: 'AU', customString: '={{ $json.id }}', machineDetection: true, requireInput: false, schedule: FUTURE },
			},
			[
				{ id: 'c1', name: 'Ada', phone: '0411111111' },
				{ id: 'c2', name: 'Alan', phone: '+61 422 222 222' },
			],
		);
		const requests = cs.requests('/voice/send');
		expect(requests.map((r) => r.method)).toEqual(['POST']); // batched: both calls in one request
		expect((requests[0].body as { messages: unknown[] }).messages).toHaveLength(2);
		expect(requests[0].body).toEqual({
			messages: [
				{
					to: '0411111111',
					body: 'Hello Ada',
					voice: 'male',
					lang: 'en-gb',
					country: 'AU',
					custom_string: 'c1',
					machine_detection: 1,
					require_input: 0,
					schedule: FUTURE_S,
					source: 'n8n',
				},
				expect.objectContaining({ to: '+61422222222', custom_string: 'c2', body: 'Hello Alan' }),
			],
		});
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items.map((i) => i.json)).toEqual([
			expect.objectContaining({ to: '+61411111111', status: 'SUCCESS', accepted: true, voice: 'male', custom_string: 'c1', schedule: FUTURE_S }),
			expect.objectContaining({ to: '+61422222222', status: 'SUCCESS', accepted: true, custom_string: 'c2' }),
		]);
	});

	test('calls every contact of list 428', async () => {
		const items = await voice('send', { sendTo: 'list', listId: { __rl: true, mode: 'list', value: '428' }, body: 'Store closes at 5', voice: 'female', lang: 'en-us' });
		expect(cs.requests('/voice/send')[0].body).toEqual({
			// no Custom String set: the batched send adds a per-item correlation value
			messages: [{ list_id: 428, body: 'Store closes at 5', voice: 'female', lang: 'en-us', source: 'n8n', custom_string: expect.stringMatching(/^n8n-\d+-0$/) }],
		});
		expect(items).toHaveLength(4);
		expect(items.every((i) => pairedIndex(i) === 0 && i.json.accepted === true)).toBe(true);
	});

	test('Calculate Price uses the same fields and makes no call', async () => {
		const items = await voice('calculatePrice', { to: '+61411111111', body: 'Hi', voice: 'female', lang: 'de-de', additionalFields: { requireInput: true } });
		const [request] = cs.requests('/voice/price');
		expect([request.method, request.body]).toEqual([
			'POST',
			{ messages: [{ to: '+61411111111', body: 'Hi', voice: 'female', lang: 'de-de', require_input: 1, source: 'n8n' }] },
		]);
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ status: 'SUCCESS', accepted: true, message_price: 0.07, require_input: 1 })]);
		expect((await voice('getAll', { returnAll: true }))).toHaveLength(0);
	});

	test.each([
		['Voice', { voice: '={{ "robot" }}' }, 'Invalid Voice: must be female or male'],
		['Voice', { voice: 'male', lang: 'en-in' }, 'Invalid Voice: English (India) (en-in) offers only a female voice'],
		['Language', { lang: '={{ "xx-yy" }}' }, 'Invalid Language: "xx-yy" is not a ClickSend voice language'],
		['To', { to: 'nobody' }, 'Invalid To'],
	])('bad %s is rejected before any request', async (_field, override, message) => {
		const result = await cs.run({ resource: 'voice', operation: 'send', to: '+61411111111', body: 'Hi', voice: 'female', lang: 'en-us', ...override });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('Voice history, export and languages', () => {
	test('Get Many lists the calls made, with date filters as Unix seconds', async () => {
		await call('+61411111111', { additionalFields: { customString: 'h1' } });
		await call('+61422222222', { additionalFields: { customString: 'h2' } });
		const items = await voice('getAll', { returnAll: false, limit: 20, filters: { dateFrom: '2000-01-01T00:00:00Z', q: 'to:+614' } });
		const [request] = cs.requests('/voice/history');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ page: '1', limit: '20', date_from: '946684800', q: 'to:+614' });
		expect(items.map((i) => i.json.custom_string)).toEqual(['h2', 'h1']);
		expect(items[0].json).toMatchObject({ status: 'Sent', voice: 'female', lang: 'en-au', status_code: '201' });
		const none = await voice('getAll', { returnAll: true, filters: { dateTo: '2000-01-01T00:00:00Z' } });
		expect(cs.requests('/voice/history')[0].query).toMatchObject({ date_to: '946684800' });
		expect(none).toHaveLength(0);
	});

	test('Export History outputs the download URL', async () => {
		const [item] = await voice('exportHistory', { filename: 'calls.csv' });
		const [request] = cs.requests('/voice/history/export');
		expect([request.method, request.query]).toEqual(['GET', { filename: 'calls.csv' }]);
		expect(item.json.url).toEqual(expect.stringContaining('https://rest.clicksend.com/files/'));
	});

	test('Get Languages outputs one item per language', async () => {
		const items = await voice('getLanguages');
		expect(cs.requests('/voice/lang').map((r) => r.method)).toEqual(['GET']);
		expect(items.length).toBeGreaterThan(20);
		expect(items[0].json).toEqual({ code: 'en-us', country: 'English, US', gender: ['female', 'male'] });
		expect(items.every((i) => pairedIndex(i) === 0)).toBe(true);
	});
});

describe('Voice scheduled calls', () => {
	test('schedule → cancel one → cancel all', async () => {
		const [first] = await call('+61411111111', { additionalFields: { schedule: FUTURE } });
		await call('+61422222222', { additionalFields: { schedule: FUTURE } });
		await call('+61433333333', { additionalFields: { schedule: FUTURE } });
		const id = String(first.json.message_id);

		const cancelled = await voice('cancel', { messageId: id });
		expect(cs.requests(`/voice/${id}/cancel`).map((r) => r.method)).toEqual(['PUT']);
		expect(cancelled.map((i) => i.json)).toEqual([{ success: true, message: 'Voice have been cancelled.' }]);

		const again = await cs.run({ resource: 'voice', operation: 'cancel', messageId: id });
		expect(again.error?.message).toContain('is not scheduled and cannot be cancelled');

		const all = await voice('cancelAll');
		expect(cs.requests('/voice/cancel-all').map((r) => r.method)).toEqual(['PUT']);
		expect(all.map((i) => i.json)).toEqual([{ success: true, message: '2 messages have been cancelled.', count: 2 }]);

		const history = await voice('getAll', { returnAll: true });
		expect(history.map((i) => i.json.status)).toEqual(['Cancelled', 'Cancelled', 'Cancelled']);
	});

	test('cancelling an unknown call answers NOT_FOUND', async () => {
		const result = await cs.run({ resource: 'voice', operation: 'cancel', messageId: 'NOPE' }, { onError: 'continueRegularOutput' });
		const [item] = result.output('ClickSend');
		expect(item.json.error).toContain('Voice message NOPE not found');
		expect(pairedIndex(item)).toBe(0);
	});
});

describe('Voice delivery receipts', () => {
	test('a delivered call has a receipt: get many → get one → add test → mark read', async () => {
		const [made] = await call('+61411111111', { additionalFields: { customString: 'v-1', requireInput: true } });
		const id = String(made.json.message_id);

		const listed = await voice('getAllReceipts', { returnAll: true });
		expect(cs.requests('/voice/receipts').map((r) => [r.method, r.query])).toEqual([['GET', { page: '1', limit: '100' }]]);
		expect(listed.map((i) => i.json)).toEqual([expect.objectContaining({ message_id: id, message_type: 'voice', custom_string: 'v-1', digits: '1' })]);

		const [one] = await voice('getReceipt', { messageId: id });
		expect(cs.requests(`/voice/receipts/${id}`).map((r) => r.method)).toEqual(['GET']);
		expect(one.json).toMatchObject({ message_id: id, status_code: '201' });

		const [test] = await voice('addTestReceipt');
		const [add] = cs.requests('/voice/receipts');
		expect([add.method, add.body]).toEqual(['POST', { url: 'poll' }]);
		expect(test.json).toMatchObject({ message_type: 'voice', message_id: expect.any(String) });
		expect(await voice('getAllReceipts', { returnAll: true })).toHaveLength(2);

		const marked = await voice('markReceiptsRead', { dateBefore: '2000-01-01T00:00:00Z' });
		const [put] = cs.requests('/voice/receipts-read');
		expect([put.method, put.query, put.body]).toEqual(['PUT', { date_before: '946684800' }, undefined]);
		expect(marked.map((i) => i.json)).toEqual([{ success: true, message: 'Receipts have been marked as read.' }]);
		expect(await voice('getAllReceipts', { returnAll: true })).toHaveLength(2);

		await voice('markReceiptsRead');
		expect(Number(cs.requests('/voice/receipts-read')[0].query.date_before)).toBeGreaterThan(946684800);
		expect(await voice('getAllReceipts', { returnAll: true })).toHaveLength(0);
	});
});

describe('Too Long Message on voice calls', () => {
	const call = (additionalFields: Record<string, string>) => ({ resource: 'voice', operation: 'send', to: '+61411111111', body: 'a'.repeat(1201), voice: 'female', lang: 'en-us', additionalFields });

	test('a 1201-character call fails by default, pointing to the option', async () => {
		const result = await cs.run(call({}));
		expect(result.error?.message).toContain('Shorten it, or set Too Long Message to "Send Anyway"');
		expect(cs.requests('/voice/send')).toHaveLength(0);
	});

	test('with Send Anyway it is sent, with a warning', async () => {
		const result = await cs.run(call({ longMessage: 'warn' }));
		expect(result.error).toBeUndefined();
		expect(cs.requests('/voice/send')).toHaveLength(1);
		expect(result.output('ClickSend')[0].json.warning).toContain('1201 GSM-7 characters');
	});
});
