import type { INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { accountGetDescription } from './get';

/** Resource "Account": the Operation option and every operation's fields. */
export const accountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the account',
				description: 'Get the account details, balance and settings',
				routing: {
					request: { method: 'GET', url: '/account' },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'get',
	},
	...accountGetDescription,
];
