import type { INodeProperties } from 'n8n-workflow';

import { postcardFields } from './fields';

/**
 * Fields of Postcard → Calculate Price (`POST /post/postcards/price`, ClickSend "Calculate
 * Pricing"): the same fields as Send; nothing is sent, the output is one item per recipient.
 */
export const postcardCalculatePriceDescription: INodeProperties[] = postcardFields('calculatePrice');
