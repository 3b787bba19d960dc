import type { IDataObject } from 'n8n-workflow';

import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

const FUTURE = '2031-03-01T09:30:00Z';
const FUTURE_S = Date.UTC(2031, 2, 1, 9, 30) / 1000;
const list428 = { __rl: true, mode: 'list', value: '428' };
const byId = (id: unknown) => ({ __rl: true, mode: 'id', value: String(id) });

async function campaign(operation: string, parameters: IDataObject = {}) {
	cs.sandbox.requests.length = 0;
	const result = await cs.run({ resource: 'smsCampaign', operation, ...parameters });
	expect(result.error).toBeUndefined();
	for (const request of cs.sandbox.requests) expectValidBody(request);
	return result.output('ClickSend');
}

async function scheduledCampaign(name = 'Spring sale') {
	const [item] = await campaign('send', {
		listId: list428,
		campaignName: name,
		body: 'Hi [First Name], 20% off today',
		additionalFields: { from: 'MyShop', schedule: FUTURE },
	});
	return item.json.sms_campaign_id as number;
}

describe('SMS Campaign → Send / Calculate Price (contact list 428)', () => {
	test('sends a campaign to list 428 with sender, schedule and short URL', async () => {
		const items = await campaign('send', {
			listId: list428,
			campaignName: 'Spring sale',
			body: 'Hi [First Name], offer: smsg.us/xxxxx',
			additionalFields: { from: 'MyShop', schedule: FUTURE, urlToShorten: 'https://example.com/offer' },
		});
		const [request] = cs.requests('/sms-campaigns/send');
		expect(request.method).toBe('POST');
		expect(request.body).toEqual({
			list_id: 428,
			name: 'Spring sale',
			body: 'Hi [First Name], offer: smsg.us/xxxxx',
			from: 'MyShop',
			schedule: FUTURE_S,
			url_to_shorten: 'https://example.com/offer',
		});
		expect(items).toHaveLength(1);
		expect(pairedIndex(items[0])).toBe(0);
		expect(items[0].json).toMatchObject({
			sms_campaign_id: 1,
			list_id: 428,
			name: 'Spring sale',
			status: 'Queued',
			schedule: String(FUTURE_S),
			_total_count: 4,
		});
	});

	test('sends now without optional fields (no url_to_shorten needed)', async () => {
		const [item] = await campaign('send', { listId: byId(428), campaignName: 'Now', body: 'Open today' });
		expect(cs.requests('/sms-campaigns/send')[0].body).toEqual({ list_id: 428, name: 'Now', body: 'Open today' });
		expect(item.json).toMatchObject({ status: 'Sent', list_id: 428 });
	});

	test('calculates the price for every contact of the list', async () => {
		const [item] = await campaign('calculatePrice', { listId: list428, campaignName: 'Spring sale', body: 'Hi [First Name]' });
		const [request] = cs.requests('/sms-campaigns/price');
		expect([request.method, request.body]).toEqual(['POST', { list_id: 428, name: 'Spring sale', body: 'Hi [First Name]' }]);
		expect(item.json).toMatchObject({ total_count: 4, total_price: '0.3084', data: { body: 'Hi John' } });
		expect(cs.sandbox.requests.filter((r) => r.path === '/sms-campaigns')).toHaveLength(0);
	});

	test.each([
		['Contact List', { listId: { __rl: true, mode: 'list', value: 'abc' } }, 'Invalid Contact List: give its ID in digits (not 0), such as 428, got "abc"'],
		['Message', { body: '={{ "" }}' }, 'Invalid Message: is empty'],
		['Message', { body: '={{ ["a", "b"] }}' }, 'Invalid Message: must be text, got a list'],
		['Message', { body: '={{ "\u200b \u200e" }}' }, 'Invalid Message: is empty'],
		['Campaign Name', { campaignName: '\u200b' }, 'Invalid Campaign Name: is empty'],
		['Message', { body: 'a'.repeat(919) }, 'Invalid Message: is 919 GSM-7 characters (7 parts); ClickSend truncates SMS text after 918. Shorten it'],
		['Message', { body: `${'a'.repeat(919)}[First Name]` }, 'Invalid Message: is, without its placeholders, 919 GSM-7 characters (7 parts)'],
		['Message', { body: '[x]'.repeat(400) }, 'Invalid Message: is 2000 GSM-7 characters'],
		['Message', { body: '={{ "\u3164\u2800" }}' }, 'Invalid Message: is empty'],
		['Campaign Name', { campaignName: '={{ { a: 1 } }}' }, 'Invalid Campaign Name: must be text, got object'],
		['Contact List', { listId: { __rl: true, mode: 'list', value: '={{ [428] }}' } }, 'Invalid Contact List: must be one ID, got [428]'],
		['From (Sender ID)', { additionalFields: { from: 'Far Too Long Sender' } }, 'Invalid From (Sender ID)'],
		['URL to Shorten', { additionalFields: { urlToShorten: 'example.com' } }, 'Invalid URL to Shorten: must start with http'],
	])('bad %s is rejected before any request', async (_field, override, message) => {
		const result = await cs.run({ resource: 'smsCampaign', operation: 'send', listId: list428, campaignName: 'C', body: 'B', ...override });
		expect(result.error?.message).toContain(message);
		expect(cs.requests()).toHaveLength(0);
	});

	test('placeholders count as empty in the length check: a text that fits once they are filled is sent', async () => {
		const body = `${'a'.repeat(905)}[First Name]`;
		await campaign('send', { listId: list428, campaignName: 'Long', body });
		expect((cs.requests('/sms-campaigns/send')[0].body as IDataObject).body).toBe(body);
	});

	test('an unknown contact list answers NOT_ENOUGH_PERMISSION_TO_LIST_ID', async () => {
		const result = await cs.run({ resource: 'smsCampaign', operation: 'send', listId: byId(999), campaignName: 'C', body: 'B' });
		expect(result.error?.description).toContain('NOT_ENOUGH_PERMISSION_TO_LIST_ID');
	});
});

describe('SMS Campaign → Get Many / Get / Update / Cancel', () => {
	test('send → get many → get → update → cancel', async () => {
		const first = await scheduledCampaign('First');
		const second = await scheduledCampaign('Second');

		const listed = await campaign('getAll', { returnAll: true });
		expect(cs.requests('/sms-campaigns').map((r) => [r.method, r.query])).toEqual([['GET', { page: '1', limit: '100' }]]);
		expect(listed.map((i) => i.json.sms_campaign_id)).toEqual([second, first]);
		const searched = await campaign('getAll', { returnAll: false, limit: 10, filters: { q: 'name:second' } });
		expect(cs.requests('/sms-campaigns')[0].query).toEqual({ page: '1', limit: '15', q: 'name:second' });
		expect(searched.map((i) => i.json.name)).toEqual(['Second']);

		const [got] = await campaign('get', { campaignId: byId(first) });
		expect(cs.requests(`/sms-campaigns/${first}`).map((r) => r.method)).toEqual(['GET']);
		expect(got.json).toMatchObject({ sms_campaign_id: first, name: 'First', status: 'Queued' });

		const [updated] = await campaign('update', {
			campaignId: byId(first),
			listId: list428,
			campaignName: 'First (edited)',
			body: 'New text',
			updateFields: { schedule: '2032-01-01T00:00:00Z' },
		});
		const [put] = cs.requests(`/sms-campaigns/${first}`);
		expect([put.method, put.body]).toEqual(['PUT', { list_id: 428, name: 'First (edited)', body: 'New text', schedule: Date.UTC(2032, 0, 1) / 1000 }]);
		expect(updated.json).toMatchObject({ sms_campaign_id: first, name: 'First (edited)', body: 'New text', status: 'Queued' });

		const cancelled = await campaign('cancel', { campaignId: byId(second) });
		expect(cs.requests(`/sms-campaigns/${second}/cancel`).map((r) => r.method)).toEqual(['PUT']);
		// ClickSend's answer names the campaign it cancelled (its documented data), kept in the output.
		expect(cancelled.map((i) => i.json)).toEqual([expect.objectContaining({ success: true, message: 'Your SMS Campaign has been cancelled.', sms_campaign_id: second, status: 'Cancelled' })]);
		const [after] = await campaign('get', { campaignId: byId(second) });
		expect(after.json.status).toBe('Cancelled');

		const again = await cs.run({ resource: 'smsCampaign', operation: 'cancel', campaignId: byId(second) });
		expect(again.error?.message).toContain('is cancelled and cannot be cancelled');
	});

	test('an update without a Schedule keeps the campaign scheduled (its schedule is read and sent again); a Schedule of now sends it now', async () => {
		const id = await scheduledCampaign('Kept');
		cs.sandbox.requests.length = 0;
		const edit = { campaignId: byId(id), listId: list428, campaignName: 'Kept', body: 'New text' };
		const [kept] = await campaign('update', edit);
		// ClickSend replaces the schedule on every update (none = send now): the node reads it first.
		expect(cs.requests(`/sms-campaigns/${id}`).map((r) => [r.method, r.body])).toEqual([
			['GET', undefined],
			['PUT', { list_id: 428, name: 'Kept', body: 'New text', schedule: FUTURE_S }],
		]);
		expect(kept.json).toMatchObject({ body: 'New text', status: 'Queued', schedule: String(FUTURE_S) });

		cs.sandbox.requests.length = 0;
		const [now] = await campaign('update', { ...edit, updateFields: { schedule: '={{ $now.toISO() }}' } });
		expect(cs.requests(`/sms-campaigns/${id}`).map((r) => [r.method, r.body])).toEqual([['PUT', { list_id: 428, name: 'Kept', body: 'New text' }]]);
		expect(now.json.status).toBe('Sent');

		// Bad input is refused before the read; a past Schedule says what an empty one does here.
		cs.sandbox.requests.length = 0;
		const bad = await cs.run({ resource: 'smsCampaign', operation: 'update', ...edit, body: '={{ "" }}' });
		expect(bad.error?.message).toContain('Invalid Message: is empty');
		const past = await cs.run({ resource: 'smsCampaign', operation: 'update', ...edit, updateFields: { schedule: '2020-01-01T00:00:00Z' } });
		expect(past.error?.message).toMatch(/^Invalid Schedule: 2020-01-01T00:00:00Z is in the past .*give a future time, or a time of now to send it now, or leave it empty to keep the current schedule$/);
		const zero = await cs.run({ resource: 'smsCampaign', operation: 'update', ...edit, listId: byId(0) });
		expect(zero.error?.message).toBe('Invalid Contact List: give its ID in digits (not 0), such as 428, got "0"');
		expect(cs.requests()).toHaveLength(0);
	});

	test('Retry On Fail: a try that held every item (one read failed) is followed by a try that updates them all', async () => {
		const ids = [await scheduledCampaign('First'), await scheduledCampaign('Second')];
		cs.sandbox.requests.length = 0;
		cs.sandbox.fault({ method: 'GET', path: `/sms-campaigns/${ids[1]}`, status: 404 });
		const result = await cs.run(
			{ resource: 'smsCampaign', operation: 'update', campaignId: byId('={{ $json.id }}'), listId: list428, campaignName: 'Kept', body: 'New text' },
			{ items: ids.map((id) => ({ id })), retry: { maxTries: 2, waitBetweenTries: 0 } },
		);
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend').map((item) => [pairedIndex(item), item.json.body])).toEqual([
			[0, 'New text'],
			[1, 'New text'],
		]);
		// First try: both read, one read refused, nothing updated; second try: both read and updated.
		expect(cs.requests().filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual(ids.map((id) => `/sms-campaigns/${id}`));
		expect(cs.requests().filter((r) => r.method === 'GET')).toHaveLength(4);
	});

	test('an update without a Schedule of a campaign with no future schedule is refused, and nothing is sent', async () => {
		const id = await scheduledCampaign('Answer without schedule');
		const edit = { campaignId: byId(id), listId: list428, campaignName: 'x', body: 'y' };
		for (const schedule of ['', undefined, 'soon', String(Date.UTC(2020, 0, 1) / 1000)]) {
			cs.sandbox.requests.length = 0;
			cs.sandbox.fault({
				method: 'GET',
				path: `/sms-campaigns/${id}`,
				status: 200,
				body: { http_code: 200, response_code: 'SUCCESS', response_msg: 'Here is your campaign.', data: { sms_campaign_id: id, status: 'Queued', schedule } },
			});
			const result = await cs.run({ resource: 'smsCampaign', operation: 'update', ...edit });
			expect(result.error?.message).toBe(
				`Invalid Schedule: is empty, and the campaign has no future schedule to keep (GET /sms-campaigns/${id} gave ${JSON.stringify(schedule ?? null)}); nothing was updated. Give a Schedule, or a time of now to send it now`,
			);
			expect(cs.requests(`/sms-campaigns/${id}`).map((r) => r.method)).toEqual(['GET']);
		}
		const [still] = await campaign('get', { campaignId: byId(id) });
		expect(still.json).toMatchObject({ status: 'Queued', name: 'Answer without schedule' });
	});

	test('an unknown campaign answers NOT_FOUND', async () => {
		const result = await cs.run({ resource: 'smsCampaign', operation: 'get', campaignId: byId(77) }, { onError: 'continueRegularOutput' });
		const [item] = result.output('ClickSend');
		expect(item.json.error).toContain('SMS campaign 77 not found');
		expect(pairedIndex(item)).toBe(0);
	});
});

describe('SMS Campaign link tracking', () => {
	test('statistics, tracking (one item per contact) and export of a campaign', async () => {
		const id = await scheduledCampaign();

		const [stats] = await campaign('getLinkStatistics', { campaignId: byId(id) });
		expect(cs.requests(`/sms-campaigns/${id}/link-statistics`).map((r) => r.method)).toEqual(['GET']);
		expect(stats.json).toMatchObject({ links: { opened: expect.any(Number), unopened: expect.any(Number) }, device: expect.any(Array) });

		const tracking = await campaign('getLinkTracking', { campaignId: byId(id), returnAll: true });
		expect(cs.requests(`/sms-campaigns/${id}/link-tracking`).map((r) => [r.method, r.query])).toEqual([['GET', { page: '1', limit: '100' }]]);
		expect(tracking.map((i) => (i.json.contact as IDataObject).phone_number)).toEqual([
			'+61411111111',
			'+61422222222',
			'+14055555555',
			'+447777777777',
		]);
		expect(tracking.every((i) => pairedIndex(i) === 0 && i.json.open_count === 0)).toBe(true);

		const [exported] = await campaign('exportLinkTracking', { campaignId: byId(id), filename: 'links.csv' });
		const [request] = cs.requests(`/sms-campaigns/${id}/link-export`);
		expect([request.method, request.query]).toEqual(['GET', { filename: 'links.csv' }]);
		expect(exported.json).toEqual({ url: expect.stringContaining('filename=links.csv') });
	});
});
