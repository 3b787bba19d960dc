import type { IDataObject, INodeProperties, PreSendAction } from 'n8n-workflow';

import { bodyField, flagSend } from './descriptions';
import { isoCountry, normalisePhone, validate } from './validation';

/**
 * A boolean field sent to ClickSend as a 0/1 flag (ClickSend's `access_*`, `share_campaigns`,
 * `private_uploads`, `setting_*` flags). `property` is the body property.
 */
export function flagField(field: { displayName: string; name: string; description: string }, property: string): INodeProperties {
	return {
		displayName: field.displayName,
		name: field.name,
		type: 'boolean',
		default: false,
		description: field.description,
		routing: { send: flagSend(property, field.displayName) },
	};
}

/**
 * The profile of a ClickSend account, all required by ClickSend's account endpoints: Username,
 * Password, Email, Phone, First Name, Last Name, Account Name, Country (body properties
 * `username`, `password`, `user_email`, `user_phone`, `user_first_name`, `user_last_name`,
 * `account_name`, `country`). Used by Account → Update (PUT /account) and Reseller Account →
 * Create/Update (POST /reseller/accounts, PUT /reseller/accounts/{client_user_id}).
 */
export function accountProfileFields(resource: string, operations: string[]): INodeProperties[] {
	const displayOptions = { show: { resource: [resource], operation: operations } };
	const field = (displayName: string, name: string, property: string, extra: Partial<INodeProperties>) =>
		bodyField(displayName, name, property, { required: true, displayOptions, ...extra });
	return [
		field('Username', 'username', 'username', { description: 'Login username of the account' }),
		field('Password', 'password', 'password', {
			typeOptions: { password: true },
			description: 'Login password of the account (ClickSend requires it with every change of the profile)',
		}),
		field('Email', 'userEmail', 'user_email', { placeholder: 'name@email.com', description: 'Email address of the account holder' }),
		field('Phone', 'userPhone', 'user_phone', {
			placeholder: '+61411111111',
			description: 'Phone number of the account holder, in E.164 format',
		}),
		field('First Name', 'userFirstName', 'user_first_name', { description: 'First name of the account holder' }),
		field('Last Name', 'userLastName', 'user_last_name', { description: 'Last name of the account holder' }),
		field('Account Name', 'accountName', 'account_name', { description: 'Name of the account, usually the business name' }),
		field('Country', 'country', 'country', { placeholder: 'AU', description: 'Country of the account as a two-letter ISO code' }),
	];
}

/**
 * preSend hook for {@link accountProfileFields}: normalises the Phone (`user_phone`) and checks
 * that Country is a two-letter ISO code (upper-cased).
 * @throws InvalidFieldError (as an item error, before any request) for a bad phone or country.
 */
export function prepareAccountProfile(): PreSendAction {
	return validate(function (options) {
		const body = (options.body ?? {}) as IDataObject;
		if (body.user_phone !== undefined) body.user_phone = normalisePhone(body.user_phone, 'Phone');
		if (body.country !== undefined) body.country = isoCountry(body.country, 'Country');
	});
}
