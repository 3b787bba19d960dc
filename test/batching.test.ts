import type { IDataObject } from 'n8n-workflow';

import { literal } from '../nodes/ClickSend/shared/batchBody';
import { HarnessCredentialsHelper } from './harness/credentials';
import { basicAuth, pairedIndex, useSandbox } from './helpers/sandbox';
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
/** SMS Send to a contact list when the item has `list`, else to its `phone`. */
const listOrNumber = (extra: Record<string, unknown> = {}) => ({
	resource: 'sms',
	operation: 'send',
	sendTo: '={{ $json.list ? "list" : "number" }}',
	to: '={{ $json.phone }}',
	listId: { __rl: true, mode: 'id', value: '={{ $json.list }}' },
	body: 'Offer',
	...extra,
});

type Body = { messages: Array<Record<string, unknown>> };

/** An output item as `[input item, message_id]`, or `[input item, error]` for an error item. */
const link = (i: { json: IDataObject; pairedItem?: unknown }) => [pairedIndex(i), i.json.message_id ?? i.json.error];

/** ClickSend's 200 answer to /sms/send (the spec's envelope) with `data`. */
const envelope = (data: unknown) => ({ http_code: 200, response_code: 'SUCCESS', response_msg: 'Here are your data.', data });
/** The sandbox answers the next /sms/send (after `extra.skip` others) with these message rows. */
const fault = (messages: unknown[], extra: Record<string, unknown> = {}) =>
	cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 200, body: envelope({ messages }), ...extra });

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

	test('a 1,000-message answer whose texts hold `},{"` is read row for row (large answers are read in pieces)', async () => {
		const items = people(1000).map((p, i) => ({ ...p, name: i % 3 ? `P${i} },{` : `P${i} ¢ "},{" \\`, ref: `ref-${i}},{"` }));
		const result = await cs.run(send(withRef), { items });
		expect(result.error).toBeUndefined();
		const out = result.output('ClickSend');
		expect(out.map(pairedIndex)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
		expect(out.every((item, i) => item.json.body === `Hello ${items[i].name}` && item.json.custom_string === items[i].ref)).toBe(true);
		expect(out.every((item) => item.json.status === 'SUCCESS' && typeof item.json.message_id === 'string')).toBe(true);
	});

	test('the credential is read once per execution, and every request is still authenticated', async () => {
		const reads = jest.spyOn(HarnessCredentialsHelper.prototype, 'getDecrypted');
		try {
			await cs.run(send({ batching: { batchSize: 1 } }), { items: people(4) });
			expect(reads).toHaveBeenCalledTimes(1);
		} finally {
			reads.mockRestore();
		}
		const requests = cs.requests('/sms/send');
		expect(requests).toHaveLength(4);
		for (const request of requests) expect(request.headers.authorization).toBe(basicAuth());
	});

	describe("answers that do not match the messages sent: nothing is dropped", () => {
		const two = [
			{ phone: '+61411111111', ref: 'a' },
			{ phone: '+61422222222', ref: 'b' },
		];

		test('a refused row without a custom string is linked by its number, and fails the node', async () => {
			fault([
				{ to: '+61411111111', custom_string: 'a', status: 'SUCCESS', message_id: 'A' },
				{ to: '+61422222222', status: 'INVALID_RECIPIENT' },
			]);
			const result = await cs.run(send(withRef), { items: two });
			expect(result.error?.message).toBe('ClickSend refused 1 of 2 messages: +61422222222 (INVALID_RECIPIENT)');
			// The other item's message went out: the error says so, so a re-run does not send it twice.
			expect(result.error?.description).toMatch(/ · 1 item\(s\) were sent \(0\): do not send them again; 1 item\(s\) were refused \(1\)\.$/);
		});

		test('an item with no row in the answer fails the node, or becomes its error item, saying it may have been sent', async () => {
			fault([{ to: '+61411111111', custom_string: 'a', status: 'SUCCESS', message_id: 'A' }]);
			const failed = await cs.run(send(withRef), { items: two });
			expect(failed.error?.message).toBe("ClickSend's answer had no message for 1 item(s) (input items 1)");
			expect(failed.error?.description).toBe(
				'Their requests were accepted, so they may have been sent: check the history (custom_string "b") before sending them again. 1 item(s) were sent (0): do not send them again.',
			);

			cs.sandbox.reset();
			cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 200, body: envelope({}) });
			const result = await cs.run(send(withRef), { items: two, onError: 'continueErrorOutput' });
			expect(result.output('ClickSend')).toEqual([]);
			expect(result.output('ClickSend', 1).map(link)).toEqual([
				[0, "ClickSend's answer had no message for this item"],
				[1, "ClickSend's answer had no message for this item"],
			]);
		});

		test('a row with a custom string no message had is linked, with a warning, to the item that got none, which is still reported', async () => {
			fault([
				{ to: '+61411111111', custom_string: 'a', status: 'SUCCESS', message_id: 'A' },
				{ to: '+61499999999', custom_string: 'zzz', status: 'SUCCESS', message_id: 'Z' },
			]);
			const result = await cs.run(send(withRef), { items: two, onError: 'continueRegularOutput' });
			const items = result.output('ClickSend');
			expect(items.map(link)).toEqual([
				[0, 'A'],
				[1, 'Z'],
				[1, "ClickSend's answer had no message for this item"],
			]);
			expect(items[1].json.warning).toBe('ClickSend returned this message with custom string "zzz", which no message of its request had; it is linked to the input items of that request that got no message back');
		});

		test('rows sharing a custom string go to their own numbers, also when one is missing or refused', async () => {
			const same = { additionalFields: { customString: 'camp' } };
			const three = [{ phone: '+61411111111' }, { phone: '+61422222222' }, { phone: '+61433333333' }];
			fault([{ to: '+61422222222', custom_string: 'camp', status: 'INVALID_RECIPIENT' }]);
			const refused = await cs.run(send(same), { items: three.slice(0, 2), onError: 'continueErrorOutput' });
			expect(refused.output('ClickSend', 1).map(link)).toEqual([
				[0, "ClickSend's answer had no message for this item"],
				[1, 'ClickSend refused the message to +61422222222 (INVALID_RECIPIENT)'],
			]);

			cs.sandbox.reset();
			fault([
				{ to: '+61433333333', custom_string: 'camp', status: 'SUCCESS', message_id: 'C' },
				{ to: '+61422222222', custom_string: 'camp', status: 'SUCCESS', message_id: 'B' },
			]);
			const result = await cs.run(send(same), { items: three, onError: 'continueRegularOutput' });
			expect(result.output('ClickSend').map(link)).toEqual([
				[0, "ClickSend's answer had no message for this item"],
				[1, 'B'],
				[2, 'C'],
			]);
		});

		test('local numbers with a trunk prefix other than 0 match their E.164 rows (89161234567 is +79161234567)', async () => {
			fault([
				{ to: '+79261234567', custom_string: 'camp', status: 'SUCCESS', message_id: 'B' },
				{ to: '+79161234567', custom_string: 'camp', status: 'SUCCESS', message_id: 'A' },
			]);
			const result = await cs.run(send({ additionalFields: { customString: 'camp', country: 'RU' } }), { items: [{ phone: '89161234567' }, { phone: '89261234567' }] });
			expect(result.output('ClickSend').map(link)).toEqual([
				[0, 'A'],
				[1, 'B'],
			]);
		});

		test('an item with no row counts as "may have been sent" when a later request fails', async () => {
			fault([{ to: '+61411111111', custom_string: 'a', status: 'SUCCESS', message_id: 'A' }]);
			cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 400 });
			const three = [...two, { phone: '+61433333333', ref: 'c' }];
			const result = await cs.run(send({ ...withRef, batching: { batchSize: 2 } }), { items: three });
			expect(result.error?.description).toContain('1 item(s) were sent (0); 1 item(s) may have been sent (1): check the history before sending them again; 1 item(s) were not sent (2).');
		});

		test("a row of another request's message goes to that message's item, with a warning; the item with no row is reported", async () => {
			const four = ['a', 'b', 'c', 'd'].map((ref, i) => ({ ref, phone: phones[i] }));
			fault([
				{ to: phones[0], custom_string: 'a', status: 'SUCCESS', message_id: 'A' },
				{ to: phones[2], custom_string: 'c', status: 'SUCCESS', message_id: 'C' },
			]);
			fault([
				{ to: phones[2], custom_string: 'c', status: 'SUCCESS', message_id: 'C' },
				{ to: phones[3], custom_string: 'd', status: 'SUCCESS', message_id: 'D' },
			]);
			const result = await cs.run(send({ ...withRef, batching: { batchSize: 2 } }), { items: four, onError: 'continueRegularOutput' });
			const items = result.output('ClickSend');
			expect(items.map(link)).toEqual([
				[0, 'A'],
				[1, "ClickSend's answer had no message for this item"],
				[2, 'C'],
				[2, 'C'],
				[3, 'D'],
			]);
			expect(items.filter((i) => i.json.warning).map((i) => i.json.warning)).toEqual([
				'ClickSend returned this message (custom string "c") in its answer to another request of this execution',
			]);
		});

		test("a row without a number that carries one item's custom string stays with that item", async () => {
			fault([
				{ to: '+61411111111', custom_string: 'a', status: 'SUCCESS', message_id: 'A' },
				{ custom_string: 'a', status: 'INVALID_RECIPIENT' },
			]);
			const result = await cs.run(send(withRef), { items: two, onError: 'continueErrorOutput' });
			expect(result.output('ClickSend').map(link)).toEqual([[0, 'A']]);
			expect(result.output('ClickSend', 1).map(link)).toEqual([
				[0, 'ClickSend refused the message to a recipient (INVALID_RECIPIENT)'],
				[1, "ClickSend's answer had no message for this item"],
			]);
		});

		test('different numbers never swap rows: E.164 numbers match only exactly, short numbers only exactly, local ones prefer exact', async () => {
			const camp = { additionalFields: { customString: 'camp' } };
			const run = async (phones: string[], rows: Array<[string, string]>) => {
				cs.sandbox.reset();
				fault(rows.map(([to, id]) => ({ to, custom_string: 'camp', status: 'SUCCESS', message_id: id })));
				const result = await cs.run(send(camp), { items: phones.map((phone) => ({ phone })), onError: 'continueRegularOutput' });
				return result.output('ClickSend').map(link);
			};
			// US area codes 212 and 312 share their last 9 digits.
			expect(await run(['+12125551234', '+13125551234'], [['+13125551234', 'CHI']])).toEqual([
				[0, "ClickSend's answer had no message for this item"],
				[1, 'CHI'],
			]);
			expect(await run(['+12125551234', '+13125551234'], [['+13125551234', 'CHI'], ['+12125551234', 'NYC']])).toEqual([
				[0, 'NYC'],
				[1, 'CHI'],
			]);
			// A short number is not the end of a longer one.
			expect(await run(['12345', '+61400012345'], [['+61400012345', 'LONG'], ['12345', 'SHORT']])).toEqual([
				[0, 'SHORT'],
				[1, 'LONG'],
			]);
			// Local AU 0412345678 and NZ +64412345678: the exact NZ match is taken first.
			expect(await run(['0412345678', '+64412345678'], [['+64412345678', 'NZ'], ['+61412345678', 'AU']])).toEqual([
				[0, 'AU'],
				[1, 'NZ'],
			]);
		});

		test("a row in another request's answer goes to the message with its custom string and number, and counts as that item's", async () => {
			const six = [['+61411111111', 'x'], ['+61422222222', 'y'], ['+61433333333', 'w'], ['+61444444444', 'z'], ['+61455555555', 'x'], ['+61466666666', 'v']].map(([phone, ref]) => ({ phone, ref }));
			fault(
				[
					{ to: '+61433333333', custom_string: 'w', status: 'SUCCESS', message_id: 'W' },
					{ to: '+61444444444', custom_string: 'z', status: 'SUCCESS', message_id: 'Z' },
					{ to: '+61411111111', custom_string: 'x', status: 'SUCCESS', message_id: 'X0' },
				],
				{ skip: 1 },
			);
			const result = await cs.run(send({ ...withRef, batching: { batchSize: 2 } }), { items: six, onError: 'continueRegularOutput' });
			const x0 = result.output('ClickSend').filter((i) => i.json.message_id === 'X0');
			expect(x0.map(pairedIndex)).toEqual([0]);

			// Its own request's answer lacks it: not reported missing. Its own request fails: not "not sent".
			cs.sandbox.reset();
			const four = ['a', 'b', 'c', 'd'].map((ref, i) => ({ ref, phone: phones[i] }));
			const abc = ['a', 'b', 'c'].map((ref, i) => ({ to: phones[i], custom_string: ref, status: 'SUCCESS', message_id: ref.toUpperCase() }));
			fault(abc);
			fault([{ to: phones[3], custom_string: 'd', status: 'SUCCESS', message_id: 'D' }]);
			const lacking = await cs.run(send({ ...withRef, batching: { batchSize: 2 } }), { items: four });
			expect(lacking.error).toBeUndefined();
			expect(lacking.output('ClickSend').map(link)).toEqual([
				[0, 'A'],
				[1, 'B'],
				[2, 'C'],
				[3, 'D'],
			]);

			cs.sandbox.reset();
			fault(abc);
			cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 400 });
			const failed = await cs.run(send({ ...withRef, batching: { batchSize: 2 } }), { items: four });
			expect(failed.error?.description).toContain('3 item(s) were sent (0-2); 1 item(s) were not sent (3).');
		});

		test('a surplus row with a stranger number is kept with a warning; a refusal linked to several items names the first', async () => {
			const camp = { additionalFields: { customString: 'camp' } };
			fault([
				{ to: '+61411111111', custom_string: 'camp', status: 'SUCCESS', message_id: 'A' },
				{ to: '+61422222222', custom_string: 'camp', status: 'SUCCESS', message_id: 'B' },
				{ to: '+61499999999', custom_string: 'camp', status: 'SUCCESS', message_id: 'STRANGER' },
			]);
			const result = await cs.run(send(camp), { items: two });
			const stranger = result.output('ClickSend').find((i) => i.json.message_id === 'STRANGER');
			expect(stranger?.json.warning).toBe("ClickSend returned this message with this item's custom string but another number (+61499999999), after one for each of its messages");

			// A refused row no message had, in the second request: linked to its items 2 and 3; the error names item 2.
			cs.sandbox.reset();
			const four = ['a', 'b', 'c', 'd'].map((ref, i) => ({ ref, phone: phones[i] }));
			fault(
				[
					{ to: phones[2], custom_string: 'c', status: 'SUCCESS', message_id: 'C' },
					{ to: phones[3], custom_string: 'd', status: 'SUCCESS', message_id: 'D' },
					{ custom_string: 'zzz', status: 'INVALID_RECIPIENT' },
				],
				{ skip: 1 },
			);
			const refused = await cs.run(send({ ...withRef, batching: { batchSize: 2 } }), { items: four });
			expect(refused.error?.message).toBe('ClickSend refused 1 of 5 messages: a recipient (INVALID_RECIPIENT)');
			expect((refused.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(2);

			// Refused rows that stand in for items with no row: both are reported.
			cs.sandbox.reset();
			const three = [...two, { phone: '+61433333333', ref: 'c' }];
			fault([
				{ to: '+61411111111', custom_string: 'a', status: 'SUCCESS', message_id: 'A' },
				{ custom_string: 'zzz', status: 'INVALID_RECIPIENT' },
				{ custom_string: 'zzz', status: 'INVALID_RECIPIENT' },
			]);
			const both = await cs.run(send(withRef), { items: three });
			expect(both.error?.message).toBe("ClickSend's answer had no message for 2 item(s) (input items 1-2)");
			expect(both.error?.description).toContain('Also, ClickSend refused 2 message(s) that could not be told apart (linked to items 1-2).');
		});

		test('rows do not cross to another request by custom string alone; list rows find their list; refusals are never "sent"', async () => {
			// Item 0's row is missing; the answer holds item 2's row (next request, same custom string): it goes to item 2.
			const camp = { additionalFields: { customString: 'camp' } };
			fault([
				{ to: phones[1], custom_string: 'camp', status: 'SUCCESS', message_id: 'B' },
				{ to: phones[2], custom_string: 'camp', status: 'SUCCESS', message_id: 'C' },
			]);
			cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 400 });
			const crossed = await cs.run(send({ ...camp, batching: { batchSize: 2 } }), { items: phones.slice(0, 4).map((phone) => ({ phone })) });
			expect(crossed.error?.description).toContain('2 item(s) were sent (1-2); 1 item(s) may have been sent (0): check the history before sending them again; 1 item(s) were not sent (3).');

			// A contact-list message's row in another request's answer.
			cs.sandbox.reset();
			fault([
				{ to: phones[0], custom_string: 'a', status: 'SUCCESS', message_id: 'A' },
				{ to: phones[1], custom_string: 'b', status: 'SUCCESS', message_id: 'B' },
				{ to: '+61499999999', custom_string: 'L', status: 'SUCCESS', message_id: 'L1' },
			]);
			cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 400 });
			const list = await cs.run(listOrNumber({ additionalFields: { customString: '={{ $json.ref }}' }, batching: { batchSize: 2 } }), {
				items: [{ phone: phones[0], ref: 'a' }, { phone: phones[1], ref: 'b' }, { list: 428, ref: 'L' }],
			});
			expect(list.error?.description).toMatch(/ · 3 item\(s\) were sent \(0-2\)\.$/);

			// A refusal, then a failed request: the refused item is not counted as sent.
			cs.sandbox.reset();
			fault([
				{ to: phones[0], custom_string: 'a', status: 'SUCCESS', message_id: 'A' },
				{ to: phones[1], custom_string: 'b', status: 'INVALID_RECIPIENT' },
			]);
			cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 400 });
			const refused = await cs.run(send({ ...withRef, batching: { batchSize: 2 } }), { items: ['a', 'b', 'c'].map((ref, i) => ({ ref, phone: phones[i] })) });
			expect(refused.error?.description).toContain('1 item(s) were sent (0); 1 item(s) had a message ClickSend refused (1); 1 item(s) were not sent (2).');
		});

		test('a refusal with every request accepted: the error says which items were sent, partly sent and refused', async () => {
			// Item 0 (a number) sent, item 1 (a contact list) half refused, item 2 refused, item 3 sent.
			fault([
				{ to: phones[0], custom_string: 'a', status: 'SUCCESS', message_id: 'A' },
				{ to: '+61499999991', custom_string: 'L', status: 'SUCCESS', message_id: 'L1' },
				{ to: '+61499999992', custom_string: 'L', status: 'INVALID_RECIPIENT' },
			]);
			fault([
				{ to: phones[2], custom_string: 'c', status: 'INSUFFICIENT_CREDIT' },
				{ to: phones[3], custom_string: 'd', status: 'SUCCESS', message_id: 'D' },
			]);
			const result = await cs.run(listOrNumber({ additionalFields: { customString: '={{ $json.ref }}' }, batching: { batchSize: 2 } }), {
				items: [{ phone: phones[0], ref: 'a' }, { list: 428, ref: 'L' }, { phone: phones[2], ref: 'c' }, { phone: phones[3], ref: 'd' }],
			});
			expect(result.error?.message).toBe('ClickSend refused 2 of 5 messages: +61499999992 (INVALID_RECIPIENT), +61433333333 (INSUFFICIENT_CREDIT)');
			expect(result.error?.description).toMatch(
				/ · 2 item\(s\) were sent \(0, 3\): do not send them again; 1 item\(s\) had some messages sent and some refused \(1\); 1 item\(s\) were refused \(2\)\.$/,
			);
			expect((result.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(1);
		});

		test('two messages to one number with one custom string are told apart by their texts, not by the answer order', async () => {
			const promo = { body: '={{ $json.text }}', additionalFields: { customString: 'promo' } };
			const items = [{ phone: phones[0], text: 'one' }, { phone: phones[0], text: 'two' }];
			const rows = () => [
				{ to: phones[0], body: 'two', custom_string: 'promo', status: 'SUCCESS', message_id: 'TWO' },
				{ to: phones[0], body: 'one', custom_string: 'promo', status: 'INVALID_RECIPIENT' },
			];
			fault(rows());
			const failed = await cs.run(send(promo), { items });
			expect(failed.error?.description).toMatch(/ · 1 item\(s\) were sent \(1\): do not send them again; 1 item\(s\) were refused \(0\)\.$/);

			cs.sandbox.reset();
			fault(rows());
			const result = await cs.run(send(promo), { items, onError: 'continueRegularOutput' });
			expect(result.output('ClickSend').map(link)).toEqual([
				[0, `ClickSend refused the message to ${phones[0]} (INVALID_RECIPIENT)`],
				[1, 'TWO'],
			]);
		});

		test("the refusal error's account: a refused row that cannot be told apart makes no item refused; nothing sent says nothing sent", async () => {
			// Both items' rows came back accepted; an extra refused row is linked to both (it cannot be told apart).
			fault([
				{ to: phones[0], custom_string: 'a', status: 'SUCCESS', message_id: 'A' },
				{ to: phones[1], custom_string: 'b', status: 'SUCCESS', message_id: 'B' },
				{ to: '+61499999999', custom_string: 'zzz', status: 'INVALID_RECIPIENT' },
			]);
			const two = [{ phone: phones[0], ref: 'a' }, { phone: phones[1], ref: 'b' }];
			const extra = await cs.run(send(withRef), { items: two });
			expect(extra.error?.message).toBe('ClickSend refused 1 of 3 messages: +61499999999 (INVALID_RECIPIENT)');
			expect(extra.error?.description).toMatch(
				/ · 2 item\(s\) were sent \(0-1\): do not send them again; 1 refused message\(s\) could not be told apart in ClickSend's answer and are linked to items 0-1: check the history\.$/,
			);

			// A refusal and a missing row: the error still says which item was sent.
			cs.sandbox.reset();
			fault([
				{ to: phones[0], custom_string: 'a', status: 'SUCCESS', message_id: 'A' },
				{ to: phones[1], custom_string: 'b', status: 'INVALID_RECIPIENT' },
			]);
			const missing = await cs.run(send(withRef), { items: [...two, { phone: phones[2], ref: 'c' }] });
			expect(missing.error?.message).toBe("ClickSend's answer had no message for 1 item(s) (input items 2)");
			expect(missing.error?.description).toMatch(/ Also, 1 item\(s\) had a message ClickSend refused \(1\)\. 1 item\(s\) were sent \(0\): do not send them again\.$/);

			// Every message refused: no "0 item(s) were sent".
			cs.sandbox.reset();
			fault([
				{ to: phones[0], custom_string: 'a', status: 'INVALID_RECIPIENT' },
				{ to: phones[1], custom_string: 'b', status: 'INVALID_RECIPIENT' },
			]);
			const none = await cs.run(send(withRef), { items: two });
			expect(none.error?.description).toMatch(/ · 2 item\(s\) were refused \(0-1\)\.$/);
		});

		test('the outcome does not depend on which answer is linked first', async () => {
			const four = ['a', 'b', 'c', 'd'].map((ref, i) => ({ ref, phone: phones[i] }));
			const row = (i: number, ref: string) => ({ to: phones[i], custom_string: ref, status: 'SUCCESS', message_id: ref.toUpperCase() });
			const stranger = { to: '+61499999999', custom_string: 'zzz', status: 'SUCCESS', message_id: 'Z' };
			const outcome = async (delayFirst: boolean) => {
				cs.sandbox.reset();
				fault([row(0, 'a'), stranger], delayFirst ? { delayMs: 300 } : {});
				fault([row(3, 'd'), row(2, 'c')]);
				const result = await cs.run(send({ ...withRef, batching: { batchSize: 3, concurrency: 2 } }), { items: four, onError: 'continueRegularOutput' });
				return result.output('ClickSend').map((i) => [i.pairedItem, i.json.message_id ?? i.json.error]);
			};
			const expected = [
				[{ item: 0 }, 'A'],
				[{ item: 1 }, 'Z'],
				[{ item: 1 }, "ClickSend's answer had no message for this item"],
				[{ item: 2 }, 'C'],
				[{ item: 3 }, 'D'],
			];
			expect(await outcome(false)).toEqual(expected);
			expect(await outcome(true)).toEqual(expected);
		});

		test('a row that is not an object is skipped and its item reported, without a TypeError or unhandled rejection', async () => {
			fault([null], { skip: 1 });
			const result = await cs.run(send({ ...withRef, batching: { batchSize: 1 } }), { items: two, onError: 'continueRegularOutput' });
			expect(result.error).toBeUndefined();
			expect(cs.requests('/sms/send')).toHaveLength(2);
			expect(result.output('ClickSend').map((i) => [pairedIndex(i), i.json.error ?? i.json.accepted])).toEqual([
				[0, true],
				[1, "ClickSend's answer had no message for this item"],
			]);

			// The same in the first of two answers (its rows are linked while the next request is out).
			cs.sandbox.reset();
			fault([null]);
			const first = await cs.run(send({ ...withRef, batching: { batchSize: 1 } }), { items: two, onError: 'continueRegularOutput' });
			expect(first.output('ClickSend').map((i) => [pairedIndex(i), i.json.error ?? i.json.accepted])).toEqual([
				[0, "ClickSend's answer had no message for this item"],
				[1, true],
			]);
		});
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
		fault(reversed);
		const result = await cs.run(send(withRef), { items: people(3) });
		expect(result.output('ClickSend').map(link)).toEqual([
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
		fault([
			{ to: '+61422222222', custom_string: 'campaign-7', status: 'SUCCESS', message_id: 'B1' },
			{ to: '+61411111111', custom_string: 'campaign-7', status: 'SUCCESS', message_id: 'A1' },
		]);
		const result = await cs.run(send(same), { items });
		expect(result.output('ClickSend').map(link)).toEqual([
			[0, 'A1'],
			[1, 'B1'],
		]);
	});

	test('1,000 items sharing one custom string, local numbers, answered shuffled in E.164: each row links to its number', async () => {
		// 500 distinct numbers, each sent twice; ClickSend answers in E.164 and in another order.
		const items = Array.from({ length: 1000 }, (_, i) => ({ name: `P${i}`, phone: `04${String(10000000 + (i % 500))}` }));
		const rows = items.map((item, i) => ({ to: `+614${item.phone.slice(2)}`, custom_string: 'campaign-9', status: 'SUCCESS', message_id: `M${i}` }));
		const shuffled = rows.map((row, i) => ({ row, key: (i * 7919) % 1000 })).sort((a, b) => a.key - b.key).map((x) => x.row);
		fault(shuffled);
		const result = await cs.run(send({ additionalFields: { customString: 'campaign-9' } }), { items });
		const output = result.output('ClickSend');
		expect(output).toHaveLength(1000);
		expect(output.map(pairedIndex)).toEqual(items.map((_, i) => i));
		// Every item got a row with its own number, and no row was given twice.
		expect(output.every((item, i) => item.json.to === `+614${items[i].phone.slice(2)}`)).toBe(true);
		expect(new Set(output.map((item) => item.json.message_id)).size).toBe(1000);
	});

	test('a contact-list item and single recipients in one request: every list row links to its item', async () => {
		const result = await cs.run(listOrNumber(), { items: [{ phone: '+61411111111' }, { list: '428' }, { phone: '+61433333333' }] });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/send')).toHaveLength(1);
		const links = result.output('ClickSend').map(pairedIndex);
		const listSize = [...cs.sandbox.state.contactLists.values()][0].contacts.length;
		expect(links).toEqual([0, ...Array(listSize).fill(1), 2]);
	});

	test('a failed batch: earlier batches are reported sent, the failed one as maybe sent, later ones as not sent; nothing is retried', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 500, skip: 1 });
		const result = await cs.run(send(withRef), { items: people(2500) });
		expect(cs.requests('/sms/send')).toHaveLength(2); // second batch failed; no retry, third never sent
		// A 500 may come after ClickSend queued the batch: its items may have been sent.
		expect(result.error?.description).toContain(
			'1000 item(s) were sent (0-999); 1000 item(s) may have been sent (1000-1999): check the history before sending them again; 500 item(s) were not sent (2000-2499).',
		);
		expect(result.error?.description).toContain('ClickSend may have queued the 1000 messages');

		cs.sandbox.reset();
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 500, skip: 1 });
		const continued = await cs.run(send(withRef), { items: people(2500), onError: 'continueErrorOutput' });
		const ok = continued.output('ClickSend', 0);
		const failed = continued.output('ClickSend', 1);
		expect(ok.map(pairedIndex)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
		expect(failed.map(pairedIndex)).toEqual(Array.from({ length: 1500 }, (_, i) => 1000 + i));
		expect(failed[0].json).toMatchObject({ ref: 'ref-1000', message: expect.stringContaining('This item may have been sent: check the history') });
		expect(failed[1000].json).toMatchObject({ ref: 'ref-2000', message: expect.stringContaining('This item was not sent') });
	});

	test('a 200 that is not ClickSend JSON: a proxy page stops the batches at once; so does a cut-off JSON body in a small batch', async () => {
		// A page that is not JSON at all: nothing more is sent.
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 200, body: '<html>Gateway</html>' });
		const page = await cs.run(send({ ...withRef, batching: { batchSize: 2 } }), { items: people(6) });
		expect(cs.requests('/sms/send')).toHaveLength(1);
		expect(page.error?.description).toContain('2 item(s) may have been sent (0-1): check the history before sending them again; 4 item(s) were not sent (2-5).');

		// Braces around a body JSON cannot parse: a small batch's answer is parsed at once (too little
		// work to overlap with the next request), so nothing more is sent.
		cs.sandbox.reset();
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 200, body: '{"http_code":200,"data":{"messages":[ }' });
		const cut = await cs.run(send({ ...withRef, batching: { batchSize: 2 } }), { items: people(6), onError: 'continueRegularOutput' });
		expect(cs.requests('/sms/send')).toHaveLength(1);
		expect(cut.output('ClickSend').map((i) => [pairedIndex(i), i.json.message])).toEqual([
			[0, expect.stringContaining('This item may have been sent: check the history')],
			[1, expect.stringContaining('This item may have been sent: check the history')],
			[2, expect.stringContaining('This item was not sent')],
			[3, expect.stringContaining('This item was not sent')],
			[4, expect.stringContaining('This item was not sent')],
			[5, expect.stringContaining('This item was not sent')],
		]);
	});

	test('a cut-off JSON body in a batch of 100 or more is found after the next batch went out; the one after is not sent', async () => {
		// A large answer is parsed once the next request is out, so that batch is sent (and linked).
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 200, body: '{"http_code":200,"data":{"messages":[ }' });
		const cut = await cs.run(send({ ...withRef, batching: { batchSize: 100 } }), { items: people(1000), onError: 'continueRegularOutput' });
		expect(cs.requests('/sms/send')).toHaveLength(2);
		const outcomes = cut.output('ClickSend').map((i) =>
			i.json.message_id ? 'sent' : /may have been sent/.test(String(i.json.message)) ? 'may' : /was not sent/.test(String(i.json.message)) ? 'not' : String(i.json.message),
		);
		expect(cut.output('ClickSend').map(pairedIndex)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
		expect(outcomes).toEqual([...Array(100).fill('may'), ...Array(100).fill('sent'), ...Array(800).fill('not')]);
	});

	// A batched send gets its answer as bytes (encoding 'arraybuffer'); every other request gets what axios
	// makes of it (BOM dropped, JSON parsed, '' when empty). The user must read the same either way.
	test.each([
		['an empty 400', 400, ''],
		['an empty 200', 200, ''],
		['a 400 envelope after a UTF-8 BOM', 400, `\uFEFF${JSON.stringify({ http_code: 400, response_code: 'BAD_REQUEST', response_msg: 'Bad ¢ 🙂' })}`],
		['a 200 JSON null', 200, 'null'],
		['a 200 JSON string', 200, '"OK"'],
	])('%s reads the same for a batched send as for any other request', async (_name, status, body) => {
		cs.sandbox.fault({ method: 'GET', path: '/account', status, body });
		const plain = await cs.run({ resource: 'account', operation: 'get' });
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status, body });
		const batched = await cs.run(send(withRef), { items: people(3) });
		expect(plain.error?.message).toEqual(expect.any(String));
		expect(batched.error?.message).toBe(plain.error?.message);
	});

	test('a 200 envelope after a UTF-8 BOM is read, as for any other request (small and large batches)', async () => {
		const rows = (from: number, count: number) =>
			Array.from({ length: count }, (_, i) => ({ to: phones[(from + i) % phones.length], custom_string: `ref-${from + i}`, status: 'SUCCESS', message_id: `M${from + i}` }));
		const bom = (messages: unknown[]) => `\uFEFF${JSON.stringify(envelope({ messages }))}`;
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 200, body: bom(rows(0, 3)) });
		const small = await cs.run(send(withRef), { items: people(3) });
		expect(small.error).toBeUndefined();
		expect(small.output('ClickSend').map(link)).toEqual([[0, 'M0'], [1, 'M1'], [2, 'M2']]);
		// 100 messages per request: the first answer is read after the second request went out.
		cs.sandbox.reset();
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 200, body: bom(rows(0, 100)) });
		const large = await cs.run(send({ ...withRef, batching: { batchSize: 100 } }), { items: people(200) });
		expect(large.error).toBeUndefined();
		expect(cs.requests('/sms/send')).toHaveLength(2);
		expect(large.output('ClickSend').map(pairedIndex)).toEqual(Array.from({ length: 200 }, (_, i) => i));
		expect(large.output('ClickSend').slice(0, 100).every((item, i) => item.json.message_id === `M${i}`)).toBe(true);
	});

	test('a batch ClickSend refused outright (4xx) is reported as not sent', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 400, skip: 1 });
		const result = await cs.run(send(withRef), { items: people(2500) });
		expect(cs.requests('/sms/send')).toHaveLength(2);
		expect(result.error?.description).toContain('1000 item(s) were sent (0-999); 1500 item(s) were not sent (1000-2499).');
		expect(result.error?.description).not.toContain('may have been sent');
	});

	test('429 on a batch is retried (Retry-After honoured) and every message is sent once', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 429, headers: { 'retry-after': '0' }, skip: 1 });
		const result = await cs.run(send(withRef), { items: people(1500) });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/sms/send').map((r) => (r.body as Body).messages.length)).toEqual([1000, 500, 500]);
		expect(result.output('ClickSend')).toHaveLength(1500);
		expect(cs.sandbox.state.smsMessages).toHaveLength(1500);
	});

	test("n8n's Request Options → Batching → Batch Interval spaces the batch requests out (Items per Batch 2: after each request)", async () => {
		const result = await cs.run(send({ ...withRef, batching: { batchSize: 2 }, requestOptions: { batching: { batch: { batchSize: 2, batchInterval: 300 } } } }), {
			items: people(5),
		});
		expect(result.error).toBeUndefined();
		const times = cs.requests('/sms/send').map((r) => r.time);
		expect(times).toHaveLength(3);
		// Receipt times at the sandbox: each request at least the interval after the previous one.
		expect(times.slice(1).map((time, i) => time - times[i]).every((gap) => gap >= 290)).toBe(true);
	});

	test('a Timeout set by an expression applies to batched sends, as to n8n’s own requests', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', delayMs: 1500 });
		const result = await cs.run(send({ ...withRef, requestOptions: { timeout: '={{ 200 }}' } }), { items: people(1) });
		expect(result.error?.message).toBe('ClickSend did not answer within 0.2 s (request timeout)');
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

describe('Fax Send batches too, by document', () => {
	test('five faxes, two documents, Batch Size 2: one request per document and batch, outputs linked in input order', async () => {
		const docs = ['a', 'a', 'b', 'a', 'b'];
		const result = await cs.run(
			{
				resource: 'fax',
				operation: 'send',
				to: '={{ $json.phone }}',
				fileUrl: '=https://example.com/{{ $json.doc }}.pdf',
				additionalFields: { customString: '={{ $json.ref }}' },
				batching: { batchSize: 2 },
			},
			{ items: people(5).map((person, i) => ({ ...person, doc: docs[i] })) },
		);
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/fax/send');
		expect(requests.map((r) => [(r.body as { file_url: string }).file_url, (r.body as Body).messages.map((m) => m.custom_string)])).toEqual([
			['https://example.com/a.pdf', ['ref-0', 'ref-1']],
			['https://example.com/b.pdf', ['ref-2', 'ref-4']],
			['https://example.com/a.pdf', ['ref-3']],
		]);
		for (const request of requests) expectValidBody(request);
		expect(result.output('ClickSend').map((i) => [pairedIndex(i), i.json.custom_string])).toEqual([
			[0, 'ref-0'],
			[1, 'ref-1'],
			[2, 'ref-2'],
			[3, 'ref-3'],
			[4, 'ref-4'],
		]);
	});

	test('a failed fax batch: the accepted one is reported sent, the failed one as maybe sent', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/fax/send', status: 503, skip: 1 });
		const result = await cs.run(
			{ resource: 'fax', operation: 'send', to: '={{ $json.phone }}', fileUrl: 'https://example.com/a.pdf', batching: { batchSize: 2 } },
			{ items: people(4, false) },
		);
		expect(cs.requests('/fax/send')).toHaveLength(2);
		expect(result.error?.description).toMatch(/2 item\(s\) were sent \(0-1\); 2 item\(s\) may have been sent \(2-3\): check the history before sending them again\.$/);
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

describe('newcomer findings: shared custom strings with lists, per-item Send To, odd option values', () => {
	const sentMessages = (path = '/sms/send') => cs.requests(path).flatMap((r) => (r.body as Body).messages);
	/** The contact list the sandbox stored an output message under (null: sent to a number). */
	const storedListId = (item: { json: Record<string, unknown> }) => cs.sandbox.state.smsMessages.find((m) => m.message_id === item.json.message_id)?.list_id;

	test('the same list in two items sharing a custom string: each item gets its own rows', async () => {
		const result = await cs.run(listOrNumber({ additionalFields: { customString: 'promo' } }), { items: [{ list: '428' }, { list: '428' }] });
		expect(result.error).toBeUndefined();
		// A list message's custom string is unique within its request: two requests here.
		expect(cs.requests('/sms/send')).toHaveLength(2);
		const output = result.output('ClickSend');
		const rowsOf = (index: number) => output.filter((item) => pairedIndex(item) === index).map((item) => item.json.to);
		expect(rowsOf(0).length).toBeGreaterThan(0);
		expect(rowsOf(1)).toEqual(rowsOf(0));
		expect(new Set(output.map((item) => item.json.message_id)).size).toBe(output.length);
	});

	test('two different lists sharing a custom string: each item gets its own list’s rows', async () => {
		const created = await cs.run({ resource: 'contactList', operation: 'create', listName: 'Second' });
		const listId = String(created.output('ClickSend')[0].json.list_id);
		for (const phoneNumber of ['+61455555555', '+61466666666']) {
			await cs.run({ resource: 'contact', operation: 'create', listId: { __rl: true, mode: 'id', value: listId }, phoneNumber });
		}
		const result = await cs.run(listOrNumber({ additionalFields: { customString: 'promo' } }), { items: [{ list: '428' }, { list: listId }] });
		expect(result.error).toBeUndefined();
		const output = result.output('ClickSend');
		expect(output.filter((item) => pairedIndex(item) === 1).map((item) => item.json.to)).toEqual(['+61455555555', '+61466666666']);
		// ClickSend's send answer names no list (as documented): what the sandbox stored does.
		expect(output.map((item) => [pairedIndex(item), storedListId(item)])).toEqual([
			...output.filter((item) => pairedIndex(item) === 0).map(() => [0, 428]),
			[1, Number(listId)],
			[1, Number(listId)],
		]);
	});

	test('a list item and a number item that is in the list, sharing a custom string: the number item gets its own row', async () => {
		const result = await cs.run(listOrNumber({ additionalFields: { customString: 'promo' } }), { items: [{ list: '428' }, { phone: '+61411111111' }] });
		expect(result.error).toBeUndefined();
		const output = result.output('ClickSend');
		const numberRows = output.filter((item) => pairedIndex(item) === 1);
		expect(numberRows).toHaveLength(1);
		expect(storedListId(numberRows[0])).toBeNull(); // its own message, not the list's message to the same number
		expect(output.filter((item) => pairedIndex(item) === 0).every((item) => storedListId(item) === 428)).toBe(true);
	});

	test('Send To from an expression decides per item: "number" sends to the number even when a list ID is also given', async () => {
		const result = await cs.run(
			{ ...listOrNumber(), sendTo: '={{ $json.mode }}' },
			{ items: [{ mode: 'number', phone: '+61433333333', list: '428' }, { mode: 'list', phone: '+61444444444', list: '428' }] },
		);
		expect(result.error).toBeUndefined();
		const messages = sentMessages();
		expect(messages[0]).toMatchObject({ to: '+61433333333' });
		expect(messages[0].list_id).toBeUndefined();
		expect(messages[1]).toMatchObject({ list_id: 428 });
		expect(messages[1].to).toBeUndefined();
	});

	test.each([
		['a value that is not an option', { mode: 'email', phone: '+61411111111', list: '428' }, 'Invalid Send To: must be "number" or "list", got "email"'],
		['no value', { phone: '+61411111111', list: '428' }, 'Invalid Send To: is empty; choose "number" or "list"'],
		['"list" without a list ID', { mode: 'list', phone: '+61411111111' }, 'Invalid Contact List: is empty; choose one or give its ID'],
	])('Send To from an expression with %s: a clear error naming the field, nothing sent', async (_name, item, message) => {
		const result = await cs.run({ ...listOrNumber(), sendTo: '={{ $json.mode }}' }, { items: [item] });
		expect(result.error?.message).toBe(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test.each([
		['"list" with only a number', { mode: 'list', phone: '+61411111111' }, 'Invalid Contact List: is empty; choose one or give its ID'],
		['"number" with only a list', { mode: 'number', list: '428' }, 'Invalid To: is empty; give a phone number in E.164 (+61411111111) or local format'],
		['a value that is not an option', { mode: 'LIST', list: '428' }, 'Invalid Send To: must be "number" or "list", got "LIST"'],
	])('Calculate Price (run by n8n) decides by Send To from an expression as Send does: %s', async (_name, item, message) => {
		for (const operation of ['send', 'calculatePrice']) {
			cs.sandbox.reset();
			const result = await cs.run({ ...listOrNumber(), operation, sendTo: '={{ $json.mode }}' }, { items: [item] });
			expect([operation, result.error?.message]).toEqual([operation, message]);
			expect(cs.requests()).toHaveLength(0);
		}
	});

	test('a bad later item fails the send before any request, and the error says no item was sent', async () => {
		const result = await cs.run(send(), { items: [{ name: 'A', phone: '+61411111111' }, { name: 'B', phone: 'call me' }, { name: 'C', phone: '+61422222222' }] });
		expect(result.error?.message).toMatch(/^Invalid To: "call me" is not a phone number/);
		expect(result.error?.description).toContain('No input item was sent: every item is checked before any is sent.');
		expect(cs.requests()).toHaveLength(0);
	});

	test('a contact list given as a list is refused, naming the field', async () => {
		const result = await cs.run({ ...listOrNumber(), sendTo: 'list', listId: { __rl: true, mode: 'id', value: '={{ [428] }}' } }, { items: [{}] });
		expect(result.error?.message).toBe('Invalid Contact List: must be one ID, got [428]');
		expect(cs.requests()).toHaveLength(0);
	});

	test('items never tried after a failed request say so, without the failed request’s lookup hints', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 502, skip: 1 });
		const result = await cs.run(send({ ...withRef, batching: { batchSize: 2 } }), { items: people(6), onError: 'continueRegularOutput' });
		const output = result.output('ClickSend');
		expect(output.map(pairedIndex)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(output[2].json.message).toContain('ClickSend may have queued the 2 messages');
		expect(output[2].json.message).toContain('This item may have been sent');
		expect(output[4].json).toMatchObject({ error: expect.stringContaining('Not sent: an earlier ClickSend request failed'), message: 'This item was not sent.' });
	});

	test('Items per Batch 2.5 pauses where n8n does (before input item 5); a Batch Interval too long for a timer waits 1 ms, as n8n', async () => {
		const result = await cs.run(send({ ...withRef, batching: { batchSize: 1 }, requestOptions: { batching: { batch: { batchSize: 2.5, batchInterval: 300 } } } }), {
			items: people(7),
		});
		expect(result.error).toBeUndefined();
		const times = cs.requests('/sms/send').map((r) => r.time);
		const gaps = times.slice(1).map((time, i) => time - times[i]);
		// gaps[i] is the wait before request i + 1: a pause before item 5 only.
		expect(gaps.map((gap) => gap >= 290)).toEqual([false, false, false, false, true, false]);

		cs.sandbox.reset();
		const endless = await cs.run(send({ ...withRef, batching: { batchSize: 1 }, requestOptions: { batching: { batch: { batchSize: 1, batchInterval: '={{ Infinity }}' } } } }), {
			items: people(3),
		});
		expect(endless.error).toBeUndefined();
		expect(cs.requests('/sms/send')).toHaveLength(3);
	});

	test('a pause of Batch Interval is cut short when a parallel request fails', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 400, skip: 1, delayMs: 300 });
		const result = await cs.run(send({ ...withRef, batching: { batchSize: 1, concurrency: 2 }, requestOptions: { batching: { batch: { batchSize: 1, batchInterval: 60000 } } } }), {
			items: people(6),
		});
		// Without the cut the run would wait a minute; the test's own timeout (30 s) would fail it.
		expect(result.error?.description).toContain('item(s) were not sent');
		expect(cs.requests('/sms/send')).toHaveLength(2);
	});

	test('an error item does not share nested objects with the input item', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/sms/send', status: 400 });
		const result = await cs.run(send(withRef), { items: [{ ...people(1)[0], meta: { tag: 'a' } }], onError: 'continueRegularOutput' });
		const [item] = result.output('ClickSend');
		expect(item.json.meta).toEqual({ tag: 'a' });
		expect(item.json.meta).not.toBe(result.output('Items')[0].json.meta);
	});

	test('text around a single {{ $json.x }} is kept, as n8n’s expression engine keeps it', async () => {
		await cs.run(send({ body: '= {{ $json.name }}', additionalFields: { customString: '={{ $json.ref }}\n' } }), { items: people(1) });
		expect(sentMessages()[0]).toMatchObject({ body: ' P0', custom_string: 'ref-0\n' });
	});

	test.each([
		['Batch Concurrency', { concurrency: '={{ "two" }}' }, 'Invalid Batch Concurrency: must be a whole number from 1 to 5, got "two"'],
		['Batch Size', { batchSize: '={{ "many" }}' }, 'Invalid Batch Size: must be a whole number from 1 to 1000, got "many"'],
		['Batch Size 0', { batchSize: '={{ 0 }}' }, 'Invalid Batch Size: must be a whole number from 1 to 1000, got 0'],
		['Batch Size 2.5', { batchSize: 2.5 }, 'Invalid Batch Size: must be a whole number from 1 to 1000, got 2.5'],
		['Batch Size NaN', { batchSize: '={{ NaN }}' }, 'Invalid Batch Size: must be a whole number from 1 to 1000, got NaN'],
		['Batch Size Infinity', { batchSize: '={{ Infinity }}' }, 'Invalid Batch Size: must be a whole number from 1 to 1000, got Infinity'],
		['Batch Size in hex', { batchSize: '={{ "0x10" }}' }, 'Invalid Batch Size: must be a whole number from 1 to 1000, got "0x10"'],
		['Batch Size in exponent form', { batchSize: '={{ "1e3" }}' }, 'Invalid Batch Size: must be a whole number from 1 to 1000, got "1e3"'],
		['Batch Size as a list', { batchSize: '={{ [10] }}' }, 'Invalid Batch Size: must be a whole number from 1 to 1000, got [10]'],
	])('a %s that is not a number from its range fails before any request', async (_name, batching, message) => {
		const result = await cs.run(send({ batching }), { items: people(3) });
		expect(result.error?.message).toBe(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test.each([
		['regular output', 'continueRegularOutput' as const, 0],
		['error output', 'continueErrorOutput' as const, 1],
	])('with Continue (%s) a bad Batching option makes every item a linked error item, nothing sent', async (_name, onError, output) => {
		const result = await cs.run(send({ batching: { batchSize: 0 } }), { items: people(2), onError });
		expect(cs.requests()).toHaveLength(0);
		const failed = result.output('ClickSend', output);
		expect(failed.map(pairedIndex)).toEqual([0, 1]);
		expect(failed.every((item) => String(item.json.error).startsWith('Invalid Batch Size: must be a whole number from 1 to 1000, got 0'))).toBe(true);
		if (output === 1) expect(result.output('ClickSend', 0)).toHaveLength(0);
	});

	test('a fixed Send To that is neither "number" nor "list" names Send To', async () => {
		const result = await cs.run({ ...listOrNumber(), sendTo: 'bogus' }, { items: [{ phone: '+61411111111' }] });
		expect(result.error?.message).toBe('Invalid Send To: must be "number" or "list", got "bogus"');
		expect(cs.requests()).toHaveLength(0);
	});

	test('MMS items with interleaved media go in one request per media file', async () => {
		const items = people(6).map((p, i) => ({ ...p, image: `https://example.com/${i % 2 ? 'b' : 'a'}.jpg` }));
		const result = await cs.run(
			{ resource: 'mms', operation: 'send', to: '={{ $json.phone }}', subject: 'S', body: '=Hi {{ $json.name }}', fileUrl: '={{ $json.image }}' },
			{ items },
		);
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/mms/send').map((r) => [(r.body as Body & { media_file: string }).media_file, (r.body as Body).messages.length]);
		expect(requests).toEqual([
			['https://example.com/a.jpg', 3],
			['https://example.com/b.jpg', 3],
		]);
		expect(result.output('ClickSend').map(pairedIndex)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(result.output('ClickSend').map((item) => item.json.body)).toEqual(items.map((p) => `Hi ${p.name}`));
	});

	test.each([
		['with }}', 'a}}b'],
		['with $\'', "$'"],
		['with $&', '$&'],
		['plain', 'yes'],
	])('voice Detect Answering Machine from an expression, text %s: refused as not true or false, naming the field', async (_name, md) => {
		const result = await cs.run(
			{ resource: 'voice', operation: 'send', to: '+61411111111', body: 'Hello', voice: 'female', lang: 'en-au', additionalFields: { machineDetection: '={{ $json.md }}', requireInput: '={{ $json.ri }}' } },
			{ items: [{ md, ri: false }] },
		);
		expect(result.error?.message).toBe(`Invalid Detect Answering Machine: must be true or false, got ${JSON.stringify(md)}`);
		expect(cs.requests('/voice/send')).toHaveLength(0);
	});

	test('voice Detect Answering Machine "true" and Require Keypress false from expressions: 1 and 0', async () => {
		const result = await cs.run(
			{ resource: 'voice', operation: 'send', to: '+61411111111', body: 'Hello', voice: 'female', lang: 'en-au', additionalFields: { machineDetection: '={{ $json.md }}', requireInput: '={{ $json.ri }}' } },
			{ items: [{ md: 'true', ri: false }] },
		);
		expect(result.error).toBeUndefined();
		expect(sentMessages('/voice/send').map((m) => [m.machine_detection, m.require_input])).toEqual([[1, 0]]);
	});
});

describe('values written into send.value expressions', () => {
	test('literal(): n8n’s expression engine reads back the value, braces and {{ }} in texts and keys included', async () => {
		const value = { 'a}}': 'x}}y{{', b: [1, { c: '{{ 1 + 1 }}' }, null], t: true, n: -2.5, e: '' };
		const result = await cs.run(send({ body: `={{ JSON.stringify(${literal(value)}) }}` }), { items: people(1) });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/sms/send');
		expect(JSON.parse(String((request.body as Body).messages[0].body))).toEqual(value);
	});
});

describe('the fast path for {{ $json… }} gives what n8n’s expression engine gives', () => {
	/** Sends one item with `fast` (a shape read directly) and with `slow` (the same, wrapped so only n8n evaluates it). */
	async function sentBoth(fast: string, slow: string, item: IDataObject) {
		const outcome = async (body: string) => {
			cs.sandbox.reset();
			const result = await cs.run(send({ body, additionalFields: { customString: 'k' } }), { items: [item], onError: 'continueRegularOutput' });
			const sent = cs.requests('/sms/send').flatMap((r) => (r.body as Body).messages.map((m) => m.body));
			return { sent, outputs: result.output('ClickSend').map((i) => i.json.error ?? i.json.body) };
		};
		return { fast: await outcome(fast), slow: await outcome(slow) };
	}

	test.each<[string, string, string, IDataObject]>([
		['an object', '={{ $json.a }}', '={{ ($json.a) }}', { a: { b: 1 } }],
		['a list', '={{ $json.a }}', '={{ ($json.a) }}', { a: [1, 2] }],
		['null', '={{ $json.a }}', '={{ ($json.a) }}', { a: null }],
		['a missing key', '={{ $json.a }}', '={{ ($json.a) }}', {}],
		['0', '={{ $json.a }}', '={{ ($json.a) }}', { a: 0 }],
		['false', '={{ $json.a }}', '={{ ($json.a) }}', { a: false }],
		['a key with a space', '={{ $json["odd key"] }}', '={{ ($json["odd key"]) }}', { 'odd key': 'v' }],
		['a nested index', '={{ $json.a.b[1] }}', '={{ ($json.a.b[1]) }}', { a: { b: ['p', 'q'] } }],
		['numbers and booleans in text', '=n={{ $json.n }} b={{ $json.b }} f={{ $json.f }}', '=n={{ ($json.n) }} b={{ ($json.b) }} f={{ ($json.f) }}', { n: 0, b: false, f: 0.30000000000000004 }],
		['a space before {{', '= {{ $json.x }}', '= {{ ($json.x) }}', { x: 'Hello' }],
		['spaces after }}', '={{ $json.x }}  ', '={{ ($json.x) }}  ', { x: 'Hello' }],
		['a newline after }}', '={{ $json.x }}\n', '={{ ($json.x) }}\n', { x: 'Hello' }],
		['no spaces inside the braces', '={{$json.x}}', '={{($json.x)}}', { x: 'Hello' }],
		['data holding {{ }}', '=Hi {{ $json.x }}', '=Hi {{ ($json.x) }}', { x: '{{ 1 + 1 }}' }],
		['the length of a list', '={{ $json.a.length }}', '={{ ($json.a.length) }}', { a: [1, 2, 3] }],
		['a literal }} in the text', '=a }} b {{ $json.x }}', '=a }} b {{ ($json.x) }}', { x: 'X' }],
	])('%s', async (_name, fast, slow, item) => {
		const both = await sentBoth(fast, slow, item);
		expect(both.fast).toEqual(both.slow);
		expect(both.fast.outputs).toHaveLength(1); // every item yields an output or an error item
	});
});
