/**
 * A sweep over the node's description: for every resource/operation, every required text, ID or
 * number field an expression leaves empty ('' — a blank spreadsheet cell, a missing JSON key) fails
 * the run before any request, naming the field as the editor shows it. n8n's editor only flags a
 * required field that is literally empty, and its RoutingNode would send the request without it.
 *
 * Each case runs two input items through the real engine: the first with every required field
 * valid, the second with the field under test empty ('' and, separately, a missing key). The run
 * must fail with "Invalid <display name>: is empty…" (a blank value is never "got """), and the
 * sandbox must have received no request at all: the first, valid item is held until every item is
 * checked, and nothing is sent when one item is bad. A control per operation runs the same
 * parameters with every field valid: they pass the node's checks and a request goes out.
 */
import type { IBinaryKeyData, IDataObject, INode, INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { ClickSend } from '../nodes/ClickSend/ClickSend.node';
import { listOperations } from './helpers/operations';
import { useSandbox } from './helpers/sandbox';

const cs = useSandbox();

const description = new ClickSend().description;
const properties = description.properties;
const NODE_VERSION = Math.max(...[description.version].flat());

/** Field types the sweep leaves empty: the ones an expression gives as text. */
const SWEPT_TYPES = new Set(['string', 'resourceLocator', 'number']);

/**
 * A valid value for every required field, by field name. IDs are those of resource locators
 * (given "By ID"); numbered IDs are digits as ClickSend numbers them.
 */
const VALID: Readonly<Record<string, string | number>> = {
	// Account, reseller and subaccount details.
	username: 'ada',
	apiUsername: 'ada-ops',
	password: 'S3cret-pass',
	userEmail: 'ada@example.com',
	email: 'ada@example.com',
	userPhone: '+61411111111',
	phoneNumber: '+61411111111',
	userFirstName: 'Ada',
	firstName: 'Ada',
	userLastName: 'Lovelace',
	lastName: 'Lovelace',
	accountName: 'Analytical Engines',
	companyName: 'Analytical Engines',
	country: 'AU',
	timezone: 'Australia/Melbourne',
	subdomain: 'mysubdomain',
	logoUrlLight: 'https://example.com/logo-light.png',
	logoUrlDark: 'https://example.com/logo-dark.png',
	defaultMargin: 10,
	defaultMarginNumbers: 10,
	trialBalance: 5,
	balance: 10,
	currency: 'AUD',
	usageYear: 2025,
	usageMonth: 6,
	packageId: 1,
	transactionId: 'cb726c65-1c65-47fa-aea2-3ded9ed57557',
	availableNumber: '+12282060576',
	searchPattern: '88',
	// Messages.
	to: '+61411111111',
	body: 'Hello from n8n',
	subject: 'Hello',
	fromName: 'Ada',
	campaignName: 'Spring',
	templateName: 'Welcome',
	messageId: 'BF7AD270-0DE2-418B-B606-71D527D9C1AE',
	issueDescription: 'Never arrived',
	filename: 'export.csv',
	url: 'https://example.com/clicksend-receipts',
	callbackUrl: 'https://example.com/clicksend-receipts',
	emailAddress: 'ada@example.com',
	activationToken: 'a1b2c3',
	imageUrl: 'https://example.com/logo.png',
	// Contacts and lists.
	listName: 'Newsletter',
	q: 'Doe',
	// Automations.
	ruleName: 'Replies to n8n',
	actionAddress: 'https://example.com/clicksend',
	stripString: 'Sent from my phone',
	// Post.
	address: 'John Doe, 123 Main Street, Perth WA 6000',
	addressName: 'John Smith',
	addressLine1: '123 Main Street',
	addressCity: 'Perth',
	addressState: 'WA',
	addressPostalCode: '6000',
	addressCountry: 'AU',
	query: '6000',
	// Binary input (the sweep's items carry a file under "data").
	binaryPropertyName: 'data',
	// Resource locators, by ID.
	listId: '428',
	toListId: '429',
	optOutListId: '429',
	contactId: '1',
	campaignId: '1',
	templateId: '1',
	masterTemplateId: '1',
	categoryId: '1',
	emailAddressId: '1',
	subaccountId: '1',
	clientUserId: '1',
	returnAddressId: '1',
	ruleId: '1',
	dedicatedNumber: '+61411111111',
	locationCountry: 'AU',
	pricingCountry: 'AU',
};

/** Where one field name means different things: valid values by resource (or resource.operation), then name. */
const VALID_FOR: Readonly<Record<string, Readonly<Record<string, string>>>> = {
	fax: { to: '+61261111111', fileUrl: 'https://example.com/invoice.pdf' },
	mms: { fileUrl: 'https://example.com/photo.jpg' },
	contactList: { fileUrl: 'https://example.com/contacts.csv' },
	letter: { fileUrl: 'https://example.com/letter.pdf' },
	postcard: { fileUrl: 'https://example.com/front.pdf' },
	directMail: { fileUrl: 'https://example.com/flyer.pdf' },
	number: { country: 'US' },
};

/** In a week, as ISO text: a schedule ClickSend takes. */
const NEXT_WEEK = new Date(Date.now() + 7 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * What an operation needs besides its required text fields to pass its own checks: required lists
 * (recipients, areas), one of several fields (a contact's phone, fax or email) and the one field an
 * update must change. Keyed by resource.operation.
 */
const SETUP: Readonly<Record<string, INodeParameters>> = {
	'contact.create': { phoneNumber: '+61411111111' },
	'contact.upsert': { phoneNumber: '+61411111111' },
	'contact.update': { updateFields: { firstName: 'Zoe' } },
	'subaccount.update': { updateFields: { email: 'ada@example.com' } },
	'email.send': { recipients: { recipient: [{ email: 'grace@example.com' }] } },
	'email.calculatePrice': { recipients: { recipient: [{ email: 'grace@example.com' }] } },
	// With a Schedule: without one a campaign update reads the campaign's current schedule (a GET in its checks).
	'emailCampaign.update': { updateFields: { subject: 'Spring, again', schedule: NEXT_WEEK } },
	'smsCampaign.update': { updateFields: { schedule: NEXT_WEEK } },
	'emailReceiptRule.update': { updateFields: { ruleName: 'Renamed' } },
	'faxReceiptRule.update': { updateFields: { ruleName: 'Renamed' } },
	'directMail.create': { areas: { area: [{ locationId: 22, quantity: 5000 }] } },
	'directMail.calculatePrice': { areas: { area: [{ locationId: 22, quantity: 5000 }] } },
};

/** A file each item carries under "data", for the operations' "Binary File" source. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n');
const BINARY_FOR: Readonly<Record<string, { content: Buffer; fileName: string; mimeType: string }>> = {
	mms: { content: Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64, 7)]), fileName: 'photo.gif', mimeType: 'image/gif' },
	contactList: { content: Buffer.from('phone,first_name\n+61411111111,Ada\n'), fileName: 'contacts.csv', mimeType: 'text/csv' },
};
const binaryFor = (resource: string): IBinaryKeyData => {
	const file = BINARY_FOR[resource] ?? { content: PDF, fileName: 'document.pdf', mimeType: 'application/pdf' };
	return { data: { data: file.content.toString('base64'), fileName: file.fileName, mimeType: file.mimeType } };
};

/**
 * Cases the sweep cannot run as described, each with the reason. Keyed as the case is named
 * (`resource.operation [setting] → field`); an entry that matches no case fails the sweep.
 * None so far: every required field of every operation is run.
 */
const EXCEPTED: Readonly<Record<string, string>> = {};

/** How an expression leaves a field empty: '' (a blank spreadsheet cell), or nothing (a missing JSON key). */
const EMPTY_VALUES: ReadonlyArray<[label: string, item: IDataObject]> = [
	['""', { value: '' }],
	['missing key', {}],
];

/** The value a field is given in a case, as the parameter holds it (resource locators "By ID"). */
function asParameter(property: INodeProperties, value: unknown) {
	return property.type === 'resourceLocator' ? { __rl: true, mode: 'id', value } : value;
}

function validValue(resource: string, operation: string, name: string): string | number {
	const value = VALID_FOR[`${resource}.${operation}`]?.[name] ?? VALID_FOR[resource]?.[name] ?? VALID[name];
	if (value === undefined) throw new Error(`No valid value for ${resource}.${operation} → ${name}: add one to VALID or VALID_FOR`);
	return value;
}

/** The required fields of the swept types the editor shows for these parameters (defaults filled in). */
function shownRequiredFields(parameters: INodeParameters): INodeProperties[] {
	const full = NodeHelpers.getNodeParameters(properties, parameters, true, false, { typeVersion: NODE_VERSION }, description) ?? {};
	const node = { parameters: full, typeVersion: NODE_VERSION } as unknown as INode;
	return properties.filter((p) => p.required && SWEPT_TYPES.has(p.type) && NodeHelpers.displayParameter(full, p, node, null));
}

/** The top-level choices (options, booleans) an operation shows: the settings that can bring up more required fields. */
function shownChoices(parameters: INodeParameters): Array<{ name: string; values: Array<string | number | boolean> }> {
	const full = NodeHelpers.getNodeParameters(properties, parameters, true, false, { typeVersion: NODE_VERSION }, description) ?? {};
	const node = { parameters: full, typeVersion: NODE_VERSION } as unknown as INode;
	return properties
		.filter((p) => (p.type === 'options' || p.type === 'boolean') && !['resource', 'operation'].includes(p.name))
		.filter((p) => NodeHelpers.displayParameter(full, p, node, null))
		.map((p) => ({
			name: p.name,
			values: (p.type === 'boolean' ? [true, false] : ((p.options ?? []) as INodePropertyOptions[]).map((o) => o.value)).filter((v) => v !== p.default),
		}));
}

interface SweepCase {
	name: string;
	resource: string;
	operation: string;
	/** A setting that brings the field up (e.g. Send To: Contact List), if the defaults do not. */
	setting: INodeParameters;
	field: INodeProperties;
	/** Every other required field shown with that setting, valid. */
	others: INodeProperties[];
}

/** One case per operation and required field: with the defaults, else with the first setting that shows it. */
function sweepCases(): SweepCase[] {
	const cases: SweepCase[] = [];
	for (const { resource, operation } of listOperations(description)) {
		const base = { resource, operation };
		const settings: INodeParameters[] = [{}, ...shownChoices(base).flatMap(({ name, values }) => values.map((value) => ({ [name]: value })))];
		const seen = new Set<INodeProperties>();
		for (const setting of settings) {
			const shown = shownRequiredFields({ ...base, ...setting });
			for (const field of shown.filter((p) => !seen.has(p))) {
				seen.add(field);
				const said = Object.entries(setting).map(([key, value]) => ` [${key}=${String(value)}]`).join('');
				cases.push({ name: `${resource}.${operation}${said} → ${field.name}`, resource, operation, setting, field, others: shown.filter((p) => p !== field) });
			}
		}
	}
	return cases;
}

/** A case's node parameters: its setup and setting, every other required field valid, the field from `$json.value`. */
function sweepParameters(c: SweepCase): INodeParameters {
	const parameters: INodeParameters = { resource: c.resource, operation: c.operation, ...SETUP[`${c.resource}.${c.operation}`], ...c.setting };
	for (const other of c.others) parameters[other.name] = asParameter(other, validValue(c.resource, c.operation, other.name)) as never;
	parameters[c.field.name] = asParameter(c.field, '={{ $json.value }}') as never;
	return parameters;
}

const cases = sweepCases();
const runnable = cases.filter((c) => EXCEPTED[c.name] === undefined);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every required field an expression leaves empty fails before any request, by its display name', () => {
	test('the sweep covers every operation with required fields (but the listed exceptions)', () => {
		// Independently of the settings the sweep tries: the operations whose required fields name them.
		const withRequired = new Set<string>();
		const required = new Map<string, Set<INodeProperties>>();
		for (const { resource, operation } of listOperations(description)) {
			for (const p of properties) {
				const show = p.displayOptions?.show;
				if (!p.required || !SWEPT_TYPES.has(p.type) || !show) continue;
				if (!(show.resource as unknown[] | undefined)?.includes(resource) || !(show.operation as unknown[] | undefined)?.includes(operation)) continue;
				withRequired.add(`${resource}.${operation}`);
				required.set(`${resource}.${operation}`, (required.get(`${resource}.${operation}`) ?? new Set()).add(p));
			}
		}
		// Every such field is reached by a case (with the defaults or a setting).
		const unreached = [...required].flatMap(([op, fields]) =>
			[...fields].filter((field) => !cases.some((c) => `${c.resource}.${c.operation}` === op && c.field === field)).map((field) => `${op} → ${field.name}`),
		);
		expect(unreached).toEqual([]);
		// Exceptions name real cases, and the cases run cover every operation but those fully excepted.
		expect(Object.keys(EXCEPTED).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
		const opOf = (c: SweepCase) => `${c.resource}.${c.operation}`;
		const fullyExcepted = [...withRequired].filter((op) => cases.filter((c) => opOf(c) === op).every((c) => EXCEPTED[c.name] !== undefined));
		const covered = new Set(runnable.map(opOf));
		expect([...covered].sort()).toEqual([...withRequired].filter((op) => !fullyExcepted.includes(op)).sort());
		expect(covered.size).toBeGreaterThan(100);
	});

	// The control: with every required field valid, the same parameters pass the node's checks and a request goes
	// out (ClickSend may still answer "not found" for an ID the sandbox does not hold), so the sweep's
	// "no request" comes from the empty field alone.
	const controls = [...new Map(runnable.map((c) => [c.name.replace(/ → \w+$/, ''), c])).entries()];
	test.each(controls)('control: %s with every required field valid sends', async (_name, c) => {
		const value = validValue(c.resource, c.operation, c.field.name);
		const items = [{ value }, { value }];
		const result = await cs.run(sweepParameters(c), { items, binaries: items.map(() => binaryFor(c.resource)) });
		expect(result.error?.message ?? '').not.toMatch(/^Invalid /);
		expect(cs.requests().length).toBeGreaterThan(0);
	});

	test.each(runnable.flatMap((c) => EMPTY_VALUES.map(([label, empty]) => [`${c.name} (${label})`, c, empty] as const)))('%s', async (_name, c, empty) => {
		const parameters = sweepParameters(c);
		const valid = validValue(c.resource, c.operation, c.field.name);
		// A valid item first: held back (a Binary File's upload included) until the empty one is checked.
		const items = [{ value: valid }, empty];
		const result = await cs.run(parameters, { items, binaries: items.map(() => binaryFor(c.resource)) });
		// "is empty", mostly followed by what to give ("; give a year such as 2026").
		expect(result.error?.message).toMatch(new RegExp(`^Invalid ${escape(c.field.displayName)}: is empty`));
		expect(cs.requests().map((r) => `${r.method} ${r.path}`)).toEqual([]);
	});
});
