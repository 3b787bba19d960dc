import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactListLocator } from '../contactList/locator';
import { contactFieldOptions, phoneNumberField } from './fields';

const show = showFor('contact', 'upsert');

/**
 * Fields of Contact → Create or Update, a custom operation (no single ClickSend endpoint; see
 * `upsertOperation.ts`): finds the contact in the list by phone number or email
 * (`GET /lists/{list_id}/contacts?q=…`), updates it (`PUT …/contacts/{contact_id}`) or creates
 * it (`POST /lists/{list_id}/contacts`).
 */
/** Match By of Contact → Create or Update. */
export const MATCH_BY_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Email', value: 'email', description: 'Update the contact of the list with this email (not case-sensitive)' },
	{
		name: 'Phone Number',
		value: 'phoneNumber',
		description:
			"Update the contact of the list with this phone number. With Additional Fields → Country (AU, CA, GB, IE, IN, NZ, SG, US, ZA), a local number (0411 111 111, or (405) 555-5555 in the US) matches its international form (+61411111111, +14055555555), and so does a number after the country's international call prefix (0011 61 411 111 111 in AU, 011 in the US and CA, 00 in GB); without it, only the same digits match.",
	},
];

export const contactUpsertDescription: INodeProperties[] = [
	contactListLocator(show, { description: 'The contact list to look in and add the contact to' }),
	{
		displayName: 'Match By',
		name: 'matchBy',
		type: 'options',
		displayOptions: { show },
		options: MATCH_BY_OPTIONS,
		default: 'phoneNumber',
		description: 'How an existing contact is recognised; without a match a new contact is created',
	},
	phoneNumberField(
		show,
		'Phone number of the contact, in E.164 (+61411111111) or local format; spaces, dashes and brackets are removed. Required to match by phone number; with Match By Email, optional if the email is given. A local number matches an international one only when Additional Fields → Country is set.',
	),
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		displayOptions: { show: { ...show, matchBy: ['email'] } },
		default: '',
		placeholder: 'name@email.com',
		description: 'Email address of the contact, used to find it',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: contactFieldOptions(['phoneNumber']).map((option) =>
			option.name === 'addressCountry'
				? {
						...option,
						description:
							"Country of the address as a two-letter ISO 3166 code; also used to match a local phone number, or one after the country's international call prefix, with its international form (0411 111 111 and 0011 61 411 111 111 = +61411111111 for AU)",
					}
				: option,
		),
	},
];
