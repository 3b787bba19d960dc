import type { INodeProperties } from 'n8n-workflow';

import { emailMessageFields } from './fields';

/** Fields of Email → Calculate Price (`POST /email/price`, ClickSend "Email Price"): the same fields as Send; nothing is sent. */
export const emailCalculatePriceDescription: INodeProperties[] = emailMessageFields('calculatePrice');
