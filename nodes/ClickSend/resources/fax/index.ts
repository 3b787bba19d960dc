import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	addTestReceiptOperation,
	calculatePriceOperation,
	exportHistoryOperation,
	getManyOperation,
	getManyReceiptsOperation,
	getReceiptOperation,
	markReceiptsReadOperation,
	sendOperation,
} from '../../shared/messagingOperations';
import { faxAddTestReceiptDescription } from './addTestReceipt';
import { faxCalculatePriceDescription } from './calculatePrice';
import { faxExportHistoryDescription } from './exportHistory';
import { attachFaxDocument, prepareFaxMessages } from './fields';
import { faxGetManyDescription } from './getMany';
import { faxGetManyReceiptsDescription } from './getManyReceipts';
import { faxGetReceiptDescription } from './getReceipt';
import { faxMarkReceiptsReadDescription } from './markReceiptsRead';
import { faxSendDescription } from './send';

/** preSend of fax sends and prices: the messages first, then the document (a bad field never uploads a file). */
const faxSendHooks = [prepareFaxMessages, attachFaxDocument];

/** The operations of resource "Fax", alphabetical by name (the Operation options below). */
const faxOperations: INodePropertyOptions[] = [
	addTestReceiptOperation(
		'/fax/receipts',
		'Add a test fax delivery receipt',
		'Create a test fax delivery receipt, kept for listing or pushed to your URL',
	),
	calculatePriceOperation('/fax/price', 'Calculate the price of a fax', 'Get the price of a fax without sending it', faxSendHooks),
	exportHistoryOperation('/fax/history/export', 'fax'),
	getReceiptOperation('/fax/receipts/{messageId}', 'Get a fax delivery receipt', 'Get the delivery receipt of a sent fax'),
	getManyOperation('/fax/history', 'Get many faxes', 'List sent faxes from the history', true),
	getManyReceiptsOperation('/fax/receipts', 'Get many fax delivery receipts', 'List the fax delivery receipts not yet marked as read'),
	markReceiptsReadOperation(
		'/fax/receipts-read',
		'Mark fax delivery receipts as read',
		'Mark the fax delivery receipts received up to a time (default: now) as read',
		'body',
	),
	sendOperation('/fax/send', 'Send a fax', 'Send a document by fax to a fax number or a contact list', faxSendHooks),
];

/** Resource "Fax": the Operation option (each with its ClickSend route) and every operation's fields. */
export const faxDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['fax'] } },
		options: faxOperations,
		default: 'send',
	},
	...faxSendDescription,
	...faxCalculatePriceDescription,
	...faxGetManyDescription,
	...faxExportHistoryDescription,
	...faxGetManyReceiptsDescription,
	...faxGetReceiptDescription,
	...faxAddTestReceiptDescription,
	...faxMarkReceiptsReadDescription,
];
