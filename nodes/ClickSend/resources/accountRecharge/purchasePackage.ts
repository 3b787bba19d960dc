import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/**
 * Fields of Account Recharge → Purchase Package (`PUT /recharge/purchase/{package_id}`, ClickSend
 * "Purchase a Package"): charges the account's stored credit card.
 */
export const accountRechargePurchasePackageDescription: INodeProperties[] = [
	{
		displayName: 'Package ID',
		name: 'packageId',
		type: 'number',
		required: true,
		displayOptions: { show: showFor('accountRecharge', 'purchasePackage') },
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'The package to buy, as Get Packages outputs it (package_id). Its price is charged to the stored credit card.',
	},
];
