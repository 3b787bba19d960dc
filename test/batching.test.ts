import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

const phones = ['+61411111111', '+61422222222', '+61433333333', '+61444444444', '+14055555555'];
const people = (n: number, withRef = true) =>
	Array.from({ length: n }, (_, i) => ({ name: `P${i}`, phone: phones[i % phones.length], ...(withRef ? { ref: `ref-${i}` } : {}) }));

const send = (extra: Record<string, unknown> = {}) => ({
	resource: 'sms',
	operation: 'send',
	to: '={{ $json.phone }}',
	body: '=Hello {{ $json.name }}',
	...extra,
});
const withRef = { additionalFields: { customString: '={{ $json.ref }}' } };

type Body = { messages: Array<Record<string, unknown>> };

describe('SMS Send batches input items into ClickSend requests of at most Batch Size messages', () => {
	test('2,500 items: 3 requests (1000, 1000, 500), each item evaluated on its own, every output linked', async () => {
		const result = await cs.run(send(withRef), { items: people(2500) });
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/sms/send');
		expect(requests.map((r) => (r.body as Body).messages.length)).toEqual([1000, 1000, 500]);
		expect((requests[1].body as Body).messages[0]).toEqual({ to: phones[0], body: 'Hello P1000', custom_string: 'ref-1000', source: 'n8n' });
		for (const request of requests) expectValidBody(request);
		const items = result.output('ClickSend');
		expect(items).toHaveLength(2500);
		expect(items.map(pairedIndex)).toEqual(Array.from({ length: 2500 }, (_, i) => i));
		expect(items.every((item, i) => item.json.custom_string === `ref-${i}` && item.json.body === `Hello P${i}`)).toBe(true);
	});

	test('Batch Size 1 sends one request per item; Batch Size 2 with concurrency 2 keeps input order', async () => {
		await cs.run(send({ batching: { batchSize: 1 } }), { items: people(5) });
		expect(cs.requests('/sms/send')).toHaveLength(5);
		cs.sandbox.reset();
		const result = await cs.run(send({ ...withRef, batching: { batchSize: 2, concurrency: 2 } }), { items: people(7) });
		expect(cs.requests('/sms/send').map((r) => (r.body as Body).messages.length).sort()).toEqual([1, 2, 2, 2]);
		expect(result.output('ClickSend').map((i) => i.json.custom_string)).toEqual(people(7).map((p) => p.ref));
	});

	test('without a custom string each item gets a correlation value; answers in another order still link right', async () => {
		// ClickSend answers in reverse order: matching must not rely on order.
		const reversed = people(3).map((p, i) => ({ to: p.phone, body: `Hello ${p.name}`, custom_string: `ref-${i}`, status: 'SUCCESS', message_id: `M${i}` })).reverse();
		cs.sandbox.fault({
			method: 'POST',
			path: '/sms/send',
			status: 200,
			body: { http_code: 200, response_code: 'SUCCESS', response_msg: 'Messages queued for delivery.', data: { messages: reversed } },
		});
		const result = await cs.run(send(withRef), { items: people(3) });
		expect(result.output('ClickSend').map((i) => [pairedIndex(i), i.json.message_id])).toEqual([
			[0, 'M0'],
			[1, 'M1'],
			[2, 'M2'],
		]);

		cs.sandbox.reset();
		const auto = await cs.run(send(), { items: people(3, false) });
		const sent = (cs.requests('/sms/send')[0].body as Body).messages.map((m) => m.custom_string);
		expect(sent).toEqual([expect.stringMatching(/^n8n-\d+-0$/), expect.stringMatching(/^n8n-\d+-1$/), expect.stringMatching(/^n8n-\d+-2$/)]);
		expect(auto.output('ClickSend').map((i) => i.json.custom_string)).toEqual(sent);
	});

	test("the user's own custom string is kept even when items share it: rows are matched by recipient", async () => {
		const same = { additionalFields: { customString: 'campaign-7' } };
		const items = [{ name: 'A', phone: '+61411111111' }, { name: 'B', phone: '+61422222222' }];
		cs.sandbox.fault({
			method: 'POST',
			path: '/sms/send',
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Messages queued for delivery.',
				data: { messages: [{ to: '+61422222222', custom_string: 'campaign-7', status: 'SUCCESS', message_id: 'B1' }, { to: '+61411111111', custom_string: 'campaign-7', status: 'SUCCESS', message_id: 'A1' }] },
			},
		});
		const result = await cs.run(send(same), { items });
		expect(result.output('ClickSend').map((i) => [pairedIndex(i), i.json.message_id])).toEqual([
			[0, 'A1'],
			[1, 'B1'],
		]);
	});

	test('1,000 items sharing one custom string, local numbers, answered shuffled in E.164: each row links to its number', async () => {
		// 500 distinct numbers, each sent twice; ClickSend answers in E.164 and in another order.
		const items = Array.from({ length: 1000 }, (_, i) => ({ name: `P${i}`, phone: `04${String(10000000 + (i % 500))}` }));
		const rows = items.map((item, i) => ({ to: `+614${item.phone.slice(2)}`, custom_string: 'campaign-9', status: 'SUCCESS', message_id: `M${i}` }));
		const shuffled = rows.map((row, i) => ({ row, key: (i * 7919) % 1000 })).sort((a, b) => a.key - b.key).map((x) => x.row);
		cs.sandbox.fault({
			method: 'POST',
			path: '/sms/send',
			status: 200,
			body: { http_code: 200, response_code: 'SUCCESS', response_msg: 'Messages queued for delivery.', data: { messages: shuffled } },
		});
		const result = await cs.run(send({ additionalFields: { customString: 'campaign-9' } }), { items });
		const output = result.output('ClickSend');
		expect(output).toHaveLength(1000);
		expect(output.map(pairedIndex)).toEqual(items.map((_, i) => i));
		// Every item got a row with its own number, and no row was given twice.
		expect(output.every((item, i) => item.json.to === `+614${items[i].phone.slice(2)}`)).toBe(true);
		expect(new Set(output.map((item) => item.json.message_id)).size).toBe(1000);
	});

	test('a contact-list item and single recipients in one request: every list row links to its item', async () => {
		const result = await cs.run(
			{
				resource: 'sms',
				operation: 'send',
				sendTo: '={{ $json.list ? "list" : "number" }}',
				to: '={{ $json.phone }}',
				listId: { __rl: true, mode: 'id', value: '={{ $json.list }}' },
				body: 'Offer',
			},
			{ items: [{ phone: '+61411111111' }, { list: '428' }, { phone: '+61433333333' }] },
		);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/send')).toHaveLength(1);
		const links = result.output('ClickSend').map(pairedIndex);
		const listSize = [...cs.sandbox.state.contactLists.values()][0].contacts.length;
		expect(links).toEqual([0, ...Array(listSize).fill(1), 2]);
	});

	test('a failed batch: earlier batches are reported sent, the error names the items not sent, nothing is retried', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 500, skip: 1 });
		const result = await cs.run(send(withRef), { items: people(2500) });
		expect(cs.requests('/sms/send')).toHaveLength(2); // second batch failed; no retry, third never sent
		expect(result.error?.description).toContain('1000 item(s) were sent (0-999); 1500 item(s) were not sent (1000-2499)');
		expect(result.error?.description).toContain('ClickSend may have queued the 1000 messages');

		cs.sandbox.reset();
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 500, skip: 1 });
		const continued = await cs.run(send(withRef), { items: people(2500), onError: 'continueErrorOutput' });
		const ok = continued.output('ClickSend', 0);
		const failed = continued.output('ClickSend', 1);
		expect(ok.map(pairedIndex)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
		expect(failed.map(pairedIndex)).toEqual(Array.from({ length: 1500 }, (_, i) => 1000 + i));
		expect(failed[0].json).toMatchObject({ ref: 'ref-1000', message: expect.stringContaining('This item was not sent') });
	});

	test('429 on a batch is retried (Retry-After honoured) and every message is sent once', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 429, headers: { 'retry-after': '0' }, skip: 1 });
		const result = await cs.run(send(withRef), { items: people(1500) });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/send').map((r) => (r.body as Body).messages.length)).toEqual([1000, 500, 500]);
		expect(result.output('ClickSend')).toHaveLength(1500);
		expect(cs.sandbox.state.smsMessages).toHaveLength(1500);
	});

	test('bad input: no request at all without Continue On Fail; with it, only the bad item fails', async () => {
		const items = [...people(3), { name: 'X', phone: 'not a number', ref: 'bad' }];
		const failed = await cs.run(send(withRef), { items });
		expect(failed.error?.message).toContain('Invalid To');
		expect(cs.requests()).toHaveLength(0);

		const continued = await cs.run(send(withRef), { items, onError: 'continueRegularOutput' });
		expect(cs.requests('/sms/send')).toHaveLength(1);
		expect((cs.requests('/sms/send')[0].body as Body).messages).toHaveLength(3);
		const out = continued.output('ClickSend');
		expect(out.map(pairedIndex)).toEqual([0, 1, 2, 3]);
		expect(out[3].json).toMatchObject({ ref: 'bad', error: expect.stringContaining('Invalid To') });
	});
});

describe('MMS Send batches by media: items with different media files go in different requests', () => {
	test('three items, two media URLs: two requests, outputs linked in input order', async () => {
		const result = await cs.run(
			{
				resource: 'mms',
				operation: 'send',
				to: '={{ $json.phone }}',
				subject: 'Sale',
				body: '=Hi {{ $json.name }}',
				fileUrl: '={{ $json.image }}',
				additionalFields: { customString: '={{ $json.ref }}' },
			},
			{
				items: [
					{ name: 'A', phone: '+61411111111', ref: 'a', image: 'https://example.com/a.jpg' },
					{ name: 'B', phone: '+61422222222', ref: 'b', image: 'https://example.com/a.jpg' },
					{ name: 'C', phone: '+61433333333', ref: 'c', image: 'https://example.com/c.jpg' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/mms/send');
		expect(requests.map((r) => [(r.body as { media_file: string }).media_file, (r.body as Body).messages.map((m) => m.custom_string)])).toEqual([
			['https://example.com/a.jpg', ['a', 'b']],
			['https://example.com/c.jpg', ['c']],
		]);
		for (const request of requests) expectValidBody(request);
		expect(result.output('ClickSend').map((i) => [pairedIndex(i), i.json.custom_string])).toEqual([
			[0, 'a'],
			[1, 'b'],
			[2, 'c'],
		]);
	});
});

describe('Voice Send batches too', () => {
	test('five calls: one request, every output linked', async () => {
		const result = await cs.run(
			{ resource: 'voice', operation: 'send', to: '={{ $json.phone }}', body: '=Hello {{ $json.name }}', voice: 'female', lang: 'en-au', additionalFields: { customString: '={{ $json.ref }}' } },
			{ items: people(5) },
		);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/voice/send').map((r) => (r.body as Body).messages.length)).toEqual([5]);
		expectValidBody(cs.requests('/voice/send')[0]);
		expect(result.output('ClickSend').map(pairedIndex)).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('validation warnings reach the batched outputs', () => {
	test('a schedule beyond ClickSend\'s horizon is sent as given and its outputs carry the warning', async () => {
		const result = await cs.run(send({ ...withRef, additionalFields: { customString: '={{ $json.ref }}', schedule: '2031-01-01T00:00:00Z' } }), { items: people(2) });
		expect(result.error).toBeUndefined();
		const items = result.output('ClickSend');
		expect(items).toHaveLength(2);
		for (const item of items) expect(item.json.warning).toEqual(expect.stringContaining('Schedule'));
	});
});
