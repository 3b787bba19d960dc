import type { INodeProperties } from 'n8n-workflow';

import { campaignFields } from './fields';

/** Fields of SMS Campaign → Calculate Price (`POST /sms-campaigns/price`, ClickSend "Calculate Price for SMS Campaign"). */
export const smsCampaignCalculatePriceDescription: INodeProperties[] = campaignFields('calculatePrice');
