import type { INodeProperties } from 'n8n-workflow';

import { keepCampaignSchedule } from '../../shared/campaignSchedule';
import { outputData, outputSuccessWithData } from '../../shared/output';
import { emailCampaignCalculatePriceDescription } from './calculatePrice';
import { emailCampaignCancelDescription } from './cancel';
import { outputCampaign, prepareCampaign } from './fields';
import { emailCampaignGetDescription } from './get';
import { emailCampaignGetHistoryDescription } from './getHistory';
import { emailCampaignGetManyDescription } from './getMany';
import { emailCampaignSendDescription } from './send';
import { emailCampaignUpdateDescription } from './update';

/** Resource "Email Campaign" (ClickSend Email Marketing): campaigns sent from a template to a contact list. */
export const emailCampaignDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['emailCampaign'] } },
		options: [
			{
				name: 'Calculate Price',
				value: 'calculatePrice',
				action: 'Calculate the price of an email campaign',
				description: 'Get the price of an email campaign without sending it',
				routing: {
					request: { method: 'POST', url: '/email-campaigns/price' },
					send: { preSend: [prepareCampaign(true)] },
					output: { postReceive: [outputCampaign] },
				},
			},
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel an email campaign',
				description: 'Cancel a scheduled email campaign',
				routing: {
					request: { method: 'PUT', url: '/email-campaigns/{campaignId}/cancel' },
					// ClickSend answers with the cancelled campaign: kept, so each output says which one.
					output: { postReceive: [outputSuccessWithData] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an email campaign',
				description: 'Get an email campaign with its counts of opens, clicks and bounces',
				routing: {
					request: { method: 'GET', url: '/email-campaigns/{campaignId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get History',
				value: 'getHistory',
				action: 'Get the history of an email campaign',
				description: 'List the emails of a campaign, one per recipient',
				routing: { request: { method: 'GET', url: '/email-campaigns/{campaignId}/history' } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many email campaigns',
				description: 'List email campaigns',
				routing: { request: { method: 'GET', url: '/email-campaigns' } },
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send an email campaign',
				description: 'Send or schedule an email campaign to a contact list',
				routing: {
					request: { method: 'POST', url: '/email-campaigns/send' },
					send: { preSend: [prepareCampaign(true)] },
					output: { postReceive: [outputCampaign] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an email campaign',
				description: 'Change a scheduled email campaign',
				routing: {
					request: { method: 'PUT', url: '/email-campaigns/{campaignId}' },
					send: { preSend: [prepareCampaign(false), keepCampaignSchedule('/email-campaigns/{campaignId}')] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'send',
	},
	...emailCampaignSendDescription,
	...emailCampaignCalculatePriceDescription,
	...emailCampaignCancelDescription,
	...emailCampaignGetDescription,
	...emailCampaignGetHistoryDescription,
	...emailCampaignGetManyDescription,
	...emailCampaignUpdateDescription,
];
