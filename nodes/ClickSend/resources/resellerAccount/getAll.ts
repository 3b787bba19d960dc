import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';

/** Fields of Reseller Account → Get Many (`GET /reseller/accounts`, ClickSend "List of Reseller Accounts"). */
export const resellerAccountGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('resellerAccount', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor('resellerAccount', 'getAll') },
		default: {},
		options: searchFilterOptions,
	},
];
