import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { calculatePriceOperation, exportHistoryOperation, getManyOperation, sendOperation } from '../../shared/messagingOperations';
import { prepareRecipients } from '../../shared/postAddress';
import { postcardCalculatePriceDescription } from './calculatePrice';
import { postcardExportHistoryDescription } from './exportHistory';
import { attachPostcardFiles } from './fields';
import { postcardGetManyDescription } from './getMany';
import { postcardSendDescription } from './send';

/** preSend of postcard sends and prices: the recipient first, then the files (a bad field never uploads a file). */
const postcardSendHooks = [prepareRecipients, attachPostcardFiles];

/** The operations of resource "Postcard", alphabetical by name (the Operation options below). */
const postcardOperations: INodePropertyOptions[] = [
	calculatePriceOperation(
		'/post/postcards/price',
		'Calculate the price of a postcard',
		'Get the price of a postcard without sending it',
		postcardSendHooks,
	),
	exportHistoryOperation('/post/postcards/export', 'postcard'),
	getManyOperation('/post/postcards/history', 'Get many postcards', 'List sent postcards from the history', false),
	sendOperation('/post/postcards/send', 'Send a postcard', 'Print and post a postcard to a postal address', postcardSendHooks),
];

/** Resource "Postcard" (ClickSend Postcards): the Operation option and every operation's fields. */
export const postcardDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['postcard'] } },
		options: postcardOperations,
		default: 'send',
	},
	...postcardSendDescription,
	...postcardCalculatePriceDescription,
	...postcardGetManyDescription,
	...postcardExportHistoryDescription,
];
