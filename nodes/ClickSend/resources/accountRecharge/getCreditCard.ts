import type { INodeProperties } from 'n8n-workflow';

/**
 * Account Recharge → Get Credit Card (`GET /recharge/credit-card`, ClickSend "Get Credit Card
 * info") takes no fields; ClickSend answers the card's masked number, holder and expiry only.
 */
export const accountRechargeGetCreditCardDescription: INodeProperties[] = [];
