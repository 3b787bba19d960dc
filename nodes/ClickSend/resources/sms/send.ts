import type { INodeProperties } from 'n8n-workflow';

import { locatorField, showFor } from '../../shared/descriptions';

const show = showFor('sms', 'send');

/** Fields of SMS → Send (`POST /sms/send`, ClickSend "Send an SMS"): one message per input item. */
export const smsSendDescription: INodeProperties[] = [
	{
		displayName: 'Send To',
		name: 'sendTo',
		type: 'options',
		displayOptions: { show },
		options: [
			{ name: 'Phone Number', value: 'number', description: 'One recipient per input item' },
			{ name: 'Contact List', value: 'list', description: 'Every contact of a ClickSend contact list' },
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
		placeholder: '+61411111111',
		description: 'Recipient phone number, in E.164 or local format (set Country for local numbers)',
		routing: { send: { type: 'body', property: 'messages[0].to' } },
	},
	{
		...locatorField({
			displayName: 'Contact List',
			name: 'listId',
			searchListMethod: 'getContactLists',
			description: 'The contact list to send to: one message per contact',
			displayOptions: { show: { ...show, sendTo: ['list'] } },
		}),
		routing: { send: { type: 'body', property: 'messages[0].list_id' } },
	},
	{
		displayName: 'Message',
		name: 'body',
		type: 'string',
		required: true,
		typeOptions: { rows: 4 },
		displayOptions: { show },
		default: '',
		description: 'Text of the SMS. Over 160 GSM characters (70 with emoji or non-Latin text) it is sent in several parts.',
		routing: { send: { type: 'body', property: 'messages[0].body' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: [
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'AU',
				description: 'Recipient country as a two-letter ISO code, needed for numbers in local format',
				routing: { send: { type: 'body', property: 'messages[0].country' } },
			},
			{
				displayName: 'Custom String',
				name: 'customString',
				type: 'string',
				default: '',
				description: 'Your reference, passed back with replies and delivery receipts',
				routing: { send: { type: 'body', property: 'messages[0].custom_string' } },
			},
			{
				displayName: 'From (Sender ID)',
				name: 'from',
				type: 'string',
				default: '',
				description:
					'Sender ID: a dedicated number, your own verified number, or an alpha tag of at most 11 letters/digits. Empty uses the shared number.',
				routing: { send: { type: 'body', property: 'messages[0].from' } },
			},
			{
				displayName: 'Reply Email',
				name: 'fromEmail',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Email address replies are forwarded to',
				routing: { send: { type: 'body', property: 'messages[0].from_email' } },
			},
			{
				displayName: 'Schedule',
				name: 'schedule',
				type: 'dateTime',
				default: '',
				description: 'When to send (sent to ClickSend as Unix seconds). Empty sends now.',
				routing: { send: { type: 'body', property: 'messages[0].schedule' } },
			},
		],
	},
];
