import type { INodeProperties } from 'n8n-workflow';

import { referralAccountGetManyDescription } from './getAll';

/** Resource "Referral Account": the Operation option and its fields. */
export const referralAccountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['referralAccount'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many referral accounts',
				description: 'List the accounts you referred to ClickSend, with their referral percentage',
				routing: { request: { method: 'GET', url: '/referral/accounts' } },
			},
		],
		default: 'getAll',
	},
	...referralAccountGetManyDescription,
];
