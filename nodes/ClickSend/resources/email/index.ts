import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { calculatePriceOperation, exportHistoryOperation, getManyOperation, sendOperation } from '../../shared/messagingOperations';
import { outputData } from '../../shared/output';
import { emailAddTestReceiptDescription } from './addTestReceipt';
import { emailCalculatePriceDescription } from './calculatePrice';
import { emailExportHistoryDescription } from './exportHistory';
import { prepareEmail } from './fields';
import { emailGetManyDescription } from './getMany';
import { emailSendDescription } from './send';

/** The operations of resource "Email", alphabetical by name (the Operation options below). */
const emailOperations: INodePropertyOptions[] = [
	{
		name: 'Add Test Delivery Receipt',
		value: 'addTestReceipt',
		action: 'Add a test email delivery receipt',
		description: 'Add a test delivery receipt for transactional email',
		routing: {
			request: { method: 'POST', url: '/email/receipts' },
			output: { postReceive: [outputData] },
		},
	},
	calculatePriceOperation(
		'/email/price',
		'Calculate the price of an email',
		'Get the price of a transactional email without sending it',
		[prepareEmail(true)],
		outputData,
	),
	exportHistoryOperation('/email/history/export', 'email', 'Get a download URL for a CSV export of the email history'),
	getManyOperation('/email/history', 'Get many emails', 'List sent transactional emails from the history', true),
	sendOperation('/email/send', 'Send an email', 'Send a transactional email from an allowed email address', [prepareEmail()], outputData),
];

/** Resource "Email" (ClickSend "Transactional Email"): the Operation option and every operation's fields. */
export const emailDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['email'] } },
		options: emailOperations,
		default: 'send',
	},
	...emailSendDescription,
	...emailCalculatePriceDescription,
	...emailGetManyDescription,
	...emailExportHistoryDescription,
	...emailAddTestReceiptDescription,
];
