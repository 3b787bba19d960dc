import type { IDataObject, INodeProperties, PreSendAction } from 'n8n-workflow';

import { bodyField, flagSend } from './descriptions';
import { isoCountry, normaliseEmail, normalisePhone, requiredText, validate } from './validation';

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

/** The profile's text fields (body property, label); the password is kept exactly as given, the others trimmed. */
const PROFILE_TEXT: ReadonlyArray<readonly [string, string]> = [
	['username', 'Username'],
	['password', 'Password'],
	['user_first_name', 'First Name'],
	['user_last_name', 'Last Name'],
	['account_name', 'Account Name'],
];

/**
 * preSend hook for {@link accountProfileFields}: Username, Password, names and Account Name must be
 * text with something in it (names trimmed, the password as given), Email an email address;
 * normalises the Phone (`user_phone`) and checks that Country is a two-letter ISO code
 * (upper-cased). ClickSend requires the whole profile with every call, so a field left out by an
 * expression that gave nothing is refused as empty too.
 * @throws InvalidFieldError (as an item error, before any request) naming the field: a list or
 * object, a blank field, a bad email, phone or country.
 */
export function prepareAccountProfile(): PreSendAction {
	return validate(function (options) {
		const body = (options.body ?? {}) as IDataObject;
		for (const [key, label] of PROFILE_TEXT) body[key] = requiredText(body[key], label, { keepSpaces: key === 'password' });
		body.user_email = normaliseEmail(body.user_email ?? '', 'Email');
		body.user_phone = normalisePhone(body.user_phone, 'Phone');
		body.country = isoCountry(body.country, 'Country');
		if ('timezone' in body) body.timezone = requiredText(body.timezone, 'Timezone', { hint: 'give an IANA name such as Australia/Melbourne' });
	});
}
