import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
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
