import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';

/** Fields of Email Address → Get Many (`GET /email/addresses`, ClickSend "Get All Allowed Email Addresses"). */
export const emailAddressGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('emailAddress', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor('emailAddress', 'getAll') },
		default: {},
		options: [...searchFilterOptions],
	},
];
