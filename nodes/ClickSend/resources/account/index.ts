import type { INodeProperties } from 'n8n-workflow';

import { prepareAccountProfile } from '../../shared/accountFields';
import { outputData } from '../../shared/output';
import { accountGetDescription } from './get';
import { accountGetUsageDescription } from './getUsage';
import { accountUpdateDescription } from './update';

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
			{
				name: 'Get Usage',
				value: 'getUsage',
				action: 'Get the account usage of a month',
				description: "Get a month's message counts and prices per channel, per subaccount or email address",
				routing: {
					request: { method: 'GET', url: '/account/usage/{usageYear}/{usageMonth}/{usageType}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the account',
				description: 'Update the account profile, timezone and SMS settings',
				routing: {
					request: { method: 'PUT', url: '/account' },
					send: { preSend: [prepareAccountProfile()] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'get',
	},
	...accountGetDescription,
	...accountGetUsageDescription,
	...accountUpdateDescription,
];
