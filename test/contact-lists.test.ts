import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { SEED_LIST_ID } from './sandbox/state';

const cs = useSandbox();

/** A resource locator value "By ID". */
const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
const list428 = byId(SEED_LIST_ID);
const seedList = () => cs.sandbox.state.contactLists.get(SEED_LIST_ID)!;

const CSV = 'phone,first_name,last_name,email\n+61411111191,Ada,Lovelace,ada@example.com\n';
const csvBinary = (fileName = 'contacts.csv', mimeType = 'text/csv') => ({
	data: { data: Buffer.from(CSV).toString('base64'), mimeType, fileName },
});
const UPLOADED_URL = 'https://rest.clicksend.com/files/5485EA6144/contacts.csv';

/** Answers the next `POST /uploads` with a known file URL (ClickSend "Upload a file" envelope). */
function answerUpload() {
	cs.sandbox.fault({
		method: 'POST',
		path: '/uploads',
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Your file has been uploaded.',
			data: { _url: UPLOADED_URL, upload_id: 15, file_name: 'contacts.csv', user_id: 1, date_added: 1449500640, date_delete: 1450105440 },
		},
	});
}

describe('Contact List → Create, Get, Update, Get Many, Delete', () => {
	test('create → get → update → list with search, operator and order → delete', async () => {
		const created = await cs.run({ resource: 'contactList', operation: 'create', listName: '={{ $json.name }}' }, { items: [{ name: 'Newsletter' }] });
		expect(created.error).toBeUndefined();
		const [post] = cs.requests('/lists');
		expect(post.method).toBe('POST');
		expectValidBody(post);
		expect(post.body).toEqual({ list_name: 'Newsletter' });
		const [item] = created.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json).toMatchObject({ list_name: 'Newsletter', _contacts_count: 0, list_email_id: expect.stringMatching(/^[0-9A-F]{16}$/) });
		const listId = item.json.list_id as number;
		expect(cs.sandbox.state.contactLists.has(listId)).toBe(true);

		const got = await cs.run({ resource: 'contactList', operation: 'get', listId: { __rl: true, mode: 'list', value: String(listId) } });
		expect(got.output('ClickSend')[0].json).toMatchObject({ list_id: listId, list_name: 'Newsletter' });

		const updated = await cs.run({ resource: 'contactList', operation: 'update', listId: byId(listId), listName: 'Monthly Newsletter' });
		expect(updated.error).toBeUndefined();
		const put = cs.requests(`/lists/${listId}`).find((r) => r.method === 'PUT')!;
		expectValidBody(put);
		expect(put.body).toEqual({ list_name: 'Monthly Newsletter' });
		expect(updated.output('ClickSend')[0].json).toMatchObject({ list_id: listId, list_name: 'Monthly Newsletter' });

		await cs.run({ resource: 'contactList', operation: 'create', listName: 'News flash' });
		const listed = await cs.run({
			resource: 'contactList',
			operation: 'getAll',
			returnAll: true,
			filters: { q: 'list_name:NEWS,list_name:sandbox', operator: 'OR', order_by: 'list_name:asc' },
		});
		expect(listed.error).toBeUndefined();
		const get = cs.requests('/lists').find((r) => r.method === 'GET')!;
		expect(get.query).toEqual({ q: 'list_name:NEWS,list_name:sandbox', operator: 'OR', order_by: 'list_name:asc', page: '1', limit: '100' });
		expect(listed.output('ClickSend').map((i) => i.json.list_name)).toEqual(['Monthly Newsletter', 'News flash', 'Sandbox Customers']);

		const deleted = await cs.run({ resource: 'contactList', operation: 'delete', listId: byId(listId) });
		expect(cs.requests(`/lists/${listId}`).map((r) => r.method)).toEqual(['GET', 'PUT', 'DELETE']);
		expect(deleted.output('ClickSend')[0].json).toEqual({ success: true, message: `List #${listId} has been deleted.` });
		expect(cs.sandbox.state.contactLists.has(listId)).toBe(false);
	});

	test('Get Many: AND search, Return All and Limit', async () => {
		for (let k = 0; k < 110; k++) {
			const id = cs.sandbox.state.nextId('list');
			cs.sandbox.state.contactLists.set(id, { list_id: id, list_name: `Bulk ${k}`, list_email_id: 'X', contacts: [] });
		}
		const and = await cs.run({ resource: 'contactList', operation: 'getAll', limit: 5, filters: { q: 'list_name:bulk 1,list_name:0' } });
		expect(and.output('ClickSend').map((i) => i.json.list_name)).toEqual(['Bulk 10', 'Bulk 100', 'Bulk 101', 'Bulk 102', 'Bulk 103']);
		const all = await cs.run({ resource: 'contactList', operation: 'getAll', returnAll: true });
		expect(all.output('ClickSend')).toHaveLength(111);
		const limited = await cs.run({ resource: 'contactList', operation: 'getAll', limit: 3 });
		expect(limited.output('ClickSend').map((i) => i.json.list_id)).toEqual([SEED_LIST_ID, SEED_LIST_ID + 1, SEED_LIST_ID + 2]);
		expect(cs.requests('/lists').map((r) => `${r.query.page}/${r.query.limit}`)).toEqual(['1/15', '1/100', '2/100', '1/15']);
	});

	test('an unknown list fails with ClickSend 404 NOT_FOUND', async () => {
		const result = await cs.run({ resource: 'contactList', operation: 'delete', listId: byId(999) });
		expect(result.error?.message).toMatch(/^ClickSend: .*\[NOT_FOUND\]$/);
		expect(result.error?.description).toContain('request: DELETE /lists/999');
	});
});

describe('Contact List → Export, Get Import Fields', () => {
	test('Export outputs the download URL of the CSV file', async () => {
		const result = await cs.run({ resource: 'contactList', operation: 'export', listId: list428, filename: 'customers.csv' });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests(`/lists/${SEED_LIST_ID}/export`);
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ filename: 'customers.csv' });
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json.url).toMatch(/\/files\/[0-9A-F-]+\?filename=customers\.csv$/);
	});

	test('Get Import Fields outputs one item per importable field', async () => {
		const result = await cs.run({ resource: 'contactList', operation: 'getImportFields', listId: list428 });
		expect(result.error).toBeUndefined();
		expect(cs.requests(`/lists/${SEED_LIST_ID}/import-fields`).map((r) => r.method)).toEqual(['GET']);
		const items = result.output('ClickSend');
		expect(items).toHaveLength(16);
		expect(items[0].json).toEqual({ field: 'phone', label: 'Phone' });
		expect(items.every((i) => pairedIndex(i) === 0)).toBe(true);
	});
});

describe('Contact List → Import Contacts (POST /lists/{list_id}/import)', () => {
	const columns = { columns: [{ field: 'phone' }, { field: 'first_name' }, { field: 'last_name' }, { field: 'email' }] };

	test('from a URL: sends file_url and the column order', async () => {
		const result = await cs.run({
			resource: 'contactList',
			operation: 'import',
			listId: list428,
			fileSource: 'url',
			fileUrl: ' https://example.com/contacts.csv ',
			fieldOrder: columns,
		});
		expect(result.error).toBeUndefined();
		const [request] = cs.requests(`/lists/${SEED_LIST_ID}/import`);
		expect(request.method).toBe('POST');
		expectValidBody(request);
		expect(request.body).toEqual({ file_url: 'https://example.com/contacts.csv', field_order: ['phone', 'first_name', 'last_name', 'email'] });
		expect(cs.requests('/uploads')).toHaveLength(0);
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json).toMatchObject({ id: expect.any(String), msg: 'Messages put on queue.' });
	});

	test('from a binary property: uploads the CSV (POST /uploads?convert=csv), then imports its URL', async () => {
		answerUpload();
		const result = await cs.run(
			{ resource: 'contactList', operation: 'import', listId: list428, fileSource: 'binary', binaryPropertyName: 'data', fieldOrder: columns },
			{ binaries: [csvBinary()] },
		);
		expect(result.error).toBeUndefined();
		const [upload] = cs.requests('/uploads');
		expect(upload.method).toBe('POST');
		expect(upload.query).toEqual({ convert: 'csv' });
		expect(Buffer.from((upload.body as { content: string }).content, 'base64').toString('utf8')).toBe(CSV);
		expectValidBody(upload);
		const [request] = cs.requests(`/lists/${SEED_LIST_ID}/import`);
		expectValidBody(request);
		expect(request.body).toEqual({ file_url: UPLOADED_URL, field_order: ['phone', 'first_name', 'last_name', 'email'] });
		expect(result.output('ClickSend')[0].json).toMatchObject({ msg: 'Messages put on queue.' });
	});

	test('a missing binary property, a repeated column or no phone/fax/email column fail before any request', async () => {
		const result = await cs.run(
			{
				resource: 'contactList',
				operation: 'import',
				listId: list428,
				fileSource: 'binary',
				binaryPropertyName: '={{ $json.property }}',
				fieldOrder: { columns: [{ field: '={{ $json.a }}' }, { field: '={{ $json.b }}' }] },
			},
			{
				items: [
					{ property: 'file', a: 'phone', b: 'email' },
					{ property: 'data', a: 'phone', b: 'phone' },
					{ property: 'data', a: 'first_name', b: 'last_name' },
				],
				binaries: [csvBinary(), csvBinary(), csvBinary()],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.error).toBeUndefined();
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1, 2]);
		expect(items[0].json.error).toMatch(/^Invalid Input Binary Field: the input item has no binary property "file" \(it has: data\)/);
		expect(items[1].json.error).toBe('Invalid Columns: "phone" is used for two columns');
		expect(items[2].json.error).toBe('Invalid Columns: one column must hold Phone, Fax Number or Email');
		expect(cs.requests('/uploads')).toHaveLength(0);
		expect(cs.requests(`/lists/${SEED_LIST_ID}/import`)).toHaveLength(0);
	});
});

describe('Contact List → Preview Import (POST /lists/{list_id}/import-csv-preview)', () => {
	test('from a URL and from a binary property: outputs the first row', async () => {
		const fromUrl = await cs.run({ resource: 'contactList', operation: 'previewImport', listId: list428, fileSource: 'url', fileUrl: 'https://example.com/c.csv' });
		expect(fromUrl.error).toBeUndefined();
		answerUpload();
		const fromBinary = await cs.run(
			{ resource: 'contactList', operation: 'previewImport', listId: list428, fileSource: 'binary', binaryPropertyName: 'data' },
			{ binaries: [csvBinary('export.xlsx', 'application/octet-stream')] },
		);
		expect(fromBinary.error).toBeUndefined();
		const requests = cs.requests(`/lists/${SEED_LIST_ID}/import-csv-preview`);
		expect(requests.map((r) => r.method)).toEqual(['POST', 'POST']);
		requests.forEach((r) => expectValidBody(r));
		expect(requests.map((r) => r.body)).toEqual([{ file_url: 'https://example.com/c.csv' }, { file_url: UPLOADED_URL }]);
		for (const result of [fromUrl, fromBinary]) {
			const [item] = result.output('ClickSend');
			expect(pairedIndex(item)).toBe(0);
			expect(item.json.row).toEqual(expect.arrayContaining(['John']));
		}
	});
});

describe('Contact List → Remove Duplicates, Remove Opted-Out Contacts', () => {
	test('Remove Duplicates deletes contacts repeating the compared fields', async () => {
		const list = seedList();
		list.contacts.push({ ...list.contacts[0], contact_id: 900, first_name: 'JOHN' }, { ...list.contacts[1], contact_id: 901, last_name: 'Other' });
		const result = await cs.run({ resource: 'contactList', operation: 'removeDuplicates', listId: list428, fields: ['phone_number', 'first_name'] });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests(`/lists/${SEED_LIST_ID}/remove-duplicates`);
		expect(request.method).toBe('PUT');
		expectValidBody(request);
		expect(request.body).toEqual({ fields: ['phone_number', 'first_name'] });
		expect(result.output('ClickSend')[0].json).toEqual({ deleted: 2 });
		expect(list.contacts.map((c) => c.contact_id)).toEqual([552786, 552787, 552788, 552789]);
	});

	test('Remove Duplicates needs a field to compare', async () => {
		const result = await cs.run({ resource: 'contactList', operation: 'removeDuplicates', listId: list428, fields: '={{ [] }}' });
		expect(result.error?.message).toBe('Invalid Compare Fields: choose at least one field');
		expect(cs.requests(`/lists/${SEED_LIST_ID}/remove-duplicates`)).toHaveLength(0);
	});

	test('Remove Opted-Out Contacts deletes the contacts that are in the opt-out list', async () => {
		const created = await cs.run({ resource: 'contactList', operation: 'create', listName: 'Opt-outs' });
		const optOutId = created.output('ClickSend')[0].json.list_id as number;
		await cs.run({ resource: 'contact', operation: 'create', listId: byId(optOutId), phoneNumber: '+61 422 222 222' });
		const result = await cs.run({ resource: 'contactList', operation: 'removeOptedOut', listId: list428, optOutListId: byId(optOutId) });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests(`/lists/${SEED_LIST_ID}/remove-opted-out-contacts/${optOutId}`);
		expect(request.method).toBe('PUT');
		const [item] = result.output('ClickSend');
		expect(pairedIndex(item)).toBe(0);
		expect(item.json).toEqual({ deleted: 1 });
		expect(seedList().contacts.map((c) => c.phone_number)).not.toContain('+61422222222');
	});
});

test.each([[' 428 '], ['={{ "428\u200b" }}'], ['={{ "\u2066428\u2069" }}']])('Opt-Out List %j = Contact List is refused before any request; no contact is deleted', async (optOut) => {
	const before = cs.sandbox.state.contactLists.get(428)!.contacts.length;
	const result = await cs.run({
		resource: 'contactList',
		operation: 'removeOptedOut',
		listId: { __rl: true, mode: 'id', value: '428' },
		optOutListId: { __rl: true, mode: 'id', value: optOut },
	});
	expect(cs.requests('/lists/428/remove-opted-out-contacts/428')).toHaveLength(0);
	expect(result.error?.message).toMatch(/Opt-Out List/);
	expect(cs.sandbox.state.contactLists.get(428)!.contacts).toHaveLength(before);
});
