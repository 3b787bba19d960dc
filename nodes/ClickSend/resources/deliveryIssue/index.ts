import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { InvalidFieldError, validate } from '../../shared/validation';
import { deliveryIssueCreateDescription } from './create';
import { deliveryIssueGetManyDescription } from './getAll';

/**
 * preSend of Delivery Issue → Create: Message ID, Description and Email must not be blank.
 * @throws InvalidFieldError naming the blank field.
 */
const checkDeliveryIssue = validate(function (options) {
	const body = (options.body ?? {}) as IDataObject;
	for (const [property, field] of [
		['message_id', 'Message ID'],
		['description', 'Description'],
		['email_address', 'Email'],
	]) {
		const value = body[property];
		if (typeof value !== 'string' || value.trim() === '') throw new InvalidFieldError(field, 'is empty');
		body[property] = value.trim();
	}
});

/** Resource "Delivery Issue": the Operation option (each with its ClickSend route) and every operation's fields. */
export const deliveryIssueDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['deliveryIssue'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Report a delivery issue',
				description: 'Report a message that was not delivered as expected to ClickSend support',
				routing: {
					request: { method: 'POST', url: '/delivery-issues' },
					send: { preSend: [checkDeliveryIssue] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many delivery issues',
				description: 'List the delivery issues you reported, with their status',
				routing: { request: { method: 'GET', url: '/delivery-issues' } },
			},
		],
		default: 'getAll',
	},
	...deliveryIssueCreateDescription,
	...deliveryIssueGetManyDescription,
];
