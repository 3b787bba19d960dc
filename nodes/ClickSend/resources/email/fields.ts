import type { IDataObject, IExecuteSingleFunctions, INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { choiceValue } from '../../shared/choices';
import { bodyField, showFor } from '../../shared/descriptions';
import { hasVisibleText } from '../../shared/text';
import { compact, futureSchedule, InvalidFieldError, isBlank, normaliseEmail, numberedId, requiredText, textValue, validate } from '../../shared/validation';
import { emailAddressLocator } from '../emailAddress/locator';

/**
 * An optional ClickSend ID field as a number (ClickSend's ID fields are numbers): empty → undefined,
 * anything else read by {@link numberedId}.
 * @throws InvalidFieldError naming `field` when it is not one ID of digits, or is 0.
 */
export function numericId(value: unknown, field: string): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return Number(numberedId(value, field));
}

/**
 * `{ email, name }` rows of a To/CC/BCC fixedCollection: emails checked, names as trimmed text
 * (numbers as text), empty names dropped.
 * @throws InvalidFieldError naming the row for a bad email, or a name that is a list or object.
 */
function recipients(value: unknown, field: string): IDataObject[] {
	const rows = (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]) as IDataObject[];
	return rows.map((row, index) => {
		const label = rows.length > 1 ? `${field} #${index + 1}` : field;
		const recipient: IDataObject = { email: normaliseEmail(row?.email, label) };
		const name = row?.name === undefined || row.name === null ? '' : textValue(row.name, `${label} Name`).trim();
		// Optional: zero-width characters alone are no name (never a blank name in the inbox).
		if (hasVisibleText(name)) recipient.name = name;
		return recipient;
	});
}

/** Source of an Attachments row. */
const ATTACHMENT_SOURCES: INodePropertyOptions[] = [
	{ name: 'Binary Field', value: 'binary', description: 'A binary field of the input item' },
	{ name: 'Base64 Content', value: 'base64', description: 'The file as Base64 text' },
];

/** One Attachments row of the node: a binary field or Base64 content, plus optional overrides. */
/** `disposition` of an attachment: attached, or shown inline in the body (an image referred to by its content ID). */
const ATTACHMENT_DISPOSITIONS: INodePropertyOptions[] = [
	{ name: 'Attachment', value: 'attachment' },
	{ name: 'Inline', value: 'inline' },
];

/** An attachment row as n8n gives it: each value as the user's expression made it (text, a number, a list…). */
interface AttachmentInput {
	source?: unknown;
	binaryPropertyName?: unknown;
	content?: unknown;
	filename?: unknown;
	type?: unknown;
	disposition?: unknown;
	contentId?: unknown;
}

/** Attachment rows → ClickSend's `{ content (Base64), type, filename, disposition, content_id }`. */
async function attachments(context: IExecuteSingleFunctions, value: unknown): Promise<IDataObject[]> {
	const rows = (Array.isArray(value) ? value : []) as AttachmentInput[];
	const result: IDataObject[] = [];
	for (const [index, row] of rows.entries()) {
		const label = `Attachment #${index + 1}`;
		let content: string;
		// Texts (numbers as text: an invoice number as the File Name); a list or an object fails, naming the field.
		const text = (value: unknown, field: string) => (value === undefined || value === null ? '' : textValue(value, `${label} ${field}`).trim());
		let filename = text(row.filename, 'File Name');
		let type = text(row.type, 'MIME Type');
		// From an expression: the value or the name ("Binary Field", "binary"), any case.
		if (choiceValue(row.source ?? 'binary', `${label} Source`, ATTACHMENT_SOURCES) === 'binary') {
			const property = text(row.binaryPropertyName, 'Input Binary Field') || 'data';
			const binary = context.getInputData().binary?.[property];
			if (!binary) throw new InvalidFieldError(label, `the input item has no binary field "${property}"`);
			content = (await context.helpers.getBinaryDataBuffer(property)).toString('base64');
			filename ||= binary.fileName ?? '';
			type ||= binary.mimeType ?? '';
		} else {
			content = text(row.content, 'Content (Base64)').replace(/\s+/g, '');
			if (content === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(content)) {
				throw new InvalidFieldError(label, 'Content (Base64) must be the file encoded as Base64');
			}
		}
		if (filename === '') throw new InvalidFieldError(label, 'needs a File Name (e.g. invoice.pdf)');
		result.push(
			compact({
				content,
				type: type || 'application/octet-stream',
				filename,
				disposition: isBlank(row.disposition) ? 'attachment' : choiceValue(row.disposition, `${label} Disposition`, ATTACHMENT_DISPOSITIONS),
				content_id: text(row.contentId, 'Content ID'),
			}),
		);
	}
	return result;
}

/**
 * preSend hook of Email → Send and Calculate Price (`POST /email/send`, `/email/price`): checks
 * and shapes the body ClickSend documents: `to`/`cc`/`bcc` as `[{ email, name? }]` (at least one
 * To), `from: { email_address_id (number), name? }`, non-empty `subject` and `body`, `schedule`
 * as Unix seconds (empty = now, omitted), `attachments` as Base64 objects read from binary fields
 * or given content. `alwaysAttachments` sends `attachments: []` when there are none (the price
 * endpoint requires the property).
 */
export function prepareEmail(alwaysAttachments = false): PreSendAction {
	return validate(async function (options) {
		const body = (options.body ?? {}) as IDataObject;
		body.to = recipients(body.to, 'To');
		if ((body.to as IDataObject[]).length === 0) throw new InvalidFieldError('To', 'add at least one recipient');
		for (const key of ['cc', 'bcc'] as const) {
			const list = recipients(body[key], key.toUpperCase());
			if (list.length > 0) body[key] = list;
			else delete body[key];
		}
		const from = (body.from ?? {}) as IDataObject;
		// Required: read as every ID field is, so nothing, '' and blanks alike are "is empty; choose one or give its ID".
		from.email_address_id = Number(numberedId(from.email_address_id, 'From Email Address'));
		if (from.name !== undefined && from.name !== null) {
			const name = textValue(from.name, 'From Name').trim();
			if (!hasVisibleText(name)) delete from.name;
			else from.name = name;
		}
		body.from = compact(from);
		for (const [key, label] of [
			['subject', 'Subject'],
			['body', 'Body (HTML)'],
		] as const) {
			// Numbers (e.g. an order number as the subject) are text; a list or object is refused.
			body[key] = requiredText(body[key], label, { keepSpaces: true });
		}
		const schedule = futureSchedule(body.schedule, this.getTimezone(), 'Schedule');
		if (schedule === undefined) delete body.schedule;
		else body.schedule = schedule;
		const files = await attachments(this, body.attachments);
		if (files.length > 0 || alwaysAttachments) body.attachments = files;
		else delete body.attachments;
	});
}

function recipientCollection(
	displayName: string,
	name: string,
	property: string,
	description: string,
	required = false,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Recipient',
		default: {},
		required,
		description,
		options: [
			{
				displayName: 'Recipient',
				name: 'recipient',
				values: [
					{
						displayName: 'Email',
						name: 'email',
						type: 'string',
						placeholder: 'name@email.com',
						default: '',
						required: true,
						description: 'Email address of the recipient',
					},
					{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name of the recipient' },
				],
			},
		],
		routing: { send: { type: 'body', property, value: '={{ $value.recipient }}' } },
	};
}

/**
 * Fields of a transactional email, shared by Email → Send (`POST /email/send`) and Email →
 * Calculate Price (`POST /email/price`): From Email Address (allowed address), To, Subject,
 * Body (HTML) and Additional Fields (Attachments, BCC, CC, From Name, Schedule).
 */
export function emailMessageFields(operation: string): INodeProperties[] {
	const show = showFor('email', operation);
	return [
		emailAddressLocator({
			displayName: 'From Email Address',
			description: 'The allowed (verified) email address the email is sent from',
			displayOptions: { show },
			routing: { send: { type: 'body', property: 'from.email_address_id' } },
		}),
		{ ...recipientCollection('To', 'recipients', 'to', 'Recipients of the email', true), displayOptions: { show } },
		bodyField('Subject', 'subject', 'subject', { required: true, displayOptions: { show } }),
		bodyField('Body (HTML)', 'body', 'body', {
			required: true,
			typeOptions: { rows: 6 },
			displayOptions: { show },
			description: 'Content of the email, as HTML or plain text',
		}),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: { show },
			default: {},
			options: [
				{
					displayName: 'Attachments',
					name: 'attachments',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Attachment',
					default: {},
					options: [
						{
							displayName: 'Attachment',
							name: 'attachment',
							values: [
								{
									displayName: 'Content (Base64)',
									name: 'content',
									type: 'string',
									displayOptions: { show: { source: ['base64'] } },
									default: '',
									description: 'The file encoded as Base64',
								},
								{
									displayName: 'Content ID',
									name: 'contentId',
									type: 'string',
									default: '',
									description: 'ID of an inline image: refer to it in the body as src="cid:ID"',
								},
								{
									displayName: 'Disposition',
									name: 'disposition',
									type: 'options',
									options: ATTACHMENT_DISPOSITIONS,
									default: 'attachment',
									description: 'Whether the file is attached or shown inline in the body',
								},
								{
									displayName: 'File Name',
									name: 'filename',
									type: 'string',
									default: '',
									placeholder: 'invoice.pdf',
									description: 'Name of the file; empty uses the binary file name',
								},
								{
									displayName: 'Input Binary Field',
									name: 'binaryPropertyName',
									type: 'string',
									displayOptions: { show: { source: ['binary'] } },
									default: 'data',
									description: 'Name of the input item binary field holding the file',
								},
								{
									displayName: 'MIME Type',
									name: 'type',
									type: 'string',
									default: '',
									placeholder: 'application/pdf',
									description: 'Content type of the file; empty uses the binary MIME type',
								},
								{
									displayName: 'Source',
									name: 'source',
									type: 'options',
									options: ATTACHMENT_SOURCES,
									default: 'binary',
								},
							],
						},
					],
					routing: { send: { type: 'body', property: 'attachments', value: '={{ $value.attachment }}' } },
				},
				recipientCollection('BCC', 'bcc', 'bcc', 'Blind carbon copy recipients'),
				recipientCollection('CC', 'cc', 'cc', 'Carbon copy recipients'),
				{
					displayName: 'From Name',
					name: 'fromName',
					type: 'string',
					default: '',
					description: 'Sender name shown to recipients',
					routing: { send: { type: 'body', property: 'from.name' } },
				},
				{
					displayName: 'Schedule',
					name: 'schedule',
					type: 'dateTime',
					default: '',
					description: 'When to send (sent to ClickSend as Unix seconds). Empty sends now.',
					routing: { send: { type: 'body', property: 'schedule' } },
				},
			],
		},
	];
}
