import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactListLocator } from './locator';

/** Fields of Contact List → Delete (`DELETE /lists/{list_id}`, ClickSend "Delete a specific contact list"), with its contacts. */
export const contactListDeleteDescription: INodeProperties[] = [
	contactListLocator(showFor('contactList', 'delete'), { description: 'The contact list to delete, with all its contacts' }),
];
