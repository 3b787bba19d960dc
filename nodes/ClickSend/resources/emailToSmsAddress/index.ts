import type { INodeProperties } from 'n8n-workflow';

import { outputData, outputSuccess } from '../../shared/output';
import { emailToSmsAddressCreateDescription } from './create';
import { emailToSmsAddressDeleteDescription } from './delete';
import { prepareAllowedAddress } from './fields';
import { emailToSmsAddressGetDescription } from './get';
import { emailToSmsAddressGetManyDescription } from './getMany';
import { emailToSmsAddressUpdateDescription } from './update';

/**
 * Resource "Email-to-SMS Address": the email addresses allowed to send SMS by email
 * (ClickSend "Email-to-SMS Allowed Address").
 */
export const emailToSmsAddressDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['emailToSmsAddress'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an allowed address for email to SMS',
				description: 'Allow an email address (or domain) to send SMS by email',
				routing: {
					request: { method: 'POST', url: '/sms/email-sms' },
					send: { preSend: [prepareAllowedAddress] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an allowed address for email to SMS',
				description: 'Stop an email address from sending SMS by email',
				routing: {
					request: { method: 'DELETE', url: '/sms/email-sms/{emailAddressId}' },
					output: { postReceive: [outputSuccess] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an allowed address for email to SMS',
				description: 'Get an allowed email address',
				routing: {
					request: { method: 'GET', url: '/sms/email-sms/{emailAddressId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many allowed addresses for email to SMS',
				description: 'List the email addresses allowed to send SMS by email',
				routing: { request: { method: 'GET', url: '/sms/email-sms' } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an allowed address for email to SMS',
				description: 'Change an allowed email address or its sender ID',
				routing: {
					request: { method: 'PUT', url: '/sms/email-sms/{emailAddressId}' },
					send: { preSend: [prepareAllowedAddress] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'getAll',
	},
	...emailToSmsAddressCreateDescription,
	...emailToSmsAddressDeleteDescription,
	...emailToSmsAddressGetDescription,
	...emailToSmsAddressGetManyDescription,
	...emailToSmsAddressUpdateDescription,
];
