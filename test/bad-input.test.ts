import type { INode, INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import {
	checkMmsMedia,
	checkMmsSubject,
	checkSchedule,
	estimateMessage,
	InvalidFieldError,
	MMS_MEDIA_MAX_BYTES,
	scheduleHorizon,
} from '../nodes/ClickSend/shared/validation';
import { n8nCoreMajor, WORKFLOW_HAS_ISSUES_V1 } from './harness/compat';
import { nodeTypes } from './harness/node-types';
import { clickSendWorkflow } from './harness/run';
import { useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

const now = () => Math.floor(Date.now() / 1000);
const isoIn = (seconds: number) => new Date((now() + seconds) * 1000).toISOString();
const send = (override: INodeParameters = {}): INodeParameters => ({ resource: 'sms', operation: 'send', to: '+61411111111', body: 'Hi', ...override });
/** The run's error: the node's error, or n8n's own refusal to start (required parameters, locator checks). */
const failure = async (parameters: INodeParameters) =>
	await cs.run(parameters).then(
		(result) => result.error,
		(error: Error) => error,
	);
/** The parameter issues n8n's own check (NodeHelpers.getNodeParametersIssues) finds on the ClickSend node. */
const parameterIssues = (parameters: INodeParameters): string[] => {
	const node = clickSendWorkflow(parameters).nodes.find((n) => n.name === 'ClickSend') as INode;
	const { description } = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	return Object.values(NodeHelpers.getNodeParametersIssues(description.properties, node, description)?.parameters ?? {}).flat();
};
/**
 * Bad input is refused before any request, naming the field. `by: 'n8n'`: n8n's own parameter
 * check refuses the run before it starts; n8n 2.x names the issue in its error, n8n 1.x refuses
 * with a generic message only, so there the issue is read from that same check.
 */
const expectRejected = async (parameters: INodeParameters, message: string, by: 'node' | 'n8n' = 'node') => {
	const error = await failure(parameters);
	if (by === 'n8n' && n8nCoreMajor < 2) {
		expect(error?.name).toBe('WorkflowHasIssuesError');
		expect(error?.message).toBe(WORKFLOW_HAS_ISSUES_V1);
		expect(parameterIssues(parameters)).toContain(message);
	} else {
		expect(error?.message).toContain(message);
	}
	expect(cs.requests()).toHaveLength(0);
};
const sentMessage = () => (cs.requests('/sms/send')[0]?.body as { messages: Record<string, unknown>[] }).messages[0];

/** Every bad-input kind, several values each: the node fails before any request, naming the field and what is allowed. */
const badInput: Array<[kind: string, override: INodeParameters, message: string, by?: 'n8n']> = [
	['recipient with words', { to: 'call me' }, 'Invalid To: "call me" is not a phone number: use digits with an optional leading +, e.g. +61411111111'],
	['recipient with letters', { to: '0411 ABC 111' }, 'Invalid To: "0411 ABC 111" is not a phone number'],
	['recipient with a letter O for a zero', { to: '+61 4O0 111 111' }, 'Invalid To: "+61 4O0 111 111" is not a phone number'],
	['empty recipient', { to: '={{ "" }}' }, 'Invalid To: is empty; give a phone number in E.164 (+61411111111) or local format'],
	['blank recipient', { to: '   ' }, 'Invalid To: is empty'],
	['a list of recipients', { to: '={{ ["+61411111111", "+61422222222"] }}' }, 'Invalid To: must be one phone number (text), got a list'],
	['sender with spaces', { additionalFields: { from: 'My Shop' } }, 'Invalid From (Sender ID): "My Shop" is not a valid sender ID: use at most 11 letters and digits without spaces, a phone number, or leave it empty'],
	['sender over 11 characters', { additionalFields: { from: 'ShopNumberOne' } }, 'Invalid From (Sender ID): "ShopNumberOne" is not a valid sender ID'],
	['sender with accents', { additionalFields: { from: 'Café' } }, 'Invalid From (Sender ID): "Café" is not a valid sender ID'],
	['sender with symbols', { additionalFields: { from: 'Shop&Co' } }, 'Invalid From (Sender ID): "Shop&Co" is not a valid sender ID'],
	['sender as a list', { additionalFields: { from: '={{ ["A", "B"] }}' } }, 'Invalid From (Sender ID): must be one sender ID (text), got a list'],
	['schedule in words', { additionalFields: { schedule: 'next tuesday' } }, 'Invalid Schedule: must be a date-time (ISO 8601 such as 2026-12-01T09:30:00, a date picker value, or Unix seconds), got "next tuesday"'],
	['ambiguous schedule date', { additionalFields: { schedule: '12/01/2026' } }, 'Invalid Schedule: must be a date-time'],
	['schedule 0', { additionalFields: { schedule: '={{ 0 }}' } }, 'Invalid Schedule: must be a date-time or Unix seconds, got 0'],
	['negative schedule', { additionalFields: { schedule: '={{ -60 }}' } }, 'Invalid Schedule: must be a date-time or Unix seconds, got -60'],
	['schedule an hour ago', { additionalFields: { schedule: isoIn(-3600) } }, 'is in the past (now is'],
	['schedule in 2020', { additionalFields: { schedule: '2020-01-01T00:00:00Z' } }, 'Invalid Schedule: 2020-01-01T00:00:00Z is in the past'],
	['schedule as old Unix milliseconds', { additionalFields: { schedule: '={{ 1577836800000 }}' } }, 'Invalid Schedule: 2020-01-01T00:00:00Z is in the past'],
	['empty message (n8n’s required-field check)', { body: '' }, 'Parameter "Message" is required.', 'n8n'],
	['message that evaluates to empty', { body: '={{ $json.missing ?? "" }}' }, 'Invalid Message: is empty; give the text to send'],
	['blank message', { body: ' \n\t ' }, 'Invalid Message: is empty'],
	['message of zero-width characters only', { body: '={{ "\u200b\u200d \ufeff" }}' }, 'Invalid Message: is empty'],
	['message of blank letters only (Hangul fillers, braille blank)', { body: '={{ "\u3164\uffa0\u2800" }}' }, 'Invalid Message: is empty'],
	['message as an object', { body: '={{ { text: "hi" } }}' }, 'Invalid Message: must be text, got object'],
	['GSM-7 message over 6 parts', { body: 'a'.repeat(919) }, 'Invalid Message: is 919 GSM-7 characters (7 parts); ClickSend truncates SMS text after 918. Shorten it, or set Too Long Message to "Send Anyway"'],
	['GSM-7 message with € over 6 parts', { body: '€'.repeat(460) }, 'Invalid Message: is 920 GSM-7 characters (7 parts; € counts twice); ClickSend truncates SMS text after 918'],
	['Unicode message over 6 parts', { body: 'Привет '.repeat(58) }, 'Invalid Message: is 406 Unicode characters (7 parts; Unicode because of "П" (U+041F)); ClickSend truncates SMS text after 402'],
	['ASCII message made Unicode by one curly quote', { body: `${'a'.repeat(250)}’${'a'.repeat(250)}` }, 'Invalid Message: is 501 Unicode characters (8 parts; Unicode because of "’" (U+2019)); ClickSend truncates SMS text after 402'],
	['a no-break space makes it Unicode: named by its code point', { body: `${'a'.repeat(300)}\u00a0${'a'.repeat(300)}` }, 'Invalid Message: is 601 Unicode characters (9 parts; Unicode because of "\u00a0" (U+00A0)); ClickSend truncates SMS text after 402'],
	['hearts with a variation selector count 2 each', { body: '❤️'.repeat(202) }, 'Invalid Message: is 404 Unicode characters (7 parts; Unicode because of "❤" (U+2764); emoji and combined characters count as 2 or more)'],
	['GSM-7 text with { } and a form feed over 6 parts', { body: `${'{}'.repeat(230)}\f` }, 'Invalid Message: is 922 GSM-7 characters (7 parts; { } form feed count twice); ClickSend truncates SMS text after 918'],
	['emoji message over 6 parts', { body: '👋'.repeat(202) }, 'Invalid Message: is 404 Unicode characters (7 parts; Unicode because of "👋" (U+1F44B); emoji and combined characters count as 2 or more); ClickSend truncates SMS text after 402'],
	['contact list that is not an ID (n8n’s locator check)', { sendTo: 'list', listId: { __rl: true, mode: 'id', value: 'my list' } }, 'Not a valid Contact List: give its ID in digits, such as 428', 'n8n'],
	['contact list ID from an expression', { sendTo: 'list', listId: { __rl: true, mode: 'list', value: '={{ "my list" }}' } }, 'Invalid Contact List: give its ID in digits (not 0), such as 428, got "my list"'],
	['contact list ID 0', { sendTo: 'list', listId: { __rl: true, mode: 'id', value: '0' } }, 'Invalid Contact List: give its ID in digits (not 0), such as 428, got "0"'],
	['contact list ID of spaces', { sendTo: 'list', listId: { __rl: true, mode: 'id', value: '={{ "  " }}' } }, 'Invalid Contact List: is empty; choose one or give its ID'],
	['custom string as an object', { additionalFields: { customString: '={{ { ref: 7 } }}' } }, 'Invalid Custom String: must be text, got object'],
	['custom string as a list', { additionalFields: { customString: '={{ ["a", "b"] }}' } }, 'Invalid Custom String: must be text, got a list'],
	['reply email that is not an email address', { additionalFields: { fromEmail: 'replies@example' } }, 'Invalid Reply Email: "replies@example" is not an email address (name@example.com)'],
	['reply email with an empty domain label', { additionalFields: { fromEmail: 'replies@example..com' } }, 'Invalid Reply Email: "replies@example..com" is not an email address (name@example.com)'],
	['reply email ending in a dot', { additionalFields: { fromEmail: 'replies@example.com.' } }, 'Invalid Reply Email: "replies@example.com." is not an email address (name@example.com)'],
	['reply email as a list', { additionalFields: { fromEmail: '={{ ["a@example.com", "b@example.com"] }}' } }, 'Invalid Reply Email: must be one email address (text), got a list'],
	['country in words', { additionalFields: { country: 'Australia' } }, 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "Australia"'],
	['country as a three-letter code', { additionalFields: { country: 'AUS' } }, 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "AUS"'],
	['country UK (not an ISO code)', { additionalFields: { country: 'uk' } }, 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "uk"; the United Kingdom is GB'],
	['country ZZ (two letters, no country)', { additionalFields: { country: 'ZZ' } }, 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got "ZZ"'],
	['country as a list', { additionalFields: { country: '={{ ["AU"] }}' } }, 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got ["AU"]'],
	['country as an object', { additionalFields: { country: '={{ { code: "AU" } }}' } }, 'Invalid Country: must be a two-letter ISO 3166 country code such as AU or US, got {"code":"AU"}'],
	['unknown Too Long Message choice', { body: 'a'.repeat(919), additionalFields: { longMessage: '={{ "skip" }}' } }, 'Invalid Too Long Message: must be "error" (Fail) or "warn" (Send Anyway), got "skip"'],
	['Too Long Message "constructor"', { body: 'a'.repeat(919), additionalFields: { longMessage: '={{ "constructor" }}' } }, 'Invalid Too Long Message: must be "error" (Fail) or "warn" (Send Anyway), got "constructor"'],
	['Too Long Message label "Fail"', { body: 'a'.repeat(919), additionalFields: { longMessage: '={{ "Fail" }}' } }, 'Invalid Message: is 919 GSM-7 characters (7 parts); ClickSend truncates SMS text after 918'],
	['E.164 number with 16 digits', { to: '+6141111111111111' }, 'Invalid To: "+6141111111111111" is not a phone number: it has 16 digits after the +, an E.164 number has at most 15'],
	['local number with 17 digits', { to: '04111111111111111' }, 'Invalid To: "04111111111111111" is not a phone number: it has 17 digits, a phone number has at most 16'],
	['number with 2 digits', { to: '+61' }, 'Invalid To: "+61" is not a phone number: it has 2 digit(s), a phone number has at least 3'],
	['+ then a trunk 0', { to: '+0411 111 111' }, 'Invalid To: "+0411 111 111" is not a phone number: after the + comes a country code, which never starts with 0'],
	['+ then (0) with no country code', { to: '+(0)20 7946 0958' }, 'Invalid To: "+(0)20 7946 0958" is not a phone number: after the + comes a country code, which never starts with 0'],
	['two numbers split by a slash', { to: '555-1234 / 555-5678' }, 'Invalid To: "555-1234 / 555-5678" is not a phone number: a slash is taken only after an area code (0171/1234567): give one phone number, without an extension'],
	['an alternative last digit after a slash', { to: '+44 20 7946 0958/9' }, 'Invalid To: "+44 20 7946 0958/9" is not a phone number: a slash is taken only after an area code'],
	['a leading slash', { to: '/+61411111111' }, 'Invalid To: "/+61411111111" is not a phone number: a slash is taken only after an area code'],
];

describe('bad input is rejected before any request', () => {
	// Rest parameters: a callback with more parameters than a row has values would be taken for `done`.
	test.each(badInput)('%s', async (...[, override, message, by]) => {
		await expectRejected(send(override), message, by);
	});

	test.each<[kind: string, messageId: string, message: string, by?: 'n8n']>([
		['empty', '', 'Parameter "Message ID" is required.', 'n8n'],
		['blank', '   ', 'Invalid Message ID: is empty'],
		['empty from an expression', '={{ $json.none ?? "" }}', 'Invalid Message ID: is empty'],
		['a list', '={{ ["A", "B"] }}', 'Invalid Message ID: must be one ID, got ["A","B"]'],
	])('SMS → Cancel Scheduled with a %s message ID: named, no request', async (...[, messageId, message, by]) => {
		await expectRejected({ resource: 'sms', operation: 'cancel', messageId }, message, by);
	});

	test('an item whose recipient and text expressions give nothing becomes its error item, never dropped', async () => {
		const result = await cs.run(send({ to: '={{ $json.phone }}', body: '={{ $json.text }}' }), {
			items: [{ phone: '+61411111111', text: 'Hi' }, { other: 1 }],
			onError: 'continueRegularOutput',
		});
		expect(result.output('ClickSend').map((i) => [i.pairedItem, i.json.accepted ?? i.json.error])).toEqual([
			[{ item: 0 }, true],
			[{ item: 1 }, 'Invalid To: is empty; give a phone number in E.164 (+61411111111) or local format'],
		]);
	});

	test('with Continue On Fail a bad item becomes its own linked error item; the good ones are sent', async () => {
		const result = await cs.run(send({ to: '={{ $json.phone }}' }), {
			items: [{ phone: '+61411111111' }, { phone: 'n/a' }, { phone: '+61422222222' }],
			onError: 'continueRegularOutput',
		});
		const items = result.output('ClickSend');
		expect(items.map((i) => [i.pairedItem, i.json.accepted ?? i.json.error])).toEqual([
			[{ item: 0 }, true],
			[{ item: 1 }, 'Invalid To: "n/a" is not a phone number: use digits with an optional leading +, e.g. +61411111111'],
			[{ item: 2 }, true],
		]);
		expect(items[1].json.phone).toBe('n/a');
		expect((cs.requests('/sms/send')[0].body as { messages: unknown[] }).messages).toHaveLength(2);
	});
});

describe('declarative operations: one item\'s bad input fails the run before any item is sent', () => {
	// n8n's RoutingNode checks and sends each item on its own, all at once: without the node's gate a bad
	// second contact left the first and third created, and a re-run created them twice.
	const create = { resource: 'contact', operation: 'create', listId: { __rl: true, mode: 'id', value: '428' }, phoneNumber: '={{ $json.phone }}' };
	const threeContacts = [{ phone: '+61411111111' }, { phone: 'bad' }, { phone: '+61422222222' }];

	test('Stop Workflow: the bad item\'s own error, and no request for any item', async () => {
		const result = await cs.run(create, { items: threeContacts });
		expect(result.error?.message).toBe('Invalid Phone Number: "bad" is not a phone number: use digits with an optional leading +, e.g. +61411111111');
		expect(result.error?.description).toContain('No input item was sent: every item is checked before any is sent.');
		expect((result.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(1);
		expect(cs.requests()).toHaveLength(0);
	});

	test('Stop Workflow with good items only: every item is sent', async () => {
		const result = await cs.run(create, { items: [threeContacts[0], threeContacts[2]] });
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend').map((item) => [item.pairedItem, item.json.phone_number])).toEqual([
			[{ item: 0 }, '+61411111111'],
			[{ item: 1 }, '+61422222222'],
		]);
		expect(cs.requests('/lists/428/contacts')).toHaveLength(2);
	});

	test('Continue On Fail: the good items are sent, the bad one is its linked error item', async () => {
		const result = await cs.run(create, { items: threeContacts, onError: 'continueRegularOutput' });
		expect(result.output('ClickSend').map((item) => [item.pairedItem, item.json.phone_number ?? item.json.error])).toEqual([
			[{ item: 0 }, '+61411111111'],
			[{ item: 1 }, expect.stringContaining('Invalid Phone Number')],
			[{ item: 2 }, '+61422222222'],
		]);
		expect(cs.requests('/lists/428/contacts')).toHaveLength(2);
	});

	test('with a Batch Interval the items are not held: n8n paces their requests on purpose', async () => {
		const result = await cs.run({ ...create, requestOptions: { batching: { batch: { batchSize: 1, batchInterval: 400 } } } }, { items: [threeContacts[0], threeContacts[2]] });
		expect(result.error).toBeUndefined();
		const [first, second] = cs.requests('/lists/428/contacts');
		expect([first.body, second.body]).toEqual([{ phone_number: '+61411111111' }, { phone_number: '+61422222222' }]);
		// Held until every item was checked, both would go out together after the pause.
		expect(second.time - first.time).toBeGreaterThanOrEqual(300);
	});

	test('an item whose path ID is bad holds the others too', async () => {
		const result = await cs.run({ ...create, listId: { __rl: true, mode: 'id', value: '={{ $json.list }}' } }, {
			items: [{ list: '428', phone: '+61411111111' }, { list: '0', phone: '+61422222222' }, { list: '428', phone: '+61433333333' }],
		});
		expect(result.error?.message).toBe('Invalid Contact List: give its ID in digits (not 0), such as 428, got "0"');
		expect(result.error?.description).toContain('No input item was sent');
		expect(cs.requests()).toHaveLength(0);
	});

	test('an expression n8n cannot resolve for one item: the items before it are never sent, not even later', async () => {
		const phone = '={{ $json.bad ? $("Nope").item.json.x : $json.phone }}';
		const result = await cs.run({ ...create, phoneNumber: phone }, { items: [threeContacts[0], { bad: true }, threeContacts[2]] });
		expect(result.error?.message).toBe("Referenced node doesn't exist");
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(cs.requests()).toHaveLength(0);
	});

	test('the pause is decided as n8n decides it, from the first item: an expression giving a pause for later items only holds them all', async () => {
		// n8n reads Batch Interval for item 0 (0 here: no pause), so every item is checked before any is sent.
		const paced = { ...create, requestOptions: { batching: { batch: { batchSize: 1, batchInterval: '={{ $json.pause }}' } } } };
		const result = await cs.run(paced, { items: [{ ...threeContacts[0], pause: 0 }, { ...threeContacts[1], pause: 300 }, { ...threeContacts[2], pause: 300 }] });
		expect(result.error?.message).toContain('Invalid Phone Number');
		expect(result.error?.description).toContain('No input item was sent');
		expect(cs.requests()).toHaveLength(0);
	});

	test('Execute Once runs the first item alone, without waiting for the others', async () => {
		const result = await cs.run(create, { items: threeContacts, executeOnce: true });
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend').map((item) => item.json.phone_number)).toEqual(['+61411111111']);
		expect(cs.requests('/lists/428/contacts')).toHaveLength(1);
	});
});

describe('accepted input is normalised, never invented', () => {
	test.each([
		['spaces, dashes and brackets', ' +61 (411) 111-111 ', '+61411111111'],
		['dots', '+61.411.111.111', '+61411111111'],
		['a trunk (0) after the country code is dropped', '+44 (0)20 7946 0958', '+442079460958'],
		['a trunk ( 0 ) with spaces after the country code is dropped', '+49 ( 0 ) 30 1234567', '+49301234567'],
		['a local number in brackets keeps its 0', '(02) 9876 5432', '0298765432'],
		['a slash between area code and number', '0171/1234567', '01711234567'],
		['a slash after a country code, trunk (0) and area code', '+49 (0)171/1234567', '+491711234567'],
		['direction marks and zero-width spaces copied along', '\u202a+61 411\u200b111 111\u202c', '+61411111111'],
		['a direction mark then a space before the +', '\u200e +44 (0)20 7946 0958', '+442079460958'],
		['bidi isolates and a soft hyphen', '\u2066+61\u00ad411 111 111\u2069', '+61411111111'],
		['a bracketed country code, then (0)', '(+44) (0)20 7946 0958', '+442079460958'],
		['Italy keeps its 0 after the country code', '+39 (0)6 1234 5678', '+390612345678'],
		['a (0) that does not follow the country code only loses its brackets', '+44 20 7946 (0)958', '+442079460958'],
		['00 and a country code, then (0)', '0044 (0)20 7946 0958', '00442079460958'],
		['a trunk 0 after a spaced country code is dropped', '+61 0411 111 111', '+61411111111'],
		['a trunk 0 after a dashed country code, itself spaced', '+44-0 20 7946 0958', '+442079460958'],
		['a trunk 0 after a bracketed country code', '(+49) 030 1234567', '+49301234567'],
		['Italy keeps its 0 after a spaced country code', '+39 06 1234 5678', '+390612345678'],
		["Côte d'Ivoire keeps its 0", '+225 07 12 34 56 78', '+2250712345678'],
		['a 0 inside the number stays', '+44 20 7946 0958', '+442079460958'],
		['without a separator the digits are taken as written', '+61411111111', '+61411111111'],
		['an international prefix other than + is not guessed at', '0011 61 0411 111 111', '0011610411111111'],
		['full-width digits and plus', '＋６１ ４１１ １１１ １１１', '+61411111111'],
		['a tel: link', 'tel:+61-411-111-111', '+61411111111'],
		['a local number keeps its leading 0 (no + invented)', '0411 111 111', '0411111111'],
		['a JSON number is sent as a string', '={{ 61411111111 }}', '61411111111'],
	])('recipient: %s', async (_kind, to, expected) => {
		const result = await cs.run(send({ to, additionalFields: { country: 'AU' } }));
		expect(result.error).toBeUndefined();
		expect(sentMessage().to).toBe(expected);
		expectValidBody(cs.requests('/sms/send')[0]);
	});

	test.each([
		['a number custom string is sent as text', { customString: '={{ 1234 }}' }, { custom_string: '1234' }],
		['a lower-case country is upper-cased', { country: ' au ' }, { country: 'AU' }],
	])('additional fields: %s', async (_kind, additionalFields, expected) => {
		const result = await cs.run(send({ additionalFields }));
		expect(result.error).toBeUndefined();
		expect(sentMessage()).toMatchObject(expected);
		expectValidBody(cs.requests('/sms/send')[0]);
	});

	test.each([
		['an alphanumeric sender ID', 'MyShop2', 'MyShop2'],
		['an E.164 sender, never truncated', '+61 411 111 111', '+61411111111'],
		['a long numeric sender, never truncated', '6141111111122', '6141111111122'],
		['an empty sender is omitted (account default)', '', undefined],
	])('sender: %s', async (_kind, from, expected) => {
		const result = await cs.run(send({ additionalFields: { from } }));
		expect(result.error).toBeUndefined();
		expect(sentMessage().from).toBe(expected);
	});

	test('schedule: ISO with offset, Unix seconds, milliseconds, a Luxon DateTime → Unix seconds; empty and "just now" are omitted', async () => {
		const inADay = now() + 86_400;
		const cases: Array<[unknown, number | undefined]> = [
			[new Date(inADay * 1000).toISOString().replace('Z', '+00:00'), inADay],
			[`={{ ${inADay} }}`, inADay],
			[String(inADay), inADay],
			[`={{ ${inADay * 1000} }}`, inADay],
			[`={{ DateTime.fromSeconds(${inADay}) }}`, inADay],
			['', undefined],
			[isoIn(-120), undefined],
		];
		for (const [schedule, expected] of cases) {
			cs.sandbox.reset();
			const result = await cs.run(send({ additionalFields: { schedule } as INodeParameters }));
			expect([schedule, result.error?.message]).toEqual([schedule, undefined]);
			expect([schedule, sentMessage().schedule]).toEqual([schedule, expected]);
		}
	});

	test('a schedule beyond ClickSend’s 4-month horizon is sent, with a warning on the output', async () => {
		const far = '2031-01-01T00:00:00Z';
		const result = await cs.run({ resource: 'sms', operation: 'calculatePrice', to: '+61411111111', body: 'Hi', additionalFields: { schedule: far } });
		expect(result.error).toBeUndefined();
		const [item] = result.output('ClickSend');
		expect(item.json.warning).toMatch(/^Schedule: 2031-01-01T00:00:00Z is more than 4 months ahead \(after .+\); ClickSend documents scheduling up to 4 months in advance and may not send it$/);
		expect((cs.requests('/sms/price')[0].body as { messages: Array<{ schedule: number }> }).messages[0].schedule).toBe(Date.UTC(2031, 0, 1) / 1000);
	});

	test('emoji and non-Latin text reach ClickSend byte-exact', async () => {
		const text = 'Hi 👋🏽 Привет — 你好 — مرحبا — é ü ß € {}';
		const result = await cs.run(send({ body: text }));
		expect(result.error).toBeUndefined();
		const request = cs.requests('/sms/send')[0];
		expect(Buffer.from(request.rawBody, 'utf8').includes(Buffer.from(JSON.stringify(text).slice(1, -1), 'utf8'))).toBe(true);
		expect(sentMessage().body).toBe(text);
		expect(result.output('ClickSend')[0].json.body).toBe(text);
	});

	test('Too Long Message "Send Anyway": sent unchanged, the output carries a warning', async () => {
		const text = 'b'.repeat(1000);
		const result = await cs.run({ resource: 'sms', operation: 'calculatePrice', to: '+61411111111', body: text, additionalFields: { longMessage: 'warn' } });
		expect(result.error).toBeUndefined();
		expect((cs.requests('/sms/price')[0].body as { messages: Array<{ body: string }> }).messages[0].body).toBe(text);
		expect(result.output('ClickSend')[0].json.warning).toBe('Message is 1000 GSM-7 characters (7 parts); ClickSend truncates SMS text after 918');
	});

	test.each([' send ANYWAY', 'Send Anyway (ClickSend Truncates)'])('Too Long Message from an expression may give the option\'s label: "%s" is Send Anyway', async (label) => {
		const result = await cs.run({ resource: 'sms', operation: 'calculatePrice', to: '+61411111111', body: '👋'.repeat(202), additionalFields: { longMessage: `={{ ${JSON.stringify(label)} }}` } });
		expect(result.error).toBeUndefined();
		expect(result.output('ClickSend')[0].json.warning).toBe('Message is 404 Unicode characters (7 parts; Unicode because of "👋" (U+1F44B); emoji and combined characters count as 2 or more); ClickSend truncates SMS text after 402');
	});

	test('query values are encoded so "+" survives: q=from:+61411111111', async () => {
		cs.sandbox.state.seedHistory(20);
		const result = await cs.run({ resource: 'sms', operation: 'getAll', returnAll: false, limit: 5, filters: { q: 'to:+61411111111' } });
		expect(result.error).toBeUndefined();
		const [request] = cs.requests('/sms/history');
		expect(request.rawQuery).toContain('q=to%3A%2B61411111111');
		expect(request.query.q).toBe('to:+61411111111');
	});

	test('IDs in paths are trimmed and URL-encoded, so they cannot change the path', async () => {
		await cs.run({ resource: 'sms', operation: 'cancel', messageId: '  ABC/../../account?x=1 ' });
		expect(cs.requests().map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /sms/ABC%2F..%2F..%2Faccount%3Fx%3D1/cancel']);
	});

	test.each<[kind: string, parameters: INodeParameters, message: string]>([
		['an SMS campaign ID of 0', { resource: 'smsCampaign', operation: 'cancel', campaignId: { __rl: true, mode: 'id', value: '0' } }, 'Invalid Campaign: give its ID in digits (not 0), such as 428, got "0"'],
		['a contact ID of 00 from an expression', { resource: 'contact', operation: 'get', listId: { __rl: true, mode: 'id', value: '428' }, contactId: { __rl: true, mode: 'id', value: '={{ "00" }}' } }, 'Invalid Contact: give its ID in digits (not 0), such as 428, got "00"'],
		['a contact list ID that is not digits', { resource: 'contactList', operation: 'get', listId: { __rl: true, mode: 'id', value: '={{ "12a" }}' } }, 'Invalid Contact List: give its ID in digits (not 0), such as 428, got "12a"'],
		// Named as the editor shows the field, not by its parameter name ("Opt Out List ID", "To List ID").
		['an opt-out list ID that is not digits', { resource: 'contactList', operation: 'removeOptedOut', listId: { __rl: true, mode: 'id', value: '428' }, optOutListId: { __rl: true, mode: 'id', value: '={{ "optouts" }}' } }, 'Invalid Opt-Out List: give its ID in digits (not 0), such as 428, got "optouts"'],
		['an empty destination list', { resource: 'contact', operation: 'transfer', listId: { __rl: true, mode: 'id', value: '428' }, contactId: { __rl: true, mode: 'id', value: '1' }, toListId: { __rl: true, mode: 'id', value: '={{ "" }}' } }, 'Invalid To Contact List: is empty; choose one or give its ID'],
	])('%s in a path is refused before any request (ClickSend numbers these IDs from 1)', async (...[, parameters, message]) => {
		await expectRejected(parameters, message);
	});

	// Beyond 2^53 a JavaScript number is no longer exact: as text the path got the ID as given and the
	// body (Number) a neighbour, 9007199254740992; a number there had already become another ID.
	test.each<[kind: string, parameters: INodeParameters, message: string]>([
		['a contact list ID beyond 2^53 as text, sent in a body', { ...send(), sendTo: 'list', listId: { __rl: true, mode: 'id', value: '9007199254740993' } }, 'Invalid Contact List: is too large for an ID (at most 9007199254740991), got "9007199254740993"'],
		['a contact list ID beyond 2^53 as text, in a path', { resource: 'contactList', operation: 'get', listId: { __rl: true, mode: 'id', value: '9007199254740993' } }, 'Invalid Contact List: is too large for an ID (at most 9007199254740991), got "9007199254740993"'],
		['a return address ID of 1e20 as a number', { resource: 'returnAddress', operation: 'get', returnAddressId: { __rl: true, mode: 'id', value: '={{ 1e20 }}' } }, 'Invalid Return Address: is too large for an ID (at most 9007199254740991), got "100000000000000000000"'],
		['a client account ID of 2^53 as a number', { resource: 'resellerAccount', operation: 'transferCredit', clientUserId: { __rl: true, mode: 'id', value: '={{ 2 ** 53 }}' }, balance: 1, currency: 'AUD' }, 'Invalid Client Account: is too large for an ID (at most 9007199254740991), got "9007199254740992"'],
	])('%s is refused before any request, not sent as another ID', async (...[, parameters, message]) => {
		await expectRejected(parameters, message);
	});

	test.each([
		['an ID an expression gives as a BigInt is one ID', '={{ BigInt(428) }}', '={{ BigInt(428) }}'],
		['a numbered ID with leading zeros is its number', '0428', '00428'],
	])('%s, sent as its digits in a path and in a body', async (_name, pathValue, bodyValue) => {
		const result = await cs.run({ resource: 'contactList', operation: 'get', listId: { __rl: true, mode: 'id', value: pathValue } });
		expect(result.error).toBeUndefined();
		expect(cs.requests().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /lists/428']);
		await cs.run(send({ sendTo: 'list', listId: { __rl: true, mode: 'id', value: bodyValue } }));
		expect(sentMessage().list_id).toBe(428);
	});

	test('IDs in paths lose invisible characters copied along with them', async () => {
		await cs.run({ resource: 'sms', operation: 'cancel', messageId: '={{ "\u200bABC-1\u200e" }}' });
		expect(cs.requests().map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /sms/ABC-1/cancel']);
	});
});

describe('shared checks for message lengths, schedules and MMS (used by every send operation)', () => {
	test.each([
		['a'.repeat(160), 'GSM-7', 160, 1],
		['a'.repeat(161), 'GSM-7', 161, 2],
		['a'.repeat(306), 'GSM-7', 306, 2],
		['a'.repeat(307), 'GSM-7', 307, 3],
		['[]'.repeat(40), 'GSM-7', 160, 1],
		['é'.repeat(70), 'GSM-7', 70, 1],
		['ç'.repeat(70), 'Unicode', 70, 1],
		['ç'.repeat(71), 'Unicode', 71, 2],
		['👋'.repeat(67), 'Unicode', 134, 2],
		['👋'.repeat(68), 'Unicode', 136, 3],
	])('SMS parts: %#', (text, encoding, length, parts) => {
		expect(estimateMessage(text)).toMatchObject({ encoding, length, parts });
	});

	test('MMS and voice limits', () => {
		expect(estimateMessage('a'.repeat(1500), 'mms').tooLong).toBe(false);
		expect(estimateMessage('a'.repeat(1501), 'mms').tooLong).toBe(true);
		expect(estimateMessage('ж'.repeat(501), 'mms').tooLong).toBe(true);
		expect(estimateMessage('a'.repeat(1200), 'voice')).toMatchObject({ parts: 4, tooLong: false });
		expect(estimateMessage('a'.repeat(1201), 'voice').tooLong).toBe(true);
	});

	test('schedule policy edges', () => {
		const t = 1_800_000_000;
		expect(checkSchedule(t - 600, 'UTC', 'Schedule', t)).toEqual({ seconds: undefined });
		expect(() => checkSchedule(t - 601, 'UTC', 'Schedule', t)).toThrow(InvalidFieldError);
		expect(checkSchedule(t + 1, 'UTC', 'Schedule', t)).toEqual({ seconds: t + 1 });
		expect(checkSchedule(scheduleHorizon(t), 'UTC', 'Schedule', t).warning).toBeUndefined();
		expect(checkSchedule(scheduleHorizon(t) + 1, 'UTC', 'Schedule', t).warning).toContain('more than 4 months ahead');
		expect(checkSchedule('2027-03-01T09:30:00', 'Australia/Sydney', 'Schedule', t).seconds).toBe(Date.UTC(2027, 1, 28, 22, 30) / 1000);
		expect(checkSchedule('2027-03-01', 'Australia/Sydney', 'Schedule', t).seconds).toBe(Date.UTC(2027, 1, 28, 13, 0) / 1000);
		expect(checkSchedule('Mon, 01 Mar 2027 09:30:00 GMT', 'UTC', 'Schedule', t).seconds).toBe(Date.UTC(2027, 2, 1, 9, 30) / 1000);
	});

	test.each([
		[undefined, 'Subject: is empty; MMS messages need a subject of at most 20 characters'],
		['   ', 'Subject: is empty'],
		['A subject that is too long', 'Subject: is 26 characters; ClickSend allows at most 20'],
		[['a'], 'Subject: must be text, got a list'],
	])('MMS subject %p is rejected', (subject, message) => {
		expect(() => checkMmsSubject(subject)).toThrow(message);
	});

	test('MMS subject of 20 characters (emoji count once) is kept, trimmed', () => {
		expect(checkMmsSubject(' Sale 🎉 ends tonight! ')).toBe('Sale 🎉 ends tonight!');
	});

	test.each([
		[{ fileName: 'photo.png', size: 1000 }, {}, 'Media File: "photo.png" is a png file; ClickSend MMS takes jpg, gif (upload it with Convert To "MMS" first)'],
		[{ url: 'https://example.com/a.pdf' }, { converted: true }, 'Media File: "https://example.com/a.pdf" is a pdf file; ClickSend MMS takes jpg, gif, jpeg, png, bmp'],
		[{ fileName: 'big.jpg', size: MMS_MEDIA_MAX_BYTES + 1 }, {}, 'Media File: "big.jpg" is 251 kB; ClickSend MMS takes at most 250 kB'],
		[{ mimeType: 'application/octet-stream' }, {}, 'Media File: "the file" is of an unknown type'],
	])('MMS media %p is rejected', (file, options, message) => {
		expect(() => checkMmsMedia(file, 'Media File', options)).toThrow(message);
	});

	test('MMS media within the limits is accepted', () => {
		expect(checkMmsMedia({ fileName: 'a.JPG', size: MMS_MEDIA_MAX_BYTES })).toBe('jpg');
		expect(checkMmsMedia({ url: 'https://cdn.example.com/x.gif?v=2' })).toBe('gif');
		expect(checkMmsMedia({ mimeType: 'image/png' }, 'Media File', { converted: true })).toBe('png');
	});
});

describe('newcomer findings: impossible dates, voice lengths, Limit expressions, long numeric senders', () => {
	const cs2 = useSandbox();
	const sms = { resource: 'sms', operation: 'send', to: '+61411111111', body: 'Hi' };

	test.each(['2027-02-30T10:00:00', '2027-04-31T10:00:00Z', '2027-02-29'])('schedule %s is not a calendar date', async (schedule) => {
		const result = await cs2.run({ ...sms, additionalFields: { schedule } });
		expect(result.error?.message).toContain('Invalid Schedule');
		expect(result.error?.message).toContain('is not a calendar date');
		expect(cs2.requests()).toHaveLength(0);
	});

	test('a whitespace-only schedule means send now', async () => {
		const result = await cs2.run({ ...sms, additionalFields: { schedule: '  ' } });
		expect(result.error).toBeUndefined();
		expect((cs2.requests('/sms/send')[0].body as { messages: Array<Record<string, unknown>> }).messages[0].schedule).toBeUndefined();
	});

	test('voice uses the voice length limit (1200 GSM-7), not the SMS one', async () => {
		const ok = await cs2.run({ resource: 'voice', operation: 'send', to: '+61411111111', body: 'a'.repeat(1000), voice: 'female', lang: 'en-au' });
		expect(ok.error).toBeUndefined();
		const tooLong = await cs2.run({ resource: 'voice', operation: 'send', to: '+61411111111', body: 'a'.repeat(1201), voice: 'female', lang: 'en-au' });
		expect(tooLong.error?.message).toContain('voice');
	});

	test.each([['={{ 0 }}'], ['={{ -1 }}'], ['={{ "abc" }}'], ['={{ 2.5 }}']])('Limit %s is refused before any request', async (limit) => {
		const result = await cs2.run({ resource: 'sms', operation: 'getAll', returnAll: false, limit });
		expect(result.error?.message).toContain('Invalid Limit: must be a whole number of at least 1');
		expect(cs2.requests()).toHaveLength(0);
	});

	test('a numeric sender ID longer than 16 digits is refused before sending', async () => {
		const result = await cs2.run({ ...sms, additionalFields: { from: '12345678901234567' } });
		expect(result.error?.message).toContain('Invalid From (Sender ID)');
		expect(cs2.requests()).toHaveLength(0);
	});

	test('a refused contact-list send names the list', async () => {
		const result = await cs2.run({ resource: 'sms', operation: 'send', sendTo: 'list', listId: { __rl: true, mode: 'id', value: '999' }, body: 'Hi' });
		expect(result.error?.message).toContain('list 999 (NOT_ENOUGH_PERMISSION_TO_LIST_ID)');
	});
});

describe('boolean fields sent as ClickSend 0/1 flags', () => {
	const subaccount = (flag: unknown): INodeParameters => ({
		resource: 'subaccount',
		operation: 'create',
		apiUsername: 'ops-user',
		password: 'secret',
		email: 'ops@example.com',
		phoneNumber: '+61411111111',
		firstName: 'Ada',
		lastName: 'Lovelace',
		additionalFields: { accessBilling: flag as string },
	});
	const voice = (flag: unknown): INodeParameters => ({
		resource: 'voice',
		operation: 'send',
		to: '+61411111111',
		body: 'Hello',
		voice: 'female',
		lang: 'en-au',
		additionalFields: { machineDetection: flag as string },
	});
	const machineDetection = () => ((cs.requests('/voice/send')[0]?.body as { messages?: Array<{ machine_detection?: unknown }> }).messages ?? [])[0]?.machine_detection;

	test.each([
		['false', 0],
		[' FALSE ', 0],
		['0', 0],
		['', 0],
		['true', 1],
		['1', 1],
		['True', 1],
	])('a routed flag given %j by an expression is sent as %d', async (text, flag) => {
		const result = await cs.run(subaccount('={{ $json.flag }}'), { items: [{ flag: text }] });
		expect(result.error).toBeUndefined();
		expect((cs.requests('/subaccounts')[0]?.body as { access_billing?: unknown }).access_billing).toBe(flag);
	});

	test('a boolean set in the editor is still 1 or 0', async () => {
		await cs.run(subaccount(true));
		expect((cs.requests('/subaccounts')[0]?.body as { access_billing?: unknown }).access_billing).toBe(1);
	});

	test.each([
		['false', 0],
		['1', 1],
	])('a batched send flag given %j by an expression is sent as %d', async (text, flag) => {
		const result = await cs.run(voice('={{ $json.flag }}'), { items: [{ flag: text }] });
		expect(result.error).toBeUndefined();
		expect(machineDetection()).toBe(flag);
	});

	test('a flag that is not true or false fails its item before any request, naming the field', async () => {
		const routed = await cs.run(subaccount('={{ $json.flag }}'), { items: [{ flag: 'yes' }] });
		expect(routed.error?.message).toBe('Invalid Access Billing: must be true or false, got "yes"');
		const batched = await cs.run(voice('={{ $json.flag }}'), { items: [{ flag: 'no' }, { flag: 2 }] });
		expect(batched.error?.message).toBe('Invalid Detect Answering Machine: must be true or false, got "no"');
		const linked = await cs.run(voice('={{ $json.flag }}'), { items: [{ flag: 'true' }, { flag: 2 }], onError: 'continueRegularOutput' });
		expect(linked.output('ClickSend').map((item) => [item.pairedItem, item.json.error ?? item.json.status])).toEqual([
			[{ item: 0 }, 'SUCCESS'],
			[{ item: 1 }, 'Invalid Detect Answering Machine: must be true or false, got 2'],
		]);
		expect(cs.requests('/subaccounts')).toHaveLength(0);
		expect(cs.requests('/voice/send')).toHaveLength(1);
	});
});

test.each([
	['voice', 'dateFrom', 'Sent After'],
	['fax', 'dateTo', 'Sent Before'],
])('%s → Get Many: a bad %s filter is refused naming the field, not the query parameter', async (resource, filter, label) => {
	const result = await cs.run({ resource, operation: 'getAll', returnAll: true, filters: { [filter]: 'yesterday' } });
	expect(cs.requests()).toHaveLength(0);
	expect(result.error?.message).toMatch(new RegExp(`^Invalid ${label}: `));
});
