import type { INodeProperties } from 'n8n-workflow';

import { keepCampaignSchedule } from '../../shared/campaignSchedule';
import { outputData, outputSuccessWithData } from '../../shared/output';
import { smsCampaignCalculatePriceDescription } from './calculatePrice';
import { smsCampaignCancelDescription } from './cancel';
import { smsCampaignExportLinkTrackingDescription } from './exportLinkTracking';
import { prepareCampaign } from './fields';
import { smsCampaignGetDescription } from './get';
import { smsCampaignGetLinkStatisticsDescription } from './getLinkStatistics';
import { smsCampaignGetLinkTrackingDescription } from './getLinkTracking';
import { smsCampaignGetManyDescription } from './getMany';
import { smsCampaignSendDescription } from './send';
import { smsCampaignUpdateDescription } from './update';

/** Resource "SMS Campaign": the Operation option (each with its ClickSend route) and every operation's fields. */
export const smsCampaignDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['smsCampaign'] } },
		options: [
			{
				name: 'Calculate Price',
				value: 'calculatePrice',
				action: 'Calculate the price of an SMS campaign',
				description: 'Get the price of a campaign to a contact list without sending it',
				routing: {
					request: { method: 'POST', url: '/sms-campaigns/price' },
					send: { preSend: [prepareCampaign(false)] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel an SMS campaign',
				description: 'Cancel a campaign scheduled for later',
				routing: {
					request: { method: 'PUT', url: '/sms-campaigns/{campaignId}/cancel' },
					// ClickSend answers with the cancelled campaign: kept, so each output says which one.
					output: { postReceive: [outputSuccessWithData] },
				},
			},
			{
				name: 'Export Link Tracking',
				value: 'exportLinkTracking',
				action: 'Export the link tracking of an SMS campaign',
				description: "Export who opened a campaign's short link to a CSV file and get its download URL",
				routing: {
					request: { method: 'GET', url: '/sms-campaigns/{campaignId}/link-export' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an SMS campaign',
				description: 'Get an SMS campaign',
				routing: {
					request: { method: 'GET', url: '/sms-campaigns/{campaignId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Link Statistics',
				value: 'getLinkStatistics',
				action: 'Get the link statistics of an SMS campaign',
				description: "Get the opens of a campaign's short link by browser, country, device and OS",
				routing: {
					request: { method: 'GET', url: '/sms-campaigns/{campaignId}/link-statistics' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Link Tracking',
				value: 'getLinkTracking',
				action: 'Get the link tracking of an SMS campaign',
				description: "List each contact of a campaign with whether and when they opened its short link",
				routing: {
					request: { method: 'GET', url: '/sms-campaigns/{campaignId}/link-tracking' },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many SMS campaigns',
				description: 'List the SMS campaigns',
				routing: {
					request: { method: 'GET', url: '/sms-campaigns' },
				},
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send an SMS campaign',
				description: 'Send (or schedule) an SMS campaign to a contact list',
				routing: {
					request: { method: 'POST', url: '/sms-campaigns/send' },
					send: { preSend: [prepareCampaign(false)] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an SMS campaign',
				description: 'Change the list, name, message, sender or schedule of a campaign not yet sent',
				routing: {
					request: { method: 'PUT', url: '/sms-campaigns/{campaignId}' },
					send: { preSend: [prepareCampaign(true), keepCampaignSchedule('/sms-campaigns/{campaignId}')] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'send',
	},
	...smsCampaignSendDescription,
	...smsCampaignCalculatePriceDescription,
	...smsCampaignGetManyDescription,
	...smsCampaignGetDescription,
	...smsCampaignUpdateDescription,
	...smsCampaignCancelDescription,
	...smsCampaignGetLinkStatisticsDescription,
	...smsCampaignGetLinkTrackingDescription,
	...smsCampaignExportLinkTrackingDescription,
];
