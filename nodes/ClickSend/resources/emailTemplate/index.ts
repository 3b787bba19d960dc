import type { INodeProperties } from 'n8n-workflow';

import { outputData, outputSuccess } from '../../shared/output';
import { checkEmailTemplateCreate, emailTemplateCreateDescription } from './create';
import { emailTemplateDeleteDescription } from './delete';
import { emailTemplateGetDescription } from './get';
import { emailTemplateGetManyDescription } from './getMany';
import { checkEmailTemplateUpdate, emailTemplateUpdateDescription } from './update';
import { emailTemplateUploadImageDescription } from './uploadImage';

/** Resource "Email Template" (ClickSend Email Marketing, user templates): templates copied from master templates. */
export const emailTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['emailTemplate'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an email template',
				description: 'Create an email template from a master template',
				routing: {
					request: { method: 'POST', url: '/email/templates' },
					send: { preSend: [checkEmailTemplateCreate] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an email template',
				description: 'Delete one of your email templates',
				routing: {
					request: { method: 'DELETE', url: '/email/templates/{templateId}' },
					output: { postReceive: [outputSuccess] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an email template',
				description: 'Get one of your email templates with its HTML body',
				routing: {
					request: { method: 'GET', url: '/email/templates/{templateId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many email templates',
				description: 'List your email templates',
				routing: { request: { method: 'GET', url: '/email/templates' } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an email template',
				description: 'Change the name and HTML body of an email template',
				routing: {
					request: { method: 'PUT', url: '/email/templates/{templateId}' },
					send: { preSend: [checkEmailTemplateUpdate] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Upload Image',
				value: 'uploadImage',
				action: 'Upload an image for an email template',
				description: 'Upload an image from a URL for use in an email template',
				routing: {
					request: { method: 'POST', url: '/email/templates-images/{templateId}' },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'getAll',
	},
	...emailTemplateCreateDescription,
	...emailTemplateDeleteDescription,
	...emailTemplateGetDescription,
	...emailTemplateGetManyDescription,
	...emailTemplateUpdateDescription,
	...emailTemplateUploadImageDescription,
];
