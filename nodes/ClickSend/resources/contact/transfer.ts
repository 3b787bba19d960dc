import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { fieldLabel } from '../../shared/fieldLabels';
import { InvalidFieldError, numberedId, validate } from '../../shared/validation';
import { contactListLocator, contactLocator } from '../contactList/locator';

const show = showFor('contact', 'transfer');

/**
 * Fields of Contact → Transfer (`PUT /lists/{from_list_id}/contacts/{contact_id}/{to_list_id}`,
 * ClickSend "Transfer a Contact"): moves the contact to another list.
 */
export const contactTransferDescription: INodeProperties[] = [
	contactListLocator(show, { description: 'The contact list the contact is in now' }),
	contactLocator(show),
	contactListLocator(show, { name: 'toListId', displayName: 'To Contact List', description: 'The contact list to move the contact to' }),
];

/**
 * preSend of Contact → Transfer: the To Contact List must be another list than the one the contact
 * is in (IDs compared as numbers, `0428` is 428), refused before the request.
 * @throws InvalidFieldError "To Contact List: is the list the contact is in (428): choose another list".
 */
export const requireAnotherList = validate(function () {
	const node = this.getNode();
	const from = numberedId(this.getNodeParameter('listId', undefined, { extractValue: true }), fieldLabel(node, 'listId'));
	const to = numberedId(this.getNodeParameter('toListId', undefined, { extractValue: true }), fieldLabel(node, 'toListId'));
	if (from === to) throw new InvalidFieldError(fieldLabel(node, 'toListId'), `is the list the contact is in (${to}): choose another list to move the contact to`);
});
