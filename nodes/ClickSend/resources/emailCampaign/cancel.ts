import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { campaignLocator } from './fields';

/** Fields of Email Campaign → Cancel (`PUT /email-campaigns/{email_campaign_id}/cancel`, ClickSend "Cancel Email Campaign"): only scheduled campaigns. */
export const emailCampaignCancelDescription: INodeProperties[] = [
	campaignLocator({ show: showFor('emailCampaign', 'cancel') }, 'The scheduled email campaign to cancel'),
];
