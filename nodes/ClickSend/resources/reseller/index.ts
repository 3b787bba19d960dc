import type { INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { resellerGetDescription } from './get';
import { resellerGetBySubdomainDescription } from './getBySubdomain';
import { resellerUpdateDescription } from './update';

/** Resource "Reseller": the Operation option (each with its ClickSend route) and every operation's fields. */
export const resellerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['reseller'] } },
		options: [
			{
				name: 'Get by Subdomain',
				value: 'getBySubdomain',
				action: 'Get a reseller by subdomain',
				description: "Get a reseller's public branding (company name, logos, colour) by its subdomain",
				routing: {
					request: { method: 'GET', url: '/reseller/{subdomain}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Settings',
				value: 'get',
				action: 'Get the reseller settings',
				description: 'Get your reseller settings: subdomain, margins, trial balance, branding',
				routing: {
					request: { method: 'GET', url: '/reseller' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Update Settings',
				value: 'update',
				action: 'Update the reseller settings',
				description: 'Update your reseller settings: subdomain, margins, trial balance, branding',
				routing: {
					request: { method: 'PUT', url: '/reseller' },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'get',
	},
	...resellerGetDescription,
	...resellerGetBySubdomainDescription,
	...resellerUpdateDescription,
];
