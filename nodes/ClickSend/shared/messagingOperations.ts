import type { INodePropertyOptions, PostReceiveAction, PreSendAction } from 'n8n-workflow';

import { prepareReadBefore, prepareTestCallback } from './messagingFields';
import { outputData, outputMessages, outputSuccess, outputSuccessWithData } from './output';
import { queryDatesToUnix } from './validation';

/**
 * Operation options (entries of a resource's Operation `options`) that the messaging channels
 * (SMS, MMS, voice, fax, email, post) share with the same name, value, route shape and output:
 * only the URL and the wording differ, so each builder takes the full URL (with `{messageId}`
 * placeholders where needed), the n8n `action` and the `description`.
 */

/**
 * Builder of a POST operation whose preSend hooks build the body (Send, Calculate Price): takes the
 * URL, `action`, `description`, the preSend hooks and the output hook (default `outputMessages`,
 * one output item per message).
 */
function postOperation(name: string, value: string) {
	return (
		url: string,
		action: string,
		description: string,
		preSend: PreSendAction[],
		postReceive: PostReceiveAction = outputMessages,
	): INodePropertyOptions => ({
		name,
		value,
		action,
		description,
		routing: { request: { method: 'POST', url }, send: { preSend }, output: { postReceive: [postReceive] } },
	});
}

/** "Send" (`value: send`, POST): a message send; arguments `(url, action, description, preSend, postReceive = outputMessages)`. */
export const sendOperation = postOperation('Send', 'send');

/** "Calculate Price" (`value: calculatePrice`, POST): the send body priced without sending; same arguments as {@link sendOperation}. */
export const calculatePriceOperation = postOperation('Calculate Price', 'calculatePrice');

/** "Export History" (`value: exportHistory`, GET `…/export?filename=…`): the CSV download URL of a channel's history. */
export function exportHistoryOperation(
	url: string,
	noun: string,
	description = `Export the ${noun} history to a CSV file and get its download URL`,
): INodePropertyOptions {
	return {
		name: 'Export History',
		value: 'exportHistory',
		action: `Export the ${noun} history`,
		description,
		routing: { request: { method: 'GET', url }, output: { postReceive: [outputData] } },
	};
}

/**
 * "Get Many" (`value: getAll`, GET): a listing such as a channel's history (paged by the fields' Return All/Limit); with
 * `dateFilters`, the Sent After/Before filters are sent as Unix seconds (`date_from`, `date_to`).
 */
export function getManyOperation(url: string, action: string, description: string, dateFilters: boolean): INodePropertyOptions {
	return {
		name: 'Get Many',
		value: 'getAll',
		action,
		description,
		routing: dateFilters
			? { request: { method: 'GET', url }, send: { preSend: [queryDatesToUnix({ date_from: 'Sent After', date_to: 'Sent Before' })] } }
			: { request: { method: 'GET', url } },
	};
}

/** "Get Delivery Receipt" (`value: getReceipt`, GET `…/receipts/{messageId}`): one delivery receipt. */
export function getReceiptOperation(url: string, action: string, description: string): INodePropertyOptions {
	return {
		name: 'Get Delivery Receipt',
		value: 'getReceipt',
		action,
		description,
		routing: { request: { method: 'GET', url }, output: { postReceive: [outputData] } },
	};
}

/** "Get Many Delivery Receipts" (`value: getAllReceipts`, GET `…/receipts`): the receipts not yet marked as read. */
export function getManyReceiptsOperation(url: string, action: string, description: string): INodePropertyOptions {
	return { name: 'Get Many Delivery Receipts', value: 'getAllReceipts', action, description, routing: { request: { method: 'GET', url } } };
}

/**
 * "Mark Delivery Receipts as Read" (`value: markReceiptsRead`, PUT `…/receipts-read`); with
 * `readBefore`, the "Before" time (`date_before`, body or query) is sent via `prepareReadBefore`.
 */
export function markReceiptsReadOperation(url: string, action: string, description: string, readBefore?: 'body' | 'query'): INodePropertyOptions {
	return {
		name: 'Mark Delivery Receipts as Read',
		value: 'markReceiptsRead',
		action,
		description,
		routing: readBefore
			? { request: { method: 'PUT', url }, send: { preSend: [prepareReadBefore(readBefore)] }, output: { postReceive: [outputSuccess] } }
			: { request: { method: 'PUT', url }, output: { postReceive: [outputSuccess] } },
	};
}

/** "Add Test Delivery Receipt" (`value: addTestReceipt`, POST `…/receipts`, body `{url}` from `testCallbackFields`). */
export function addTestReceiptOperation(url: string, action: string, description: string): INodePropertyOptions {
	return {
		name: 'Add Test Delivery Receipt',
		value: 'addTestReceipt',
		action,
		description,
		routing: { request: { method: 'POST', url }, send: { preSend: [prepareTestCallback] }, output: { postReceive: [outputData] } },
	};
}

/** "Cancel Scheduled" (`value: cancel`, PUT `…/{messageId}/cancel`): cancels one scheduled message; outputs `{success, message}`. */
export function cancelOperation(url: string, action: string, description: string): INodePropertyOptions {
	return {
		name: 'Cancel Scheduled',
		value: 'cancel',
		action,
		description,
		routing: { request: { method: 'PUT', url }, output: { postReceive: [outputSuccess] } },
	};
}

/** "Cancel All Scheduled" (`value: cancelAll`, PUT `…/cancel-all`): cancels every scheduled message; outputs success with ClickSend's data. */
export function cancelAllOperation(url: string, action: string, description: string): INodePropertyOptions {
	return {
		name: 'Cancel All Scheduled',
		value: 'cancelAll',
		action,
		description,
		routing: { request: { method: 'PUT', url }, output: { postReceive: [outputSuccessWithData] } },
	};
}
