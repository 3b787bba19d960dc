import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { hasVisibleText } from '../../shared/text';
import { compact, InvalidFieldError, isoCountry, normaliseEmail, normalisePhone, textValue, validate } from '../../shared/validation';

/** One ClickSend contact field: its n8n parameter name and ClickSend's body property. */
interface ContactField {
	displayName: string;
	name: string;
	property: string;
	description: string;
	placeholder?: string;
}

/**
 * Every field of a ClickSend contact (`POST/PUT /lists/{list_id}/contacts[/{contact_id}]`), by
 * display name. `phoneNumber` is the top-level field of Create and Create or Update.
 */
export const CONTACT_FIELDS: readonly ContactField[] = [
	{ displayName: 'Address Line 1', name: 'addressLine1', property: 'address_line_1', description: 'First line of the street address' },
	{ displayName: 'Address Line 2', name: 'addressLine2', property: 'address_line_2', description: 'Second line of the street address' },
	{ displayName: 'City', name: 'addressCity', property: 'address_city', description: 'City of the address' },
	{
		displayName: 'Country',
		name: 'addressCountry',
		property: 'address_country',
		description: 'Country of the address as a two-letter ISO 3166 code',
		placeholder: 'AU',
	},
	{ displayName: 'Custom 1', name: 'custom1', property: 'custom_1', description: 'Custom text 1, usable in messages as a placeholder' },
	{ displayName: 'Custom 2', name: 'custom2', property: 'custom_2', description: 'Custom text 2, usable in messages as a placeholder' },
	{ displayName: 'Custom 3', name: 'custom3', property: 'custom_3', description: 'Custom text 3, usable in messages as a placeholder' },
	{ displayName: 'Custom 4', name: 'custom4', property: 'custom_4', description: 'Custom text 4, usable in messages as a placeholder' },
	{ displayName: 'Email', name: 'email', property: 'email', description: 'Email address of the contact', placeholder: 'name@email.com' },
	{ displayName: 'Fax Number', name: 'faxNumber', property: 'fax_number', description: 'Fax number in E.164 format', placeholder: '+61261111111' },
	{ displayName: 'First Name', name: 'firstName', property: 'first_name', description: 'First name of the contact' },
	{ displayName: 'Last Name', name: 'lastName', property: 'last_name', description: 'Last name of the contact' },
	{ displayName: 'Organization Name', name: 'organizationName', property: 'organization_name', description: 'Organization of the contact' },
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		property: 'phone_number',
		description: 'Phone number in E.164 format (+61411111111) or local format',
		placeholder: '+61411111111',
	},
	{ displayName: 'Postal Code', name: 'addressPostalCode', property: 'address_postal_code', description: 'Postal code of the address' },
	{ displayName: 'State', name: 'addressState', property: 'address_state', description: 'State or region of the address' },
];

/** ClickSend body property of a contact field parameter (`firstName` → `first_name`). */
export function contactProperty(name: string): string | undefined {
	return CONTACT_FIELDS.find((field) => field.name === name)?.property;
}

/**
 * The options of a contact "Additional Fields" / "Update Fields" collection: every contact
 * field except `exclude`, each sent as its ClickSend body property.
 */
export function contactFieldOptions(exclude: string[] = []): INodeProperties[] {
	return CONTACT_FIELDS.filter((field) => !exclude.includes(field.name)).map((field) => ({
		displayName: field.displayName,
		name: field.name,
		type: 'string',
		default: '',
		placeholder: field.placeholder,
		description: field.description,
		routing: { send: { type: 'body', property: field.property } },
	}));
}

const PHONE_DESCRIPTION =
	'Phone number of the contact, in E.164 (+61411111111) or local format; spaces, dashes and brackets are removed. Optional if a fax number or email is given.';

/**
 * The top-level Phone Number field of contact Create and Create or Update. Optional: ClickSend
 * needs a phone number, a fax number or an email (see {@link requireReachable}).
 */
export function phoneNumberField(show: IDataObject, description = PHONE_DESCRIPTION): INodeProperties {
	return {
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		displayOptions: { show: show as Record<string, string[]> },
		default: '',
		placeholder: '+61411111111',
		description,
		routing: { send: { type: 'body', property: 'phone_number' } },
	};
}

/** The contact properties of which ClickSend needs at least one (`POST /lists/{list_id}/contacts`). */
export const REACHABLE_PROPERTIES = ['phone_number', 'fax_number', 'email'] as const;

/**
 * ClickSend creates a contact only with a phone number, a fax number or an email ("all optional;
 * however at least one of them must be specified"). Call on a compacted body.
 * @throws InvalidFieldError naming the three fields when none is set.
 */
export function requireReachable(body: IDataObject): void {
	if (REACHABLE_PROPERTIES.some((property) => body[property] !== undefined && String(body[property]).trim() !== '')) return;
	throw new InvalidFieldError(
		'Phone Number, Fax Number or Email',
		'all empty; ClickSend needs at least one of Phone Number, Fax Number (Additional Fields) or Email (Additional Fields) for a contact',
	);
}

/**
 * Checks and normalises a contact body in place: every field must be text (numbers are sent as
 * text; a list or object is refused), blank or zero-width-only fields are dropped; normalises `phone_number`
 * and `fax_number` (shared `normalisePhone`), trims `email` and checks its shape, upper-cases
 * `address_country` (an assigned ISO 3166 code; UK is refused with a hint to use GB). `requireOne`: at least one of phone number, fax number or email
 * must be present (contact creation, {@link requireReachable}).
 * @throws InvalidFieldError naming the field.
 */
export function normaliseContact(body: IDataObject, requireOne: boolean): IDataObject {
	for (const [key, value] of Object.entries(body)) {
		if (value === undefined || value === null) continue;
		// Text, as the field's label names it; lists and objects from expressions are refused, and a
		// value of blanks and zero-width characters alone is empty.
		const text = textValue(value, CONTACT_FIELDS.find((field) => field.property === key)?.displayName ?? key);
		body[key] = hasVisibleText(text) ? text.trim() : '';
	}
	compact(body);
	if (requireOne) requireReachable(body);
	if (body.phone_number !== undefined) body.phone_number = normalisePhone(body.phone_number, 'Phone Number');
	if (body.fax_number !== undefined) body.fax_number = normalisePhone(body.fax_number, 'Fax Number');
	if (body.email !== undefined) body.email = normaliseEmail(body.email, 'Email');
	if (body.address_country !== undefined) body.address_country = isoCountry(body.address_country, 'Country');
	return body;
}

/**
 * preSend hook of contact Create (`create`: phone number, fax number or email required) and
 * Update: {@link normaliseContact} on the body; an Update without any field fails with
 * "Update Fields: choose at least one field", or, when the chosen fields are all empty for the
 * item (expressions that gave nothing), names them.
 */
export function prepareContact(create: boolean) {
	return validate(function (options) {
		const body = normaliseContact((options.body ?? {}) as IDataObject, create);
		if (Object.keys(body).length === 0) {
			const chosen = Object.keys((this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject);
			const labels = chosen.map((name) => CONTACT_FIELDS.find((field) => field.name === name)?.displayName ?? name);
			throw new InvalidFieldError(
				'Update Fields',
				labels.length === 0 ? 'choose at least one field to update' : `${labels.join(', ')} ${labels.length === 1 ? 'is' : 'are all'} empty for this item: nothing to update`,
			);
		}
		options.body = body;
	});
}
