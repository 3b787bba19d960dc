import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';
import { campaignLocator } from './fields';

/**
 * Fields of Email Campaign → Get History (`GET /email-campaigns/{campaign_id}/history`, ClickSend
 * "Get Specific Email Campaign History"): one row per recipient with opens, clicks and bounces.
 */
export const emailCampaignGetHistoryDescription: INodeProperties[] = [
	campaignLocator({ show: showFor('emailCampaign', 'getHistory') }),
	...returnAllAndLimit('emailCampaign', 'getHistory'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor('emailCampaign', 'getHistory') },
		default: {},
		options: [...searchFilterOptions],
	},
];
