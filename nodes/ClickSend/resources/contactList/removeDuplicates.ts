import type { INodeProperties } from 'n8n-workflow';

import { choiceValues } from '../../shared/choices';
import { showFor } from '../../shared/descriptions';
import { InvalidFieldError, validate } from '../../shared/validation';
import { DUPLICATE_FIELDS } from './importFields';
import { contactListLocator } from './locator';

const show = showFor('contactList', 'removeDuplicates');
const DUPLICATE_OPTIONS = DUPLICATE_FIELDS.map((f) => ({ name: f.name, value: f.value }));

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
		options: DUPLICATE_OPTIONS,
		default: ['phone_number'],
		description: 'Contacts with the same values in all these fields are duplicates; the first one is kept',
		routing: { send: { type: 'body', property: 'fields' } },
	},
];

/**
 * preSend of Remove Duplicates: at least one field to compare, each one of the contact fields
 * (from an expression: a list, or text separated by commas; values or names in any case).
 * @throws InvalidFieldError naming Compare Fields: none chosen, or one that is not a contact field.
 */
export const requireCompareFields = validate(function (options) {
	const body = (options.body ??= {}) as { fields?: unknown };
	const fields = choiceValues(body.fields, 'Compare Fields', DUPLICATE_OPTIONS);
	if (fields.length === 0) throw new InvalidFieldError('Compare Fields', 'choose at least one field');
	body.fields = fields;
});
