import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailAddressField, senderIdOption } from './fields';

const show = showFor('emailToSmsAddress', 'create');

/** Fields of Email-to-SMS Address → Create (`POST /sms/email-sms`, ClickSend "Create Email to SMS Allowed Address"). */
export const emailToSmsAddressCreateDescription: INodeProperties[] = [
	emailAddressField(show, 'Address allowed to send SMS by email; *@example.com allows a whole domain'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show },
		default: {},
		options: [senderIdOption],
	},
];
