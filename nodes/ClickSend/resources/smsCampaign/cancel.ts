import type { INodeProperties } from 'n8n-workflow';

import { campaignIdField } from './fields';

/** Fields of SMS Campaign → Cancel (`PUT /sms-campaigns/{sms_campaign_id}/cancel`, ClickSend "Cancel an SMS Campaign"). */
export const smsCampaignCancelDescription: INodeProperties[] = [campaignIdField('cancel', 'The scheduled campaign to cancel')];
