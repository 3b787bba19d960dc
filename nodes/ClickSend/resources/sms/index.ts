import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { prepareReadBefore, prepareTestCallback } from '../../shared/messagingFields';
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
import { outputData, outputSuccess } from '../../shared/output';
import { smsAddTestInboundDescription } from './addTestInbound';
import { smsAddTestReceiptDescription } from './addTestReceipt';
import { smsCalculatePriceDescription } from './calculatePrice';
import { smsCancelDescription } from './cancel';
import { smsCancelAllDescription } from './cancelAll';
import { smsExportHistoryDescription } from './exportHistory';
import { smsGetInboundDescription } from './getInbound';
import { smsGetManyDescription } from './getMany';
import { smsGetManyInboundDescription } from './getManyInbound';
import { smsGetManyReceiptsDescription } from './getManyReceipts';
import { smsGetReceiptDescription } from './getReceipt';
import { smsMarkAllInboundReadDescription } from './markAllInboundRead';
import { smsMarkInboundReadDescription } from './markInboundRead';
import { smsMarkReceiptsReadDescription } from './markReceiptsRead';
import { smsSendDescription } from './send';

/** The operations of resource "SMS", alphabetical by name (the Operation options below). */
const smsOperations: INodePropertyOptions[] = [
	addTestReceiptOperation(
		'/sms/receipts',
		'Add a test SMS delivery receipt',
		'Create a test delivery receipt, kept for listing or pushed to your URL',
	),
	{
		name: 'Add Test Inbound SMS',
		value: 'addTestInbound',
		action: 'Add a test inbound SMS',
		description: 'Create a test reply, kept for listing or pushed to your URL',
		routing: {
			request: { method: 'POST', url: '/sms/inbound' },
			send: { preSend: [prepareTestCallback] },
			output: { postReceive: [outputData] },
		},
	},
	calculatePriceOperation('/sms/price', 'Calculate the price of an SMS', 'Get the price of an SMS without sending it', [prepareMessages()]),
	cancelAllOperation('/sms/cancel-all', 'Cancel all scheduled SMS', 'Cancel every SMS scheduled for later'),
	cancelOperation('/sms/{messageId}/cancel', 'Cancel a scheduled SMS', 'Cancel one SMS scheduled for later'),
	exportHistoryOperation('/sms/history/export', 'SMS'),
	getReceiptOperation('/sms/receipts/{messageId}', 'Get an SMS delivery receipt', 'Get the delivery receipt of a sent SMS'),
	{
		name: 'Get Inbound Reply',
		value: 'getInbound',
		action: 'Get the inbound reply to an SMS',
		description: 'Get the reply received to an SMS you sent',
		routing: {
			request: { method: 'GET', url: '/sms/inbound/{messageId}' },
			output: { postReceive: [outputData] },
		},
	},
	getManyOperation('/sms/history', 'Get many SMS messages', 'List sent SMS messages from the history', true),
	getManyReceiptsOperation('/sms/receipts', 'Get many SMS delivery receipts', 'List the delivery receipts not yet marked as read'),
	{
		name: 'Get Many Inbound',
		value: 'getAllInbound',
		action: 'Get many inbound SMS',
		description: 'List the inbound SMS (replies) not yet marked as read',
		routing: {
			request: { method: 'GET', url: '/sms/inbound' },
		},
	},
	{
		name: 'Mark All Inbound as Read',
		value: 'markAllInboundRead',
		action: 'Mark all inbound SMS as read',
		description: 'Mark the inbound SMS received up to a time (default: now) as read',
		routing: {
			request: { method: 'PUT', url: '/sms/inbound-read' },
			send: { preSend: [prepareReadBefore('body')] },
			output: { postReceive: [outputSuccess] },
		},
	},
	markReceiptsReadOperation(
		'/sms/receipts-read',
		'Mark SMS delivery receipts as read',
		'Mark the delivery receipts received up to a time (default: now) as read',
		'body',
	),
	{
		name: 'Mark Inbound as Read',
		value: 'markInboundRead',
		action: 'Mark an inbound SMS as read',
		description: 'Mark one inbound SMS as read',
		routing: {
			request: { method: 'PUT', url: '/sms/inbound-read/{messageId}' },
			output: { postReceive: [outputSuccess] },
		},
	},
	sendOperation('/sms/send', 'Send an SMS', 'Send an SMS to a phone number or a contact list', [prepareMessages()]),
];

/** Resource "SMS": the Operation option (each with its ClickSend route) and every operation's fields. */
export const smsDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sms'] } },
		options: smsOperations,
		default: 'send',
	},
	...smsSendDescription,
	...smsCalculatePriceDescription,
	...smsGetManyDescription,
	...smsExportHistoryDescription,
	...smsCancelDescription,
	...smsCancelAllDescription,
	...smsGetManyInboundDescription,
	...smsGetInboundDescription,
	...smsAddTestInboundDescription,
	...smsMarkAllInboundReadDescription,
	...smsMarkInboundReadDescription,
	...smsGetManyReceiptsDescription,
	...smsGetReceiptDescription,
	...smsAddTestReceiptDescription,
	...smsMarkReceiptsReadDescription,
];
