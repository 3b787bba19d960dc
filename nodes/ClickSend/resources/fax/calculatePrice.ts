import type { INodeProperties } from 'n8n-workflow';

import { faxMessageFields } from './fields';

/**
 * Fields of Fax → Calculate Price (`POST /fax/price`, ClickSend "Calculate Price"): the same
 * fields as Send; nothing is sent, the output is one item per fax with its `message_price`.
 */
export const faxCalculatePriceDescription: INodeProperties[] = faxMessageFields('calculatePrice');
