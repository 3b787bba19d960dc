import type { IDataObject, INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { choiceValue } from './choices';
import { locatorField, searchFilterOptions, showFor } from './descriptions';
import { INVISIBLE_MARKS } from './text';
import { InvalidFieldError, requiredText, toUnixSeconds, validate, valueProblem } from './validation';

/**
 * Field builders and preSend hooks shared by the messaging channels (SMS, voice, and any channel
 * with the same ClickSend endpoints): the fields of one message (recipient, contact list, sender,
 * country, custom string, reply email, schedule), message IDs, history export file names, "mark as
 * read before" times and the URL body of ClickSend's "Add a Test …" endpoints.
 */

/** Where one channel's message fields differ from the others (see {@link channelMessageFields}). */
export interface ChannelMessageOptions {
	/** The n8n resource, e.g. `sms`. */
	resource: string;
	/** The operation(s) showing the fields, e.g. `send`. */
	operation: string;
	/** Prefix of every `routing.send.property`: `messages[0].` (default) for `{messages:[...]}` bodies, `''` for top-level fields. */
	bodyPrefix?: string;
	/** Display name of the single-recipient "Send To" option, e.g. "Phone Number". */
	recipientKind: string;
	/** Description of the "Contact List" option of "Send To". */
	listOptionDescription: string;
	/** Placeholder of the "To" field, e.g. `+61411111111`. */
	toPlaceholder: string;
	/** Description of the "To" field. */
	toDescription: string;
	/** Description of the "Contact List" locator. */
	listDescription: string;
	/** The channel's own fields, placed between the recipient fields and Additional Fields (Message, Subject, files…). */
	content: INodeProperties[];
	/** Description of the "Custom String" option. */
	customStringDescription: string;
	/** The "From" option (`from`), or none for channels without a sender (voice). */
	sender?: { displayName: string; description: string };
	/** Whether the channel has the "Reply Email" option (`from_email`). */
	replyEmail: boolean;
	/** Description of the "Schedule" option. */
	scheduleDescription: string;
	/** The channel's other Additional Fields options, merged in alphabetical order of display name. */
	extraOptions?: INodeProperties[];
}

/**
 * The fields of one message of a ClickSend `{messages:[...]}` send or price body (SMS, MMS, voice,
 * fax → Send / Calculate Price): "Send To" (number or contact list), "To" (`to`), "Contact List"
 * (`list_id`), the channel's {@link ChannelMessageOptions.content}, then "Additional Fields" with
 * Country (`country`), Custom String (`custom_string`), From (`from`), Reply Email (`from_email`)
 * and Schedule (`schedule`, a date-time the channel's preSend turns into Unix seconds), each routed to
 * `<bodyPrefix><property>`. Validation and shaping are the channel's preSend hooks (`prepareMessages()`…).
 */
export function channelMessageFields(channel: ChannelMessageOptions): INodeProperties[] {
	const show = showFor(channel.resource, channel.operation);
	const prefix = channel.bodyPrefix ?? 'messages[0].';
	const send = (property: string) => ({ send: { type: 'body' as const, property: `${prefix}${property}` } });
	const options: INodeProperties[] = [
		{
			displayName: 'Country',
			name: 'country',
			type: 'string',
			default: '',
			placeholder: 'AU',
			description: 'Recipient country as a two-letter ISO code, needed for numbers in local format',
			routing: send('country'),
		},
		{
			displayName: 'Custom String',
			name: 'customString',
			type: 'string',
			default: '',
			description: channel.customStringDescription,
			routing: send('custom_string'),
		},
	];
	if (channel.sender) {
		const { displayName, description } = channel.sender;
		options.push({
			displayName,
			name: 'from',
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			description,
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					typeOptions: { searchListMethod: 'getSenders', searchable: true },
				},
				{
					displayName: 'Sender ID',
					name: 'id',
					type: 'string',
					placeholder: 'MyShop or +61411111111',
				},
			],
			routing: send('from'),
		});
	}
	if (channel.replyEmail) {
		options.push({
			displayName: 'Reply Email',
			name: 'fromEmail',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Email address replies are forwarded to',
			routing: send('from_email'),
		});
	}
	options.push({
		displayName: 'Schedule',
		name: 'schedule',
		type: 'dateTime',
		default: '',
		description: channel.scheduleDescription,
		routing: send('schedule'),
	});
	options.push(...(channel.extraOptions ?? []));
	options.sort((a, b) => (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : 0));
	return [
		{
			displayName: 'Send To',
			name: 'sendTo',
			type: 'options',
			displayOptions: { show },
			options: [
				{ name: channel.recipientKind, value: 'number', description: 'One recipient per input item' },
				{ name: 'Contact List', value: 'list', description: channel.listOptionDescription },
			],
			default: 'number',
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			required: true,
			displayOptions: { show: { ...show, sendTo: ['number'] } },
			default: '',
			placeholder: channel.toPlaceholder,
			description: channel.toDescription,
			routing: send('to'),
		},
		{
			...locatorField({
				displayName: 'Contact List',
				name: 'listId',
				searchListMethod: 'getContactLists',
				description: channel.listDescription,
				displayOptions: { show: { ...show, sendTo: ['list'] } },
			}),
			routing: send('list_id'),
		},
		...channel.content,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: { show },
			default: {},
			options,
		},
	];
}

/** The required "Message" text field (`body`, 4 rows) of an SMS, MMS or voice message, routed to `<bodyPrefix>body`. */
export function messageTextField(resource: string, operation: string, description: string, bodyPrefix = 'messages[0].'): INodeProperties {
	return {
		displayName: 'Message',
		name: 'body',
		type: 'string',
		required: true,
		typeOptions: { rows: 4 },
		displayOptions: { show: showFor(resource, operation) },
		default: '',
		description,
		routing: { send: { type: 'body', property: `${bodyPrefix}body` } },
	};
}

/**
 * A required message ID (ClickSend's GUID `message_id`) that fills `{messageId}` in routing URLs,
 * e.g. `/sms/{messageId}/cancel`. Usually mapped from an earlier node's output.
 */
export function messageIdField(resource: string, operation: string, description: string, displayName = 'Message ID'): INodeProperties {
	return {
		displayName,
		name: 'messageId',
		type: 'string',
		required: true,
		displayOptions: { show: showFor(resource, operation) },
		default: '',
		placeholder: 'BF7AD270-0DE2-418B-B606-71D527D9C1AE',
		description,
	};
}

/**
 * The required `filename` query parameter of ClickSend's export endpoints
 * (`/sms/history/export?filename=…`): the name the CSV file gets; the output is its download `url`.
 */
export function exportFilenameField(resource: string, operation: string, defaultName: string): INodeProperties {
	return {
		displayName: 'File Name',
		name: 'filename',
		type: 'string',
		required: true,
		displayOptions: { show: showFor(resource, operation) },
		default: defaultName,
		description: 'Name of the CSV file ClickSend creates; the output holds its download URL',
		routing: { send: { type: 'query', property: 'filename', preSend: [checkExportFilename] } },
	};
}

/**
 * preSend of {@link exportFilenameField}: the `filename` query is text with something in it
 * (trimmed; numbers as text), which ClickSend requires.
 * @throws InvalidFieldError "File Name": empty (an expression that gave nothing), a list or an object.
 */
const checkExportFilename: PreSendAction = validate(function (options) {
	const qs = (options.qs ??= {}) as IDataObject;
	qs.filename = requiredText(qs.filename, 'File Name', { hint: 'give the CSV file a name such as history.csv' });
});

/**
 * "Mark as read" time filter: an optional date-time sent as `date_before` (body or query);
 * {@link prepareReadBefore} converts it to Unix seconds and uses the current time when empty
 * (ClickSend then marks everything read).
 */
export function readBeforeField(resource: string, operation: string, location: 'body' | 'query', what: string): INodeProperties {
	return {
		displayName: 'Before',
		name: 'dateBefore',
		type: 'dateTime',
		displayOptions: { show: showFor(resource, operation) },
		default: '',
		description: `Mark ${what} up to this time as read. Empty marks all of them as read.`,
		routing: { send: { type: location, property: 'date_before' } },
	};
}

/**
 * preSend hook for {@link readBeforeField}: `date_before` (body or query) as Unix seconds, the
 * current time when empty (ClickSend's spec requires the field; "now" means "all").
 * @throws InvalidFieldError "Before" for a value that is not a date-time.
 */
export function prepareReadBefore(location: 'body' | 'query'): PreSendAction {
	return validate(function (options) {
		const target = (location === 'body' ? (options.body ??= {}) : (options.qs ??= {})) as IDataObject;
		const seconds = toUnixSeconds(target.date_before, this.getTimezone(), 'Before');
		target.date_before = seconds ?? Math.floor(Date.now() / 1000);
	});
}

/** Delivery Method of {@link testCallbackFields}. */
const DELIVERY_METHODS: INodePropertyOptions[] = [
	{ name: 'Pull', value: 'pull', description: 'ClickSend keeps the test record for you to list (URL "poll")' },
	{ name: 'Push to URL', value: 'push', description: 'ClickSend posts the test record to your URL' },
];

/**
 * Fields of ClickSend's "Add a Test Delivery Receipt" / "Add a Test Inbound SMS" endpoints
 * (body `{url}`): Pull sends `url: "poll"` (the test record waits to be listed), Push sends the
 * URL ClickSend should post the test record to.
 */
export function testCallbackFields(resource: string, operation: string): INodeProperties[] {
	const show = showFor(resource, operation);
	return [
		{
			displayName: 'Delivery Method',
			name: 'callbackMode',
			type: 'options',
			displayOptions: { show },
			options: DELIVERY_METHODS,
			default: 'pull',
			// The body's url is set by prepareTestCallback from this choice and the URL.
			routing: { send: { type: 'body', property: 'url', value: '={{ $value === "push" ? $parameter.callbackUrl : "poll" }}' } },
		},
		{
			displayName: 'URL',
			name: 'callbackUrl',
			type: 'string',
			required: true,
			displayOptions: { show: { ...show, callbackMode: ['push'] } },
			default: '',
			placeholder: 'https://example.com/clicksend',
			description: 'Your endpoint that ClickSend posts the test record to (http or https)',
		},
	];
}

/**
 * preSend hook for {@link testCallbackFields}: the body `url` must be "poll" or an http(s) URL.
 * @throws InvalidFieldError "URL" otherwise.
 */
export const prepareTestCallback: PreSendAction = validate(function (options) {
	const body = (options.body ??= {}) as IDataObject;
	// Delivery Method from an expression: "Push", "push " or "Push to URL" mean push, never a silent "poll".
	const mode = choiceValue(this.getNodeParameter('callbackMode', 'pull'), 'Delivery Method', DELIVERY_METHODS);
	body.url = mode === 'push' ? testCallbackUrl(this.getNodeParameter('callbackUrl', '')) : 'poll';
});

/**
 * The `url` of a test delivery receipt or inbound message: "poll" (kept for pulling), or an http(s)
 * URL with a dotted host, localhost or an IPv4 address (trimmed, invisible characters removed).
 * @throws InvalidFieldError "URL" for anything else (a blank, a list, "my webhook").
 */
export function testCallbackUrl(value: unknown): string {
	const url = typeof value === 'string' ? value.replace(INVISIBLE_MARKS, '').trim() : '';
	if (url === 'poll') return url;
	if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url) && !/^https?:\/\/(localhost|\d{1,3}(\.\d{1,3}){3})(:\d+)?(\/\S*)?$/i.test(url)) {
		const wanted = 'an http or https URL such as https://example.com/clicksend, or "poll"';
		throw new InvalidFieldError('URL', valueProblem(value, wanted, typeof value === 'string' ? `"${url}"` : undefined));
	}
	return url;
}

/** A "Filters" collection with ClickSend's search and sort options only (`q`, `operator`, `order_by`). */
export function searchFiltersField(resource: string, operation: string): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor(resource, operation) },
		default: {},
		options: [...searchFilterOptions],
	};
}
