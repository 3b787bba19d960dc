import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { searchFiltersField } from '../../shared/messagingFields';

/** Fields of SMS Campaign → Get Many (`GET /sms-campaigns`, ClickSend "Get list of SMS Campaigns"). */
export const smsCampaignGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('smsCampaign', 'getAll'),
	searchFiltersField('smsCampaign', 'getAll'),
];
