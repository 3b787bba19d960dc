import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/**
 * Fields of Email Address → Create (`POST /email/addresses`, ClickSend "Create Allowed Email
 * Address"): ClickSend emails a verification token to the address; send from it once verified.
 */
export const emailAddressCreateDescription: INodeProperties[] = [
	{
		displayName: 'Email Address',
		name: 'emailAddress',
		type: 'string',
		required: true,
		placeholder: 'name@email.com',
		displayOptions: { show: showFor('emailAddress', 'create') },
		default: '',
		description: 'The email address to allow as a sender',
		routing: { send: { type: 'body', property: 'email_address' } },
	},
];
