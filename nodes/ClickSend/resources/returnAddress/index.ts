import type { INodeProperties } from 'n8n-workflow';

import { outputData, outputSuccess } from '../../shared/output';
import { prepareAddressBody } from '../../shared/postAddress';
import { returnAddressCreateDescription } from './create';
import { returnAddressDeleteDescription } from './delete';
import { returnAddressGetDescription } from './get';
import { returnAddressGetManyDescription } from './getMany';
import { returnAddressUpdateDescription } from './update';

/** Resource "Return Address" (ClickSend post return addresses): the Operation option and every operation's fields. */
export const returnAddressDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['returnAddress'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a return address',
				description: 'Create a return address for letters and postcards',
				routing: {
					request: { method: 'POST', url: '/post/return-addresses' },
					send: { preSend: [prepareAddressBody] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a return address',
				description: 'Delete a return address',
				routing: {
					request: { method: 'DELETE', url: '/post/return-addresses/{returnAddressId}' },
					output: { postReceive: [outputSuccess] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a return address',
				description: 'Get a return address',
				routing: {
					request: { method: 'GET', url: '/post/return-addresses/{returnAddressId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many return addresses',
				description: 'List the return addresses of the account',
				routing: {
					request: { method: 'GET', url: '/post/return-addresses' },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a return address',
				description: 'Replace the address of a return address',
				routing: {
					request: { method: 'PUT', url: '/post/return-addresses/{returnAddressId}' },
					send: { preSend: [prepareAddressBody] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'create',
	},
	...returnAddressCreateDescription,
	...returnAddressGetDescription,
	...returnAddressGetManyDescription,
	...returnAddressUpdateDescription,
	...returnAddressDeleteDescription,
];
