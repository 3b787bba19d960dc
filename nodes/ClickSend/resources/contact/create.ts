import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactListLocator } from '../contactList/locator';
import { contactFieldOptions, phoneNumberField } from './fields';

const show = showFor('contact', 'create');

/** Fields of Contact → Create (`POST /lists/{list_id}/contacts`, ClickSend "Create a new contact"). */
export const contactCreateDescription: INodeProperties[] = [
	contactListLocator(show, { description: 'The contact list to add the contact to' }),
	phoneNumberField(show),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: contactFieldOptions(['phoneNumber']),
	},
];
