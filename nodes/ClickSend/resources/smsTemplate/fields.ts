import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { locatorField, showFor } from '../../shared/descriptions';
import { requiredText, validate } from '../../shared/validation';

/**
 * The SMS template locator (`getSmsTemplates`), filling `{templateId}` in routing URLs
 * (`/sms/templates/{templateId}`): shared by SMS Template → Update and Delete.
 */
export function templateIdField(operation: string, description: string): INodeProperties {
	return locatorField({
		displayName: 'Template',
		name: 'templateId',
		searchListMethod: 'getSmsTemplates',
		placeholder: '25',
		description,
		displayOptions: { show: showFor('smsTemplate', operation) },
	});
}

/**
 * Template Name and Body (`template_name`, `body`), both required by ClickSend on create and on
 * update (an update replaces both): shared by SMS Template → Create and Update.
 */
export function templateContentFields(operation: string): INodeProperties[] {
	const show = showFor('smsTemplate', operation);
	return [
		{
			displayName: 'Template Name',
			name: 'templateName',
			type: 'string',
			required: true,
			displayOptions: { show },
			default: '',
			description: 'Name shown in the template list',
			routing: { send: { type: 'body', property: 'template_name' } },
		},
		{
			displayName: 'Body',
			name: 'body',
			type: 'string',
			required: true,
			typeOptions: { rows: 4 },
			displayOptions: { show },
			default: '',
			description: 'Text of the template',
			routing: { send: { type: 'body', property: 'body' } },
		},
	];
}

/**
 * preSend hook of SMS Template → Create and Update: Template Name and Body must be text (numbers
 * as text; not a list or object) and not empty (blanks and zero-width characters alone count as
 * empty; the text is kept as given).
 * @throws InvalidFieldError "Template Name" or "Body".
 */
export const checkTemplateContent = validate(function (options) {
	const body = (options.body ?? {}) as IDataObject;
	for (const [key, field] of [
		['template_name', 'Template Name'],
		['body', 'Body'],
	] as const) {
		body[key] = requiredText(body[key], field, { keepSpaces: true });
	}
});
