import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/**
 * Fields of Email → Export History (`GET /email/history/export?filename=…`, ClickSend "Export
 * History"): ClickSend answers with the URL of a CSV file of the email history.
 */
export const emailExportHistoryDescription: INodeProperties[] = [
	{
		displayName: 'File Name',
		name: 'filename',
		type: 'string',
		required: true,
		displayOptions: { show: showFor('email', 'exportHistory') },
		default: 'email-history.csv',
		description: 'Name of the exported CSV file',
		routing: { send: { type: 'query', property: 'filename', value: '={{ String($value).trim() }}' } },
	},
];
