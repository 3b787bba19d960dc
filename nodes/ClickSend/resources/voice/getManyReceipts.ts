import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { searchFiltersField } from '../../shared/messagingFields';

/** Fields of Voice → Get Many Delivery Receipts (`GET /voice/receipts`, ClickSend "Get Voice receipts"): unread receipts. */
export const voiceGetManyReceiptsDescription: INodeProperties[] = [
	...returnAllAndLimit('voice', 'getAllReceipts'),
	searchFiltersField('voice', 'getAllReceipts'),
];
