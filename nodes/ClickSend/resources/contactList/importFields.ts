/**
 * ClickSend's contact import columns (`GET /lists/{list_id}/import-fields`, ClickSend "Get List of
 * Acceptable Import Fields"), in ClickSend's order, as the `field_order` values of an import.
 */
export const IMPORT_FIELDS: ReadonlyArray<{ name: string; value: string }> = [
	{ name: 'Phone', value: 'phone' },
	{ name: 'First Name', value: 'first_name' },
	{ name: 'Last Name', value: 'last_name' },
	{ name: 'Custom String 1', value: 'custom1' },
	{ name: 'Custom String 2', value: 'custom2' },
	{ name: 'Custom String 3', value: 'custom3' },
	{ name: 'Custom String 4', value: 'custom4' },
	{ name: 'Fax Number', value: 'fax_number' },
	{ name: 'Organization Name', value: 'organization_name' },
	{ name: 'Email', value: 'email' },
	{ name: 'Address Line 1', value: 'address_line_1' },
	{ name: 'Address Line 2', value: 'address_line_2' },
	{ name: 'City', value: 'address_city' },
	{ name: 'State', value: 'address_state' },
	{ name: 'Postal Code', value: 'address_postal_code' },
	{ name: 'Country', value: 'address_country' },
];

/** Contact properties ClickSend compares in Remove Duplicates (`fields` of `PUT /lists/{list_id}/remove-duplicates`). */
export const DUPLICATE_FIELDS: ReadonlyArray<{ name: string; value: string }> = [
	{ name: 'Address Line 1', value: 'address_line_1' },
	{ name: 'Address Line 2', value: 'address_line_2' },
	{ name: 'City', value: 'address_city' },
	{ name: 'Country', value: 'address_country' },
	{ name: 'Custom 1', value: 'custom_1' },
	{ name: 'Custom 2', value: 'custom_2' },
	{ name: 'Custom 3', value: 'custom_3' },
	{ name: 'Custom 4', value: 'custom_4' },
	{ name: 'Email', value: 'email' },
	{ name: 'Fax Number', value: 'fax_number' },
	{ name: 'First Name', value: 'first_name' },
	{ name: 'Last Name', value: 'last_name' },
	{ name: 'Organization Name', value: 'organization_name' },
	{ name: 'Phone Number', value: 'phone_number' },
	{ name: 'Postal Code', value: 'address_postal_code' },
	{ name: 'State', value: 'address_state' },
];
