import type { IBinaryKeyData, IDataObject } from 'n8n-workflow';

import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { faxStore } from './sandbox/routes/fax';
import { uploadStore } from './sandbox/routes/uploads';

const cs = useSandbox();

const PDF_URL = 'https://example.com/invoice.pdf';
/** A two-page PDF skeleton (the sandbox counts `/Type /Page` objects). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >> endobj\n2 0 obj << /Type /Page >> endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF\n');

const recipients = [
	{ ref: 'inv-1', fax: '+61261111111' },
	{ ref: 'inv-2', fax: '+61 2 6222 2222' },
];

const faxToRecipients = {
	resource: 'fax',
	operation: 'send',
	to: '={{ $json.fax }}',
	fileUrl: PDF_URL,
	additionalFields: { customString: '={{ $json.ref }}' },
};

function binary(data: Buffer, fileName: string, mimeType: string): IBinaryKeyData {
	return { data: { data: data.toString('base64'), fileName, mimeType } };
}

describe('Fax → Send (POST /fax/send)', () => {
	test('faxes the document URL to one number per input item, items sharing the document in one request, outputs linked', async () => {
		const result = await cs.run(faxToRecipients, { items: recipients });
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/fax/send');
		expect(requests.map((r) => r.method)).toEqual(['POST']);
		expect(requests.map((r) => r.body)).toEqual([
			{
				file_url: PDF_URL,
				messages: [
					{ to: '+61261111111', custom_string: 'inv-1', source: 'n8n' },
					{ to: '+61262222222', custom_string: 'inv-2', source: 'n8n' },
				],
			},
		]);
		for (const request of requests) expectValidBody(request);
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items.map((i) => i.json.custom_string)).toEqual(['inv-1', 'inv-2']);
		for (const item of items) expect(item.json).toMatchObject({ status: 'SUCCESS', accepted: true, message_pages: 1 });
	});

	test('sends From, Country, Reply Email and a Schedule (Unix seconds) to a contact list', async () => {
		const result = await cs.run({
			resource: 'fax',
			operation: 'send',
			sendTo: 'list',
			listId: { __rl: true, mode: 'list', value: '428' },
			fileUrl: PDF_URL,
			additionalFields: { from: '+61 2 9999 0000', country: 'AU', fromEmail: 'fax@example.com', schedule: '2031-01-01T10:00:00' },
		}, { timezone: 'Australia/Sydney' });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/fax/send');
		expect(request.body).toEqual({
			file_url: PDF_URL,
			messages: [
				{
					list_id: 428,
					from: '+61299990000',
					country: 'AU',
					from_email: 'fax@example.com',
					schedule: Date.UTC(2030, 11, 31, 23) / 1000,
					source: 'n8n',
					// No Custom String set: the item's correlation value, which every row of the list carries back.
					custom_string: expect.stringMatching(/^n8n-.+-0$/),
				},
			],
		});
		expectValidBody(request);
		const outputs = result.output('ClickSend');
		expect(outputs.length).toBeGreaterThan(1);
		expect(new Set(outputs.map(pairedIndex))).toEqual(new Set([0]));
	});

	test('a binary PDF is uploaded with convert=fax and the fax uses the returned URL', async () => {
		const result = await cs.run(
			{ ...faxToRecipients, fileSource: 'binary', binaryPropertyName: 'invoice' },
			{ items: recipients.slice(0, 1), binaries: [{ invoice: binary(PDF, 'invoice.pdf', 'application/pdf').data }] },
		);
		expect(result.error).toBeUndefined();
		const [upload] = cs.requests('/uploads');
		expect(upload.method).toBe('POST');
		expect(upload.query).toEqual({ convert: 'fax' });
		expect(upload.body).toEqual({ content: PDF.toString('base64') });
		expectValidBody(upload);
		const [stored] = [...uploadStore(cs.sandbox.state).values()];
		const [send] = cs.requests('/fax/send');
		expect(send.body).toEqual({ file_url: stored._url, messages: [{ to: '+61261111111', custom_string: 'inv-1', source: 'n8n' }] });
		expectValidBody(send);
		expect(result.output('ClickSend')[0].json).toMatchObject({ accepted: true, message_pages: 2, message_price: '0.4000' });
	});

	test('the same PDF on several items is uploaded once and their faxes go in one request with its URL', async () => {
		const three = [...recipients, { ref: 'inv-3', fax: '+61263333333' }];
		const result = await cs.run(
			{ ...faxToRecipients, fileSource: 'binary', binaryPropertyName: 'invoice' },
			{ items: three, binaries: three.map(() => ({ invoice: binary(PDF, 'invoice.pdf', 'application/pdf').data })) },
		);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/uploads')).toHaveLength(1);
		const [stored] = [...uploadStore(cs.sandbox.state).values()];
		const sends = cs.requests('/fax/send');
		expect(sends.map((r) => (r.body as IDataObject).file_url)).toEqual([stored._url]);
		expect(sends.map((r) => (r.body as { messages: IDataObject[] }).messages.map((m) => m.custom_string))).toEqual([['inv-1', 'inv-2', 'inv-3']]);
		expect(result.output('ClickSend').map(pairedIndex)).toEqual([0, 1, 2]);
	});

	test.each([
		['too large (over 4 MB)', binary(Buffer.alloc(4 * 1024 * 1024 + 1, 32), 'scan.pdf', 'application/pdf'), 'Invalid Input Binary Field: "scan.pdf" is 4,194,305 bytes; the largest fax document ClickSend accepts is 4 MB (4,194,304 bytes)'],
		['of a wrong type', binary(Buffer.from('GIF89a'), 'logo.gif', 'image/gif'), 'Invalid Input Binary Field: "logo.gif" (image/gif) is not a supported fax document: use PDF, DOCX, DOC or RTF'],
	])('a binary file %s is rejected before any request', async (_case, file, message) => {
		const result = await cs.run({ ...faxToRecipients, fileSource: 'binary' }, { items: recipients.slice(0, 1), binaries: [file] });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test.each([
		['To', { to: 'fax me' }, 'Invalid To: "fax me" is not a phone number'],
		['From (Fax Number)', { additionalFields: { from: 'MyShop' } }, 'Invalid From (Fax Number): "MyShop" is not a phone number'],
		['Document URL', { fileUrl: '={{ "" }}' }, 'Invalid Document URL: is empty'],
		['Document URL', { fileUrl: '={{ { url: "https://example.com/a.pdf" } }}' }, 'Invalid Document URL: must be text, got object'],
		// An invisible character inside the text is removed, so the rest is judged: here it is still not http(s).
		['Document URL', { fileUrl: '={{ "\u200bftp://example.com/a.pdf" }}' }, 'Invalid Document URL: "ftp://example.com/a.pdf" is not an http(s) URL'],
		// A list would be joined with commas into one URL that is not the document.
		['Document URL', { fileUrl: '={{ ["https://example.com/a.pdf", "https://example.com/b.pdf"] }}' }, 'Invalid Document URL: must be one URL (text), got a list'],
	])('bad %s is rejected before any request', async (_field, override, message) => {
		const result = await cs.run({ ...faxToRecipients, ...override }, { items: recipients.slice(0, 1) });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('a Document URL copied with invisible characters is sent without them', async () => {
		const result = await cs.run({ ...faxToRecipients, fileUrl: `={{ "${'\\u200b'}" + ${JSON.stringify(PDF_URL)} + "${'\\u200e'}" }}` }, { items: recipients.slice(0, 1) });
		expect(result.error).toBeUndefined();
		expect((cs.requests('/fax/send')[0].body as { file_url?: string }).file_url).toBe(PDF_URL);
	});

	test.each([
		['a Country that is a list', { country: '={{ ["AU", "GB"] }}' }, 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got ["AU","GB"]'],
		['Country UK', { country: 'UK' }, 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "UK"; the United Kingdom is GB'],
		['a Custom String that is an object', { customString: '={{ { a: 1 } }}' }, 'Invalid Custom String: must be text, got object'],
		['a Reply Email that is a list', { fromEmail: '={{ ["a@b.com"] }}' }, 'Invalid Reply Email: must be one email address (text), got a list'],
		['a Reply Email that is not an email address', { fromEmail: 'replies at example.com' }, 'Invalid Reply Email: "replies at example.com" is not an email address (name@example.com)'],
	])('%s fails before any request, as in SMS sends', async (_name, additionalFields, message) => {
		const result = await cs.run({ ...faxToRecipients, additionalFields }, { items: recipients.slice(0, 1) });
		expect(result.error?.message).toBe(message);
		expect(cs.requests('/fax/send')).toHaveLength(0);
	});

	test('an item whose number expression gives nothing is its own error, never dropped; an empty contact list is named', async () => {
		const result = await cs.run(faxToRecipients, { items: [recipients[0], { ref: 'no fax field' }], onError: 'continueRegularOutput' });
		const items = result.output('ClickSend');
		expect(items.map((i) => [pairedIndex(i), i.json.error ?? i.json.message_id])).toEqual([
			[0, expect.any(String)],
			[1, 'Invalid To: is empty; give a phone number in E.164 (+61411111111) or local format'],
		]);
		expect(items[0].json.accepted).toBe(true);

		const list = await cs.run({ ...faxToRecipients, sendTo: 'list', listId: { __rl: true, mode: 'id', value: '={{ $json.list }}' } }, { items: recipients.slice(0, 1) });
		expect(list.error?.message).toBe('Invalid Contact List: is empty; choose one or give its ID');
		expect(cs.requests('/fax/send')).toHaveLength(1);
	});

	test('a past Schedule on any item fails before the first fax is sent', async () => {
		const result = await cs.run(
			{ ...faxToRecipients, additionalFields: { schedule: '={{ $json.when }}' } },
			{ items: [{ ...recipients[0], when: '' }, { ...recipients[1], when: '2020-01-01T00:00:00Z' }] },
		);
		expect(result.error?.message).toMatch(/^Invalid Schedule: 2020-01-01T00:00:00Z is in the past/);
		expect(cs.requests('/fax/send')).toHaveLength(0);
	});

	test('a lower-case Country is sent upper-cased', async () => {
		const result = await cs.run({ ...faxToRecipients, additionalFields: { country: ' au ' } }, { items: recipients.slice(0, 1) });
		expect(result.error).toBeUndefined();
		expect((cs.requests('/fax/send')[0].body as { messages: IDataObject[] }).messages[0].country).toBe('AU');
	});

	test('with Continue On Fail, a bad item becomes a linked error item and the others are sent', async () => {
		const result = await cs.run(faxToRecipients, { items: [recipients[0], { ref: 'bad', fax: 'nope' }], onError: 'continueRegularOutput' });
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items[0].json.accepted).toBe(true);
		expect(items[1].json.error).toContain('Invalid To');
		expect(cs.requests('/fax/send')).toHaveLength(1);
	});

	test('a refused fax fails the node, saying which items were sent and which were refused', async () => {
		const rows = [
			{ to: '+61261111111', custom_string: 'inv-1', status: 'SUCCESS', message_id: 'F-1' },
			{ to: '+61262222222', custom_string: 'inv-2', status: 'INVALID_RECIPIENT', message_id: 'F-2' },
		];
		const answer = { http_code: 200, response_code: 'SUCCESS', response_msg: 'Here are your data.', data: { messages: rows } };
		cs.sandbox.fault({ method: 'POST', path: '/fax/send', status: 200, body: answer });
		const result = await cs.run(faxToRecipients, { items: recipients });
		expect(result.error?.message).toBe('ClickSend refused 1 of 2 messages: +61262222222 (INVALID_RECIPIENT)');
		expect(result.error?.description).toMatch(/ · 1 item\(s\) were sent \(0\): do not send them again; 1 item\(s\) were refused \(1\)\.$/);
		expect(cs.requests('/fax/send')).toHaveLength(1);

		// With Continue On Fail: the sent fax and the refused one, each linked to its item.
		cs.sandbox.reset();
		cs.sandbox.fault({ method: 'POST', path: '/fax/send', status: 200, body: answer });
		const continued = await cs.run(faxToRecipients, { items: recipients, onError: 'continueRegularOutput' });
		const items = continued.output('ClickSend');
		expect(items.map((i) => [pairedIndex(i), i.json.message_id ?? (i.json.details as IDataObject).message_id])).toEqual([
			[0, 'F-1'],
			[1, 'F-2'],
		]);
		expect(items[1].json.error).toContain('INVALID_RECIPIENT');
	});
});

describe('Fax → Calculate Price (POST /fax/price)', () => {
	test('prices the fax without storing it', async () => {
		const result = await cs.run({ ...faxToRecipients, operation: 'calculatePrice' }, { items: recipients.slice(0, 1) });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/fax/price');
		expect(request.method).toBe('POST');
		expect(request.body).toEqual({ file_url: PDF_URL, messages: [{ to: '+61261111111', custom_string: 'inv-1', source: 'n8n' }] });
		expectValidBody(request);
		const [item] = result.output('ClickSend');
		expect(item.json).toMatchObject({ accepted: true, message_price: '0.2000' });
		expect(pairedIndex(item)).toBe(0);
		expect(faxStore(cs.sandbox.state).forUser(1, Date.now() / 1000)).toHaveLength(0);
	});
});

describe('Fax history and receipts', () => {
	async function faxTwo() {
		const sent = await cs.run(faxToRecipients, { items: recipients });
		expect(sent.error).toBeUndefined();
		cs.sandbox.requests.length = 0;
		return sent.output('ClickSend').map((i) => String(i.json.message_id));
	}

	test('Get Many (GET /fax/history) sends the date range as Unix seconds and lists the faxes', async () => {
		const ids = await faxTwo();
		const result = await cs.run({
			resource: 'fax',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: { dateFrom: '2020-01-01T00:00:00Z', dateTo: '2099-01-01T00:00:00Z', q: 'to:+612', order_by: 'date_added:desc' },
		});
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/fax/history');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({
			page: '1',
			limit: '15',
			date_from: String(Date.UTC(2020, 0, 1) / 1000),
			date_to: String(Date.UTC(2099, 0, 1) / 1000),
			q: 'to:+612',
			order_by: 'date_added:desc',
		});
		const items = result.output('ClickSend');
		expect(items).toHaveLength(1);
		expect(ids).toContain(items[0].json.message_id);
		expect(items[0].json).toMatchObject({ status: 'Sent', _file_url: PDF_URL });
	});

	test('Export History (GET /fax/history/export?filename=…)', async () => {
		const result = await cs.run({ resource: 'fax', operation: 'exportHistory', filename: 'faxes.csv' });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/fax/history/export')[0].query).toEqual({ filename: 'faxes.csv' });
		expect(result.output('ClickSend')[0].json).toEqual({ url: expect.stringContaining('https://') });
	});

	test('Get Delivery Receipt (GET /fax/receipts/{message_id})', async () => {
		const [id] = await faxTwo();
		const result = await cs.run({ resource: 'fax', operation: 'getReceipt', messageId: id });
		expect(result.error).toBeUndefined();
		expect(cs.requests(`/fax/receipts/${id}`)[0].method).toBe('GET');
		expect(result.output('ClickSend')[0].json).toMatchObject({ message_id: id, status: 'Sent', status_code: '201' });
	});

	test('Get Many Delivery Receipts (GET /fax/receipts), Add Test Receipt (POST /fax/receipts) and Mark as Read (PUT /fax/receipts-read)', async () => {
		const ids = await faxTwo();
		const added = await cs.run({ resource: 'fax', operation: 'addTestReceipt' });
		expect(added.error).toBeUndefined();
		const [post] = cs.requests('/fax/receipts').filter((r) => r.method === 'POST');
		expect(post.body).toEqual({ url: 'poll' });
		expectValidBody(post);
		const testId = added.output('ClickSend')[0].json.message_id;
		expect(testId).toEqual(expect.any(String));

		const listed = await cs.run({ resource: 'fax', operation: 'getAllReceipts', returnAll: true });
		const get = cs.requests('/fax/receipts').filter((r) => r.method === 'GET');
		expect(get[0].query).toEqual({ page: '1', limit: '100' });
		expect(listed.output('ClickSend').map((i) => i.json.message_id).sort()).toEqual([...ids, testId].sort());

		const marked = await cs.run({ resource: 'fax', operation: 'markReceiptsRead', dateBefore: '2099-01-01T00:00:00Z' });
		expect(marked.error).toBeUndefined();
		const [put] = cs.requests('/fax/receipts-read');
		expect(put.method).toBe('PUT');
		expect(put.body).toEqual({ date_before: Date.UTC(2099, 0, 1) / 1000 });
		expectValidBody(put);
		expect(marked.output('ClickSend')[0].json).toEqual({ success: true, message: 'Receipts has been marked as read.' });
		const after = await cs.run({ resource: 'fax', operation: 'getAllReceipts', returnAll: true });
		expect(after.output('ClickSend')).toHaveLength(0);
	});
});
