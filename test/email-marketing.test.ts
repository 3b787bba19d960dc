import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';
import { emailMarketing } from './sandbox/routes/email-marketing';

const cs = useSandbox();

const rl = (value: string | number) => ({ __rl: true, mode: 'list', value: String(value) });

/** Runs one operation and returns its output items, failing on a workflow error. */
async function run(parameters: INodeParameters, items?: IDataObject[]) {
	const result = await cs.run(parameters, { items });
	expect(result.error).toBeUndefined();
	return result.output('ClickSend');
}

/** The only request the sandbox received, asserted by method, path and query. */
function onlyRequest(method: string, path: string, query: Record<string, string> = {}) {
	const requests = cs.requests();
	expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`${method} ${path}`]);
	expect(requests[0].query).toEqual(query);
	return requests[0];
}

describe('Email Address (allowed sender addresses)', () => {
	test('Create → Send Verification → Verify → Get → Get Many → Delete round trip', async () => {
		const [created] = await run({ resource: 'emailAddress', operation: 'create', emailAddress: ' news@example.com ' });
		const request = onlyRequest('POST', '/email/addresses');
		expect(request.body).toEqual({ email_address: 'news@example.com' });
		expectValidBody(request);
		expect(created.json).toMatchObject({ email_address: 'news@example.com', verified: 0 });
		expect(pairedIndex(created)).toBe(0);
		const id = String(created.json.email_address_id);

		cs.sandbox.requests.length = 0;
		const [resent] = await run({ resource: 'emailAddress', operation: 'sendVerification', emailAddressId: rl(id) });
		onlyRequest('PUT', `/email/address-verify/${id}/send`);
		expect(resent.json).toEqual({ success: true, message: 'Verification email has been sent.' });

		cs.sandbox.requests.length = 0;
		const wrong = await cs.run({ resource: 'emailAddress', operation: 'verify', emailAddressId: rl(id), activationToken: 'WRONG' });
		expect(wrong.error?.message).toContain('Invalid activation token.');

		cs.sandbox.requests.length = 0;
		const token = emailMarketing(cs.sandbox.state).addresses.get(Number(id))!.activation_token;
		const [verified] = await run({ resource: 'emailAddress', operation: 'verify', emailAddressId: { __rl: true, mode: 'id', value: id }, activationToken: token });
		onlyRequest('PUT', `/email/address-verify/${id}/verify/${token}`);
		expect(verified.json).toMatchObject({ email_address_id: Number(id), verified: 1 });

		cs.sandbox.requests.length = 0;
		const [got] = await run({ resource: 'emailAddress', operation: 'get', emailAddressId: rl(id) });
		onlyRequest('GET', `/email/addresses/${id}`);
		expect(got.json).toMatchObject({ email_address: 'news@example.com', verified: 1 });

		cs.sandbox.requests.length = 0;
		const all = await run({ resource: 'emailAddress', operation: 'getAll', returnAll: true, filters: { q: 'email_address:example.com' } });
		onlyRequest('GET', '/email/addresses', { page: '1', limit: '100', q: 'email_address:example.com' });
		expect(all.map((i) => i.json.email_address)).toEqual(['sender@example.com', 'marketing@example.com', 'pending@example.com', 'news@example.com']);

		cs.sandbox.requests.length = 0;
		const [deleted] = await run({ resource: 'emailAddress', operation: 'delete', emailAddressId: rl(id) });
		onlyRequest('DELETE', `/email/addresses/${id}`);
		expect(deleted.json).toEqual({ success: true, message: 'Email address deleted.' });

		cs.sandbox.requests.length = 0;
		const gone = await cs.run({ resource: 'emailAddress', operation: 'get', emailAddressId: rl(id) });
		expect(gone.error?.message).toContain(`Email address ${id} not found. [NOT_FOUND]`);
	});

	test('Create checks the address before any request; a duplicate fails with ALREADY_EXISTS', async () => {
		const bad = await cs.run({ resource: 'emailAddress', operation: 'create', emailAddress: 'news at example' });
		expect(bad.error?.message).toContain('Invalid Email Address: "news at example" is not an email address');
		expect(cs.requests()).toHaveLength(0);
		const duplicate = await cs.run({ resource: 'emailAddress', operation: 'create', emailAddress: 'sender@example.com' });
		expect(duplicate.error?.message).toContain('[ALREADY_EXISTS]');
	});

	test('an empty ID in a path is rejected before any request', async () => {
		const result = await cs.run({ resource: 'emailAddress', operation: 'delete', emailAddressId: rl('  ') });
		expect(result.error?.message).toContain('Invalid Email Address: is empty; choose one or give its ID');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('Email Master Template', () => {
	test('Get Many lists the master templates; Get returns one', async () => {
		const all = await run({ resource: 'emailMasterTemplate', operation: 'getAll', returnAll: false, limit: 2 });
		onlyRequest('GET', '/email/master-templates', { page: '1', limit: '15' });
		expect(all.map((i) => i.json.template_id_master)).toEqual([1, 11]);
		expect(all.every((i) => pairedIndex(i) === 0)).toBe(true);

		cs.sandbox.requests.length = 0;
		const [one] = await run({ resource: 'emailMasterTemplate', operation: 'get', masterTemplateId: rl(57) });
		onlyRequest('GET', '/email/master-templates/57');
		expect(one.json).toMatchObject({ template_id_master: 57, template_name: 'Basic 2' });
	});

	test('Get Many Categories, Get Category and Get Many in Category', async () => {
		const categories = await run({ resource: 'emailMasterTemplate', operation: 'getAllCategories', returnAll: true });
		onlyRequest('GET', '/email/master-templates-categories', { page: '1', limit: '100' });
		expect(categories.map((i) => i.json.name)).toEqual(['Featured', 'Birthday', 'Newsletters', 'Blank Template']);

		cs.sandbox.requests.length = 0;
		const [category] = await run({ resource: 'emailMasterTemplate', operation: 'getCategory', categoryId: rl(4) });
		onlyRequest('GET', '/email/master-templates-categories/4');
		expect(category.json).toEqual({ category_id: 4, name: 'Birthday' });

		cs.sandbox.requests.length = 0;
		const inCategory = await run({ resource: 'emailMasterTemplate', operation: 'getAllInCategory', categoryId: rl(1), returnAll: true });
		onlyRequest('GET', '/email/master-templates-categories/1/master-templates', { page: '1', limit: '100' });
		expect(inCategory.map((i) => i.json.template_name)).toEqual(['Minty', 'Basic 2']);
		expect(inCategory[0].json.body).toEqual(expect.stringContaining('<html>'));
	});
});

describe('Email Template', () => {
	test('Create from a master → Get → Update → Upload Image → Get Many → Delete round trip', async () => {
		const [created] = await run({ resource: 'emailTemplate', operation: 'create', templateName: 'Spring sale', masterTemplateId: rl(57) });
		let request = onlyRequest('POST', '/email/templates');
		expect(request.body).toEqual({ template_name: 'Spring sale', template_id_master: 57 });
		expectValidBody(request);
		expect(created.json).toMatchObject({ template_name: 'Spring sale', template_id_master: 57 });
		const id = String(created.json.template_id);

		cs.sandbox.requests.length = 0;
		const [got] = await run({ resource: 'emailTemplate', operation: 'get', templateId: rl(id) });
		onlyRequest('GET', `/email/templates/${id}`);
		expect(got.json).toMatchObject({ template_id: Number(id), template_name: 'Spring sale', body: expect.stringContaining('Basic 2') });

		cs.sandbox.requests.length = 0;
		const [updated] = await run({ resource: 'emailTemplate', operation: 'update', templateId: rl(id), templateName: 'Summer sale', body: '<p>Summer</p>' });
		request = onlyRequest('PUT', `/email/templates/${id}`);
		expect(request.body).toEqual({ template_name: 'Summer sale', body: '<p>Summer</p>' });
		expectValidBody(request);
		expect(updated.json).toMatchObject({ template_name: 'Summer sale', body: '<p>Summer</p>' });

		cs.sandbox.requests.length = 0;
		const [image] = await run({ resource: 'emailTemplate', operation: 'uploadImage', templateId: rl(id), imageUrl: 'https://example.com/logo.png' });
		request = onlyRequest('POST', `/email/templates-images/${id}`);
		expect(request.body).toEqual({ url: 'https://example.com/logo.png' });
		expectValidBody(request);
		expect(image.json.data).toMatch(/^https:\/\/.+\.png$/);

		cs.sandbox.requests.length = 0;
		const all = await run({ resource: 'emailTemplate', operation: 'getAll', returnAll: true, filters: { q: 'template_name:sale' } });
		onlyRequest('GET', '/email/templates', { page: '1', limit: '100', q: 'template_name:sale' });
		expect(all.map((i) => i.json)).toEqual([{ template_id: Number(id), template_name: 'Summer sale' }]);

		cs.sandbox.requests.length = 0;
		const [deleted] = await run({ resource: 'emailTemplate', operation: 'delete', templateId: rl(id) });
		onlyRequest('DELETE', `/email/templates/${id}`);
		expect(deleted.json).toEqual({ success: true, message: 'Your email template has been deleted.' });
		expect(emailMarketing(cs.sandbox.state).templates.has(Number(id))).toBe(false);
	});

	test('an unknown template fails with ClickSend\'s NOT_FOUND; Continue On Fail links the error item', async () => {
		const result = await cs.run({ resource: 'emailTemplate', operation: 'get', templateId: rl(999) }, { items: [{ a: 1 }, { a: 2 }], onError: 'continueRegularOutput' });
		const items = result.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items[0].json.error).toContain('Email template 999 not found.');
	});
});

describe('Email Campaign', () => {
	/** Gives two of list 428's four contacts an email address (the seed has none). */
	function giveEmails() {
		const list = cs.sandbox.state.contactLists.get(428)!;
		list.contacts[0].email = 'john@example.com';
		list.contacts[1].email = 'jane@example.com';
		return list;
	}

	const campaign = {
		resource: 'emailCampaign',
		operation: 'send',
		campaignName: 'Spring newsletter',
		subject: 'Spring is here',
		emailAddressId: rl(2),
		fromName: 'Shop',
		templateId: rl(281),
		listId: rl(428),
		body: '<p>Spring offers</p>',
	};

	const expectedBody = {
		name: 'Spring newsletter',
		subject: 'Spring is here',
		from_email_address_id: 2,
		from_name: 'Shop',
		template_id: 281,
		list_id: 428,
		body: '<p>Spring offers</p>',
	};

	test('Calculate Price sends the campaign fields and outputs the price without sending', async () => {
		giveEmails();
		const [price] = await run({ ...campaign, operation: 'calculatePrice' });
		const request = onlyRequest('POST', '/email-campaigns/price');
		expect(request.body).toEqual(expectedBody);
		expectValidBody(request);
		expect(price.json).toMatchObject({ ...expectedBody, total_count: 4, queued_count: 2, total_price: '0.0022' });
		expect(emailMarketing(cs.sandbox.state).campaigns.size).toBe(0);
	});

	test('Send to contact list 428 → Get Many → Get → Get History', async () => {
		giveEmails();
		const [sent] = await run(campaign);
		const request = onlyRequest('POST', '/email-campaigns/send');
		expect(request.body).toEqual(expectedBody);
		expectValidBody(request);
		expect(sent.json).toMatchObject({ name: 'Spring newsletter', list_id: 428, status: 'Sent', send_count: 2, queued_count: 2, total_count: 4 });
		expect(pairedIndex(sent)).toBe(0);
		const id = String(sent.json.email_campaign_id);

		cs.sandbox.requests.length = 0;
		const all = await run({ resource: 'emailCampaign', operation: 'getAll', returnAll: true, filters: { q: 'name:spring' } });
		onlyRequest('GET', '/email-campaigns', { page: '1', limit: '100', q: 'name:spring' });
		expect(all.map((i) => i.json.email_campaign_id)).toEqual([Number(id)]);

		cs.sandbox.requests.length = 0;
		const [got] = await run({ resource: 'emailCampaign', operation: 'get', campaignId: rl(id) });
		onlyRequest('GET', `/email-campaigns/${id}`);
		expect(got.json).toMatchObject({ email_campaign_id: Number(id), status: 'Sent', body_plain_text: 'Spring offers' });

		cs.sandbox.requests.length = 0;
		const history = await run({ resource: 'emailCampaign', operation: 'getHistory', campaignId: rl(id), returnAll: false, limit: 10 });
		onlyRequest('GET', `/email-campaigns/${id}/history`, { page: '1', limit: '15' });
		expect(history.map((i) => i.json.to_address)).toEqual(['john@example.com', 'jane@example.com']);
		expect(history.every((i) => pairedIndex(i) === 0 && i.json.email_campaign_id === Number(id))).toBe(true);
	});

	test('a scheduled campaign: Update (schedule kept by giving it again) → Cancel; a cancelled one cannot be cancelled again', async () => {
		giveEmails();
		const [scheduled] = await run({ ...campaign, additionalFields: { schedule: '2031-01-01T00:00:00Z' } });
		expect(cs.requests('/email-campaigns/send')[0].body).toEqual({ ...expectedBody, schedule: Date.UTC(2031, 0, 1) / 1000 });
		expect(scheduled.json).toMatchObject({ status: 'Scheduled', schedule: String(Date.UTC(2031, 0, 1) / 1000), send_count: 0 });
		const id = String(scheduled.json.email_campaign_id);

		cs.sandbox.requests.length = 0;
		const [updated] = await run({
			resource: 'emailCampaign',
			operation: 'update',
			campaignId: rl(id),
			updateFields: { subject: 'Spring is nearly here', emailTemplateId: rl(281), schedule: '2031-02-01T00:00:00Z' },
		});
		const request = onlyRequest('PUT', `/email-campaigns/${id}`);
		expect(request.body).toEqual({ subject: 'Spring is nearly here', template_id: 281, schedule: Date.UTC(2031, 1, 1) / 1000 });
		expectValidBody(request);
		expect(updated.json).toMatchObject({ subject: 'Spring is nearly here', status: 'Scheduled', schedule: String(Date.UTC(2031, 1, 1) / 1000) });

		cs.sandbox.requests.length = 0;
		const [cancelled] = await run({ resource: 'emailCampaign', operation: 'cancel', campaignId: rl(id) });
		onlyRequest('PUT', `/email-campaigns/${id}/cancel`);
		// ClickSend's answer names the campaign it cancelled (its documented data), kept in the output.
		expect(cancelled.json).toMatchObject({ success: true, message: 'Email campaign has been cancelled.', email_campaign_id: Number(id), status: 'Cancelled' });
		expect(emailMarketing(cs.sandbox.state).campaigns.get(Number(id))?.status).toBe('Cancelled');

		const again = await cs.run({ resource: 'emailCampaign', operation: 'cancel', campaignId: rl(id) });
		expect(again.error?.message).toContain('is not scheduled and cannot be cancelled');
	});

	test('an Update without a Schedule keeps the campaign scheduled (its schedule is read and sent again); an Update with no field is refused', async () => {
		giveEmails();
		const [scheduled] = await run({ ...campaign, additionalFields: { schedule: '2031-01-01T00:00:00Z' } });
		const id = String(scheduled.json.email_campaign_id);

		cs.sandbox.requests.length = 0;
		const [updated] = await run({ resource: 'emailCampaign', operation: 'update', campaignId: rl(id), updateFields: { subject: 'Spring, again' } });
		// ClickSend replaces the schedule on every update (none = send now): the node reads it first.
		expect(cs.requests(`/email-campaigns/${id}`).map((r) => [r.method, r.body])).toEqual([
			['GET', undefined],
			['PUT', { subject: 'Spring, again', schedule: Date.UTC(2031, 0, 1) / 1000 }],
		]);
		expect(updated.json).toMatchObject({ subject: 'Spring, again', status: 'Scheduled', schedule: String(Date.UTC(2031, 0, 1) / 1000) });
		expect(emailMarketing(cs.sandbox.state).campaigns.get(Number(id))?.status).toBe('Scheduled');

		cs.sandbox.requests.length = 0;
		const empty = await cs.run({ resource: 'emailCampaign', operation: 'update', campaignId: rl(id), updateFields: {} });
		expect(empty.error?.message).toBe('Invalid Update Fields: add at least one field to change');
		const zero = await cs.run({ resource: 'emailCampaign', operation: 'update', campaignId: rl(id), updateFields: { contactListId: rl('0') } });
		expect(zero.error?.message).toBe('Invalid Contact List: give its ID in digits (not 0), such as 428, got "0"');
		const blank = await cs.run({ resource: 'emailCampaign', operation: 'update', campaignId: rl(id), updateFields: { subject: '   ' } });
		expect(blank.error?.message).toBe('Invalid Subject: is empty');
		const list = await cs.run({ resource: 'emailCampaign', operation: 'update', campaignId: rl(id), updateFields: { subject: '={{ ["a", "b"] }}' } });
		expect(list.error?.message).toBe('Invalid Subject: must be text, got a list');
		expect(cs.requests()).toHaveLength(0);
	});

	test('campaign fields are checked before any request; an unverified sender is refused by ClickSend', async () => {
		const bad = await cs.run({ ...campaign, listId: rl('list-428') });
		expect(bad.error?.message).toContain('Invalid Contact List: give its ID in digits (not 0), such as 428, got "list-428"');
		const empty = await cs.run({ ...campaign, fromName: ' ' });
		expect(empty.error?.message).toContain('Invalid From Name: is empty');
		const invisible = await cs.run({ ...campaign, subject: '={{ "\u200b\u2060" }}' });
		expect(invisible.error?.message).toContain('Invalid Subject: is empty');
		expect(cs.requests()).toHaveLength(0);
		const unverified = await cs.run({ ...campaign, emailAddressId: rl(3) });
		expect(unverified.error?.message).toContain('Email address pending@example.com is not verified.');
		expect(emailMarketing(cs.sandbox.state).campaigns.size).toBe(0);
	});
});

test.each([['12abc'], ['0'], ['-1']])('Category "%s" is refused before any request', async (value) => {
	const result = await cs.run({ resource: 'emailMasterTemplate', operation: 'getCategory', categoryId: { __rl: true, mode: 'list', value } });
	expect(cs.requests()).toHaveLength(0);
	expect(result.error?.message).toMatch(/^Invalid Category: give its ID in digits \(not 0\)/);
});

describe('Email Template checks before any request', () => {
const rlList = (value: string) => ({ __rl: true, mode: 'list', value });

test.each([['12abc'], ['1.5'], ['0'], ['-1']])('Create: Master Template "%s" is refused before any request', async (id) => {
	const result = await cs.run({ resource: 'emailTemplate', operation: 'create', templateName: 'Promo', masterTemplateId: rlList(id) });
	expect(cs.requests('/email/templates')).toHaveLength(0);
	expect(result.error?.message).toMatch(/^Invalid Master Template/);
});

test('Create: a blank Template Name is refused before any request', async () => {
	const result = await cs.run({ resource: 'emailTemplate', operation: 'create', templateName: '={{ "  " }}', masterTemplateId: rlList('57') });
	expect(cs.requests('/email/templates')).toHaveLength(0);
	expect(result.error?.message).toMatch(/^Invalid Template Name/);
});

test('Update: an empty Body is refused before the request; the template keeps its HTML', async () => {
	const created = await cs.run({ resource: 'emailTemplate', operation: 'create', templateName: 'Promo', masterTemplateId: rlList('57') });
	const id = String(created.output('ClickSend')[0].json.template_id);
	cs.sandbox.requests.length = 0;
	const result = await cs.run(
		{ resource: 'emailTemplate', operation: 'update', templateId: rlList(id), templateName: 'Promo 2', body: '={{ $json.html }}' },
		{ items: [{ html: '' }] },
	);
	expect(cs.requests(`/email/templates/${id}`).filter((r) => r.method === 'PUT')).toHaveLength(0);
	expect(result.error?.message).toMatch(/^Invalid Body/);
});
});

test('Email Campaign → Update: an added Subject that an expression leaves empty is refused; nothing is updated', async () => {
	cs.sandbox.state.contactLists.get(428)!.contacts[0].email = 'john@example.com';
	const sent = await cs.run({
		resource: 'emailCampaign',
		operation: 'send',
		campaignName: 'Spring',
		subject: 'Spring is here',
		emailAddressId: rl('2'),
		fromName: 'Shop',
		templateId: rl('281'),
		listId: rl('428'),
		body: '<p>Offers</p>',
		additionalFields: { schedule: '2031-01-01T00:00:00Z' },
	});
	const id = String(sent.output('ClickSend')[0].json.email_campaign_id);
	cs.sandbox.requests.length = 0;
	const result = await cs.run(
		{ resource: 'emailCampaign', operation: 'update', campaignId: rl(id), updateFields: { campaignName: 'Spring 2', subject: '={{ $json.subject }}' } },
		{ items: [{ subject: '' }] },
	);
	expect(result.error?.message).toBe('Invalid Subject: is empty');
	expect(cs.requests(`/email-campaigns/${id}`).filter((r) => r.method === 'PUT')).toHaveLength(0);
});
