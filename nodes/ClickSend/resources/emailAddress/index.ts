import type { INodeProperties } from 'n8n-workflow';

import { outputData, outputSuccess } from '../../shared/output';
import { InvalidFieldError, normaliseEmail, validate } from '../../shared/validation';
import { emailAddressCreateDescription } from './create';
import { emailAddressDeleteDescription } from './delete';
import { emailAddressGetDescription } from './get';
import { emailAddressGetManyDescription } from './getMany';
import { emailAddressSendVerificationDescription } from './sendVerification';
import { emailAddressVerifyDescription } from './verify';

/** preSend of Email Address → Create: the address must look like an email address. */
const checkEmailAddress = validate(function (options) {
	const body = (options.body ?? {}) as { email_address?: unknown };
	if (body.email_address === undefined) throw new InvalidFieldError('Email Address', 'is empty');
	body.email_address = normaliseEmail(body.email_address, 'Email Address');
});

/** Resource "Email Address" (ClickSend "allowed email addresses", Email Marketing): senders of emails and campaigns. */
export const emailAddressDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['emailAddress'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an allowed email address',
				description: 'Add an allowed sender email address; ClickSend emails it a verification token',
				routing: {
					request: { method: 'POST', url: '/email/addresses' },
					send: { preSend: [checkEmailAddress] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an allowed email address',
				description: 'Remove an allowed sender email address',
				routing: {
					request: { method: 'DELETE', url: '/email/addresses/{emailAddressId}' },
					output: { postReceive: [outputSuccess] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an allowed email address',
				description: 'Get an allowed sender email address and whether it is verified',
				routing: {
					request: { method: 'GET', url: '/email/addresses/{emailAddressId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many allowed email addresses',
				description: 'List the allowed sender email addresses',
				routing: { request: { method: 'GET', url: '/email/addresses' } },
			},
			{
				name: 'Send Verification',
				value: 'sendVerification',
				action: 'Send the verification email of an allowed email address',
				description: 'Email the verification token to an allowed email address again',
				routing: {
					request: { method: 'PUT', url: '/email/address-verify/{emailAddressId}/send' },
					output: { postReceive: [outputSuccess] },
				},
			},
			{
				name: 'Verify',
				value: 'verify',
				action: 'Verify an allowed email address',
				description: 'Verify an allowed email address with the token ClickSend emailed to it',
				routing: {
					request: { method: 'PUT', url: '/email/address-verify/{emailAddressId}/verify/{activationToken}' },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'getAll',
	},
	...emailAddressCreateDescription,
	...emailAddressDeleteDescription,
	...emailAddressGetDescription,
	...emailAddressGetManyDescription,
	...emailAddressSendVerificationDescription,
	...emailAddressVerifyDescription,
];
