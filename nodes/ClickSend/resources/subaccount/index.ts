import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { outputData, outputSuccess } from '../../shared/output';
import { InvalidFieldError, normaliseEmail, normalisePhone, requiredText, validate } from '../../shared/validation';
import { subaccountCreateDescription } from './create';
import { subaccountDeleteDescription } from './delete';
import { subaccountGetDescription } from './get';
import { subaccountGetManyDescription } from './getAll';
import { subaccountRegenerateApiKeyDescription } from './regenerateApiKey';
import { subaccountUpdateDescription } from './update';

/** The subaccount's text fields, with their labels. */
const SUBACCOUNT_TEXT: ReadonlyArray<[string, string]> = [
	['api_username', 'API Username'],
	['password', 'Password'],
	['first_name', 'First Name'],
	['last_name', 'Last Name'],
];

/**
 * preSend hook of Subaccount → Create/Update: API Username, Password and names must be text, not
 * blank (names and username trimmed); Email must be an email address; normalises the Phone Number;
 * for an update, requires at least one field to change.
 * @throws InvalidFieldError naming the field: a list or object, a blank field, a bad email or phone number, an empty update.
 */
const prepareSubaccount = (isUpdate: boolean) =>
	validate(function (options) {
		const body = (options.body ?? {}) as IDataObject;
		if (isUpdate && Object.keys(body).length === 0) {
			throw new InvalidFieldError('Update Fields', 'add at least one field to change');
		}
		// Create: every field ClickSend requires, also one an expression left out (n8n omits it).
		for (const [key, label] of SUBACCOUNT_TEXT) {
			if (isUpdate && body[key] === undefined) continue;
			// The password is kept exactly as given; names are trimmed. Zero-width characters alone are empty.
			body[key] = requiredText(body[key], label, { keepSpaces: key === 'password' });
		}
		if (!isUpdate || body.email !== undefined) body.email = normaliseEmail(body.email, 'Email');
		if (!isUpdate || body.phone_number !== undefined) body.phone_number = normalisePhone(body.phone_number, 'Phone Number');
	});

/** Resource "Subaccount": the Operation option (each with its ClickSend route) and every operation's fields. */
export const subaccountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['subaccount'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a subaccount',
				description: 'Create a subaccount (user) with its permissions; its API key is shown in the ClickSend dashboard, not in the workflow',
				routing: {
					request: { method: 'POST', url: '/subaccounts' },
					send: { preSend: [prepareSubaccount(false)] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a subaccount',
				description: 'Delete a subaccount',
				routing: {
					request: { method: 'DELETE', url: '/subaccounts/{subaccountId}' },
					output: { postReceive: [outputSuccess] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a subaccount',
				description: 'Get a subaccount with its permissions',
				routing: {
					request: { method: 'GET', url: '/subaccounts/{subaccountId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many subaccounts',
				description: 'List the subaccounts of the account',
				routing: { request: { method: 'GET', url: '/subaccounts' } },
			},
			{
				name: 'Regenerate API Key',
				value: 'regenerateApiKey',
				action: 'Regenerate the API key of a subaccount',
				description:
					'Give a subaccount a new API key (the old one stops working); the new key is shown in the ClickSend dashboard, not in the workflow',
				routing: {
					request: { method: 'PUT', url: '/subaccounts/{subaccountId}/regen-api-key' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a subaccount',
				description: 'Update the details or permissions of a subaccount',
				routing: {
					request: { method: 'PUT', url: '/subaccounts/{subaccountId}' },
					send: { preSend: [prepareSubaccount(true)] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'getAll',
	},
	...subaccountCreateDescription,
	...subaccountDeleteDescription,
	...subaccountGetDescription,
	...subaccountGetManyDescription,
	...subaccountRegenerateApiKeyDescription,
	...subaccountUpdateDescription,
];
