import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailAddressLocator } from './locator';

const show = showFor('emailAddress', 'verify');

/**
 * Fields of Email Address → Verify (`PUT /email/address-verify/{email_address_id}/verify/{activation_token}`,
 * ClickSend "Verify Allowed Email Address"): confirms the address with the token ClickSend emailed.
 */
export const emailAddressVerifyDescription: INodeProperties[] = [
	emailAddressLocator({ description: 'The allowed email address to verify', displayOptions: { show } }),
	{
		displayName: 'Activation Token',
		name: 'activationToken',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		displayOptions: { show },
		default: '',
		description: 'The token from the verification email ClickSend sent to the address',
	},
];
