import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';
import { contactListLocator } from '../contactList/locator';

const show = showFor('contact', 'getAll');

/**
 * Fields of Contact → Get Many (`GET /lists/{list_id}/contacts`, ClickSend "Get all Contacts in a
 * List"): Return All/Limit and ClickSend search (`q`, `operator`, `order_by`).
 */
export const contactGetManyDescription: INodeProperties[] = [
	contactListLocator(show),
	...returnAllAndLimit('contact', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show },
		default: {},
		options: searchFilterOptions,
	},
];
