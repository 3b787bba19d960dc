import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Account Recharge → Get Many Transactions (`GET /recharge/transactions`, ClickSend "Get Transactions"), newest first. */
export const accountRechargeGetTransactionsDescription: INodeProperties[] = [...returnAllAndLimit('accountRecharge', 'getTransactions')];
