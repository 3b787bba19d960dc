import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/** Fields of Contact List → Create (`POST /lists`, ClickSend "Create a new contact list"). */
export const contactListCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'listName',
		type: 'string',
		required: true,
		displayOptions: { show: showFor('contactList', 'create') },
		default: '',
		placeholder: 'Newsletter',
		description: 'Name of the new contact list',
		routing: { send: { type: 'body', property: 'list_name' } },
	},
];
