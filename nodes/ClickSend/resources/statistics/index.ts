import type { INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { statisticsGetSmsDescription } from './getSms';
import { statisticsGetVoiceDescription } from './getVoice';

/** Resource "Statistics": the Operation option (each with its ClickSend route). */
export const statisticsDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['statistics'] } },
		options: [
			{
				name: 'Get SMS',
				value: 'getSms',
				action: 'Get SMS statistics',
				description: 'Get daily counts and cost of outbound, inbound and bounced SMS (one item with the totals and the currency)',
				routing: {
					request: { method: 'GET', url: '/statistics/sms' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Voice',
				value: 'getVoice',
				action: 'Get voice statistics',
				description: 'Get daily counts and cost of outbound and bounced voice calls (one item with the totals and the currency)',
				routing: {
					request: { method: 'GET', url: '/statistics/voice' },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'getSms',
	},
	...statisticsGetSmsDescription,
	...statisticsGetVoiceDescription,
];
