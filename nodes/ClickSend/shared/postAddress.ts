import type { IDataObject, INodeProperties, PreSendAction } from 'n8n-workflow';

import { locatorField, showFor } from './descriptions';
import { hasVisibleText } from './text';
import { compact, futureSchedule, InvalidFieldError, isoCountry, numberedId, textValue, validate } from './validation';

/**
 * Postal address fields shared by Letter and Postcard recipients (`recipients[0].address_*`) and
 * Return Address create/update (top-level `address_*`), with their preSend check.
 */

/** Options of {@link addressFields}. */
export interface AddressFieldOptions {
	resource: string;
	operations: string[];
	/** Body path prefix: `recipients[0].` for a recipient, '' for a return address. */
	prefix: string;
	/** Label of the name line: "Recipient Name", "Name". */
	nameLabel: string;
}

/**
 * Required address fields (name, line 1, city, state, postal code, country) and the optional
 * line 2, each routed to `<prefix>address_<field>` in the body.
 */
export function addressFields(options: AddressFieldOptions): INodeProperties[] {
	const show = showFor(options.resource, options.operations);
	const field = (
		displayName: string,
		name: string,
		property: string,
		extra: Partial<INodeProperties> = {},
	): INodeProperties =>
		({
			displayName,
			name,
			type: 'string',
			required: true,
			displayOptions: { show },
			default: '',
			routing: { send: { type: 'body', property: `${options.prefix}${property}` } },
			...extra,
		}) as INodeProperties;
	return [
		field(options.nameLabel, 'addressName', 'address_name', { placeholder: 'John Smith', description: 'Name on the first line of the address' }),
		field('Address Line 1', 'addressLine1', 'address_line_1', { placeholder: '123 Main Street' }),
		field('Address Line 2', 'addressLine2', 'address_line_2', { required: false, description: 'Optional second address line' }),
		field('City', 'addressCity', 'address_city', { placeholder: 'Perth' }),
		field('State', 'addressState', 'address_state', { placeholder: 'WA' }),
		field('Postal Code', 'addressPostalCode', 'address_postal_code', { placeholder: '6000' }),
		field('Country', 'addressCountry', 'address_country', {
			placeholder: 'AU',
			description: 'Two-letter ISO 3166 country code of the address',
		}),
	];
}

const REQUIRED_ADDRESS: ReadonlyArray<[string, string]> = [
	['address_name', 'Name'],
	['address_line_1', 'Address Line 1'],
	['address_city', 'City'],
	['address_state', 'State'],
	['address_postal_code', 'Postal Code'],
	['address_country', 'Country'],
];

/** The address's text fields (required ones first), with their labels. */
const ADDRESS_TEXT: ReadonlyArray<[string, string]> = [...REQUIRED_ADDRESS, ['address_line_2', 'Address Line 2'], ['custom_string', 'Custom String']];

/**
 * Checks and shapes one address object in place: trims text, drops empty optional fields,
 * requires name, line 1, city, state, postal code and a two-letter country (upper-cased),
 * `return_address_id` as a number, `schedule` as Unix seconds. Texts must be text (a list or
 * object is refused; blanks and zero-width characters alone are empty). `nameLabel` names the name
 * field in errors ("Recipient Name" on letters); a `recipient` (letter, postcard) must have a return address.
 * @throws InvalidFieldError naming the field.
 */
export function checkAddress(address: IDataObject, timeZone: string, nameLabel = 'Name', recipient = false): IDataObject {
	const labelOf = (key: string, label: string) => (key === 'address_name' ? nameLabel : label);
	// Printed on paper: a list or object from an expression is refused, not printed as "a,b" or "[object Object]".
	for (const [key, label] of ADDRESS_TEXT) {
		if (address[key] !== undefined && address[key] !== null) address[key] = textValue(address[key], labelOf(key, label));
	}
	for (const key of Object.keys(address)) {
		// A line of spaces and zero-width characters alone prints nothing: it is empty.
		if (typeof address[key] === 'string') address[key] = hasVisibleText(address[key] as string) ? (address[key] as string).trim() : '';
	}
	compact(address);
	for (const [key, label] of REQUIRED_ADDRESS) {
		if (address[key] === undefined) throw new InvalidFieldError(labelOf(key, label), 'is empty');
	}
	address.address_country = isoCountry(address.address_country, 'Country');
	if (address.return_address_id !== undefined || recipient) {
		address.return_address_id = Number(numberedId(address.return_address_id, 'Return Address'));
	}
	const schedule = futureSchedule(address.schedule, timeZone, 'Schedule');
	if (schedule === undefined) delete address.schedule;
	else address.schedule = schedule;
	return address;
}

/** preSend hook: {@link checkAddress} on every element of `body.recipients` (letters, postcards). */
export const prepareRecipients: PreSendAction = validate(function (options) {
	const recipients = ((options.body as IDataObject | undefined)?.recipients ?? []) as IDataObject[];
	for (const recipient of recipients) checkAddress(recipient, this.getTimezone(), 'Recipient Name', true);
});

/** preSend hook: {@link checkAddress} on the body itself (return address create/update). */
export const prepareAddressBody: PreSendAction = validate(function (options) {
	checkAddress((options.body ??= {}) as IDataObject, this.getTimezone());
});

/**
 * The return address locator (`GET /post/return-addresses` list or an ID), named `returnAddressId`:
 * it fills `{returnAddressId}` in routing URLs, or with `property` is sent in the body (e.g.
 * `recipients[0].return_address_id` of a letter).
 */
export function returnAddressField(resource: string, operations: string[], description: string, property?: string): INodeProperties {
	const field = locatorField({
		displayName: 'Return Address',
		name: 'returnAddressId',
		searchListMethod: 'getReturnAddresses',
		placeholder: '14',
		description,
		displayOptions: { show: showFor(resource, operations) },
	});
	return property ? { ...field, routing: { send: { type: 'body', property } } } : field;
}
