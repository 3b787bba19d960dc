import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';

/** Fields of Delivery Issue → Get Many (`GET /delivery-issues`, ClickSend "Get Delivery Issues"). */
export const deliveryIssueGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('deliveryIssue', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor('deliveryIssue', 'getAll') },
		default: {},
		options: searchFilterOptions,
	},
];
