import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactListLocator, contactLocator } from '../contactList/locator';
import { contactFieldOptions } from './fields';

const show = showFor('contact', 'update');

/** Fields of Contact → Update (`PUT /lists/{list_id}/contacts/{contact_id}`, ClickSend "Update a specific contact"). */
export const contactUpdateDescription: INodeProperties[] = [
	contactListLocator(show),
	contactLocator(show),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: contactFieldOptions(),
	},
];
