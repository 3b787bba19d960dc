/**
 * Text fields of post, subaccounts, automation rules and stripped strings: a list or object from
 * an expression fails its item naming the field (never printed or stored as "a,b" or
 * "[object Object]"); blank and malformed values are refused before any request.
 */
import type { IDataObject } from 'n8n-workflow';

import { useSandbox } from './helpers/sandbox';
import { returnAddresses, type ReturnAddress } from './sandbox/routes/post';

const cs = useSandbox();

function seedReturnAddress(): number {
	const address: ReturnAddress = { return_address_id: cs.sandbox.state.nextId('returnAddress'), user_id: 1, address_name: 'Acme', address_line_1: '1 Maritime Avenue', address_line_2: '', address_city: 'Flynn', address_state: 'WA', address_postal_code: '6302', address_country: 'AU' };
	returnAddresses(cs.sandbox.state).set(address.return_address_id, address);
	return address.return_address_id;
}

const recipient = (returnAddressId: number, override: IDataObject = {}) => ({
	fileUrl: 'https://example.com/letter.pdf',
	addressName: '={{ $json.name }}',
	addressLine1: '={{ $json.street }}',
	addressCity: 'Perth',
	addressState: 'WA',
	addressPostalCode: '6000',
	addressCountry: 'AU',
	returnAddressId: { __rl: true, mode: 'id', value: String(returnAddressId) },
	...override,
});

describe('Post: an object or a list in a text field fails the item before any request', () => {
	test.each([
		['Recipient Name (object)', { name: { first: 'John', last: 'Smith' }, street: '1 Main St' }, 'Recipient Name: must be text, got object'],
		['Address Line 1 (list)', { name: 'John Smith', street: ['1 Main St', 'Unit 4'] }, 'Address Line 1'],
	])('Letter → Send: %s', async (_label, json, field) => {
		const result = await cs.run({ resource: 'letter', operation: 'send', ...recipient(seedReturnAddress()) }, { items: [json] });
		expect(cs.requests('/post/letters/send').map((r) => (r.body as { recipients: IDataObject[] }).recipients[0])).toEqual([]);
		expect(result.error?.message).toContain(`Invalid ${field}`);
	});

	test('Postcard → Send: a Custom String that is an object', async () => {
		const result = await cs.run(
			{ resource: 'postcard', operation: 'send', ...recipient(seedReturnAddress()), additionalFields: { customString: '={{ $json.ref }}' } },
			{ items: [{ name: 'John Smith', street: '1 Main St', ref: { order: 42 } }] },
		);
		expect(cs.requests('/post/postcards/send')).toHaveLength(0);
		expect(result.error?.message).toContain('Invalid Custom String');
	});

	test('Return Address → Create: a Name that is an object', async () => {
		const result = await cs.run(
			{ resource: 'returnAddress', operation: 'create', addressName: '={{ $json.name }}', addressLine1: '1 Main St', addressCity: 'Perth', addressState: 'WA', addressPostalCode: '6000', addressCountry: 'AU' },
			{ items: [{ name: { company: 'Acme' } }] },
		);
		expect(cs.requests('/post/return-addresses')).toHaveLength(0);
		expect(result.error?.message).toContain('Invalid Name');
	});
});

describe('Other resources: an object or a list in a text field fails the item before any request', () => {
	test('Email-to-SMS Stripped String → Create', async () => {
		const result = await cs.run({ resource: 'emailToSmsStrippedString', operation: 'create', stripString: '={{ $json.text }}' }, { items: [{ text: { a: 1 } }] });
		expect(cs.requests('/sms/email-sms-stripped-strings')).toHaveLength(0);
		expect(result.error?.message).toContain('Invalid String');
	});

	test('Inbound SMS Rule → Create: Rule Name', async () => {
		const result = await cs.run(
			{
				resource: 'inboundSmsRule',
				operation: 'create',
				ruleName: '={{ $json.name }}',
				dedicatedNumber: { __rl: true, mode: 'id', value: '+61411111111' },
				action: 'URL',
				actionAddress: 'https://example.com/hook',
			},
			{ items: [{ name: { a: 1 } }] },
		);
		expect(cs.requests('/automations/sms/inbound')).toHaveLength(0);
		expect(result.error?.message).toBe('Invalid Rule Name: must be text, got object');
	});

	test('Subaccount → Create: First/Last Name (an object and a list)', async () => {
		const result = await cs.run(
			{ resource: 'subaccount', operation: 'create', apiUsername: 'ops', password: 'x', email: 'ops@example.com', phoneNumber: '+61411111111', firstName: '={{ $json.first }}', lastName: '={{ $json.last }}' },
			{ items: [{ first: { a: 1 }, last: ['a', 'b'] }] },
		);
		expect(cs.requests('/subaccounts')).toHaveLength(0);
		expect(result.error?.message).toBe('Invalid First Name: must be text, got object');
	});
});

describe('Subaccount: the Email is checked before any request', () => {
	test('Create with an Email that is not an email address', async () => {
		const result = await cs.run({
			resource: 'subaccount',
			operation: 'create',
			apiUsername: 'ops-user',
			password: 'secret',
			email: 'not an email',
			phoneNumber: '+61411111111',
			firstName: 'Ada',
			lastName: 'Lovelace',
		});
		expect(cs.requests('/subaccounts')).toHaveLength(0);
		expect(result.error?.message).toBe('Invalid Email: "not an email" is not an email address (name@example.com)');
	});

	test('Update whose only field is a blank Email', async () => {
		const result = await cs.run({ resource: 'subaccount', operation: 'update', subaccountId: { __rl: true, mode: 'id', value: '1' }, updateFields: { email: '={{ $json.email }}' } }, { items: [{ email: '' }] });
		expect(cs.requests().filter((r) => r.method === 'PUT')).toHaveLength(0);
		expect(result.error?.message).toBe('Invalid Email: is empty; give an email address such as name@example.com');
	});
});

test('Letter → Detect Address: a blank Address fails before any request', async () => {
	const result = await cs.run({ resource: 'letter', operation: 'detectAddress', address: '={{ $json.address }}' }, { items: [{ address: '   ' }] });
	expect(cs.requests()).toHaveLength(0);
	expect(result.error?.message).toContain('Invalid Address');
});

test('Letter → Send: Return Address 0 fails before any request', async () => {
	const address: ReturnAddress = { return_address_id: cs.sandbox.state.nextId('returnAddress'), user_id: 1, address_name: 'Acme', address_line_1: '1 Maritime Avenue', address_line_2: '', address_city: 'Flynn', address_state: 'WA', address_postal_code: '6302', address_country: 'AU' };
	returnAddresses(cs.sandbox.state).set(address.return_address_id, address);
	const result = await cs.run({
		resource: 'letter',
		operation: 'send',
		fileUrl: 'https://example.com/letter.pdf',
		addressName: 'John Smith',
		addressLine1: '1 Main St',
		addressCity: 'Perth',
		addressState: 'WA',
		addressPostalCode: '6000',
		addressCountry: 'AU',
		returnAddressId: { __rl: true, mode: 'id', value: '={{ 0 }}' },
	});
	expect(cs.requests()).toHaveLength(0);
	expect(result.error?.message).toBe('Invalid Return Address: give its ID in digits (not 0), such as 428, got "0"');
});

test('Dedicated Number → Buy: a local number is refused before the buy request', async () => {
	const result = await cs.run({ resource: 'number', operation: 'buy', availableNumber: '0412345678' });
	expect(cs.requests()).toHaveLength(0);
	expect(result.error?.message).toBe('Invalid Dedicated Number: must be in E.164 format (+ and country code), as Search gives it, got "0412345678"');
});

test.each([
	['a list', '={{ ["a", "b"] }}'],
	['an object', '={{ { a: 1 } }}'],
])('Contact List → Create with a Name that is %s is refused before any request', async (_what, listName) => {
	const result = await cs.run({ resource: 'contactList', operation: 'create', listName });
	expect(cs.requests('/lists')).toHaveLength(0);
	expect(result.error?.message).toMatch(/^Invalid Name/);
});

test('Contact List → Create with a blank Name is refused before any request', async () => {
	const result = await cs.run({ resource: 'contactList', operation: 'create', listName: '={{ "   " }}' });
	expect(cs.requests('/lists')).toHaveLength(0);
	expect(result.error?.message).toMatch(/^Invalid Name/);
});

test('SMS Template → Create with a list name and an object body is refused, not stored as "a,b" / "[object Object]"', async () => {
	const result = await cs.run({ resource: 'smsTemplate', operation: 'create', templateName: '={{ ["a", "b"] }}', body: '={{ { x: 1 } }}' });
	expect(cs.requests('/sms/templates')).toHaveLength(0);
	expect(result.error?.message).toMatch(/^Invalid Template Name: must be text/);
});
