import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { masterTemplateLocator } from './locator';

const show = showFor('emailTemplate', 'create');

/**
 * Fields of Email Template → Create (`POST /email/templates`, ClickSend "Create New Email
 * Template from Master Template"): a copy of a master template under your own name.
 */
export const emailTemplateCreateDescription: INodeProperties[] = [
	{
		displayName: 'Template Name',
		name: 'templateName',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		description: 'Name of the new template',
		routing: { send: { type: 'body', property: 'template_name' } },
	},
	masterTemplateLocator({
		description: 'The master template the new template starts from',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'template_id_master', value: '={{ Number($value) }}' } },
	}),
];
