import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../shared/messagingFields';

/** Fields of MMS → Get Delivery Receipt (`GET /mms/receipts/{message_id}`, ClickSend "Get Delivery Receipt"). */
export const mmsGetReceiptDescription: INodeProperties[] = [
	messageIdField('mms', 'getReceipt', 'The MMS whose delivery receipt to get: its message_id from Send or Get Many'),
];
