import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { clientAccountLocator } from './fields';

const show = showFor('resellerAccount', 'transferCredit');

/**
 * Fields of Reseller Account → Transfer Credit (`PUT /reseller/transfer-credit`, ClickSend
 * "Transfer Credit"): moves balance from your account to a client account.
 */
export const resellerAccountTransferCreditDescription: INodeProperties[] = [
	{
		...clientAccountLocator('transferCredit'),
		routing: { send: { type: 'body', property: 'client_user_id' } },
	},
	{
		displayName: 'Amount',
		name: 'balance',
		type: 'number',
		required: true,
		displayOptions: { show },
		typeOptions: { minValue: 0.01, numberPrecision: 2 },
		default: 1,
		description: 'Credit to move to the client account, in the currency below',
		routing: { send: { type: 'body', property: 'balance' } },
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'USD',
		description: 'Currency of the amount, as a three-letter ISO code (e.g. AUD, USD, GBP)',
		routing: { send: { type: 'body', property: 'currency' } },
	},
];
