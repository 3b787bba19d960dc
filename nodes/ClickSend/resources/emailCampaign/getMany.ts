import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';

/** Fields of Email Campaign → Get Many (`GET /email-campaigns`, ClickSend "Get All Email Campaigns"). */
export const emailCampaignGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('emailCampaign', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor('emailCampaign', 'getAll') },
		default: {},
		options: [...searchFilterOptions],
	},
];
