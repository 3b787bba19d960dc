import { ClickSend } from '../nodes/ClickSend/ClickSend.node';
import { OUT_OF_SCOPE_OPERATIONS } from '../nodes/ClickSend/shared/scope';
import { listOperations } from './helpers/operations';
import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

describe('Reference data: Country, Timezone, Referral Account, Statistic', () => {
	test('Country → Get Many outputs one item per country (ClickSend answers them all at once)', async () => {
		const result = await cs.run({ resource: 'country', operation: 'getAll', returnAll: true }, { items: [{ n: 1 }] });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/countries').map((r) => r.method)).toEqual(['GET']);
		const items = result.output('ClickSend');
		expect(items.map((i) => i.json)).toContainEqual({ code: 'AU', value: 'Australia' });
		expect(items.length).toBe(8);
		expect(items.every((i) => pairedIndex(i) === 0)).toBe(true);

		const limited = await cs.run({ resource: 'country', operation: 'getAll', returnAll: false, limit: 3 });
		expect(limited.output('ClickSend').map((i) => i.json.code)).toEqual(['AF', 'AU', 'FI']);
	});

	test('Timezone → Get Many outputs one { timezone } item per name', async () => {
		const result = await cs.run({ resource: 'timezone', operation: 'getAll' }, { items: [{ n: 1 }] });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/timezones').map((r) => [r.method, r.query])).toEqual([['GET', {}]]);
		const items = result.output('ClickSend');
		expect(items.length).toBeGreaterThan(100);
		expect(items[0].json).toEqual({ timezone: 'Africa/Abidjan' });
		expect(items.map((i) => i.json.timezone)).toContain('Australia/Melbourne');
		expect(items.every((i) => pairedIndex(i) === 0)).toBe(true);
	});

	test('Referral Account → Get Many pages with page/limit', async () => {
		const result = await cs.run({ resource: 'referralAccount', operation: 'getAll', returnAll: false, limit: 2 });
		expect(result.error).toBeUndefined();
		expect(cs.requests('/referral/accounts').map((r) => [r.method, r.query])).toEqual([['GET', { page: '1', limit: '15' }]]);
		expect(result.output('ClickSend').map((i) => i.json)).toEqual([
			{ date_referred: 1438260940, percentage_referral: 5, refered_user_id: 24, referral_rule_id: 1 },
			{ date_referred: 1438260989, percentage_referral: 5, refered_user_id: 25, referral_rule_id: 2 },
		]);
	});

	test.each([
		['getSms', '/statistics/sms', 'stat'],
		['getVoice', '/statistics/voice', 'stats'],
	])('Statistic → %s outputs one item with the daily figures and the currency', async (operation, path, field) => {
		const result = await cs.run({ resource: 'statistics', operation }, { items: [{ n: 1 }] });
		expect(result.error).toBeUndefined();
		expect(cs.requests(path).map((r) => [r.method, r.query])).toEqual([['GET', {}]]);
		const items = result.output('ClickSend');
		expect(items).toHaveLength(1);
		expect(pairedIndex(items[0])).toBe(0);
		expect(items[0].json).toMatchObject({ currency: { currency_name_short: expect.any(String) }, [field]: expect.any(Array) });
	});
});

describe('Delivery Issue', () => {
	const issue = {
		resource: 'deliveryIssue',
		operation: 'create',
		messageId: '={{ $json.messageId }}',
		messageType: 'SMS',
		issueDescription: 'Not received by the handset',
		emailAddress: 'ops@example.com',
	};

	test('Create sends the spec body; Get Many lists the reported issues', async () => {
		const created = await cs.run(
			{ ...issue, additionalFields: { clientComments: 'Customer called' } },
			{ items: [{ messageId: 'B388828B-AD46-4366-8AD3-0305FF5E3FE5' }, { messageId: ' 90396A38-146B-46C4-A455-675F620C2E05 ' }] },
		);
		expect(created.error).toBeUndefined();
		const requests = cs.requests('/delivery-issues');
		expect(requests.map((r) => r.method)).toEqual(['POST', 'POST']);
		expect(requests[0].body).toEqual({
			message_id: 'B388828B-AD46-4366-8AD3-0305FF5E3FE5',
			type: 'SMS',
			description: 'Not received by the handset',
			email_address: 'ops@example.com',
			client_comments: 'Customer called',
		});
		expect((requests[1].body as { message_id: string }).message_id).toBe('90396A38-146B-46C4-A455-675F620C2E05');
		for (const request of requests) expectValidBody(request);
		const items = created.output('ClickSend');
		expect(items.map(pairedIndex)).toEqual([0, 1]);
		expect(items[0].json).toMatchObject({ issue_id: expect.any(Number), type: 'SMS', message_id: 'B388828B-AD46-4366-8AD3-0305FF5E3FE5' });

		const list = await cs.run({ resource: 'deliveryIssue', operation: 'getAll', returnAll: true, filters: { order_by: 'issue_id:desc' } });
		expect(list.error).toBeUndefined();
		expect(cs.requests('/delivery-issues').at(-1)?.query).toEqual({ page: '1', limit: '100', order_by: 'issue_id:desc' });
		expect(list.output('ClickSend').map((i) => i.json.message_id)).toEqual([
			'90396A38-146B-46C4-A455-675F620C2E05',
			'B388828B-AD46-4366-8AD3-0305FF5E3FE5',
		]);
	});

	test('a blank Message ID is rejected before any request', async () => {
		const result = await cs.run(issue, { items: [{ messageId: '  ' }] });
		expect(result.error?.message).toBe('Invalid Message ID: is empty');
		expect(cs.requests()).toHaveLength(0);
	});

	test('the Email must be an email address, texts must be text (numbers as text), before any request', async () => {
		const result = await cs.run(
			{ ...issue, issueDescription: '={{ $json.d }}', emailAddress: '={{ $json.e }}', additionalFields: { clientComments: '={{ $json.c }}' } },
			{
				items: [
					{ messageId: 'B388828B-AD46-4366-8AD3-0305FF5E3FE5', d: 'x', e: 'not-an-email', c: 'a' },
					{ messageId: 'B388828B-AD46-4366-8AD3-0305FF5E3FE5', d: 'x', e: 'ops@example.com', c: { x: 1 } },
					{ messageId: 'B388828B-AD46-4366-8AD3-0305FF5E3FE5', d: 42, e: ['ops@example.com'], c: '' },
					{ messageId: 12345, d: 42, e: ' ops@example.com ', c: 7 },
				],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.output('ClickSend').slice(0, 3).map((i) => i.json.error)).toEqual([
			'Invalid Email: "not-an-email" is not an email address (name@example.com)',
			'Invalid Comments: must be text, got object',
			'Invalid Email: must be one email address (text), got a list',
		]);
		expect(cs.requests('/delivery-issues').map((r) => r.body)).toEqual([
			{ message_id: '12345', type: 'SMS', description: '42', email_address: 'ops@example.com', client_comments: '7' },
		]);
	});
});

describe('Out-of-scope account operations are not offered', () => {
	test('no node operation routes to account creation, verification, recharge card update, public reseller sign-up or SDKs', () => {
		const routes = listOperations(new ClickSend().description).map((op) => `${op.method} ${op.pathPattern}`);
		for (const forbidden of [
			'POST /account',
			'PUT /account-verify/send',
			'PUT /account-verify/verify/{}',
			'PUT /recharge/credit-card',
			'POST /reseller/accounts-public',
			'PUT /forgot-password',
			'PUT /forgot-username',
			'GET /sdk-download/{}',
		]) {
			expect(routes).not.toContain(forbidden);
		}
		expect(OUT_OF_SCOPE_OPERATIONS.map((op) => `${op.method} ${op.path}`)).toEqual(
			expect.arrayContaining(['POST /account', 'PUT /recharge/credit-card', 'POST /reseller/accounts-public']),
		);
	});
});
