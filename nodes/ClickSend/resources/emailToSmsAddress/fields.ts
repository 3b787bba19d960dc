import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { locatorField } from '../../shared/descriptions';
import { normaliseEmail, normaliseSender, validate } from '../../shared/validation';

/** The Email-to-SMS Address locator (`getEmailToSmsAddresses`), filling `{emailAddressId}`. */
export function emailAddressLocator(show: Record<string, string[]>): INodeProperties {
	return locatorField({
		displayName: 'Allowed Address',
		name: 'emailAddressId',
		searchListMethod: 'getEmailToSmsAddresses',
		placeholder: '107',
		description: 'The allowed email address (its ID)',
		displayOptions: { show },
	});
}

/** The Email Address field (`email_address`): an address, or a whole domain as `*@example.com`. */
export function emailAddressField(show: Record<string, string[]>, description: string): INodeProperties {
	return {
		displayName: 'Email Address',
		name: 'emailAddress',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'name@email.com',
		description,
		routing: { send: { type: 'body', property: 'email_address' } },
	};
}

/** The Sender ID option (`from`) of the email-to-SMS messages sent from the address. */
export const senderIdOption: INodeProperties = {
	displayName: 'From (Sender ID)',
	name: 'from',
	type: 'string',
	default: '',
	description: 'Sender ID of the SMS sent from this address: a dedicated number or an alpha tag of at most 11 letters/digits',
	routing: { send: { type: 'body', property: 'from' } },
};

/**
 * preSend of Email-to-SMS Address Create/Update: `email_address` must be one email address as the
 * other email fields check it (`normaliseEmail`: trimmed, invisible characters removed; `<…>`,
 * `mailto:`, a trailing `;` or a domain without a dot refused; `*@domain` allowed); normalises
 * `from` (shared `normaliseSender`, empty dropped).
 * @throws InvalidFieldError naming the field.
 */
export const prepareAllowedAddress = validate(function (options) {
	const body = (options.body ??= {}) as IDataObject;
	body.email_address = normaliseEmail(body.email_address, 'Email Address');
	const from = normaliseSender(body.from, 'From (Sender ID)');
	if (from === undefined) delete body.from;
	else body.from = from;
});
