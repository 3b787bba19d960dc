import type { INodeProperties } from 'n8n-workflow';

import { testCallbackFields } from '../../shared/messagingFields';

/** Fields of SMS → Add Test Delivery Receipt (`POST /sms/receipts`, ClickSend "Add a Test Delivery Receipt"). */
export const smsAddTestReceiptDescription: INodeProperties[] = testCallbackFields('sms', 'addTestReceipt');
