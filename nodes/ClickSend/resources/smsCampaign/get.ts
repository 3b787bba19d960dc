import type { INodeProperties } from 'n8n-workflow';

import { campaignIdField } from './fields';

/** Fields of SMS Campaign → Get (`GET /sms-campaigns/{sms_campaign_id}`, ClickSend "Get SMS Campaign"). */
export const smsCampaignGetDescription: INodeProperties[] = [campaignIdField('get', 'The campaign to get')];
