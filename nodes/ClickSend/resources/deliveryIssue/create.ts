import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const show = showFor('deliveryIssue', 'create');

/** Fields of Delivery Issue → Create (`POST /delivery-issues`, ClickSend "Create Delivery Issue"): reports a message that was not delivered as expected. */
export const deliveryIssueCreateDescription: INodeProperties[] = [
	{
		displayName: 'Message ID',
		name: 'messageId',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'B388828B-AD46-4366-8AD3-0305FF5E3FE5',
		description: 'ID of the message with the issue (message_id in the send output or history)',
		routing: { send: { type: 'body', property: 'message_id' } },
	},
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		required: true,
		displayOptions: { show },
		options: [
			{ name: 'Email (Marketing)', value: 'EMAIL_MARKETING' },
			{ name: 'Email (Transactional)', value: 'EMAIL_TRANSACTIONAL' },
			{ name: 'Fax', value: 'FAX' },
			{ name: 'MMS', value: 'MMS' },
			{ name: 'Post', value: 'POST' },
			{ name: 'SMS', value: 'SMS' },
			{ name: 'Voice', value: 'VOICE' },
		],
		default: 'SMS',
		description: 'Channel the message was sent on',
		routing: { send: { type: 'body', property: 'type' } },
	},
	{
		displayName: 'Description',
		name: 'issueDescription',
		type: 'string',
		required: true,
		typeOptions: { rows: 3 },
		displayOptions: { show },
		default: '',
		description: 'What went wrong with the message',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Email',
		name: 'emailAddress',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'name@email.com',
		description: 'Email address ClickSend support answers to',
		routing: { send: { type: 'body', property: 'email_address' } },
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
				displayName: 'Comments',
				name: 'clientComments',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'Anything else support should know',
				routing: { send: { type: 'body', property: 'client_comments' } },
			},
		],
	},
];
