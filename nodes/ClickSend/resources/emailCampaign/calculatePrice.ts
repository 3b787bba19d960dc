import type { INodeProperties } from 'n8n-workflow';

import { campaignFields } from './fields';

/** Fields of Email Campaign → Calculate Price (`POST /email-campaigns/price`, ClickSend "Calculate Price"): the same fields as Send; nothing is sent. */
export const emailCampaignCalculatePriceDescription: INodeProperties[] = campaignFields('calculatePrice');
