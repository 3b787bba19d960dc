import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { InvalidFieldError, validate } from '../../shared/validation';
import { DUPLICATE_FIELDS } from './importFields';
import { contactListLocator } from './locator';

const show = showFor('contactList', 'removeDuplicates');

/**
 * Fields of Contact List → Remove Duplicates (`PUT /lists/{list_id}/remove-duplicates`, ClickSend
 * "Remove Duplicate Contacts"): contacts equal in every chosen field are duplicates; outputs `deleted`.
 */
export const contactListRemoveDuplicatesDescription: INodeProperties[] = [
	contactListLocator(show),
	{
		displayName: 'Compare Fields',
		name: 'fields',
		type: 'multiOptions',
		required: true,
		displayOptions: { show },
		options: DUPLICATE_FIELDS.map((f) => ({ name: f.name, value: f.value })),
		default: ['phone_number'],
		description: 'Contacts with the same values in all these fields are duplicates; the first one is kept',
		routing: { send: { type: 'body', property: 'fields' } },
	},
];

/** preSend of Remove Duplicates: at least one field to compare. @throws InvalidFieldError */
export const requireCompareFields = validate(function (options) {
	const fields = (options.body as { fields?: unknown } | undefined)?.fields;
	if (!Array.isArray(fields) || fields.length === 0) throw new InvalidFieldError('Compare Fields', 'choose at least one field');
});
