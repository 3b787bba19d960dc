import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';

/** Fields of Email Template → Get Many (`GET /email/templates`, ClickSend "Get All Email Templates"): your own templates. */
export const emailTemplateGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('emailTemplate', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: showFor('emailTemplate', 'getAll') },
		default: {},
		options: [...searchFilterOptions],
	},
];
