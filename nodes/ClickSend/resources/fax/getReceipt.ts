import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../shared/messagingFields';

/** Fields of Fax → Get Delivery Receipt (`GET /fax/receipts/{message_id}`, ClickSend "Get a Specific Fax Delivery Receipt"). */
export const faxGetReceiptDescription: INodeProperties[] = [
	messageIdField('fax', 'getReceipt', 'The fax whose delivery receipt to get: its message_id from Send or Get Many'),
];
