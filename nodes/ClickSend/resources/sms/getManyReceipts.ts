import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { searchFiltersField } from '../../shared/messagingFields';

/** Fields of SMS → Get Many Delivery Receipts (`GET /sms/receipts`, ClickSend "Get all Delivery Receipts"): unread receipts. */
export const smsGetManyReceiptsDescription: INodeProperties[] = [
	...returnAllAndLimit('sms', 'getAllReceipts'),
	searchFiltersField('sms', 'getAllReceipts'),
];
