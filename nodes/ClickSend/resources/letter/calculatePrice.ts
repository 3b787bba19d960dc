import type { INodeProperties } from 'n8n-workflow';

import { letterFields } from './fields';

/**
 * Fields of Letter → Calculate Price (`POST /post/letters/price`, ClickSend "Calculate Price"):
 * the same fields as Send; nothing is sent, the output is one item per recipient with its `post_price`.
 */
export const letterCalculatePriceDescription: INodeProperties[] = letterFields('calculatePrice');
