import type { INodeProperties } from 'n8n-workflow';

import { exportFilenameField } from '../../shared/messagingFields';
import { campaignIdField } from './fields';

/** Fields of SMS Campaign → Export Link Tracking (`GET /sms-campaigns/{campaign_id}/link-export?filename=…`, ClickSend "Link Tracking Export"). */
export const smsCampaignExportLinkTrackingDescription: INodeProperties[] = [
	campaignIdField('exportLinkTracking', 'The campaign whose link tracking to export'),
	exportFilenameField('smsCampaign', 'exportLinkTracking', 'link-tracking.csv'),
];
