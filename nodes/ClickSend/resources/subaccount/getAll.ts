import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';

/** Fields of Subaccount → Get Many (`GET /subaccounts`, ClickSend "Get all Subaccounts"). */
export const subaccountGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('subaccount', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor('subaccount', 'getAll') },
		default: {},
		options: searchFilterOptions,
	},
];
