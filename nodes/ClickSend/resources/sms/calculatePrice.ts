import type { INodeProperties } from 'n8n-workflow';

import { smsMessageFields } from './messageFields';

/**
 * Fields of SMS → Calculate Price (`POST /sms/price`, ClickSend "Calculate Price"): the same
 * fields as Send; nothing is sent, the output is one item per message with its `message_price`.
 */
export const smsCalculatePriceDescription: INodeProperties[] = smsMessageFields('calculatePrice');
