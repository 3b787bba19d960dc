import type { INodeProperties } from 'n8n-workflow';

import { queryField, returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';

/** Fields of SMS → Get Many (`GET /sms/history`, ClickSend "Get all history"). */
export const smsGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('sms', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor('sms', 'getAll') },
		default: {},
		options: [
			queryField(
				{ displayName: 'Sent After', name: 'dateFrom', type: 'dateTime', default: '', description: 'Only messages sent at or after this time' },
				'date_from',
			),
			queryField(
				{ displayName: 'Sent Before', name: 'dateTo', type: 'dateTime', default: '', description: 'Only messages sent at or before this time' },
				'date_to',
			),
			...searchFilterOptions,
		],
	},
];
