import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';

/** Fields of Dedicated Number → Get Many (`GET /numbers`, ClickSend "Get all Dedicated Numbers"): the numbers you own. */
export const numberGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('number', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor('number', 'getAll') },
		default: {},
		options: searchFilterOptions,
	},
];
