import type { INodeProperties } from 'n8n-workflow';

import { bodyField, showFor } from '../../shared/descriptions';

const show = showFor('deliveryIssue', 'create');
const required = { required: true, displayOptions: { show } };

/** Fields of Delivery Issue → Create (`POST /delivery-issues`, ClickSend "Create Delivery Issue"): reports a message that was not delivered as expected. */
export const deliveryIssueCreateDescription: INodeProperties[] = [
	bodyField('Message ID', 'messageId', 'message_id', {
		...required,
		placeholder: 'B388828B-AD46-4366-8AD3-0305FF5E3FE5',
		description: 'ID of the message with the issue (message_id in the send output or history)',
	}),
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
	bodyField('Description', 'issueDescription', 'description', { ...required, typeOptions: { rows: 3 }, description: 'What went wrong with the message' }),
	bodyField('Email', 'emailAddress', 'email_address', { ...required, placeholder: 'name@email.com', description: 'Email address ClickSend support answers to' }),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: [
			bodyField('Comments', 'clientComments', 'client_comments', { typeOptions: { rows: 2 }, description: 'Anything else support should know' }),
		],
	},
];
