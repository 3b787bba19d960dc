import type { INodeProperties } from 'n8n-workflow';

import { outputData, outputSuccess } from '../../shared/output';
import { strippedStringCreateDescription } from './create';
import { strippedStringDeleteDescription } from './delete';
import { requireStripString } from './fields';
import { strippedStringGetDescription } from './get';
import { strippedStringGetManyDescription } from './getMany';
import { strippedStringUpdateDescription } from './update';

/**
 * Resource "Email-to-SMS Stripped String": text ClickSend removes from emails before sending them
 * as SMS (ClickSend "Email-to-SMS Stripped Strings").
 */
export const emailToSmsStrippedStringDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['emailToSmsStrippedString'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a stripped string for email to SMS',
				description: 'Add a string to remove from emails sent as SMS',
				routing: {
					request: { method: 'POST', url: '/sms/email-sms-stripped-strings' },
					send: { preSend: [requireStripString] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a stripped string for email to SMS',
				description: 'Stop removing a string from emails sent as SMS',
				routing: {
					request: { method: 'DELETE', url: '/sms/email-sms-stripped-strings/{ruleId}' },
					output: { postReceive: [outputSuccess] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a stripped string for email to SMS',
				description: 'Get a stripped string rule',
				routing: {
					request: { method: 'GET', url: '/sms/email-sms-stripped-strings/{ruleId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many stripped strings for email to SMS',
				description: 'List the strings removed from emails sent as SMS',
				routing: { request: { method: 'GET', url: '/sms/email-sms-stripped-strings' } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a stripped string for email to SMS',
				description: 'Change the text of a stripped string rule',
				routing: {
					request: { method: 'PUT', url: '/sms/email-sms-stripped-strings/{ruleId}' },
					send: { preSend: [requireStripString] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'getAll',
	},
	...strippedStringCreateDescription,
	...strippedStringDeleteDescription,
	...strippedStringGetDescription,
	...strippedStringGetManyDescription,
	...strippedStringUpdateDescription,
];
