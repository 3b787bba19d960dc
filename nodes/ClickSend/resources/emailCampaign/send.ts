import type { INodeProperties } from 'n8n-workflow';

import { campaignFields } from './fields';

/** Fields of Email Campaign → Send (`POST /email-campaigns/send`, ClickSend "Create Email Campaign"): sends (or schedules) a campaign to a contact list. */
export const emailCampaignSendDescription: INodeProperties[] = campaignFields('send');
