import type { INodeProperties } from 'n8n-workflow';

import { testCallbackFields } from '../../shared/messagingFields';

/** Fields of Fax → Add Test Delivery Receipt (`POST /fax/receipts`, ClickSend "Add a Test Delivery Receipt"). */
export const faxAddTestReceiptDescription: INodeProperties[] = testCallbackFields('fax', 'addTestReceipt');
