import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { calculatePriceOperation, exportHistoryOperation, getManyOperation, sendOperation } from '../../shared/messagingOperations';
import { outputData } from '../../shared/output';
import { prepareRecipients } from '../../shared/postAddress';
import { letterCalculatePriceDescription } from './calculatePrice';
import { detectAddressContent, detectAddressText, letterDetectAddressDescription } from './detectAddress';
import { letterExportHistoryDescription } from './exportHistory';
import { attachLetterFile } from './fields';
import { letterGetManyDescription } from './getMany';
import { letterSendDescription } from './send';

/** preSend of letter sends and prices: the recipient first, then the file (a bad field never uploads a file). */
const letterSendHooks = [prepareRecipients, attachLetterFile];

/** The operations of resource "Letter", alphabetical by name (the Operation options below). */
const letterOperations: INodePropertyOptions[] = [
	calculatePriceOperation(
		'/post/letters/price',
		'Calculate the price of a letter',
		'Get the price of a letter without sending it',
		letterSendHooks,
	),
	{
		name: 'Detect Address',
		value: 'detectAddress',
		action: 'Detect the address of a letter',
		description: 'Split an address, or the recipient address of a PDF letter, into address fields',
		routing: {
			request: { method: 'POST', url: '/post/letters/detect-address' },
			send: { preSend: [detectAddressText, detectAddressContent] },
			output: { postReceive: [outputData] },
		},
	},
	exportHistoryOperation('/post/letters/history/export', 'letter'),
	getManyOperation('/post/letters/history', 'Get many letters', 'List sent letters from the history', false),
	sendOperation('/post/letters/send', 'Send a letter', 'Print and post a letter (PDF) to a postal address', letterSendHooks),
];

/** Resource "Letter" (ClickSend Post Letter): the Operation option and every operation's fields. */
export const letterDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['letter'] } },
		options: letterOperations,
		default: 'send',
	},
	...letterSendDescription,
	...letterCalculatePriceDescription,
	...letterGetManyDescription,
	...letterExportHistoryDescription,
	...letterDetectAddressDescription,
];
