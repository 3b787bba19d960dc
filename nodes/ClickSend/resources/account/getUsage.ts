import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const show = showFor('account', 'getUsage');

/** Breakdown of Account → Get Usage: the path's last part. */
export const USAGE_TYPES: INodePropertyOptions[] = [
	{ name: 'Per Email Address', value: 'email', description: 'Usage per sending email address' },
	{ name: 'Per Subaccount', value: 'subaccount', description: 'Usage per subaccount (user)' },
];

/**
 * Fields of Account → Get Usage (`GET /account/usage/{year}/{month}/{type}`, ClickSend "Account
 * Usage"): one month's message counts and prices per channel, broken down per subaccount or per
 * email address.
 */
export const accountGetUsageDescription: INodeProperties[] = [
	{
		displayName: 'Year',
		name: 'usageYear',
		type: 'number',
		required: true,
		displayOptions: { show },
		typeOptions: { minValue: 2000, maxValue: 2100, numberPrecision: 0 },
		default: 2026,
		description: 'Year of the usage, e.g. 2026',
	},
	{
		displayName: 'Month',
		name: 'usageMonth',
		type: 'number',
		required: true,
		displayOptions: { show },
		typeOptions: { minValue: 1, maxValue: 12, numberPrecision: 0 },
		default: 1,
		description: 'Month of the usage, 1 (January) to 12 (December)',
	},
	{
		displayName: 'Breakdown',
		name: 'usageType',
		type: 'options',
		displayOptions: { show },
		options: USAGE_TYPES,
		default: 'subaccount',
		description: 'How ClickSend breaks the usage down',
	},
];
