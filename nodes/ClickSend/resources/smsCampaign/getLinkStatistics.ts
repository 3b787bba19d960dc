import type { INodeProperties } from 'n8n-workflow';

import { campaignIdField } from './fields';

/** Fields of SMS Campaign → Get Link Statistics (`GET /sms-campaigns/{campaign_id}/link-statistics`, ClickSend "Link Statistics"). */
export const smsCampaignGetLinkStatisticsDescription: INodeProperties[] = [
	campaignIdField('getLinkStatistics', 'The campaign (sent with a URL to shorten) whose link statistics to get'),
];
