import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { campaignLocator, campaignUpdateFields } from './fields';

const show = showFor('emailCampaign', 'update');

/** Fields of Email Campaign → Update (`PUT /email-campaigns/{email_campaign_id}`, ClickSend "Update Email Campaign"): a scheduled campaign. */
export const emailCampaignUpdateDescription: INodeProperties[] = [
	campaignLocator({ show }, 'The scheduled email campaign to update'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: campaignUpdateFields(),
	},
];
