import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailAddressLocator } from './locator';

/**
 * Fields of Email Address → Send Verification (`PUT /email/address-verify/{email_address_id}/send`,
 * ClickSend "Send Verification Token"): ClickSend emails the activation token to the address again.
 */
export const emailAddressSendVerificationDescription: INodeProperties[] = [
	emailAddressLocator({
		description: 'The allowed email address to send the verification email to',
		displayOptions: { show: showFor('emailAddress', 'sendVerification') },
	}),
];
