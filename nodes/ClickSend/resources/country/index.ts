import type { INodeProperties } from 'n8n-workflow';

import { countryGetManyDescription } from './getAll';

/** Resource "Country": the Operation option and its fields. */
export const countryDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['country'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many countries',
				description: 'List the countries ClickSend knows, with their two-letter ISO codes',
				routing: { request: { method: 'GET', url: '/countries' } },
			},
		],
		default: 'getAll',
	},
	...countryGetManyDescription,
];
