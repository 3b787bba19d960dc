import { clickSendWorkflow, runWorkflow } from './harness/run';
import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { sentEmails } from './sandbox/routes/email';

const cs = useSandbox();

const rl = (value: string | number) => ({ __rl: true, mode: 'list', value: String(value) });

const customers = [
	{ id: 'c-1', name: 'Ada Lovelace', email: 'ada@example.com' },
	{ id: 'c-2', name: 'Grace Hopper', email: 'grace@example.com' },
];

/** Email → Send to the item's customer from allowed address 1 (verified in the seed). */
const sendToCustomer = {
	resource: 'email',
	operation: 'send',
	emailAddressId: rl(1),
	recipients: { recipient: [{ email: '={{ $json.email }}', name: '={{ $json.name }}' }] },
	subject: '=Your order, {{ $json.name }}',
	body: '=<p>Hello {{ $json.name }}</p>',
};

describe('Email → Send (POST /email/send)', () => {
	test('sends one email per input item, each output linked to its item', async () => {
		const result = await cs.run(
			{ ...sendToCustomer, additionalFields: { fromName: 'Shop', cc: { recipient: [{ email: 'ops@example.com' }] } } },
			{ items: customers },
		);
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/email/send');
		expect(requests.map((r) => r.method)).toEqual(['POST', 'POST']);
		expect(requests.map((r) => r.body)).toEqual([
			{
				from: { email_address_id: 1, name: 'Shop' },
				to: [{ email: 'ada@example.com', name: 'Ada Lovelace' }],
				cc: [{ email: 'ops@example.com' }],
				subject: 'Your order, Ada Lovelace',
				body: '<p>Hello Ada Lovelace</p>',
			},
			{
				from: { email_address_id: 1, name: 'Shop' },
				to: [{ email: 'grace@example.com', name: 'Grace Hopper' }],
				cc: [{ email: 'ops@example.com' }],
				subject: 'Your order, Grace Hopper',
				body: '<p>Hello Grace Hopper</p>',
			},
		]);
		for (const request of requests) expectValidBody(request);
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items.map((i) => (i.json.to as { email: string }[])[0].email)).toEqual(['ada@example.com', 'grace@example.com']);
		for (const item of items) {
			expect(item.json).toMatchObject({ status: 'Sent', from_email_address_id: 1, from_name: 'Shop', price: '0.0100' });
			expect(item.json.message_id).toEqual(expect.any(String));
		}
		expect(sentEmails(cs.sandbox.state)).toHaveLength(2);
	});

	test('several To, BCC, a Schedule in Unix seconds (workflow timezone) and a Base64 attachment', async () => {
		const result = await cs.run(
			{
				...sendToCustomer,
				recipients: { recipient: [{ email: 'a@example.com' }, { email: ' b@example.com ', name: 'B' }] },
				subject: 'Report',
				body: 'See attached',
				additionalFields: {
					bcc: { recipient: [{ email: 'audit@example.com', name: 'Audit' }] },
					schedule: '2031-03-01T09:30:00',
					attachments: { attachment: [{ source: 'base64', content: 'aGVsbG8=', filename: 'hello.txt', type: 'text/plain', disposition: 'attachment' }] },
				},
			},
			{ timezone: 'Australia/Sydney' },
		);
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/email/send');
		expect(request.body).toEqual({
			from: { email_address_id: 1 },
			to: [{ email: 'a@example.com' }, { email: 'b@example.com', name: 'B' }],
			bcc: [{ email: 'audit@example.com', name: 'Audit' }],
			subject: 'Report',
			body: 'See attached',
			schedule: Date.UTC(2031, 1, 28, 22, 30) / 1000,
			attachments: [{ content: 'aGVsbG8=', type: 'text/plain', filename: 'hello.txt', disposition: 'attachment' }],
		});
		expectValidBody(request);
		const [item] = result.output('ClickSend');
		expect(item.json).toMatchObject({ status: 'Scheduled', schedule: Date.UTC(2031, 1, 28, 22, 30) / 1000 });
		expect((item.json._attachments as { file_name: string }[])[0].file_name).toBe('hello.txt');
	});

	test('attaches a file from a binary field of the input item', async () => {
		const workflow = clickSendWorkflow({
			...sendToCustomer,
			recipients: { recipient: [{ email: 'ada@example.com' }] },
			subject: 'Invoice',
			body: 'Attached',
			additionalFields: { attachments: { attachment: [{ source: 'binary', binaryPropertyName: 'invoice' }] } },
		});
		const pdf = Buffer.from('%PDF-1.4 sandbox').toString('base64');
		workflow.nodes[1].parameters = {
			jsCode: `return [{ json: {}, binary: { invoice: { data: '${pdf}', mimeType: 'application/pdf', fileName: 'invoice.pdf' } } }];`,
		};
		const result = await runWorkflow(workflow, { credentials: cs.credentials() });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/email/send');
		expect((request.body as { attachments: unknown }).attachments).toEqual([
			{ content: pdf, type: 'application/pdf', filename: 'invoice.pdf', disposition: 'attachment' },
		]);
		expectValidBody(request);
		expect(result.output('ClickSend')).toHaveLength(1);
	});

	test.each([
		['To', { recipients: { recipient: [{ email: 'not-an-email' }] } }, 'Invalid To: "not-an-email" is not an email address'],
		['To', { recipients: {} }, 'Invalid To: add at least one recipient'],
		['CC', { additionalFields: { cc: { recipient: [{ email: 'x@' }] } } }, 'Invalid CC: "x@" is not an email address'],
		['Subject', { subject: ' ' }, 'Invalid Subject: is empty'],
		['From Email Address', { emailAddressId: rl('abc') }, 'Invalid From Email Address: give its ID in digits (not 0), such as 428, got "abc"'],
		['Schedule', { additionalFields: { schedule: 'someday' } }, 'Invalid Schedule: must be a date-time'],
		[
			'Attachment',
			{ additionalFields: { attachments: { attachment: [{ source: 'binary', binaryPropertyName: 'file' }] } } },
			'Invalid Attachment #1: the input item has no binary field "file"',
		],
		['Attachment', { additionalFields: { attachments: { attachment: [{ source: 'base64', content: 'aGk=' }] } } }, 'Invalid Attachment #1: needs a File Name'],
	])('bad %s is rejected before any request', async (_field, override, message) => {
		const result = await cs.run({ ...sendToCustomer, ...override }, { items: customers.slice(0, 1) });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('an unverified sender fails with ClickSend\'s message; Continue On Fail gives a linked error item', async () => {
		const result = await cs.run({ ...sendToCustomer, emailAddressId: rl(3) }, { items: customers, onError: 'continueRegularOutput' });
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items[0].json.error).toContain('Email address pending@example.com is not verified.');
		expect(sentEmails(cs.sandbox.state)).toHaveLength(0);
	});

	test('every item is checked before the first email goes out: a bad third address sends nothing', async () => {
		const result = await cs.run(sendToCustomer, { items: [...customers, { id: 'c-3', name: 'Bad', email: 'not-an-address' }] });
		expect(result.error?.message).toContain('Invalid To: "not-an-address" is not an email address');
		expect(cs.requests('/email/send')).toHaveLength(0);
	});

	test('with Continue On Fail, an email ClickSend refuses (unverified sender) is its error item; the others are sent', async () => {
		const result = await cs.run(
			{ ...sendToCustomer, emailAddressId: { __rl: true, mode: 'id', value: '={{ $json.from }}' } },
			{ items: [{ ...customers[0], from: 1 }, { ...customers[1], from: 3 }, { id: 'c-3', name: 'Alan Turing', email: 'alan@example.com', from: 1 }], onError: 'continueRegularOutput' },
		);
		expect(cs.requests('/email/send')).toHaveLength(3);
		const items = result.output('ClickSend');
		expect(items.map((i) => [pairedIndex(i), i.json.error ?? (i.json.to as { email: string }[])[0].email])).toEqual([
			[0, 'ada@example.com'],
			[1, expect.stringContaining('Email address pending@example.com is not verified.')],
			[2, 'alan@example.com'],
		]);
		expect(items[1].json.message).toMatch(/This item was not sent\.$/);
		expect(sentEmails(cs.sandbox.state)).toHaveLength(2);
	});

	test('a past Schedule on the third email fails before the first is sent', async () => {
		const result = await cs.run(
			{ ...sendToCustomer, additionalFields: { schedule: '={{ $json.when }}' } },
			{ items: [...customers.map((c) => ({ ...c, when: '' })), { id: 'c-3', name: 'Late', email: 'late@example.com', when: '2020-01-01T00:00:00Z' }] },
		);
		expect(result.error?.message).toMatch(/^Invalid Schedule: 2020-01-01T00:00:00Z is in the past/);
		expect(cs.requests('/email/send')).toHaveLength(0);
	});

	test('an answer without the email says what to look up: its recipients (emails have no custom string)', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/email/send', status: 200, body: { http_code: 200, response_code: 'SUCCESS', response_msg: 'Queued.', data: [] } });
		const result = await cs.run(sendToCustomer, { items: customers.slice(0, 1) });
		expect(result.error?.message).toBe("ClickSend's answer had no message for 1 item(s) (input items 0)");
		expect(result.error?.description).toContain('check the history (recipient ada@example.com) before sending them again');
	});

	test('a 500 on the second email: the error says the first was sent, the second may have been, the third was not', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/email/send', status: 500, skip: 1 });
		const result = await cs.run(sendToCustomer, { items: [...customers, { id: 'c-3', name: 'Alan Turing', email: 'alan@example.com' }] });
		expect(cs.requests('/email/send')).toHaveLength(2);
		expect(result.error?.description).toMatch(
			/1 item\(s\) were sent \(0\); 1 item\(s\) may have been sent \(1\): check the history before sending them again; 1 item\(s\) were not sent \(2\)\.$/,
		);
	});
});

describe('Email → Calculate Price (POST /email/price)', () => {
	test('sends the same body as Send (attachments always present) and outputs the price', async () => {
		const result = await cs.run({ ...sendToCustomer, operation: 'calculatePrice', additionalFields: { bcc: { recipient: [{ email: 'b@example.com' }] } } }, { items: customers.slice(0, 1) });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/email/price');
		expect(request.method).toBe('POST');
		expect(request.body).toEqual({
			from: { email_address_id: 1 },
			to: [{ email: 'ada@example.com', name: 'Ada Lovelace' }],
			bcc: [{ email: 'b@example.com' }],
			subject: 'Your order, Ada Lovelace',
			body: '<p>Hello Ada Lovelace</p>',
			attachments: [],
		});
		expectValidBody(request);
		const items = result.output('ClickSend');
		expect(items).toHaveLength(1);
		expect(pairedIndex(items[0])).toBe(0);
		expect(items[0].json).toMatchObject({ price: 0.01, to_array: [{ email: 'ada@example.com', name: 'Ada Lovelace' }] });
		expect(sentEmails(cs.sandbox.state)).toHaveLength(0);
	});
});

describe('Email → Get Many (GET /email/history)', () => {
	test('lists the emails the node sent, newest first, with date filters in Unix seconds', async () => {
		await cs.run(sendToCustomer, { items: customers });
		const result = await cs.run({ resource: 'email', operation: 'getAll', returnAll: true, filters: { dateFrom: '2000-01-01T00:00:00Z', q: 'subject:order' } });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/email/history');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ page: '1', limit: '100', date_from: '946684800', q: 'subject:order' });
		const items = result.output('ClickSend');
		expect(items.map((i) => (i.json.to as { email: string }[])[0].email)).toEqual(['grace@example.com', 'ada@example.com']);
		expect(items.every((i) => pairedIndex(i) === 0)).toBe(true);
	});

	test('Limit pages at the smallest page size and trims; a date range in the past finds nothing', async () => {
		await cs.run(sendToCustomer, { items: customers });
		const limited = await cs.run({ resource: 'email', operation: 'getAll', returnAll: false, limit: 1 });
		expect(limited.output('ClickSend')).toHaveLength(1);
		expect(cs.requests('/email/history')[0].query).toEqual({ page: '1', limit: '15' });
		const old = await cs.run({ resource: 'email', operation: 'getAll', returnAll: true, filters: { dateTo: '2001-01-01T00:00:00Z' } });
		expect(old.output('ClickSend')).toHaveLength(0);
		expect(cs.requests('/email/history')[1].query).toMatchObject({ date_to: '978307200' });
	});
});

describe('Email → Export History (GET /email/history/export)', () => {
	test('sends the trimmed file name as a query parameter and outputs the download URL', async () => {
		const result = await cs.run({ resource: 'email', operation: 'exportHistory', filename: ' march.csv ' });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/email/history/export');
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ filename: 'march.csv' });
		const [item] = result.output('ClickSend');
		expect(item.json.url).toMatch(/\/files\/[0-9A-F-]+\?filename=march\.csv$/);
		expect(pairedIndex(item)).toBe(0);
	});
});

describe('Email → Add Test Delivery Receipt (POST /email/receipts)', () => {
	test('posts the receipt URL ("poll") and outputs the test receipt', async () => {
		const result = await cs.run({ resource: 'email', operation: 'addTestReceipt', url: 'poll' }, { items: customers });
		expect(result.error).toBeUndefined();
		const requests = cs.requests('/email/receipts');
		expect(requests.map((r) => [r.method, r.body])).toEqual([
			['POST', { url: 'poll' }],
			['POST', { url: 'poll' }],
		]);
		for (const request of requests) expectValidBody(request);
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		for (const item of items) {
			expect(item.json).toMatchObject({ status: 'Delivered', email: expect.any(String) });
			expect(item.json.message_id).toMatch(/@clicksend\.com$/);
		}
	});
});

describe('Email → Send: numbers as text, blank From Name, attachment Source by name', () => {
const sendTyped = {
	resource: 'email',
	operation: 'send',
	emailAddressId: { __rl: true, mode: 'list', value: '1' },
	recipients: { recipient: [{ email: '={{ $json.email }}', name: '={{ $json.name }}' }] },
	subject: '={{ $json.subject }}',
	body: 'Thanks',
};
const typedBody = () => cs.requests('/email/send')[0]?.body as { to: Array<{ name?: unknown }>; subject: unknown; from: { name?: unknown } } | undefined;

test('a numeric Subject is sent as text', async () => {
	const result = await cs.run(sendTyped, { items: [{ email: 'a@example.com', name: 'Ada', subject: 12345 }] });
	expect(result.error).toBeUndefined();
	expect(typedBody()?.subject).toBe('12345');
});

test('a numeric recipient Name is sent (as text), not silently dropped', async () => {
	const result = await cs.run(sendTyped, { items: [{ email: 'a@example.com', name: 42, subject: 'Order' }] });
	expect(result.error).toBeUndefined();
	expect(typedBody()?.to[0].name).toBe('42');
});

test('From Name: blanks are not sent as "   "; a number is sent as text', async () => {
	await cs.run({ ...sendTyped, additionalFields: { fromName: '   ' } }, { items: [{ email: 'a@example.com', name: 'Ada', subject: 'S' }] });
	expect(typedBody()?.from.name).toBeUndefined();
	cs.sandbox.requests.length = 0;
	await cs.run({ ...sendTyped, additionalFields: { fromName: '={{ 42 }}' } }, { items: [{ email: 'a@example.com', name: 'Ada', subject: 'S' }] });
	expect(typedBody()?.from.name).toBe('42');
});

test('attachment Source "Binary" from an expression reads the binary field', async () => {
	const result = await cs.run(
		{ ...sendTyped, additionalFields: { attachments: { attachment: [{ source: '={{ "Binary" }}', binaryPropertyName: 'data' }] } } },
		{
			items: [{ email: 'a@example.com', name: 'Ada', subject: 'S' }],
			binaries: [{ data: { data: Buffer.from('hello').toString('base64'), mimeType: 'text/plain', fileName: 'a.txt' } }],
		},
	);
	expect(result.error?.message).toBeUndefined();
	expect((cs.requests('/email/send')[0]?.body as { attachments: Array<{ filename: string }> }).attachments.map((a) => a.filename)).toEqual(['a.txt']);
});
});

describe('Email: attachment fields, test receipt URL, export file name and image URL checked before any request', () => {
	const withAttachment = (attachment: Record<string, unknown>) => ({
		...sendToCustomer,
		additionalFields: { attachments: { attachment: [{ source: 'base64', content: 'aGk=', filename: 'a.txt', ...attachment }] } },
	});
	const attachmentOf = () => (cs.requests('/email/send')[0]?.body as { attachments: Array<Record<string, unknown>> }).attachments[0];

	test('a numeric File Name and Content ID are sent as text; Disposition by name', async () => {
		const result = await cs.run(withAttachment({ filename: '={{ 12345 }}', contentId: '={{ 7 }}', disposition: '={{ "Inline" }}' }), { items: customers.slice(0, 1) });
		expect(result.error).toBeUndefined();
		expect(attachmentOf()).toMatchObject({ filename: '12345', content_id: '7', disposition: 'inline' });
	});

	test.each([
		[{ disposition: '={{ "bogus" }}' }, 'Invalid Attachment #1 Disposition: must be one of "attachment" (Attachment), "inline" (Inline), got "bogus"'],
		[{ filename: '={{ ["a.txt", "b.txt"] }}' }, 'Invalid Attachment #1 File Name: must be text, got a list'],
		[{ type: '={{ { mime: "text/plain" } }}' }, 'Invalid Attachment #1 MIME Type: must be text, got object'],
	])('attachment %j fails, naming the field', async (attachment, message) => {
		const result = await cs.run(withAttachment(attachment), { items: customers.slice(0, 1) });
		expect(result.error?.message).toBe(message);
		expect(cs.requests('/email/send')).toHaveLength(0);
	});

	test('a blank Body names the field as the editor does: Body (HTML)', async () => {
		const result = await cs.run({ ...sendToCustomer, body: '={{ "  " }}' }, { items: customers.slice(0, 1) });
		expect(result.error?.message).toBe('Invalid Body (HTML): is empty');
	});

	test.each([
		['my webhook', 'Invalid URL: must be an http or https URL'],
		['={{ "" }}', 'Invalid URL: is empty; give an http or https URL'],
	])('Add Test Delivery Receipt: URL %j fails before any request', async (url, message) => {
		const result = await cs.run({ resource: 'email', operation: 'addTestReceipt', url });
		expect(result.error?.message).toContain(message);
		expect(cs.requests('/email/receipts')).toHaveLength(0);
	});

	test.each([
		['email', '/email/history/export'],
		['postcard', '/post/postcards/export'],
		['sms', '/sms/history/export'],
	])('%s → Export History: a File Name expression that gives nothing fails (never "undefined" or no name)', async (resource, path) => {
		const result = await cs.run({ resource, operation: 'exportHistory', filename: '={{ $json.name }}' }, { items: [{}] });
		expect(result.error?.message).toBe('Invalid File Name: is empty; give the CSV file a name such as history.csv');
		expect(cs.requests(path)).toHaveLength(0);
	});

	test('Email Template → Upload Image: the URL is trimmed; a list or a file name fails before any request', async () => {
		const template = { __rl: true, mode: 'id', value: '281' };
		const ok = await cs.run({ resource: 'emailTemplate', operation: 'uploadImage', templateId: template, imageUrl: ' https://example.com/logo.png ' });
		expect(ok.error).toBeUndefined();
		expect(cs.requests('/email/templates-images/281')[0].body).toEqual({ url: 'https://example.com/logo.png' });
		const list = await cs.run({ resource: 'emailTemplate', operation: 'uploadImage', templateId: template, imageUrl: '={{ ["https://a.com/1.png", "https://a.com/2.png"] }}' });
		expect(list.error?.message).toBe('Invalid Image URL: must be text, got a list');
		const name = await cs.run({ resource: 'emailTemplate', operation: 'uploadImage', templateId: template, imageUrl: 'logo.png' });
		expect(name.error?.message).toContain('Invalid Image URL: "logo.png" is not an http(s) URL');
		expect(cs.requests('/email/templates-images/281')).toHaveLength(1);
	});
});
