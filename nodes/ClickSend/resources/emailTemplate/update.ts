import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { requiredText, validate } from '../../shared/validation';
import { templateName } from './create';
import { emailTemplateLocator } from './locator';

const show = showFor('emailTemplate', 'update');

/**
 * Fields of Email Template → Update (`PUT /email/templates/{template_id}`, ClickSend "Update an
 * Email Template"): ClickSend requires both the name and the body on every update.
 */
export const emailTemplateUpdateDescription: INodeProperties[] = [
	emailTemplateLocator({ description: 'The email template to update', displayOptions: { show } }),
	{
		displayName: 'Template Name',
		name: 'templateName',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		description: 'Name of the template',
		routing: { send: { type: 'body', property: 'template_name' } },
	},
	{
		displayName: 'Body (HTML)',
		name: 'body',
		type: 'string',
		required: true,
		typeOptions: { rows: 6 },
		displayOptions: { show },
		default: '',
		description: 'The new HTML of the template (replaces the whole body)',
		routing: { send: { type: 'body', property: 'body' } },
	},
];

/**
 * preSend of Email Template → Update: Template Name as on Create, and a Body (HTML) with something
 * in it (ClickSend replaces the whole body: an empty one would wipe the template).
 * @throws InvalidFieldError naming the field.
 */
export const checkEmailTemplateUpdate = validate(function (options) {
	const body = (options.body ??= {}) as IDataObject;
	body.template_name = templateName(body.template_name);
	body.body = requiredText(body.body, 'Body (HTML)', { hint: 'ClickSend would replace the template with nothing', keepSpaces: true });
});
