import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { testCallbackUrl } from '../../shared/messagingFields';
import { validate } from '../../shared/validation';

/**
 * preSend of Email → Add Test Delivery Receipt: the body `url` is "poll" or an http(s) URL, as for
 * the other channels' test receipts.
 * @throws InvalidFieldError "URL" otherwise.
 */
const checkReceiptUrl = validate(function (options) {
	const body = (options.body ??= {}) as IDataObject;
	body.url = testCallbackUrl(body.url);
});

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
		routing: { send: { type: 'body', property: 'url', preSend: [checkReceiptUrl] } },
	},
];
