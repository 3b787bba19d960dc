/**
 * Options fields set by an expression: n8n sends the value unchecked, so the node makes it one of
 * the field's options (its value or its name, any case) or fails the item before any request.
 */
import type { INodeProperties } from 'n8n-workflow';

import { ClickSend } from '../nodes/ClickSend/ClickSend.node';
import { useSandbox } from './helpers/sandbox';

const cs = useSandbox();

describe('Add Test Delivery Receipt: Delivery Method from an expression', () => {
	const receipt = (mode: string) => cs.run({ resource: 'voice', operation: 'addTestReceipt', callbackMode: '={{ $json.mode }}', callbackUrl: 'https://example.com/clicksend' }, { items: [{ mode }] });

	test.each([['push'], ['Push'], ['push '], ['Push to URL']])('%j pushes to the URL given', async (mode) => {
		const result = await receipt(mode);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/voice/receipts').map((r) => r.body)).toEqual([{ url: 'https://example.com/clicksend' }]);
	});

	test('"Pull" keeps the record for listing', async () => {
		await receipt('Pull');
		expect(cs.requests('/voice/receipts').map((r) => r.body)).toEqual([{ url: 'poll' }]);
	});

	test('anything else fails naming the field and its values, and nothing is sent', async () => {
		const result = await receipt('sideways');
		expect(result.error?.message).toBe('Invalid Delivery Method: must be one of "pull" (Pull), "push" (Push to URL), got "sideways"');
		expect(cs.requests()).toHaveLength(0);
	});
});

describe('routed options fields', () => {
	const rule = (action: string, actionAddress: string) => cs.run({ resource: 'smsReceiptRule', operation: 'create', ruleName: 'Receipts', action: `={{ ${JSON.stringify(action)} }}`, actionAddress });

	test('a rule Action "url" is the URL action: its address is checked as a URL, and "URL" is sent', async () => {
		const refused = await rule('url', 'not a url');
		expect(refused.error?.message).toBe('Invalid Action Address: must be an http(s) URL for Send to URL, got "not a url"');
		expect(cs.requests()).toHaveLength(0);
		await rule(' url ', 'https://example.com/hook');
		expect(cs.requests('/automations/sms/receipts')[0]?.body).toMatchObject({ action: 'URL', action_address: 'https://example.com/hook' });
	});

	test('a rule Action that is not one of the kind\'s actions fails before any request', async () => {
		const result = await rule('FORWARD', 'https://example.com/hook');
		expect(result.error?.message).toMatch(/^Invalid Action: must be one of .*"URL" \(Send to URL \(Webhook\)\), got "FORWARD"$/);
		expect(cs.requests()).toHaveLength(0);
	});

	const search = (searchType: string) => cs.run({ resource: 'number', operation: 'search', country: 'US', searchPattern: '88', searchType: `={{ ${JSON.stringify(searchType)} }}`, returnAll: false, limit: 5 });

	test.each([
		['anywhere', '1'],
		['Ends With', '2'],
		['0', '0'],
	])('Dedicated Number → Search: Match %j is sent as search_type=%s', async (searchType, sent) => {
		const result = await search(searchType);
		expect(result.error).toBeUndefined();
		expect(cs.requests('/numbers/search/US')[0]?.query).toMatchObject({ search_type: sent });
	});

	test('Dedicated Number → Search: a Match that is not an option fails before any request', async () => {
		const result = await search('sideways');
		expect(result.error?.message).toBe('Invalid Match: must be one of 1 (Anywhere), 2 (Ends With), 0 (Starts With), got "sideways"');
		expect(cs.requests()).toHaveLength(0);
	});

	test('every options field sent as it is has a choice check, in collections too', () => {
		const unchecked: string[] = [];
		const visit = (property: INodeProperties) => {
			if (property.type === 'collection') ((property.options ?? []) as INodeProperties[]).forEach(visit);
			const send = property.routing?.send;
			if (property.type !== 'options' || !send?.property || send.value !== undefined || (send.type !== 'body' && send.type !== 'query')) return;
			if (!send.preSend?.length) unchecked.push(property.name);
		};
		const { properties } = new ClickSend().description;
		properties.forEach(visit);
		expect(properties.filter((p) => p.type === 'options' && p.routing?.send?.property).length).toBeGreaterThan(5);
		expect(unchecked).toEqual([]);
	});
});
