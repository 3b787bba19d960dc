import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/**
 * Fields of Email → Add Test Delivery Receipt (`POST /email/receipts`, ClickSend "Add a Test
 * Delivery Receipt"): ClickSend pushes a fake email delivery receipt to the URL, or keeps it for polling.
 */
export const emailAddTestReceiptDescription: INodeProperties[] = [
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		required: true,
		displayOptions: { show: showFor('email', 'addTestReceipt') },
		default: 'poll',
		placeholder: 'https://example.com/clicksend-receipts',
		description: 'Your webhook URL when receipts are pushed, or "poll" when you pull them',
		routing: { send: { type: 'body', property: 'url' } },
	},
];
