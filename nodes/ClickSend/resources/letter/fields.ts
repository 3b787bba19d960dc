import type { INodeProperties } from 'n8n-workflow';

import { flagSend, showFor } from '../../shared/descriptions';
import { addressFields, returnAddressField } from '../../shared/postAddress';
import { attachFile, fileFields } from '../../shared/uploads';


/**
 * Fields of one letter, shared by Letter → Send (`POST /post/letters/send`) and Letter →
 * Calculate Price (`POST /post/letters/price`): the letter file (`file_url`: a URL, or a binary
 * property uploaded with `convert=post`), one recipient per input item (`recipients[0].<field>`),
 * the return address and the print options (0/1 flags shown as booleans).
 */
export function letterFields(operation: string): INodeProperties[] {
	const show = showFor('letter', operation);
	return [
		...fileFields({
			resource: 'letter',
			operations: [operation],
			convert: 'post',
			property: 'file_url',
			displayName: 'Letter File',
			urlDescription: 'Public URL of the letter PDF; DOC and DOCX files can be sent as a binary file (converted by ClickSend)',
		}),
		...addressFields({ resource: 'letter', operations: [operation], prefix: 'recipients[0].', nameLabel: 'Recipient Name' }),
		returnAddressField('letter', [operation], 'The return address printed on the letter', 'recipients[0].return_address_id'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: { show },
			default: {},
			options: [
				{
					displayName: 'Colour',
					name: 'colour',
					type: 'boolean',
					default: false,
					description: 'Whether to print in colour (otherwise black and white)',
					routing: { send: flagSend('colour', 'Colour') },
				},
				{
					displayName: 'Custom String',
					name: 'customString',
					type: 'string',
					default: '',
					description: 'Your reference, kept with the letter in the history',
					routing: { send: { type: 'body', property: 'recipients[0].custom_string' } },
				},
				{
					displayName: 'Duplex',
					name: 'duplex',
					type: 'boolean',
					default: false,
					description: 'Whether to print on both sides of the paper',
					routing: { send: flagSend('duplex', 'Duplex') },
				},
				{
					displayName: 'Priority Post',
					name: 'priorityPost',
					type: 'boolean',
					default: false,
					description: 'Whether to send by priority post',
					routing: { send: flagSend('priority_post', 'Priority Post') },
				},
				{
					displayName: 'Schedule',
					name: 'schedule',
					type: 'dateTime',
					default: '',
					description: 'When to send (sent to ClickSend as Unix seconds). Empty sends now.',
					routing: { send: { type: 'body', property: 'recipients[0].schedule' } },
				},
				{
					displayName: 'Template Used',
					name: 'templateUsed',
					type: 'boolean',
					default: false,
					description: "Whether the letter uses ClickSend's letter template (address window layout)",
					routing: { send: flagSend('template_used', 'Template Used') },
				},
			],
		},
	];
}

/** The letter file hook: URL as given, or a binary file uploaded with `convert=post`. */
export const attachLetterFile = attachFile({ convert: 'post', property: 'file_url', displayName: 'Letter File' });
