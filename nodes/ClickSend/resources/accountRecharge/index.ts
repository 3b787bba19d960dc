import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { isoCountry, validate } from '../../shared/validation';
import { accountRechargeGetCreditCardDescription } from './getCreditCard';
import { accountRechargeGetPackagesDescription } from './getPackages';
import { accountRechargeGetTransactionDescription } from './getTransaction';
import { accountRechargeGetTransactionsDescription } from './getTransactions';
import { accountRechargePurchasePackageDescription } from './purchasePackage';

/**
 * postReceive of Get Packages: one item per package of `data.packages`, each with the
 * `currency` object ClickSend gives once for all of them.
 */
export async function outputPackages(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const data = (items[0]?.json.data ?? {}) as IDataObject;
	const packages = (Array.isArray(data.packages) ? data.packages : []) as IDataObject[];
	return packages.map((entry) => ({ json: { ...entry, currency: data.currency ?? null } }));
}

/** preSend of Get Packages: Country must be a two-letter ISO code (sent upper-case). */
const prepareCountryQuery = validate(function (options) {
	const qs = (options.qs ??= {}) as IDataObject;
	qs.country = isoCountry(qs.country, 'Country');
});

/** Resource "Account Recharge": the Operation option (each with its ClickSend route) and every operation's fields. */
export const accountRechargeDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['accountRecharge'] } },
		options: [
			{
				name: 'Get Credit Card',
				value: 'getCreditCard',
				action: 'Get the stored credit card',
				description: 'Get the masked number, holder and expiry of the credit card recharges are charged to',
				routing: {
					request: { method: 'GET', url: '/recharge/credit-card' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many Transactions',
				value: 'getTransactions',
				action: 'Get many recharge transactions',
				description: 'List the recharge transactions (invoices) of the account',
				routing: { request: { method: 'GET', url: '/recharge/transactions' } },
			},
			{
				name: 'Get Packages',
				value: 'getPackages',
				action: 'Get the recharge packages',
				description: 'List the recharge packages and their per-channel prices for a country',
				routing: {
					request: { method: 'GET', url: '/recharge/packages' },
					send: { preSend: [prepareCountryQuery] },
					output: { postReceive: [outputPackages] },
				},
			},
			{
				name: 'Get Transaction',
				value: 'getTransaction',
				action: 'Get a recharge transaction',
				description: 'Get one recharge transaction by its invoice number',
				routing: {
					request: { method: 'GET', url: '/recharge/transactions/{transactionId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Purchase Package',
				value: 'purchasePackage',
				action: 'Purchase a recharge package',
				description: 'Recharge the account with a package, charged to the stored credit card',
				routing: {
					request: { method: 'PUT', url: '/recharge/purchase/{packageId}' },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'getPackages',
	},
	...accountRechargeGetCreditCardDescription,
	...accountRechargeGetPackagesDescription,
	...accountRechargeGetTransactionDescription,
	...accountRechargeGetTransactionsDescription,
	...accountRechargePurchasePackageDescription,
];
