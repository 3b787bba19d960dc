import type { IDataObject } from 'n8n-workflow';

import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

const FUTURE = '2031-03-01T09:30:00Z';
const FUTURE_S = Date.UTC(2031, 2, 1, 9, 30) / 1000;

/** Runs one SMS operation and returns its output items (failing on a node error). */
async function sms(operation: string, parameters: IDataObject = {}, items?: IDataObject[]) {
	const result = await cs.run({ resource: 'sms', operation, ...parameters }, { items });
	expect(result.error).toBeUndefined();
	return result.output('ClickSend');
}

/** The only request the sandbox received (after a reset) on `path`, checked against the spec. */
function onlyRequest(path: string) {
	const requests = cs.requests(path);
	expect(requests).toHaveLength(1);
	expectValidBody(requests[0]);
	return requests[0];
}

async function sendSms(to: string, extra: IDataObject = {}) {
	const [item] = await sms('send', { to, body: 'Hello', additionalFields: extra });
	return String(item.json.message_id);
}

describe('SMS → Calculate Price (POST /sms/price)', () => {
	test('uses Send\'s fields, prices one message per item and stores nothing', async () => {
		const items = await sms(
			'calculatePrice',
			{ to: '={{ $json.phone }}', body: 'Hi there', additionalFields: { from: 'MyShop', customString: '={{ $json.id }}' } },
			[
				{ id: 'a', phone: '+61411111111' },
				{ id: 'b', phone: '+61 422 222 222' },
			],
		);
		const requests = cs.requests('/sms/price');
		expect(requests.map((r) => [r.method, r.body])).toEqual([
			['POST', { messages: [{ to: '+61411111111', body: 'Hi there', from: 'MyShop', custom_string: 'a', source: 'n8n' }] }],
			['POST', { messages: [{ to: '+61422222222', body: 'Hi there', from: 'MyShop', custom_string: 'b', source: 'n8n' }] }],
		]);
		for (const request of requests) expectValidBody(request);
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items.map((i) => i.json)).toEqual([
			expect.objectContaining({ to: '+61411111111', status: 'SUCCESS', accepted: true, message_price: '0.0771', custom_string: 'a' }),
			expect.objectContaining({ to: '+61422222222', status: 'SUCCESS', accepted: true, message_price: '0.0771', custom_string: 'b' }),
		]);
		expect(cs.sandbox.state.smsMessages).toHaveLength(0);
	});

	test('prices a contact-list send: one item per contact of list 428', async () => {
		const items = await sms('calculatePrice', { sendTo: 'list', listId: { __rl: true, mode: 'id', value: '428' }, body: 'Sale' });
		expect(onlyRequest('/sms/price').body).toEqual({ messages: [{ list_id: 428, body: 'Sale', source: 'n8n' }] });
		expect(items).toHaveLength(4);
		expect(items.every((i) => i.json.accepted === true && pairedIndex(i) === 0)).toBe(true);
	});
});

describe('Send To from an expression in the non-batched price operation', () => {
	test('decides per item: a "number" item is priced for its number even with a list ID, a "list" item for its list', async () => {
		const result = await cs.run(
			{
				resource: 'sms',
				operation: 'calculatePrice',
				sendTo: '={{ $json.mode }}',
				to: '={{ $json.phone }}',
				listId: { __rl: true, mode: 'id', value: '={{ $json.list }}' },
				body: 'Sale',
			},
			{ items: [{ mode: 'number', phone: '+61411111111', list: '428' }, { mode: 'list', phone: '+61422222222', list: '428' }] },
		);
		expect(result.error).toBeUndefined();
		const bodies = cs.requests('/sms/price').map((r) => (r.body as { messages: IDataObject[] }).messages);
		expect(bodies).toEqual(
			expect.arrayContaining([[{ to: '+61411111111', body: 'Sale', source: 'n8n' }], [{ list_id: 428, body: 'Sale', source: 'n8n' }]]),
		);
		expect(bodies).toHaveLength(2);
	});
});

describe('SMS → Export History (GET /sms/history/export)', () => {
	test('sends the file name as a query parameter and outputs the download URL', async () => {
		const items = await sms('exportHistory', { filename: 'march.csv' });
		const request = onlyRequest('/sms/history/export');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ filename: 'march.csv' });
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({ url: expect.stringMatching(/^https:\/\/rest\.clicksend\.com\/files\/.+filename=export\.csv$/) });
	});
});

describe('SMS → Cancel Scheduled / Cancel All Scheduled', () => {
	test('schedule → cancel: the scheduled message is cancelled in ClickSend', async () => {
		const id = await sendSms('+61411111111', { schedule: FUTURE });
		expect(cs.sandbox.state.smsById.get(id)).toMatchObject({ status: 'Scheduled', schedule: FUTURE_S });
		const items = await sms('cancel', { messageId: ` ${id} ` });
		const request = onlyRequest(`/sms/${id}/cancel`);
		expect(request.method).toBe('PUT');
		expect(request.query).toEqual({});
		expect(items.map((i) => i.json)).toEqual([{ success: true, message: `Message ${id} has been cancelled.` }]);
		expect(pairedIndex(items[0])).toBe(0);
		expect(cs.sandbox.state.smsById.get(id)?.status).toBe('Cancelled');
	});

	test('cancelling an unknown message fails with ClickSend\'s NOT_FOUND', async () => {
		const result = await cs.run({ resource: 'sms', operation: 'cancel', messageId: 'NOPE' });
		expect(result.error?.message).toContain('Message NOPE not found');
		expect(cs.requests('/sms/NOPE/cancel')).toHaveLength(1);
	});

	test('an empty Message ID is rejected before any request', async () => {
		const result = await cs.run({ resource: 'sms', operation: 'cancel', messageId: '={{ "" }}' });
		expect(result.error?.message).toContain('Invalid Message ID: is empty');
		expect(cs.requests()).toHaveLength(0);
	});

	test('Cancel All Scheduled cancels every scheduled message and outputs the count', async () => {
		const ids = [await sendSms('+61411111111', { schedule: FUTURE }), await sendSms('+61422222222', { schedule: FUTURE })];
		await sendSms('+61433333333');
		cs.sandbox.requests.length = 0;
		const items = await sms('cancelAll');
		const request = onlyRequest('/sms/cancel-all');
		expect(request.method).toBe('PUT');
		expect(items.map((i) => i.json)).toEqual([{ success: true, message: '2 messages has been cancelled.', count: 2 }]);
		expect(ids.map((id) => cs.sandbox.state.smsById.get(id)?.status)).toEqual(['Cancelled', 'Cancelled']);
	});
});

describe('SMS inbound (replies)', () => {
	test('add test inbound (pull) → get many → get reply → mark read by ID → list is empty', async () => {
		const sentId = await sendSms('+61411111111', { customString: 'order-7' });
		cs.sandbox.requests.length = 0;

		const [added] = await sms('addTestInbound');
		expect(onlyRequest('/sms/inbound').body).toEqual({ url: 'poll' });
		expect(cs.requests('/sms/inbound')[0].method).toBe('POST');
		expect(added.json).toMatchObject({ from: '+61411111111', original_message_id: sentId, custom_string: 'order-7' });
		const inboundId = String(added.json.message_id);

		cs.sandbox.requests.length = 0;
		const listed = await sms('getAllInbound', { returnAll: true });
		expect(onlyRequest('/sms/inbound').query).toEqual({ page: '1', limit: '100' });
		expect(listed.map((i) => i.json.message_id)).toEqual([inboundId]);

		cs.sandbox.requests.length = 0;
		const [reply] = await sms('getInbound', { messageId: sentId });
		expect(onlyRequest(`/sms/inbound/${sentId}`).method).toBe('GET');
		expect(reply.json).toMatchObject({ message_id: inboundId, original_message_id: sentId });

		cs.sandbox.requests.length = 0;
		const marked = await sms('markInboundRead', { messageId: inboundId });
		expect(onlyRequest(`/sms/inbound-read/${inboundId}`).method).toBe('PUT');
		expect(marked.map((i) => i.json)).toEqual([{ success: true, message: 'Inbound messages have been marked as read.' }]);

		expect(await sms('getAllInbound', { returnAll: true })).toHaveLength(0);
	});

	test('Mark All Inbound as Read sends date_before as Unix seconds (now when empty)', async () => {
		await sms('addTestInbound');
		await sms('addTestInbound');
		cs.sandbox.requests.length = 0;

		await sms('markAllInboundRead', { dateBefore: '2000-01-01T00:00:00Z' });
		expect(onlyRequest('/sms/inbound-read').body).toEqual({ date_before: 946684800 });
		expect(await sms('getAllInbound', { returnAll: true })).toHaveLength(2);

		cs.sandbox.requests.length = 0;
		const before = Math.floor(Date.now() / 1000);
		const items = await sms('markAllInboundRead');
		const body = onlyRequest('/sms/inbound-read').body as { date_before: number };
		expect(body.date_before).toBeGreaterThanOrEqual(before);
		expect(items[0].json).toEqual({ success: true, message: 'Inbound messages have been marked as read.' });
		expect(await sms('getAllInbound', { returnAll: true })).toHaveLength(0);
	});

	test('push mode posts your URL; a bad URL is rejected before any request', async () => {
		// The sandbox really pushes to the URL: a closed loopback port keeps the push on this machine.
		const hook = 'http://127.0.0.1:9/hook';
		const [pushed] = await sms('addTestInbound', { callbackMode: 'push', callbackUrl: hook });
		expect(onlyRequest('/sms/inbound').body).toEqual({ url: hook });
		expect(pushed.json.message_id).toEqual(expect.any(String));
		expect(await sms('getAllInbound', { returnAll: true })).toHaveLength(0); // pushed, not kept for polling

		cs.sandbox.requests.length = 0;
		const result = await cs.run({ resource: 'sms', operation: 'addTestInbound', callbackMode: 'push', callbackUrl: 'example.com' });
		expect(result.error?.message).toContain('Invalid URL: must be an http or https URL');
		expect(cs.requests()).toHaveLength(0);
	});

	test('a message without a reply answers NOT_FOUND', async () => {
		const result = await cs.run({ resource: 'sms', operation: 'getInbound', messageId: 'NO-REPLY' }, { onError: 'continueRegularOutput' });
		const [item] = result.output('ClickSend');
		expect(item.json.error).toContain('No inbound message found for message NO-REPLY');
		expect(pairedIndex(item)).toBe(0);
	});
});

describe('SMS delivery receipts', () => {
	test('get many → get one → add test receipt → mark read → none left', async () => {
		const id = await sendSms('+61411111111', { customString: 'r-1' });
		cs.sandbox.requests.length = 0;

		const listed = await sms('getAllReceipts', { returnAll: false, limit: 5, filters: { order_by: 'timestamp:desc' } });
		expect(onlyRequest('/sms/receipts').query).toEqual({ page: '1', limit: '15', order_by: 'timestamp:desc' });
		expect(listed.map((i) => i.json)).toEqual([expect.objectContaining({ message_id: id, custom_string: 'r-1', status_code: '201' })]);

		cs.sandbox.requests.length = 0;
		const [one] = await sms('getReceipt', { messageId: id });
		expect(onlyRequest(`/sms/receipts/${id}`).method).toBe('GET');
		expect(one.json).toMatchObject({ message_id: id, message_type: 'sms', status_code: '201' });

		cs.sandbox.requests.length = 0;
		const [test] = await sms('addTestReceipt');
		const add = onlyRequest('/sms/receipts');
		expect([add.method, add.body]).toEqual(['POST', { url: 'poll' }]);
		expect(test.json).toMatchObject({ status_code: '201', message_id: expect.any(String) });
		expect((await sms('getAllReceipts', { returnAll: true })).map((i) => i.json.message_id).sort()).toEqual([id, test.json.message_id].sort());

		cs.sandbox.requests.length = 0;
		const marked = await sms('markReceiptsRead');
		const mark = onlyRequest('/sms/receipts-read');
		expect(mark.method).toBe('PUT');
		expect(mark.body).toEqual({ date_before: expect.any(Number) });
		expect(marked.map((i) => i.json)).toEqual([{ success: true, message: 'Receipts has been marked as read.' }]);
		expect(await sms('getAllReceipts', { returnAll: true })).toHaveLength(0);
	});
});
