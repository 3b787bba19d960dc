import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../shared/messagingFields';

/** Fields of SMS → Get Delivery Receipt (`GET /sms/receipts/{message_id}`, ClickSend "Get a Specific Delivery Receipt"). */
export const smsGetReceiptDescription: INodeProperties[] = [
	messageIdField('sms', 'getReceipt', 'The SMS whose delivery receipt to get: its message_id from Send or Get Many'),
];
