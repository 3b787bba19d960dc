import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { idText } from '../../shared/text';
import { InvalidFieldError, validate } from '../../shared/validation';
import { contactListLocator } from './locator';

const show = showFor('contactList', 'removeOptedOut');

/**
 * Fields of Contact List → Remove Opted-Out Contacts
 * (`PUT /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}`, ClickSend "Remove Opted Out
 * Contacts"): deletes the list's contacts that are in the opt-out list; outputs `deleted`.
 */
export const contactListRemoveOptedOutDescription: INodeProperties[] = [
	contactListLocator(show, { description: 'The contact list to clean' }),
	contactListLocator(show, {
		name: 'optOutListId',
		displayName: 'Opt-Out List',
		description: 'The contact list holding the opted-out contacts',
	}),
];

/** A list ID as the path gets it, for comparing two of them (`" 428 "`, `"0428"` and `"428\u200b"` are 428). */
function listKey(value: unknown): string {
	const text = idText(value) ?? '';
	return /^\d+$/.test(text) ? String(Number(text)) : text;
}

/**
 * preSend of Remove Opted-Out Contacts: the opt-out list must not be the contact list itself (every
 * contact of it would be deleted).
 * @throws InvalidFieldError "Opt-Out List" when both name the same list.
 */
export const differentOptOutList = validate(function () {
	const list = listKey(this.getNodeParameter('listId', undefined, { extractValue: true }));
	const optOut = listKey(this.getNodeParameter('optOutListId', undefined, { extractValue: true }));
	if (list !== '' && list === optOut) {
		throw new InvalidFieldError('Opt-Out List', `is the contact list itself (${list}): every contact of it would be deleted; choose the list of opted-out contacts`);
	}
});
