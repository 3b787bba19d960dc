import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailAddressLocator } from './locator';

/** Fields of Email Address → Get (`GET /email/addresses/{email_address_id}`, ClickSend "Get Specific Allowed Email Address"). */
export const emailAddressGetDescription: INodeProperties[] = [
	emailAddressLocator({ displayOptions: { show: showFor('emailAddress', 'get') } }),
];
