import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { prepareAccountProfile } from '../../shared/accountFields';
import { outputData } from '../../shared/output';
import { amountValue, InvalidFieldError, numberedId, plainText, validate, valueProblem } from '../../shared/validation';
import { resellerAccountCreateDescription } from './create';
import { resellerAccountGetDescription } from './get';
import { resellerAccountGetManyDescription } from './getAll';
import { resellerAccountTransferCreditDescription } from './transferCredit';
import { resellerAccountUpdateDescription } from './update';

/**
 * preSend of Reseller Account → Transfer Credit: the client user ID is sent as text (the spec's
 * type), the amount as a number above 0, the currency as an upper-case three-letter code; both
 * texts (not lists), without invisible characters copied along.
 * @throws InvalidFieldError for a client ID that is not digits or is 0, an amount that is not above 0, or a bad currency.
 */
const prepareTransfer = validate(function (options) {
	const body = (options.body ?? {}) as IDataObject;
	// Text (a list is refused), without invisible characters copied along.
	const plain = (value: unknown, field: string) => plainText(value ?? '', field);
	// Sent as text (the spec's type).
	body.client_user_id = numberedId(body.client_user_id, 'Client Account');
	body.balance = amountValue(body.balance, 'Amount', true);
	const currency = plain(body.currency, 'Currency').toUpperCase();
	if (!/^[A-Z]{3}$/.test(currency)) {
		throw new InvalidFieldError('Currency', valueProblem(body.currency, 'a three-letter ISO currency code such as AUD or USD', `"${String(body.currency)}"`));
	}
	body.currency = currency;
});

/** Resource "Reseller Account": the Operation option (each with its ClickSend route) and every operation's fields. */
export const resellerAccountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['resellerAccount'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a reseller client account',
				description: 'Create a client account under your reseller account; its API key is shown in the ClickSend dashboard, not in the workflow',
				routing: {
					request: { method: 'POST', url: '/reseller/accounts' },
					send: { preSend: [prepareAccountProfile()] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a reseller client account',
				description: 'Get one of your client accounts',
				routing: {
					request: { method: 'GET', url: '/reseller/accounts/{clientUserId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many reseller client accounts',
				description: 'List your client accounts',
				routing: { request: { method: 'GET', url: '/reseller/accounts' } },
			},
			{
				name: 'Transfer Credit',
				value: 'transferCredit',
				action: 'Transfer credit to a reseller client account',
				description: 'Move balance from your account to a client account',
				routing: {
					request: { method: 'PUT', url: '/reseller/transfer-credit' },
					send: { preSend: [prepareTransfer] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a reseller client account',
				description: "Update a client account's profile",
				routing: {
					request: { method: 'PUT', url: '/reseller/accounts/{clientUserId}' },
					send: { preSend: [prepareAccountProfile()] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'getAll',
	},
	...resellerAccountCreateDescription,
	...resellerAccountGetDescription,
	...resellerAccountGetManyDescription,
	...resellerAccountTransferCreditDescription,
	...resellerAccountUpdateDescription,
];
