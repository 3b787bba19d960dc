import type { INodeProperties } from 'n8n-workflow';

import { testCallbackFields } from '../../shared/messagingFields';

/** Fields of Voice → Add Test Delivery Receipt (`POST /voice/receipts`, ClickSend "Add a Test Delivery Receipt"). */
export const voiceAddTestReceiptDescription: INodeProperties[] = testCallbackFields('voice', 'addTestReceipt');
