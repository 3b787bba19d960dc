import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';

/**
 * Fields of Contact List → Get Many (`GET /lists`, ClickSend "Get all Contact Lists"): Return
 * All/Limit and ClickSend search (`q`, `operator`, `order_by`).
 */
export const contactListGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('contactList', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor('contactList', 'getAll') },
		default: {},
		options: searchFilterOptions,
	},
];
