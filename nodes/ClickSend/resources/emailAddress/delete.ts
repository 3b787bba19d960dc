import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailAddressLocator } from './locator';

/** Fields of Email Address → Delete (`DELETE /email/addresses/{email_address_id}`, ClickSend "Delete Allowed Email Address"). */
export const emailAddressDeleteDescription: INodeProperties[] = [
	emailAddressLocator({ description: 'The allowed email address to delete', displayOptions: { show: showFor('emailAddress', 'delete') } }),
];
