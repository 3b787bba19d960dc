import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { isBlank, normaliseEmail, requiredText, textValue, validate, withoutInvisible } from '../../shared/validation';
import { deliveryIssueCreateDescription } from './create';
import { deliveryIssueGetManyDescription } from './getAll';

/**
 * preSend of Delivery Issue → Create: Message ID and Description are text with something in it
 * (numbers as text, trimmed), Email is the email address support answers to, Comments text.
 * @throws InvalidFieldError naming the field: blank, a list or object, or a bad email.
 */
const checkDeliveryIssue = validate(function (options) {
	const body = (options.body ??= {}) as IDataObject;
	body.message_id = requiredText(withoutInvisible(body.message_id), 'Message ID');
	body.description = requiredText(body.description, 'Description');
	body.email_address = normaliseEmail(body.email_address, 'Email');
	if (isBlank(body.client_comments)) delete body.client_comments;
	else body.client_comments = textValue(body.client_comments, 'Comments').trim();
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
