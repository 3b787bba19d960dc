import type { INodeProperties } from 'n8n-workflow';

import { mmsMessageFields } from './fields';

/**
 * Fields of MMS → Calculate Price (`POST /mms/price`, ClickSend "Get Price"): the same fields as
 * Send; nothing is sent, the output is one item per message with its `message_price`.
 */
export const mmsCalculatePriceDescription: INodeProperties[] = mmsMessageFields('calculatePrice');
