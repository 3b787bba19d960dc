import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/** Fields of Account Recharge → Get Transaction (`GET /recharge/transactions/{transaction_id}`, ClickSend "Get a specific transaction"). */
export const accountRechargeGetTransactionDescription: INodeProperties[] = [
	{
		displayName: 'Transaction ID',
		name: 'transactionId',
		type: 'string',
		required: true,
		displayOptions: { show: showFor('accountRecharge', 'getTransaction') },
		default: '',
		placeholder: 'cb726c65-1c65-47fa-aea2-3ded9ed57557',
		description: 'The invoice number of the transaction, as Get Many Transactions outputs it (invoice_number)',
	},
];
