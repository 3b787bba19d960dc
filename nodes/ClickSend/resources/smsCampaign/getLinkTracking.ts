import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { campaignIdField } from './fields';

/** Fields of SMS Campaign → Get Link Tracking (`GET /sms-campaigns/{campaign_id}/link-tracking`, ClickSend "Link Tracking"): one item per contact. */
export const smsCampaignGetLinkTrackingDescription: INodeProperties[] = [
	campaignIdField('getLinkTracking', 'The campaign (sent with a URL to shorten) whose link visits to list'),
	...returnAllAndLimit('smsCampaign', 'getLinkTracking'),
];
