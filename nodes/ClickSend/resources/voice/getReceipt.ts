import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../shared/messagingFields';

/** Fields of Voice → Get Delivery Receipt (`GET /voice/receipts/{message_id}`, ClickSend "Get Specific Voice Receipt"). */
export const voiceGetReceiptDescription: INodeProperties[] = [
	messageIdField('voice', 'getReceipt', 'The call whose delivery receipt to get: its message_id from Send or Get Many'),
];
