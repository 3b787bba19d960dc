import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailAddressField, emailAddressLocator, senderIdOption } from './fields';

const show = showFor('emailToSmsAddress', 'update');

/** Fields of Email-to-SMS Address → Update (`PUT /sms/email-sms/{email_address_id}`, ClickSend "Update Email-to-SMS Allowed Address"). */
export const emailToSmsAddressUpdateDescription: INodeProperties[] = [
	emailAddressLocator(show),
	emailAddressField(show, 'The allowed address (ClickSend requires it on every update)'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: [senderIdOption],
	},
];
