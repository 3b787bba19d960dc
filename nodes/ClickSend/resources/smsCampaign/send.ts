import type { INodeProperties } from 'n8n-workflow';

import { campaignFields } from './fields';

/** Fields of SMS Campaign → Send (`POST /sms-campaigns/send`, ClickSend "Create/send an SMS campaign", with optional short URL). */
export const smsCampaignSendDescription: INodeProperties[] = campaignFields('send', { schedule: true, shortUrl: true });
