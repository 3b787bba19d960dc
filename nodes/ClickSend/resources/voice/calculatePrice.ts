import type { INodeProperties } from 'n8n-workflow';

import { voiceMessageFields } from './messageFields';

/** Fields of Voice → Calculate Price (`POST /voice/price`, ClickSend "Calculate Price"): the same fields as Send; nothing is called. */
export const voiceCalculatePriceDescription: INodeProperties[] = voiceMessageFields('calculatePrice');
