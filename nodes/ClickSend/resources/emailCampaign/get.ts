import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { campaignLocator } from './fields';

/** Fields of Email Campaign → Get (`GET /email-campaigns/{email_campaign_id}`, ClickSend "Get Specific Email Campaign"). */
export const emailCampaignGetDescription: INodeProperties[] = [campaignLocator({ show: showFor('emailCampaign', 'get') })];
