import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { prepareMessages } from '../../shared/messages';
import {
	calculatePriceOperation,
	cancelAllOperation,
	cancelOperation,
	exportHistoryOperation,
	getManyOperation,
	getManyReceiptsOperation,
	getReceiptOperation,
	markReceiptsReadOperation,
	sendOperation,
} from '../../shared/messagingOperations';
import { mmsCalculatePriceDescription } from './calculatePrice';
import { mmsCancelDescription } from './cancel';
import { mmsCancelAllDescription } from './cancelAll';
import { mmsExportHistoryDescription } from './exportHistory';
import { attachMmsMedia, checkMmsSubject } from './fields';
import { mmsGetManyDescription } from './getMany';
import { mmsGetManyReceiptsDescription } from './getManyReceipts';
import { mmsGetReceiptDescription } from './getReceipt';
import { mmsMarkReceiptsReadDescription } from './markReceiptsRead';
import { mmsSendDescription } from './send';

/**
 * preSend of MMS sends and prices: messages first (recipient, body, sender, schedule, subject),
 * then the media file, so a bad field never uploads a file.
 */
const mmsSendHooks = [prepareMessages({ channel: 'mms' }), checkMmsSubject, attachMmsMedia];

/** The operations of resource "MMS", alphabetical by name (the Operation options below). */
const mmsOperations: INodePropertyOptions[] = [
	calculatePriceOperation('/mms/price', 'Calculate the price of an MMS', 'Get the price of an MMS without sending it', mmsSendHooks),
	cancelAllOperation('/mms/cancel-all', 'Cancel all scheduled MMS', 'Cancel every MMS scheduled for later'),
	cancelOperation('/mms/{messageId}/cancel', 'Cancel a scheduled MMS', 'Cancel one MMS scheduled for later'),
	exportHistoryOperation('/mms/history/export', 'MMS'),
	getReceiptOperation('/mms/receipts/{messageId}', 'Get an MMS delivery receipt', 'Get the delivery receipt of a sent MMS'),
	getManyOperation('/mms/history', 'Get many MMS messages', 'List sent MMS messages from the history', true),
	getManyReceiptsOperation('/mms/receipts', 'Get many MMS delivery receipts', 'List the MMS delivery receipts not yet marked as read'),
	markReceiptsReadOperation('/mms/receipts-read', 'Mark MMS delivery receipts as read', 'Mark every MMS delivery receipt as read'),
	sendOperation('/mms/send', 'Send an MMS', 'Send an MMS (image and text) to a phone number or a contact list', mmsSendHooks),
];

/** Resource "MMS": the Operation option (each with its ClickSend route) and every operation's fields. */
export const mmsDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['mms'] } },
		options: mmsOperations,
		default: 'send',
	},
	...mmsSendDescription,
	...mmsCalculatePriceDescription,
	...mmsGetManyDescription,
	...mmsExportHistoryDescription,
	...mmsCancelDescription,
	...mmsCancelAllDescription,
	...mmsGetManyReceiptsDescription,
	...mmsGetReceiptDescription,
	...mmsMarkReceiptsReadDescription,
];
