import type { INodeProperties } from 'n8n-workflow';

import { outputMessages } from '../../shared/output';
import { prepareMessages } from '../../shared/messages';
import { queryDatesToUnix } from '../../shared/validation';
import { smsGetManyDescription } from './getMany';
import { smsSendDescription } from './send';

/** Resource "SMS": the Operation option (each with its ClickSend route) and every operation's fields. */
export const smsDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sms'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many SMS messages',
				description: 'List sent SMS messages from the history',
				routing: {
					request: { method: 'GET', url: '/sms/history' },
					send: { preSend: [queryDatesToUnix('date_from', 'date_to')] },
				},
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send an SMS',
				description: 'Send an SMS to a phone number or a contact list',
				routing: {
					request: { method: 'POST', url: '/sms/send' },
					send: { preSend: [prepareMessages()] },
					output: { postReceive: [outputMessages] },
				},
			},
		],
		default: 'send',
	},
	...smsSendDescription,
	...smsGetManyDescription,
];
