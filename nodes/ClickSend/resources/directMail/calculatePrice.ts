import type { INodeProperties } from 'n8n-workflow';

import { directMailFields } from './fields';

/**
 * Fields of Direct Mail → Calculate Price (`POST /post/direct-mail/campaigns/price`, ClickSend
 * "Calculate Direct Mail Campaign Price"): the same fields as Create; nothing is sent.
 */
export const directMailCalculatePriceDescription: INodeProperties[] = directMailFields('calculatePrice');
