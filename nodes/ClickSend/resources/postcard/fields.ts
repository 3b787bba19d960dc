import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { addressFields, returnAddressField } from '../../shared/postAddress';
import { attachFile, fileFields } from '../../shared/uploads';

/**
 * Fields of one postcard, shared by Postcard → Send (`POST /post/postcards/send`) and Postcard →
 * Calculate Price (`POST /post/postcards/price`): 1 or 2 PDF files (`file_urls`: front and back,
 * or one two-page PDF; URLs or binary properties uploaded with `convert=post`), one recipient per
 * input item (`recipients[0].<field>`) and the return address.
 */
export function postcardFields(operation: string): INodeProperties[] {
	return [
		...fileFields({
			resource: 'postcard',
			operations: [operation],
			convert: 'post',
			property: 'file_urls',
			array: true,
			displayName: 'Postcard File',
			urlDescription: 'Public URL of the postcard PDF: the front, or one PDF with two pages (front and back)',
		}),
		...addressFields({ resource: 'postcard', operations: [operation], prefix: 'recipients[0].', nameLabel: 'Recipient Name' }),
		returnAddressField('postcard', [operation], 'The return address printed on the postcard', 'recipients[0].return_address_id'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: { show: showFor('postcard', operation) },
			default: {},
			options: [
				{
					displayName: 'Custom String',
					name: 'customString',
					type: 'string',
					default: '',
					description: 'Your reference, kept with the postcard in the history',
					routing: { send: { type: 'body', property: 'recipients[0].custom_string' } },
				},
				{
					displayName: 'Schedule',
					name: 'schedule',
					type: 'dateTime',
					default: '',
					description: 'When to send (sent to ClickSend as Unix seconds). Empty sends now.',
					routing: { send: { type: 'body', property: 'recipients[0].schedule' } },
				},
			],
		},
	];
}

/** The postcard file hook: URL(s) as given, or 1–2 binary files uploaded with `convert=post`. */
export const attachPostcardFiles = attachFile({ convert: 'post', property: 'file_urls', array: true, displayName: 'Postcard File' });
