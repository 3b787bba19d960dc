import type { INodeProperties } from 'n8n-workflow';

import { outputData, outputSuccess } from '../../shared/output';
import { smsTemplateCreateDescription } from './create';
import { checkTemplateContent } from './fields';
import { smsTemplateDeleteDescription } from './delete';
import { smsTemplateGetManyDescription } from './getMany';
import { smsTemplateUpdateDescription } from './update';

/** Resource "SMS Template": the Operation option (each with its ClickSend route) and every operation's fields. */
export const smsTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['smsTemplate'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an SMS template',
				description: 'Save a new SMS template',
				routing: {
					request: { method: 'POST', url: '/sms/templates' },
					send: { preSend: [checkTemplateContent] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an SMS template',
				description: 'Delete an SMS template',
				routing: {
					request: { method: 'DELETE', url: '/sms/templates/{templateId}' },
					output: { postReceive: [outputSuccess] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many SMS templates',
				description: 'List the SMS templates',
				routing: {
					request: { method: 'GET', url: '/sms/templates' },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an SMS template',
				description: 'Replace the name and body of an SMS template',
				routing: {
					request: { method: 'PUT', url: '/sms/templates/{templateId}' },
					send: { preSend: [checkTemplateContent] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'create',
	},
	...smsTemplateCreateDescription,
	...smsTemplateGetManyDescription,
	...smsTemplateUpdateDescription,
	...smsTemplateDeleteDescription,
];
