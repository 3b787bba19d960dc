import type { INodeProperties } from 'n8n-workflow';

import { templateContentFields, templateIdField } from './fields';

/** Fields of SMS Template → Update (`PUT /sms/templates/{template_id}`, ClickSend "Update a Template"): name and body are replaced. */
export const smsTemplateUpdateDescription: INodeProperties[] = [
	templateIdField('update', 'The template to update'),
	...templateContentFields('update'),
];
