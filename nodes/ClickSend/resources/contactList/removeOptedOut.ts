import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
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
