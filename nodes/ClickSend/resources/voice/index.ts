import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { prepareMessages } from '../../shared/messages';
import {
	addTestReceiptOperation,
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
import { outputData } from '../../shared/output';
import { voiceAddTestReceiptDescription } from './addTestReceipt';
import { voiceCalculatePriceDescription } from './calculatePrice';
import { voiceCancelDescription } from './cancel';
import { voiceCancelAllDescription } from './cancelAll';
import { voiceExportHistoryDescription } from './exportHistory';
import { voiceGetLanguagesDescription } from './getLanguages';
import { voiceGetManyDescription } from './getMany';
import { voiceGetManyReceiptsDescription } from './getManyReceipts';
import { voiceGetReceiptDescription } from './getReceipt';
import { checkVoiceAndLanguage } from './languages';
import { voiceMarkReceiptsReadDescription } from './markReceiptsRead';
import { voiceSendDescription } from './send';

/** The operations of resource "Voice", alphabetical by name (the Operation options below). */
const voiceOperations: INodePropertyOptions[] = [
	addTestReceiptOperation(
		'/voice/receipts',
		'Add a test voice delivery receipt',
		'Create a test delivery receipt, kept for listing or pushed to your URL',
	),
	calculatePriceOperation('/voice/price', 'Calculate the price of a voice call', 'Get the price of a voice call without making it', [
		prepareMessages({ channel: 'voice' }),
		checkVoiceAndLanguage,
	]),
	cancelAllOperation('/voice/cancel-all', 'Cancel all scheduled voice calls', 'Cancel every voice call scheduled for later'),
	cancelOperation('/voice/{messageId}/cancel', 'Cancel a scheduled voice call', 'Cancel one voice call scheduled for later'),
	exportHistoryOperation('/voice/history/export', 'voice call'),
	getReceiptOperation('/voice/receipts/{messageId}', 'Get a voice delivery receipt', 'Get the delivery receipt of a voice call'),
	{
		name: 'Get Languages',
		value: 'getLanguages',
		action: 'Get the voice languages',
		description: 'List the languages and voices available for voice calls',
		routing: {
			request: { method: 'GET', url: '/voice/lang' },
			output: { postReceive: [outputData] },
		},
	},
	getManyOperation('/voice/history', 'Get many voice calls', 'List voice calls from the history', true),
	getManyReceiptsOperation(
		'/voice/receipts',
		'Get many voice delivery receipts',
		'List the voice delivery receipts not yet marked as read',
	),
	markReceiptsReadOperation(
		'/voice/receipts-read',
		'Mark voice delivery receipts as read',
		'Mark the voice delivery receipts received up to a time (default: now) as read',
		'query',
	),
	sendOperation('/voice/send', 'Send a voice call', 'Call a phone number or a contact list and read out a message', [
		prepareMessages({ channel: 'voice' }),
		checkVoiceAndLanguage,
	]),
];

/** Resource "Voice" (text-to-speech calls): the Operation option (each with its ClickSend route) and every operation's fields. */
export const voiceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['voice'] } },
		options: voiceOperations,
		default: 'send',
	},
	...voiceSendDescription,
	...voiceCalculatePriceDescription,
	...voiceGetManyDescription,
	...voiceExportHistoryDescription,
	...voiceCancelDescription,
	...voiceCancelAllDescription,
	...voiceGetManyReceiptsDescription,
	...voiceGetReceiptDescription,
	...voiceAddTestReceiptDescription,
	...voiceMarkReceiptsReadDescription,
	...voiceGetLanguagesDescription,
];
