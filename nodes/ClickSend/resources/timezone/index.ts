import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { timezoneGetManyDescription } from './getAll';

/** postReceive of Timezone → Get Many: ClickSend answers a list of names; one item `{ timezone }` per name. */
export async function outputTimezones(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const data = items[0]?.json.data;
	return (Array.isArray(data) ? data : []).map((timezone) => ({ json: { timezone: String(timezone) } }));
}

/** Resource "Timezone": the Operation option and its fields. */
export const timezoneDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['timezone'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many timezones',
				description: 'List the timezone names ClickSend accepts (e.g. for the account timezone), one item each',
				routing: {
					request: { method: 'GET', url: '/timezones' },
					output: { postReceive: [outputTimezones] },
				},
			},
		],
		default: 'getAll',
	},
	...timezoneGetManyDescription,
];
