import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/**
 * Fields of Account Recharge → Get Packages (`GET /recharge/packages?country=…`, ClickSend "List
 * of Packages"): the recharge packages and their per-channel prices for a country.
 */
export const accountRechargeGetPackagesDescription: INodeProperties[] = [
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		required: true,
		displayOptions: { show: showFor('accountRecharge', 'getPackages') },
		default: '',
		placeholder: 'AU',
		description: 'Country the prices are for, as a two-letter ISO code',
		routing: { send: { type: 'query', property: 'country' } },
	},
];
