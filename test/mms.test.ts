import type { IBinaryKeyData, IDataObject } from 'n8n-workflow';

import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { mmsStore } from './sandbox/routes/mms';
import { uploadStore } from './sandbox/routes/uploads';

const cs = useSandbox();

const IMAGE_URL = 'https://example.com/photo.jpg';
/** A small PNG (signature + padding): PNG must be converted, so it goes through /uploads. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]);

const contacts = [
	{ crmId: 'crm-1', name: 'Ada', phone: '+61411111111' },
	{ crmId: 'crm-2', name: 'Grace', phone: '+61422222222' },
];

const sendToContacts = {
	resource: 'mms',
	operation: 'send',
	to: '={{ $json.phone }}',
	subject: 'Spring sale',
	body: '=Hi {{ $json.name }}',
	fileUrl: IMAGE_URL,
	additionalFields: { customString: '={{ $json.crmId }}' },
};

function binary(data: Buffer, fileName: string, mimeType: string): IBinaryKeyData {
	return { data: { data: data.toString('base64'), fileName, mimeType } };
}

describe('MMS → Send (POST /mms/send)', () => {
	test('sends one MMS per input item, batched in one request when they share the media, each output linked to its item', async () => {
		const result = await cs.run(sendToContacts, { items: contacts });
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/mms/send');
		expect(requests.map((r) => r.method)).toEqual(['POST']);
		expect(requests.map((r) => r.body)).toEqual([
			{
				media_file: IMAGE_URL,
				messages: [
					{ to: '+61411111111', subject: 'Spring sale', body: 'Hi Ada', custom_string: 'crm-1', source: 'n8n' },
					{ to: '+61422222222', subject: 'Spring sale', body: 'Hi Grace', custom_string: 'crm-2', source: 'n8n' },
				],
			},
		]);
		for (const request of requests) expectValidBody(request);
		expect(cs.requests('/uploads')).toHaveLength(0);

		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items.map((i) => i.json.custom_string)).toEqual(['crm-1', 'crm-2']);
		for (const item of items) {
			expect(item.json).toMatchObject({ status: 'SUCCESS', accepted: true, subject: 'Spring sale', _media_file_url: IMAGE_URL });
		}
	});

	test('sends to a contact list with From, Country, Reply Email and a Schedule in Unix seconds', async () => {
		const result = await cs.run({
			resource: 'mms',
			operation: 'send',
			sendTo: 'list',
			listId: { __rl: true, mode: 'id', value: '428' },
			subject: 'News',
			body: 'Hello',
			fileUrl: IMAGE_URL,
			additionalFields: { from: '+61411111111', country: 'AU', fromEmail: 'ops@example.com', schedule: '2031-01-01T00:00:00Z' },
		});
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/mms/send');
		expect(request.body).toEqual({
			media_file: IMAGE_URL,
			messages: [
				{
					list_id: 428,
					subject: 'News',
					body: 'Hello',
					from: '+61411111111',
					country: 'AU',
					from_email: 'ops@example.com',
					schedule: Date.UTC(2031, 0, 1) / 1000,
					source: 'n8n',
					custom_string: expect.stringMatching(/^n8n-\d+-0$/), // per-item correlation value of the batched send
				},
			],
		});
		expectValidBody(request);
		const items = result.output('ClickSend');
		expect(items.length).toBeGreaterThan(1);
		expect(items.every((i) => pairedIndex(i) === 0 && i.json.accepted === true)).toBe(true);
	});

	test('a binary image is checked, uploaded with convert=mms, and the send uses the returned URL', async () => {
		const result = await cs.run(
			{ ...sendToContacts, fileSource: 'binary', binaryPropertyName: 'data' },
			{ items: contacts.slice(0, 1), binaries: [binary(PNG, 'photo.png', 'image/png')] },
		);
		expect(result.error).toBeUndefined();
		const uploads = cs.requests('/uploads');
		expect(uploads).toHaveLength(1);
		expect(uploads[0].method).toBe('POST');
		expect(uploads[0].query).toEqual({ convert: 'mms' });
		expect(uploads[0].body).toEqual({ content: PNG.toString('base64') });
		expectValidBody(uploads[0]);

		const [stored] = [...uploadStore(cs.sandbox.state).values()];
		expect(stored.content.equals(PNG)).toBe(true);
		const [send] = cs.requests('/mms/send');
		expect((send.body as IDataObject).media_file).toBe(stored._url);
		expectValidBody(send);
		// the upload happened before the send
		expect(cs.sandbox.requests.map((r) => r.path)).toEqual(['/uploads', '/mms/send']);
		const [item] = result.output('ClickSend');
		expect(item.json).toMatchObject({ accepted: true, _media_file_url: stored._url });
		expect(pairedIndex(item)).toBe(0);
	});

	test('items carrying the same image upload it once and go in one request; another image gets its own', async () => {
		const other = Buffer.concat([PNG, Buffer.from([1])]);
		const people = [...contacts, { crmId: 'crm-3', name: 'Linus', phone: '+61433333333' }];
		const result = await cs.run(
			{ ...sendToContacts, fileSource: 'binary', binaryPropertyName: 'data' },
			{ items: people, binaries: [binary(PNG, 'a.png', 'image/png'), binary(other, 'b.png', 'image/png'), binary(PNG, 'c.png', 'image/png')] },
		);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/uploads').map((r) => (r.body as IDataObject).content)).toEqual([PNG.toString('base64'), other.toString('base64')]);
		const sends = cs.requests('/mms/send').map((r) => r.body as { media_file: string; messages: IDataObject[] });
		expect(sends.map((b) => b.messages.map((m) => m.custom_string))).toEqual([['crm-1', 'crm-3'], ['crm-2']]);
		expect(new Set(sends.map((b) => b.media_file)).size).toBe(2);
		expect(result.output('ClickSend').map(pairedIndex)).toEqual([0, 1, 2]);
	});

	test.each([
		['too large (over 250 kB)', binary(Buffer.alloc(251 * 1024, 1), 'big.jpg', 'image/jpeg'), 'Invalid Input Binary Field: "big.jpg" is 251 kB; the largest MMS media ClickSend accepts is 250 kB'],
		['of a wrong type', binary(Buffer.from('%PDF-1.4'), 'doc.pdf', 'application/pdf'), 'Invalid Input Binary Field: "doc.pdf" (application/pdf) is not a supported MMS media: use JPG, JPEG, GIF, PNG or BMP'],
		['missing', { other: { data: PNG.toString('base64'), fileName: 'a.png', mimeType: 'image/png' } } as IBinaryKeyData, 'Invalid Input Binary Field: the input item has no binary property "data" (it has: other)'],
	])('a binary file %s is rejected before any request', async (_case, file, message) => {
		const result = await cs.run({ ...sendToContacts, fileSource: 'binary' }, { items: contacts.slice(0, 1), binaries: [file] });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('an Input Binary Field given as a list is refused, not joined into one name (and Upload takes one file)', async () => {
		const file = binary(PNG, 'photo.png', 'image/png');
		const mms = await cs.run({ ...sendToContacts, fileSource: 'binary', binaryPropertyName: '={{ ["data"] }}' }, { items: contacts.slice(0, 1), binaries: [file] });
		expect(mms.error?.message).toBe('Invalid Input Binary Field: must be text, got a list');
		const upload = await cs.run({ resource: 'upload', operation: 'upload', convert: 'mms', binaryPropertyName: 'data, other' }, { binaries: [file] });
		expect(upload.error?.message).toBe('Invalid Input Binary Field: names 2 files; ClickSend takes at most 1 here');
		expect(cs.requests()).toHaveLength(0);
	});

	test.each([
		['Subject', { subject: 'This subject is way too long' }, 'Invalid Subject: is 28 characters; ClickSend allows at most 20'],
		['Subject', { subject: '  ' }, 'Invalid Subject: is empty'],
		['Subject', { subject: '={{ "\u200b" }}' }, 'Invalid Subject: is empty'],
		['Subject', { subject: '={{ ["Sale", "Now"] }}' }, 'Invalid Subject: must be text, got a list'],
		['Subject', { subject: '={{ { text: "Sale" } }}' }, 'Invalid Subject: must be text, got object'],
		['To', { to: 'call me' }, 'Invalid To: "call me" is not a phone number'],
		['Media File URL', { fileUrl: 'photo.jpg' }, 'Invalid Media File URL: "photo.jpg" is not an http(s) URL'],
		['Media File URL', { fileUrl: '={{ ["https://example.com/a.jpg"] }}' }, 'Invalid Media File URL: must be one URL (text), got a list'],
	])('bad %s is rejected before any request (and before any upload)', async (_field, override, message) => {
		const result = await cs.run({ ...sendToContacts, ...override }, { items: contacts.slice(0, 1) });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('a bad field with a binary file never uploads it', async () => {
		const result = await cs.run(
			{ ...sendToContacts, subject: 'x'.repeat(21), fileSource: 'binary' },
			{ items: contacts.slice(0, 1), binaries: [binary(PNG, 'photo.png', 'image/png')] },
		);
		expect(result.error?.message).toContain('Invalid Subject');
		expect(cs.requests()).toHaveLength(0);
	});

	test.each([['🎉'.repeat(20)], ['Cafe\u0301'.repeat(5)], ['👨‍👩‍👧‍👦'.repeat(3)], ['🇦🇺'.repeat(11)]])('a subject of at most 20 characters as shown is kept: %s', async (subject) => {
		const result = await cs.run({ ...sendToContacts, subject }, { items: contacts.slice(0, 1) });
		expect(result.error).toBeUndefined();
		expect((cs.requests('/mms/send')[0].body as { messages: IDataObject[] }).messages[0].subject).toBe(subject);
	});
});

describe('MMS → Calculate Price (POST /mms/price)', () => {
	test('prices the messages without storing them', async () => {
		const result = await cs.run({ ...sendToContacts, operation: 'calculatePrice' }, { items: contacts });
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/mms/price');
		expect(requests).toHaveLength(2);
		expect(requests[0].method).toBe('POST');
		expect(requests[0].body).toEqual({
			media_file: IMAGE_URL,
			messages: [{ to: '+61411111111', subject: 'Spring sale', body: 'Hi Ada', custom_string: 'crm-1', source: 'n8n' }],
		});
		for (const request of requests) expectValidBody(request);
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items.map((i) => i.json.message_price)).toEqual(['0.4500', '0.4500']);
		expect(mmsStore(cs.sandbox.state).forUser(1, Date.now() / 1000)).toHaveLength(0);
	});
});

describe('MMS history, receipts and cancel', () => {
	async function sendTwo(schedule?: string) {
		const result = await cs.run(
			{ ...sendToContacts, additionalFields: { ...sendToContacts.additionalFields, ...(schedule ? { schedule } : {}) } },
			{ items: contacts },
		);
		expect(result.error).toBeUndefined();
		cs.sandbox.requests.length = 0;
		return result.output('ClickSend').map((i) => String(i.json.message_id));
	}

	test('Get Many (GET /mms/history) lists the sent MMS with date and search filters as query', async () => {
		const ids = await sendTwo();
		const result = await cs.run({
			resource: 'mms',
			operation: 'getAll',
			returnAll: true,
			filters: { dateFrom: '2000-01-01T00:00:00Z', q: 'custom_string:crm', order_by: 'custom_string:asc' },
		});
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/mms/history');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ page: '1', limit: '100', date_from: '946684800', q: 'custom_string:crm', order_by: 'custom_string:asc' });
		const items = result.output('ClickSend');
		expect(items.map((i) => i.json.message_id)).toEqual(ids);
		expect(items.map((i) => i.json.status)).toEqual(['Sent', 'Sent']);
		expect(items.every((i) => pairedIndex(i) === 0)).toBe(true);
	});

	test('Get Many with a date range that excludes them returns nothing', async () => {
		await sendTwo();
		const result = await cs.run({ resource: 'mms', operation: 'getAll', returnAll: false, limit: 5, filters: { dateTo: '2001-01-01T00:00:00Z' } });
		expect(result.output('ClickSend')).toHaveLength(0);
		expect(cs.requests('/mms/history')[0].query).toEqual({ page: '1', limit: '15', date_to: String(Date.UTC(2001, 0, 1) / 1000) });
	});

	test('Export History (GET /mms/history/export?filename=…) outputs the download URL', async () => {
		const result = await cs.run({ resource: 'mms', operation: 'exportHistory', filename: 'mms.csv' });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/mms/history/export');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ filename: 'mms.csv' });
		expect(result.output('ClickSend')[0].json.url).toMatch(/^https:\/\//);
	});

	test('Get Delivery Receipt (GET /mms/receipts/{message_id}); an unknown ID is ClickSend\'s 404', async () => {
		const [id] = await sendTwo();
		const result = await cs.run({ resource: 'mms', operation: 'getReceipt', messageId: id });
		expect(result.error).toBeUndefined();
		expect(cs.requests(`/mms/receipts/${id}`)[0].method).toBe('GET');
		expect(result.output('ClickSend')[0].json).toMatchObject({ message_id: id, status: 'Sent', status_code: '201', to: '+61411111111' });

		const missing = await cs.run({ resource: 'mms', operation: 'getReceipt', messageId: 'NOPE' });
		expect(missing.error?.message).toContain('[NOT_FOUND]');
	});

	test('Get Many Delivery Receipts (GET /mms/receipts) and Mark as Read (PUT /mms/receipts-read)', async () => {
		const ids = await sendTwo();
		const listed = await cs.run({ resource: 'mms', operation: 'getAllReceipts', returnAll: true });
		expect(cs.requests('/mms/receipts')[0].query).toEqual({ page: '1', limit: '100' });
		expect(listed.output('ClickSend').map((i) => i.json.message_id).sort()).toEqual([...ids].sort());
		expect(listed.output('ClickSend')[0].json).toMatchObject({ message_type: 'mms', status_code: '201' });

		const marked = await cs.run({ resource: 'mms', operation: 'markReceiptsRead' });
		expect(marked.error).toBeUndefined();
		const [put] = cs.requests('/mms/receipts-read');
		expect(put.method).toBe('PUT');
		expect(put.body).toBeUndefined();
		expect(marked.output('ClickSend')[0].json).toEqual({ success: true, message: 'Receipts has been marked as read.' });

		const after = await cs.run({ resource: 'mms', operation: 'getAllReceipts', returnAll: true });
		expect(after.output('ClickSend')).toHaveLength(0);
	});

	test('Cancel Scheduled (PUT /mms/{message_id}/cancel) cancels a scheduled MMS, once', async () => {
		const [id] = await sendTwo('2031-01-01T00:00:00Z');
		const result = await cs.run({ resource: 'mms', operation: 'cancel', messageId: id });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests(`/mms/${id}/cancel`);
		expect(request.method).toBe('PUT');
		expect(result.output('ClickSend')[0].json).toEqual({ success: true, message: 'MMS has been cancelled.' });
		expect(pairedIndex(result.output('ClickSend')[0])).toBe(0);
		expect(mmsStore(cs.sandbox.state).own(1, id, Date.now() / 1000)?.status).toBe('Cancelled');

		const again = await cs.run({ resource: 'mms', operation: 'cancel', messageId: id });
		expect(again.error?.message).toContain('is not scheduled');
	});

	test('Cancel All Scheduled (PUT /mms/cancel-all) outputs the count', async () => {
		await sendTwo('2031-01-01T00:00:00Z');
		const result = await cs.run({ resource: 'mms', operation: 'cancelAll' });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/mms/cancel-all')[0].method).toBe('PUT');
		expect(result.output('ClickSend')[0].json).toEqual({ success: true, message: '2 MMS have been cancelled.', count: 2 });
	});
});

test('Too Long Message on MMS: a 1501-character text is sent with Send Anyway, with a warning', async () => {
	const parameters = { ...sendToContacts, body: 'a'.repeat(1501) };
	const failed = await cs.run(parameters, { items: [contacts[0]] });
	expect(failed.error?.message).toContain('set Too Long Message to "Send Anyway"');
	const sent = await cs.run({ ...parameters, additionalFields: { longMessage: 'warn' } }, { items: [contacts[0]] });
	expect(sent.error).toBeUndefined();
	expect(cs.requests('/mms/send')).toHaveLength(1);
	expect(sent.output('ClickSend')[0].json.warning).toContain('1501 GSM-7 characters');
});

describe('MMS media from a URL', () => {
	const send = (fileUrl: string) => cs.run({ ...sendToContacts, fileUrl }, { items: contacts });

	test.each([
		['https://example.com/invoice.pdf', 'a pdf file; ClickSend MMS takes jpg or gif'],
		['https://example.com/photo.png?v=2', 'a png file; ClickSend MMS takes jpg or gif (send a png or bmp as a binary file: ClickSend converts it)'],
	])('%s is refused before any request', async (fileUrl, problem) => {
		const result = await send(fileUrl);
		expect(result.error?.message).toBe(`Invalid Media File URL: "${fileUrl}" is ${problem}`);
		expect(cs.requests()).toHaveLength(0);
	});

	test.each([['https://example.com/photo.JPEG'], ['https://example.com/image?id=5'], ['https://images.ctfassets.net/x/photo.png?fm=jpg'], ['https://cdn.shopify.com/s/photo.png?format=pjpg']])('%s (jpg, a type the URL does not name, or a format asked of an image service) is sent', async (fileUrl) => {
		const result = await send(fileUrl);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/mms/send')).toHaveLength(1);
	});
});
