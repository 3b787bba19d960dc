import type { IBinaryKeyData } from 'n8n-workflow';

import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { uploadStore } from './sandbox/routes/uploads';
import { RETRY_POLICY } from '../nodes/ClickSend/shared/transport';

const cs = useSandbox();

const files: Record<string, { content: Buffer; fileName: string; mimeType: string; ext: string }> = {
	fax: { content: Buffer.from('%PDF-1.4 fax'), fileName: 'fax.pdf', mimeType: 'application/pdf', ext: 'pdf' },
	mms: { content: Buffer.from('GIF89a-image'), fileName: 'anim.gif', mimeType: 'image/gif', ext: 'gif' },
	post: { content: Buffer.from('PK-docx'), fileName: 'letter.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'pdf' },
	csv: { content: Buffer.from('phone,name\n+61411111111,Ada\n'), fileName: 'contacts.csv', mimeType: 'text/csv', ext: 'csv' },
};

function binary(content: Buffer, fileName: string, mimeType: string): IBinaryKeyData {
	return { data: { data: content.toString('base64'), fileName, mimeType } };
}

describe('Upload → Upload (POST /uploads?convert=…)', () => {
	test.each(Object.keys(files))('convert=%s: the binary file is sent as base64 content; the output is the upload record', async (convert) => {
		const file = files[convert];
		const result = await cs.run({ resource: 'upload', operation: 'upload', convert }, { binaries: [binary(file.content, file.fileName, file.mimeType)] });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/uploads');
		expect(request.method).toBe('POST');
		expect(request.query).toEqual({ convert });
		expect(request.body).toEqual({ content: file.content.toString('base64') });
		expectValidBody(request);
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json).toEqual({
			_url: expect.stringMatching(new RegExp(`/files/[0-9A-F-]+\\.${file.ext}$`)),
			date_added: expect.any(Number),
			date_delete: expect.any(Number),
			file_name: expect.stringMatching(new RegExp(`\\.${file.ext}$`)),
			upload_id: expect.any(Number),
			user_id: 1,
		});
		expect(uploadStore(cs.sandbox.state).get(String(item.json._url))?.content.equals(file.content)).toBe(true);
	});

	test.each([
		['mms', binary(Buffer.alloc(300 * 1024), 'photo.jpg', 'image/jpeg'), 'Invalid Input Binary Field: "photo.jpg" is 300 kB; the largest MMS media ClickSend accepts is 250 kB'],
		['csv', binary(Buffer.from('%PDF'), 'list.pdf', 'application/pdf'), 'Invalid Input Binary Field: "list.pdf" (application/pdf) is not a supported CSV file: use CSV, XLS or XLSX'],
		['fax', binary(Buffer.alloc(0), 'empty.pdf', 'application/pdf'), 'Invalid Input Binary Field: "empty.pdf" is empty'],
		['post', {} as IBinaryKeyData, 'Invalid Input Binary Field: the input item has no binary property "data" (it has no binary data)'],
	])('convert=%s: a file ClickSend would refuse is rejected before any request', async (convert, file, message) => {
		const result = await cs.run({ resource: 'upload', operation: 'upload', convert }, { binaries: [file] });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('several items: one upload per item, each output linked', async () => {
		const result = await cs.run(
			{ resource: 'upload', operation: 'upload', convert: 'fax' },
			{ items: [{ n: 1 }, { n: 2 }], binaries: [binary(files.fax.content, 'a.pdf', 'application/pdf'), binary(files.fax.content, 'b.pdf', 'application/pdf')] },
		);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/uploads')).toHaveLength(2);
		expect(result.output('ClickSend').map(pairedIndex)).toEqual([0, 1]);
	});
});

describe('A file whose content is another format than its name says', () => {
	const pdf = Buffer.from('%PDF-1.7\n1 0 obj');
	const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
	const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
	test.each([
		['a PDF saved as photo.jpg, sent as MMS', { resource: 'mms', operation: 'send', to: '+61411111111', subject: 'Hi', body: 'Hello', fileSource: 'binary' }, binary(pdf, 'photo.jpg', 'image/jpeg'), '"photo.jpg" holds a PDF document (by its content), not a supported MMS media: use JPG, JPEG, GIF, PNG or BMP'],
		['a JPEG saved as scan.pdf, sent as a fax', { resource: 'fax', operation: 'send', to: '+61261111111', fileSource: 'binary' }, binary(jpeg, 'scan.pdf', 'application/pdf'), '"scan.pdf" holds a JPEG image (by its content), not a supported fax document: use PDF, DOCX, DOC or RTF'],
		['a ZIP saved as photo.gif, uploaded for MMS', { resource: 'upload', operation: 'upload', convert: 'mms' }, binary(zip, 'photo.gif', 'image/gif'), '"photo.gif" holds a ZIP archive (DOCX, XLSX) (by its content), not a supported MMS media: use JPG, JPEG, GIF, PNG or BMP'],
	])('%s is refused before any request', async (_name, parameters, binaries, problem) => {
		const result = await cs.run(parameters, { binaries: [binaries] });
		expect(result.error?.message).toBe(`Invalid Input Binary Field: ${problem}`);
		expect(cs.requests()).toHaveLength(0);
	});

	test('a PDF saved as photo.jpg is a fax document: the upload sends its content alone', async () => {
		const result = await cs.run({ resource: 'fax', operation: 'send', to: '+61261111111', fileSource: 'binary' }, { binaries: [binary(pdf, 'photo.jpg', 'image/jpeg')] });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/uploads')).toHaveLength(1);
		expect(cs.requests('/fax/send')).toHaveLength(1);
	});

	test('an empty file says it is empty, whatever its name', async () => {
		const result = await cs.run({ resource: 'fax', operation: 'send', to: '+61261111111', fileSource: 'binary' }, { binaries: [binary(Buffer.alloc(0), 'photo.jpg', 'image/jpeg')] });
		expect(result.error?.message).toBe('Invalid Input Binary Field: "photo.jpg" is empty');
		expect(cs.requests()).toHaveLength(0);
	});

	test('content whose first bytes name no format (a CSV, a test file) is left to ClickSend', async () => {
		const result = await cs.run({ resource: 'fax', operation: 'send', to: '+61261111111', fileSource: 'binary' }, { binaries: [binary(Buffer.from('plain text'), 'note.pdf', 'application/pdf')] });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/uploads')).toHaveLength(1);
	});
});

describe('Uploads inside sends', () => {
	// Retries without the real backoff (500 ms doubling), as in errors.test.ts.
	const saved = { ...RETRY_POLICY };
	beforeAll(() => Object.assign(RETRY_POLICY, { baseDelayMs: 1, maxDelayMs: 20 }));
	afterAll(() => Object.assign(RETRY_POLICY, saved));

	test('ClickSend refusing the upload fails the item with its message and nothing is sent', async () => {
		cs.sandbox.fault({
			method: 'POST',
			path: '/uploads',
			status: 400,
			body: { http_code: 400, response_code: 'BAD_REQUEST', response_msg: 'Unable to convert the file.', data: null },
		});
		const result = await cs.run(
			{ resource: 'fax', operation: 'send', to: '+61261111111', fileSource: 'binary' },
			{ binaries: [binary(files.fax.content, 'fax.pdf', 'application/pdf')] },
		);
		expect(result.error?.message).toBe('ClickSend: Unable to convert the file. [BAD_REQUEST]');
		expect(result.error?.description).toContain('request: POST /uploads');
		expect(cs.requests('/fax/send')).toHaveLength(0);
	});

	test.each([
		['a fax (one request per item)', { resource: 'fax', operation: 'send', to: '+61261111111', fileSource: 'binary' }, 'fax'],
		['an MMS (batched)', { resource: 'mms', operation: 'send', to: '+61411111111', subject: 'Hi', body: 'Hello', fileSource: 'binary' }, 'mms'],
	])('an upload that keeps failing (500) is retried like a read, then says nothing was sent: %s', async (_name, parameters, convert) => {
		cs.sandbox.fault({ method: 'POST', path: '/uploads', status: 500, times: Infinity });
		const file = files[convert];
		const result = await cs.run(parameters, { binaries: [binary(file.content, file.fileName, file.mimeType)] });
		expect(result.error?.description).toContain('request: POST /uploads');
		expect(result.error?.description).toContain('Nothing was sent for this item: its file upload failed, so its send request was not made.');
		expect(result.error?.description).not.toContain('may have');
		expect(cs.requests('/uploads')).toHaveLength(RETRY_POLICY.maxAttempts);
		expect(cs.requests(`/${convert}/send`)).toHaveLength(0);
	});

	test('an upload answered 500 once is uploaded again and the send goes on', async () => {
		cs.sandbox.fault({ method: 'POST', path: '/uploads', status: 500 });
		const file = files.fax;
		const result = await cs.run({ resource: 'fax', operation: 'send', to: '+61261111111', fileSource: 'binary' }, { binaries: [binary(file.content, file.fileName, file.mimeType)] });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/uploads')).toHaveLength(2);
		expect(cs.requests('/fax/send')).toHaveLength(1);
	});

	test('a send with a sandbox file URL that was never uploaded is refused by the sandbox (MMS: INVALID_MEDIA_FILE)', async () => {
		const result = await cs.run(
			{ resource: 'mms', operation: 'send', to: '+61411111111', subject: 'Hi', body: 'Hello', fileUrl: `${cs.sandbox.origin}/files/UNKNOWN.jpg` },
			{ onError: 'continueRegularOutput' },
		);
		const [item] = result.output('ClickSend');
		expect(item.json).toMatchObject({ details: { status: 'INVALID_MEDIA_FILE', response_code: 'INVALID_MEDIA_FILE' } });
		expect(String(item.json.message)).toContain('JPG or GIF as is; JPEG, PNG or BMP converted through an upload');
	});
});

describe('Upload → Upload: Convert For from an expression', () => {
	test.each([['Fax', 'fax'], [' POST ', 'post'], ['mms', 'mms']])('%j is read as %s', async (convert, expected) => {
		const file = files[expected];
		const result = await cs.run({ resource: 'upload', operation: 'upload', convert: '={{ $json.c }}' }, { items: [{ c: convert }], binaries: [binary(file.content, file.fileName, file.mimeType)] });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/uploads')[0].query).toEqual({ convert: expected });
	});

	test('a value that is not a conversion fails, listing them', async () => {
		const file = files.post;
		const result = await cs.run({ resource: 'upload', operation: 'upload', convert: '={{ "Letter" }}' }, { binaries: [binary(file.content, file.fileName, file.mimeType)] });
		expect(result.error?.message).toContain('Invalid Convert For: must be one of "csv" (CSV (Contact Import)), "fax" (Fax), "mms" (MMS), "post" (Post), got "Letter"');
		expect(cs.requests()).toHaveLength(0);
	});
});
