import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactListLocator } from './locator';

const show = showFor('contactList', 'export');

/**
 * Fields of Contact List → Export (`GET /lists/{list_id}/export?filename=`, ClickSend "Export
 * Contacts List"): outputs the `url` of the CSV file ClickSend prepared.
 */
export const contactListExportDescription: INodeProperties[] = [
	contactListLocator(show),
	{
		displayName: 'File Name',
		name: 'filename',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: 'contacts.csv',
		description: 'Name of the exported CSV file',
		routing: { send: { type: 'query', property: 'filename' } },
	},
];
