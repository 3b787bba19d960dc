import type { IBinaryData, IDataObject } from 'n8n-workflow';

import { getCountries } from '../nodes/ClickSend/listSearch/getCountries';
import { getReturnAddresses } from '../nodes/ClickSend/listSearch/getReturnAddresses';
import { loadOptionsContext } from './helpers/engine';
import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { postHistory, returnAddresses, type ReturnAddress } from './sandbox/routes/post';
import { uploadStore } from './sandbox/routes/uploads';

const cs = useSandbox();

const LETTER_URL = 'https://example.com/letter.pdf';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n');

/** ClickSend's spec types `address_postal_code` as a number; postal codes are text ("0800", "SW1A 1AA") and ClickSend's own examples answer strings. */
const POSTAL_CODE_IS_TEXT = ['/address_postal_code'];

function seedReturnAddress(userId = 1): ReturnAddress {
	const address: ReturnAddress = {
		return_address_id: cs.sandbox.state.nextId('returnAddress'),
		user_id: userId,
		address_name: 'Acme Pty Ltd',
		address_line_1: '1 Maritime Avenue',
		address_line_2: '',
		address_city: 'Flynn',
		address_state: 'WA',
		address_postal_code: '6302',
		address_country: 'AU',
	};
	returnAddresses(cs.sandbox.state).set(address.return_address_id, address);
	return address;
}

const customers = [
	{ id: 'c-1', name: 'John Smith', street: '130 Scheuvront Drive', city: 'Denver', state: 'CO', zip: '80202', country: 'us' },
	{ id: 'c-2', name: 'Ada Lovelace', street: '12 St James Square', city: 'London', state: 'London', zip: 'SW1Y 4JH', country: 'GB' },
];

function recipientParameters(returnAddressId: number) {
	return {
		addressName: '={{ $json.name }}',
		addressLine1: '={{ $json.street }}',
		addressCity: '={{ $json.city }}',
		addressState: '={{ $json.state }}',
		addressPostalCode: '={{ $json.zip }}',
		addressCountry: '={{ $json.country }}',
		returnAddressId: { __rl: true, mode: 'list', value: String(returnAddressId) },
	};
}

function binary(data: Buffer, fileName: string, mimeType: string): IBinaryData {
	return { data: data.toString('base64'), fileName, mimeType };
}

describe('Letter → Send (POST /post/letters/send)', () => {
	test('posts the letter URL to one recipient per input item with the print options as 0/1', async () => {
		const from = seedReturnAddress();
		const result = await cs.run(
			{
				resource: 'letter',
				operation: 'send',
				fileUrl: LETTER_URL,
				...recipientParameters(from.return_address_id),
				additionalFields: { colour: true, duplex: false, priorityPost: true, templateUsed: true, customString: '={{ $json.id }}' },
			},
			{ items: customers },
		);
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/post/letters/send');
		expect(requests.map((r) => r.method)).toEqual(['POST', 'POST']);
		expect(requests[0].body).toEqual({
			file_url: LETTER_URL,
			colour: 1,
			duplex: 0,
			priority_post: 1,
			template_used: 1,
			recipients: [
				{
					address_name: 'John Smith',
					address_line_1: '130 Scheuvront Drive',
					address_city: 'Denver',
					address_state: 'CO',
					address_postal_code: '80202',
					address_country: 'US',
					return_address_id: from.return_address_id,
					custom_string: 'c-1',
				},
			],
		});
		expect((requests[1].body as { recipients: IDataObject[] }).recipients[0]).toMatchObject({ address_postal_code: 'SW1Y 4JH', address_country: 'GB' });
		for (const request of requests) expectValidBody(request);
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items.map((i) => i.json.custom_string)).toEqual(['c-1', 'c-2']);
		for (const item of items) expect(item.json).toMatchObject({ status: 'SUCCESS', accepted: true, colour: 1, post_price: '1.4700' });
		expect(postHistory(cs.sandbox.state, 'letter')).toHaveLength(2);
	});

	test('a binary DOCX is uploaded with convert=post and the letter uses the returned URL', async () => {
		const from = seedReturnAddress();
		const docx = Buffer.from('PK\u0003\u0004word/document.xml');
		const result = await cs.run(
			{ resource: 'letter', operation: 'send', fileSource: 'binary', ...recipientParameters(from.return_address_id) },
			{ items: customers.slice(0, 1), binaries: [{ data: binary(docx, 'letter.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') }] },
		);
		expect(result.error).toBeUndefined();
		const [upload] = cs.requests('/uploads');
		expect(upload.query).toEqual({ convert: 'post' });
		expect(upload.body).toEqual({ content: docx.toString('base64') });
		const [stored] = [...uploadStore(cs.sandbox.state).values()];
		expect(stored._url).toMatch(/\.pdf$/);
		const [send] = cs.requests('/post/letters/send');
		expect((send.body as IDataObject).file_url).toBe(stored._url);
		expectValidBody(send);
		expect(result.output('ClickSend')[0].json).toMatchObject({ accepted: true, _file_url: stored._url });
	});

	test.each([
		['Country', { addressCountry: 'Australia' }, 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "Australia"'],
		['City', { addressCity: '={{ "  " }}' }, 'Invalid City: is empty'],
		['Schedule', { additionalFields: { schedule: 'soon' } }, 'Invalid Schedule: must be a date-time'],
	])('bad %s is rejected before any request', async (_field, override, message) => {
		const result = await cs.run(
			{ resource: 'letter', operation: 'send', fileUrl: LETTER_URL, ...recipientParameters(1), ...override },
			{ items: customers.slice(0, 1) },
		);
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('a binary image is not a post document: rejected before any request', async () => {
		const result = await cs.run(
			{ resource: 'letter', operation: 'send', fileSource: 'binary', ...recipientParameters(1) },
			{ items: customers.slice(0, 1), binaries: [{ data: binary(Buffer.from('GIF89a'), 'logo.gif', 'image/gif') }] },
		);
		expect(result.error?.message).toContain('Invalid Input Binary Field: "logo.gif" (image/gif) is not a supported post document: use PDF, DOCX or DOC');
		expect(cs.requests()).toHaveLength(0);
	});

	test('an unknown return address is ClickSend\'s 404', async () => {
		const result = await cs.run({ resource: 'letter', operation: 'send', fileUrl: LETTER_URL, ...recipientParameters(999) }, { items: customers.slice(0, 1) });
		expect(result.error?.message).toContain('Return address 999 not found. [NOT_FOUND]');
	});
});

describe('Letter and postcard sends check every item before the first request, then post one per request', () => {
	const three = [...customers, { id: 'c-3', name: 'Grace Hopper', street: '1 Navy Way', city: 'Arlington', state: 'VA', zip: '22202', country: 'US' }];
	const letterTo = (returnAddressId: number | string, extra: IDataObject = {}) => ({
		resource: 'letter',
		operation: 'send',
		fileUrl: LETTER_URL,
		...recipientParameters(0),
		returnAddressId: { __rl: true, mode: 'id', value: returnAddressId },
		additionalFields: { customString: '={{ $json.id }}' },
		...extra,
	});

	test.each(['letter', 'postcard'])('%s: a bad third item fails the node before any item is posted', async (resource) => {
		const from = seedReturnAddress();
		const items = [...three.slice(0, 2), { ...three[2], country: 'Narnia' }];
		const parameters = resource === 'letter' ? letterTo(from.return_address_id) : { ...letterTo(from.return_address_id), resource, fileUrl: 'https://example.com/front.pdf' };
		const result = await cs.run(parameters, { items });
		expect(result.error?.message).toContain('Invalid Country');
		expect(cs.requests(`/post/${resource}s/send`)).toHaveLength(0);
		expect(postHistory(cs.sandbox.state, resource as 'letter')).toHaveLength(0);
	});

	test('with Continue On Fail, a letter ClickSend refuses (404 return address) is its error item; the others are posted', async () => {
		const from = seedReturnAddress();
		const result = await cs.run(letterTo('={{ $json.from }}'), {
			items: three.map((customer, index) => ({ ...customer, from: index === 1 ? 999 : from.return_address_id })),
			onError: 'continueRegularOutput',
		});
		expect(cs.requests('/post/letters/send')).toHaveLength(3);
		const items = result.output('ClickSend');
		expect(items.map((i) => [pairedIndex(i), i.json.custom_string ?? i.json.error])).toEqual([
			[0, 'c-1'],
			[1, 'ClickSend: Return address 999 not found. [NOT_FOUND]'],
			[2, 'c-3'],
		]);
		expect(items[1].json.message).toMatch(/This item was not sent\.$/);
		expect(items[1].json.details).toMatchObject({ http_code: 404, response_code: 'NOT_FOUND' });
		expect(postHistory(cs.sandbox.state, 'letter').map((letter) => letter.row.custom_string)).toEqual(['c-1', 'c-3']);
	});

	test('a 500 on the second letter: the error says the first was posted, the second may have been, the third was not', async () => {
		const from = seedReturnAddress();
		cs.sandbox.fault({ method: 'POST', path: '/post/letters/send', status: 500, skip: 1 });
		const result = await cs.run(letterTo(from.return_address_id), { items: three });
		expect(cs.requests('/post/letters/send')).toHaveLength(2);
		expect(result.error?.description).toMatch(
			/1 item\(s\) were sent \(0\); 1 item\(s\) may have been sent \(1\): check the history before sending them again; 1 item\(s\) were not sent \(2\)\.$/,
		);
		// What to look up: the letter's custom string.
		expect(result.error?.description).toContain('ClickSend may have queued the message. Check the history (sent at or after');
		expect(result.error?.description).toContain('; custom_string: c-2)');
	});

	test('an unreadable 200 on the first letter stops the others: it may have been posted, they were not', async () => {
		const from = seedReturnAddress();
		cs.sandbox.fault({ method: 'POST', path: '/post/letters/send', status: 200, body: '{"http_code":200,"data":{"recipients":[ }' });
		const result = await cs.run(letterTo(from.return_address_id), { items: three });
		expect(cs.requests('/post/letters/send')).toHaveLength(1);
		expect(result.error?.description).toMatch(/1 item\(s\) may have been sent \(0\): check the history before sending them again; 2 item\(s\) were not sent \(1-2\)\.$/);
	});

	test.each(['letter', 'postcard'])('%s: an empty Return Address on the second item fails the node before any item is posted', async (resource) => {
		const from = seedReturnAddress();
		const parameters = { ...letterTo('={{ $json.from }}'), resource, ...(resource === 'postcard' ? { fileUrl: 'https://example.com/front.pdf' } : {}) };
		const result = await cs.run(parameters, { items: three.map((customer, index) => ({ ...customer, from: index === 1 ? '' : from.return_address_id })) });
		expect(result.error?.message).toBe('Invalid Return Address: is empty; choose one or give its ID');
		expect(cs.requests(`/post/${resource}s/send`)).toHaveLength(0);
	});

	test('a recipient line of zero-width characters alone is empty; a return address ID copied with one is read', async () => {
		const from = seedReturnAddress();
		const blank = await cs.run(letterTo(from.return_address_id, { addressCity: '={{ "\u200b" }}' }), { items: three });
		expect(blank.error?.message).toBe('Invalid City: is empty');
		expect(cs.requests('/post/letters/send')).toHaveLength(0);
		const copied = await cs.run(letterTo(`={{ "${from.return_address_id}\u200b" }}`), { items: three.slice(0, 1) });
		expect(copied.error).toBeUndefined();
		expect((cs.requests('/post/letters/send')[0].body as { recipients: IDataObject[] }).recipients[0].return_address_id).toBe(from.return_address_id);
	});

	test('a past Schedule on the third letter fails before the first is posted', async () => {
		const from = seedReturnAddress();
		const result = await cs.run(
			letterTo(from.return_address_id, { additionalFields: { customString: '={{ $json.id }}', schedule: '={{ $json.when }}' } }),
			{ items: three.map((customer, index) => ({ ...customer, when: index === 2 ? '2020-01-01T00:00:00Z' : '' })) },
		);
		expect(result.error?.message).toMatch(/^Invalid Schedule: 2020-01-01T00:00:00Z is in the past/);
		expect(cs.requests('/post/letters/send')).toHaveLength(0);
	});

	test("Request Options → Batching: a pause of Batch Interval after every Items per Batch letters, as n8n counts them", async () => {
		const from = seedReturnAddress();
		const result = await cs.run(letterTo(from.return_address_id, { requestOptions: { batching: { batch: { batchSize: 2, batchInterval: 300 } } } }), {
			items: [...three, { ...three[0], id: 'c-4' }],
		});
		expect(result.error).toBeUndefined();
		const times = cs.requests('/post/letters/send').map((r) => r.time);
		expect(times).toHaveLength(4);
		// Receipt times at the sandbox: a pause before the third letter only.
		const gaps = times.slice(1).map((time, i) => time - times[i]);
		expect(gaps[1]).toBeGreaterThanOrEqual(290);
		expect([gaps[0], gaps[2]].every((gap) => gap < 290)).toBe(true);
	});

	test('postcard answers without a custom string (as ClickSend documents them) link to their item, without a warning', async () => {
		const from = seedReturnAddress();
		const row = (id: string) => ({ address_name: 'Someone', message_id: id, status: 'SUCCESS', post_price: 1.71 });
		for (const id of ['P-1', 'P-2']) {
			cs.sandbox.fault({
				method: 'POST',
				path: '/post/postcards/send',
				status: 200,
				body: { http_code: 200, response_code: 'SUCCESS', response_msg: 'Postcard queued for delivery.', data: { recipients: [row(id)] } },
			});
		}
		const result = await cs.run({ ...letterTo(from.return_address_id), resource: 'postcard', fileUrl: 'https://example.com/front.pdf' }, { items: customers });
		expect(result.error).toBeUndefined();
		const items = result.output('ClickSend');
		expect(items.map((i) => [pairedIndex(i), i.json.message_id, i.json.warning])).toEqual([
			[0, 'P-1', undefined],
			[1, 'P-2', undefined],
		]);
	});
});

describe('Letter → Calculate Price, Get Many, Export History, Detect Address', () => {
	test('Calculate Price (POST /post/letters/price) prices without storing', async () => {
		const from = seedReturnAddress();
		const result = await cs.run(
			{ resource: 'letter', operation: 'calculatePrice', fileUrl: LETTER_URL, ...recipientParameters(from.return_address_id) },
			{ items: customers.slice(0, 1) },
		);
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/post/letters/price');
		expect(request.method).toBe('POST');
		expect(request.body).toMatchObject({ file_url: LETTER_URL, recipients: [{ address_name: 'John Smith', return_address_id: from.return_address_id }] });
		expectValidBody(request);
		expect(result.output('ClickSend')[0].json).toMatchObject({ accepted: true, post_price: '1.2700' });
		expect(postHistory(cs.sandbox.state, 'letter')).toHaveLength(0);
	});

	test('Get Many (GET /post/letters/history) lists the sent letters', async () => {
		const from = seedReturnAddress();
		await cs.run({ resource: 'letter', operation: 'send', fileUrl: LETTER_URL, ...recipientParameters(from.return_address_id) }, { items: customers });
		cs.sandbox.requests.length = 0;
		const result = await cs.run({ resource: 'letter', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/post/letters/history');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ page: '1', limit: '100' });
		expect(result.output('ClickSend').map((i) => i.json.address_name).sort()).toEqual(['Ada Lovelace', 'John Smith']);
		expect(result.output('ClickSend')[0].json.status).toBe('Queued');
	});

	test('Export History (GET /post/letters/history/export?filename=…)', async () => {
		const result = await cs.run({ resource: 'letter', operation: 'exportHistory', filename: 'letters.csv' });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/post/letters/history/export')[0].query).toEqual({ filename: 'letters.csv' });
		expect(result.output('ClickSend')[0].json.url).toMatch(/^https:\/\//);
	});

	test('Detect Address (POST /post/letters/detect-address) from text', async () => {
		const result = await cs.run({ resource: 'letter', operation: 'detectAddress', address: 'John Doe, 123 Main Street, Perth WA 6000' });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/post/letters/detect-address');
		expect(request.body).toEqual({ address: 'John Doe, 123 Main Street, Perth WA 6000' });
		expectValidBody(request);
		expect(result.output('ClickSend')[0].json).toMatchObject({ address_city: 'Perth', address_country: 'AU' });
	});

	test('Detect Address from a binary PDF sends it as base64 content (no upload); other types are rejected', async () => {
		const result = await cs.run(
			{ resource: 'letter', operation: 'detectAddress', addressSource: 'binary' },
			{ binaries: [{ data: binary(PDF, 'letter.pdf', 'application/pdf') }] },
		);
		expect(result.error).toBeUndefined();
		expect(cs.sandbox.requests.map((r) => r.path)).toEqual(['/post/letters/detect-address']);
		const [request] = cs.requests('/post/letters/detect-address');
		expect(request.body).toEqual({ content: PDF.toString('base64') });
		expectValidBody(request);

		cs.sandbox.requests.length = 0;
		const wrong = await cs.run(
			{ resource: 'letter', operation: 'detectAddress', addressSource: 'binary' },
			{ binaries: [{ data: binary(Buffer.from('PK'), 'letter.docx', 'application/msword') }] },
		);
		expect(wrong.error?.message).toContain('is not a supported letter PDF: use PDF');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('Return Address (POST/GET/PUT/DELETE /post/return-addresses)', () => {
	const address = {
		addressName: 'Acme Pty Ltd',
		addressLine1: '1 Maritime Avenue',
		addressLine2: 'Level 2',
		addressCity: 'Flynn',
		addressState: 'WA',
		addressPostalCode: '0800',
		addressCountry: 'au',
	};

	test('create → get → get many → update → delete round trip', async () => {
		const created = await cs.run({ resource: 'returnAddress', operation: 'create', ...address });
		expect(created.error).toBeUndefined();
		const [post] = cs.requests('/post/return-addresses');
		expect(post.method).toBe('POST');
		expect(post.body).toEqual({
			address_name: 'Acme Pty Ltd',
			address_line_1: '1 Maritime Avenue',
			address_line_2: 'Level 2',
			address_city: 'Flynn',
			address_state: 'WA',
			address_postal_code: '0800',
			address_country: 'AU',
		});
		expectValidBody(post, POSTAL_CODE_IS_TEXT);
		const id = Number(created.output('ClickSend')[0].json.return_address_id);
		expect(created.output('ClickSend')[0].json).toMatchObject({ address_postal_code: '0800', user_id: 1 });
		const locator = { __rl: true, mode: 'id', value: String(id) };

		const got = await cs.run({ resource: 'returnAddress', operation: 'get', returnAddressId: locator });
		expect(cs.requests(`/post/return-addresses/${id}`)[0].method).toBe('GET');
		expect(got.output('ClickSend')[0].json).toMatchObject({ return_address_id: id, address_name: 'Acme Pty Ltd' });

		const listed = await cs.run({ resource: 'returnAddress', operation: 'getAll', returnAll: false, limit: 10 });
		expect(cs.requests('/post/return-addresses').filter((r) => r.method === 'GET')[0].query).toEqual({ page: '1', limit: '15' });
		expect(listed.output('ClickSend').map((i) => i.json.return_address_id)).toEqual([id]);

		cs.sandbox.requests.length = 0;
		const updated = await cs.run({ resource: 'returnAddress', operation: 'update', returnAddressId: locator, ...address, addressName: 'Acme Holdings', addressLine2: '' });
		expect(updated.error).toBeUndefined();
		const [put] = cs.requests(`/post/return-addresses/${id}`);
		expect(put.method).toBe('PUT');
		expect(put.body).toEqual({
			address_name: 'Acme Holdings',
			address_line_1: '1 Maritime Avenue',
			address_city: 'Flynn',
			address_state: 'WA',
			address_postal_code: '0800',
			address_country: 'AU',
		});
		expectValidBody(put, POSTAL_CODE_IS_TEXT);
		expect(updated.output('ClickSend')[0].json).toMatchObject({ return_address_id: id, address_name: 'Acme Holdings' });

		cs.sandbox.requests.length = 0;
		const deleted = await cs.run({ resource: 'returnAddress', operation: 'delete', returnAddressId: locator });
		expect(cs.requests(`/post/return-addresses/${id}`)[0].method).toBe('DELETE');
		expect(deleted.output('ClickSend')[0].json).toEqual({ success: true, message: 'Your return address has been deleted.' });
		expect(pairedIndex(deleted.output('ClickSend')[0])).toBe(0);

		const gone = await cs.run({ resource: 'returnAddress', operation: 'get', returnAddressId: locator });
		expect(gone.error?.message).toContain('[NOT_FOUND]');
	});

	test('a missing field is rejected before any request', async () => {
		const result = await cs.run({ resource: 'returnAddress', operation: 'create', ...address, addressState: '={{ "" }}' });
		expect(result.error?.message).toContain('Invalid State: is empty');
		expect(cs.requests()).toHaveLength(0);
	});

	test('a name of zero-width characters alone is empty; a line 2 of them is left out', async () => {
		const blank = await cs.run({ resource: 'returnAddress', operation: 'create', ...address, addressName: '={{ "\u200b \u2060" }}' });
		expect(blank.error?.message).toBe('Invalid Name: is empty');
		expect(cs.requests()).toHaveLength(0);
		const created = await cs.run({ resource: 'returnAddress', operation: 'create', ...address, addressLine2: '={{ "\u200b" }}' });
		expect(created.error).toBeUndefined();
		expect(cs.requests('/post/return-addresses')[0].body).not.toHaveProperty('address_line_2');
	});
});

describe('Postcard (POST /post/postcards/send|price, GET history, export)', () => {
	test('Send with a front and a back URL, one postcard per item', async () => {
		const from = seedReturnAddress();
		const result = await cs.run(
			{
				resource: 'postcard',
				operation: 'send',
				fileUrl: 'https://example.com/front.pdf',
				backFileUrl: 'https://example.com/back.pdf',
				...recipientParameters(from.return_address_id),
				additionalFields: { customString: '={{ $json.id }}' },
			},
			{ items: customers },
		);
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/post/postcards/send');
		expect(requests).toHaveLength(2);
		expect(requests[0].body).toEqual({
			file_urls: ['https://example.com/front.pdf', 'https://example.com/back.pdf'],
			recipients: [
				{
					address_name: 'John Smith',
					address_line_1: '130 Scheuvront Drive',
					address_city: 'Denver',
					address_state: 'CO',
					address_postal_code: '80202',
					address_country: 'US',
					return_address_id: from.return_address_id,
					custom_string: 'c-1',
				},
			],
		});
		for (const request of requests) expectValidBody(request);
		expect(result.output('ClickSend').map(pairedIndex)).toEqual([0, 1]);
		expect(result.output('ClickSend')[0].json).toMatchObject({ accepted: true, post_price: '1.7100' });
	});

	test('Send with two binary files uploads both (convert=post) and sends both URLs; an empty back URL is dropped', async () => {
		const from = seedReturnAddress();
		const result = await cs.run(
			{ resource: 'postcard', operation: 'send', fileSource: 'binary', binaryPropertyName: 'front, back', ...recipientParameters(from.return_address_id) },
			{ items: customers.slice(0, 1), binaries: [{ front: binary(PDF, 'front.pdf', 'application/pdf'), back: binary(Buffer.concat([PDF, Buffer.from('\n%back')]), 'back.pdf', 'application/pdf') }] },
		);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/uploads').map((r) => r.query.convert)).toEqual(['post', 'post']);
		const urls = [...uploadStore(cs.sandbox.state).values()].map((u) => u._url);
		const [send] = cs.requests('/post/postcards/send');
		expect((send.body as IDataObject).file_urls).toEqual(urls);
		expectValidBody(send);

		cs.sandbox.requests.length = 0;
		const single = await cs.run(
			{ resource: 'postcard', operation: 'calculatePrice', fileUrl: 'https://example.com/both.pdf', ...recipientParameters(from.return_address_id) },
			{ items: customers.slice(0, 1) },
		);
		expect(single.error).toBeUndefined();
		const [price] = cs.requests('/post/postcards/price');
		expect((price.body as IDataObject).file_urls).toEqual(['https://example.com/both.pdf']);
		expectValidBody(price);
		expect(single.output('ClickSend')[0].json).toMatchObject({ accepted: true });
		expect(postHistory(cs.sandbox.state, 'postcard')).toHaveLength(1);
	});

	test('a back URL that is a list is refused before any request: each URL field takes one URL', async () => {
		const result = await cs.run(
			{
				resource: 'postcard',
				operation: 'send',
				fileUrl: 'https://example.com/front.pdf',
				backFileUrl: '={{ ["https://example.com/back.pdf", "https://example.com/other.pdf"] }}',
				...recipientParameters(1),
			},
			{ items: customers.slice(0, 1) },
		);
		expect(result.error?.message).toBe('Invalid Postcard File URL (Back): must be one URL (text), got a list');
		expect(cs.requests()).toHaveLength(0);

		// An empty list is no back file; a bad front URL is named as the front.
		const from = seedReturnAddress();
		const noBack = await cs.run(
			{ resource: 'postcard', operation: 'calculatePrice', fileUrl: 'https://example.com/front.pdf', backFileUrl: '={{ [] }}', ...recipientParameters(from.return_address_id) },
			{ items: customers.slice(0, 1) },
		);
		expect(noBack.error).toBeUndefined();
		expect((cs.requests('/post/postcards/price')[0].body as IDataObject).file_urls).toEqual(['https://example.com/front.pdf']);
		const badFront = await cs.run({ resource: 'postcard', operation: 'send', fileUrl: 'ftp://example.com/front.pdf', ...recipientParameters(1) }, { items: customers.slice(0, 1) });
		expect(badFront.error?.message).toBe('Invalid Postcard File URL (Front): "ftp://example.com/front.pdf" is not an http(s) URL');
	});

	test('three binary files are rejected before any request', async () => {
		const result = await cs.run(
			{ resource: 'postcard', operation: 'send', fileSource: 'binary', binaryPropertyName: 'a,b,c', ...recipientParameters(1) },
			{ items: customers.slice(0, 1) },
		);
		expect(result.error?.message).toContain('Invalid Input Binary Field: names 3 files; ClickSend takes at most 2 here');
		expect(cs.requests()).toHaveLength(0);
	});

	test('Get Many (GET /post/postcards/history) and Export History (GET /post/postcards/export)', async () => {
		const from = seedReturnAddress();
		await cs.run({ resource: 'postcard', operation: 'send', fileUrl: 'https://example.com/a.pdf', ...recipientParameters(from.return_address_id) }, { items: customers });
		cs.sandbox.requests.length = 0;
		const listed = await cs.run({ resource: 'postcard', operation: 'getAll', returnAll: true });
		expect(cs.requests('/post/postcards/history')[0].query).toEqual({ page: '1', limit: '100' });
		expect(listed.output('ClickSend')).toHaveLength(2);
		expect(listed.output('ClickSend')[0].json).toMatchObject({ address_name: 'Ada Lovelace', status: 'Queued' });

		const exported = await cs.run({ resource: 'postcard', operation: 'exportHistory', filename: 'cards.csv' });
		expect(cs.requests('/post/postcards/export')[0].query).toEqual({ filename: 'cards.csv' });
		expect(exported.output('ClickSend')[0].json.url).toMatch(/cards\.csv|myexport\.csv/);
	});
});

describe('Direct Mail Campaign (POST /post/direct-mail/campaigns/send|price, GET campaigns, GET locations)', () => {
	const campaign = {
		resource: 'directMail',
		campaignName: 'Spring flyer',
		size: 'DL',
		fileUrl: 'https://example.com/front.pdf',
		areas: { area: [{ locationId: 22, quantity: 5000 }, { locationId: 21, quantity: 2500 }] },
		additionalFields: { schedule: '2031-01-01T00:00:00Z', customString: 'spring' },
	};

	test.each(['create', 'calculatePrice'])('%s sends the campaign body and outputs the campaign', async (operation) => {
		const result = await cs.run({ ...campaign, operation });
		expect(result.error).toBeUndefined();
		const path = operation === 'create' ? '/post/direct-mail/campaigns/send' : '/post/direct-mail/campaigns/price';
		const [request] = cs.requests(path);
		expect(request.method).toBe('POST');
		expect(request.body).toEqual({
			name: 'Spring flyer',
			size: 'DL',
			file_urls: ['https://example.com/front.pdf'],
			areas: [
				{ location_id: 22, quantity: 5000 },
				{ location_id: 21, quantity: 2500 },
			],
			schedule: Date.UTC(2031, 0, 1) / 1000,
			custom_string: 'spring',
			source: 'n8n',
		});
		expectValidBody(request);
		const [item] = result.output('ClickSend');
		expect(item.json).toMatchObject({ total_price: expect.any(Number), data: expect.objectContaining({ _areas: expect.any(Array) }) });
		expect(pairedIndex(item)).toBe(0);
	});

	test('a campaign without areas is rejected before any request', async () => {
		const result = await cs.run({ ...campaign, operation: 'create', areas: {} });
		expect(result.error?.message).toContain('Invalid Areas: add at least one area');
		expect(cs.requests()).toHaveLength(0);
	});

	test('Campaign Name and Custom String: numbers are sent as text; a list, an object or zero-width characters fail before any request', async () => {
		const result = await cs.run(
			{ ...campaign, operation: 'create', campaignName: '={{ $json.name }}', additionalFields: { customString: '={{ $json.crm }}' } },
			{ items: [{ name: 2025, crm: 7 }, { name: 'Spring', crm: { id: 42 } }, { name: 'Spring', crm: ['x'] }, { name: '\u200b', crm: 'a' }], onError: 'continueRegularOutput' },
		);
		const sent = cs.requests('/post/direct-mail/campaigns/send').map((r) => r.body as { name: unknown; custom_string: unknown });
		expect(sent.map((b) => [b.name, b.custom_string])).toEqual([['2025', '7']]);
		expect(result.output('ClickSend').slice(1).map((i) => i.json.error)).toEqual([
			'Invalid Custom String: must be text, got object',
			'Invalid Custom String: must be text, got a list',
			'Invalid Campaign Name: is empty',
		]);
	});

	test('Get Many (GET /post/direct-mail/campaigns)', async () => {
		const result = await cs.run({ resource: 'directMail', operation: 'getAll', returnAll: false, limit: 2 });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/post/direct-mail/campaigns')[0].query).toEqual({ page: '1', limit: '15' });
		expect(result.output('ClickSend')).toHaveLength(2);
		expect(result.output('ClickSend')[0].json).toMatchObject({ campaign_id: 34, name: 'My Campaign' });
	});

	test('Search Locations (GET /post/direct-mail/locations/search/{country}?q=…)', async () => {
		const result = await cs.run({
			resource: 'directMail',
			operation: 'searchLocations',
			locationCountry: { __rl: true, mode: 'id', value: 'AD' },
			query: 'AD100',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/post/direct-mail/locations/search/AD');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ q: 'AD100', page: '1', limit: '100' });
		expect(result.output('ClickSend')[0].json).toMatchObject({ location_id: 1, postal_code: 'AD100' });
	});
});

describe('Search Locations and Pricing: values from expressions checked before any request', () => {
	const search = (country: string, query: string) => ({
		resource: 'directMail',
		operation: 'searchLocations',
		locationCountry: { __rl: true, mode: 'id', value: country },
		query,
		returnAll: true,
	});

	test.each([
		['={{ "Australia" }}', '6000', 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "Australia"'],
		['={{ "UK" }}', 'London', 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "UK"; the United Kingdom is GB'],
		['AD', '={{ "" }}', 'Invalid Search: is empty; give a postal code or place name'],
	])('Search Locations in %s for %j fails', async (country, query, message) => {
		const result = await cs.run(search(country, query));
		expect(result.error?.message).toBe(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('Search Locations: a country in lower case is upper-cased in the path', async () => {
		const result = await cs.run(search('={{ "ad" }}', 'AD100'));
		expect(result.error).toBeUndefined();
		expect(cs.requests('/post/direct-mail/locations/search/AD')).toHaveLength(1);
	});

	test('Pricing: a blank Currency from the data (null, spaces) uses the account currency, as an empty field does', async () => {
		const result = await cs.run(
			{ resource: 'pricing', operation: 'get', pricingCountry: { __rl: true, mode: 'list', value: 'AU' }, additionalFields: { currency: '={{ $json.cur }}' } },
			{ items: [{ cur: null }, { cur: ' ' }, { cur: 'usd' }] },
		);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/pricing/AU').map((r) => r.query)).toEqual([{}, {}, { currency: 'USD' }]);
	});
});

describe('Pricing → Get (GET /pricing/{country}?currency=…)', () => {
	test('gets a country\'s prices in a currency', async () => {
		const result = await cs.run({
			resource: 'pricing',
			operation: 'get',
			pricingCountry: { __rl: true, mode: 'list', value: 'AU' },
			additionalFields: { currency: 'aud' },
		});
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/pricing/AU');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ currency: 'AUD' });
		expect(result.output('ClickSend')[0].json).toMatchObject({ country: 'AU', mms: { price_mms: '0.4500' } });
	});

	test('without a currency no currency is sent; a bad currency is rejected before any request', async () => {
		await cs.run({ resource: 'pricing', operation: 'get', pricingCountry: { __rl: true, mode: 'id', value: 'GB' } });
		expect(cs.requests('/pricing/GB')[0].query).toEqual({});
		cs.sandbox.requests.length = 0;
		const bad = await cs.run({ resource: 'pricing', operation: 'get', pricingCountry: { __rl: true, mode: 'id', value: 'GB' }, additionalFields: { currency: 'pounds' } });
		expect(bad.error?.message).toContain('Invalid Currency: must be a three-letter currency code');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('resource locator lists', () => {
	test('getReturnAddresses lists the caller\'s return addresses (GET /post/return-addresses), filtered by label', async () => {
		const first = seedReturnAddress();
		const second = { ...seedReturnAddress(), address_name: 'Branch Office' };
		returnAddresses(cs.sandbox.state).set(second.return_address_id, second);
		seedReturnAddress(99); // another account's
		const context = loadOptionsContext(cs.credentials(), { resource: 'letter', operation: 'send' }, 'parameters.returnAddressId');
		const all = await getReturnAddresses.call(context);
		expect(cs.requests('/post/return-addresses')[0].query).toEqual({ page: '1', limit: '100' });
		expect(all.results).toEqual([
			{ name: `Acme Pty Ltd, 1 Maritime Avenue, Flynn (${first.return_address_id})`, value: String(first.return_address_id) },
			{ name: `Branch Office, 1 Maritime Avenue, Flynn (${second.return_address_id})`, value: String(second.return_address_id) },
		]);
		const filtered = await getReturnAddresses.call(context, 'branch');
		expect(filtered.results.map((r) => r.value)).toEqual([String(second.return_address_id)]);
	});

	test('getCountries lists ClickSend\'s countries (GET /countries) by two-letter code', async () => {
		const context = loadOptionsContext(cs.credentials(), { resource: 'pricing', operation: 'get' }, 'parameters.pricingCountry');
		const all = await getCountries.call(context);
		expect(cs.requests('/countries')).toHaveLength(1);
		expect(all.results).toContainEqual({ name: 'Australia (AU)', value: 'AU' });
		const filtered = await getCountries.call(context, 'united');
		expect(filtered.results.map((r) => r.value).sort()).toEqual(['AE', 'GB', 'US']);
	});
});
