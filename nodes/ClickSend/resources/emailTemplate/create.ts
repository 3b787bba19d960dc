import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { numberedId, requiredText, validate } from '../../shared/validation';
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
		routing: { send: { type: 'body', property: 'template_id_master' } },
	}),
];

/**
 * A template name as ClickSend stores it: text (numbers as text; not a list or object) with
 * something in it, trimmed.
 * @throws InvalidFieldError "Template Name" otherwise.
 */
export function templateName(value: unknown): string {
	return requiredText(value, 'Template Name', { hint: 'give the template a name' });
}

/**
 * preSend of Email Template → Create: Template Name ({@link templateName}) and the master template
 * ID (digits, not 0; sent as a number).
 * @throws InvalidFieldError naming the field.
 */
export const checkEmailTemplateCreate = validate(function (options) {
	const body = (options.body ??= {}) as IDataObject;
	body.template_name = templateName(body.template_name);
	body.template_id_master = Number(numberedId(body.template_id_master, 'Master Template', '57'));
});
