import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactListLocator } from './locator';

const show = showFor('contactList', 'update');

/** Fields of Contact List → Update (`PUT /lists/{list_id}`, ClickSend "Update a specific contact list"): renames it. */
export const contactListUpdateDescription: INodeProperties[] = [
	contactListLocator(show),
	{
		displayName: 'Name',
		name: 'listName',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		description: 'New name of the contact list',
		routing: { send: { type: 'body', property: 'list_name' } },
	},
];
