import type { INodeProperties } from 'n8n-workflow';

import { queryField, searchFilterOptions } from './descriptions';
import { searchFiltersField } from './messagingFields';

/**
 * The "Filters" collection of a message history listing with ClickSend's date range and search
 * (`/mms/history?date_from=…&date_to=…&q=…&order_by=…`, same for fax): Sent After/Before are n8n
 * date-times, sent as Unix seconds by `queryDatesToUnix` on the operation.
 * `what` names the listed records in the filter descriptions ("Only <what> at or after this time"),
 * e.g. "calls made"; default "messages sent".
 */
export function historyFiltersField(resource: string, operation: string, what = 'messages sent'): INodeProperties {
	return {
		...searchFiltersField(resource, operation),
		options: [
			queryField(
				{ displayName: 'Sent After', name: 'dateFrom', type: 'dateTime', default: '', description: `Only ${what} at or after this time` },
				'date_from',
			),
			queryField(
				{ displayName: 'Sent Before', name: 'dateTo', type: 'dateTime', default: '', description: `Only ${what} at or before this time` },
				'date_to',
			),
			...searchFilterOptions,
		],
	};
}
