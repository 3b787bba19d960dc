import type { INodeProperties } from 'n8n-workflow';

import { addressFields } from '../../shared/postAddress';

/**
 * The address fields of Return Address → Create (`POST /post/return-addresses`) and Update
 * (`PUT /post/return-addresses/{return_address_id}`): ClickSend requires the whole address both times.
 */
export function returnAddressBodyFields(operation: string): INodeProperties[] {
	return addressFields({ resource: 'returnAddress', operations: [operation], prefix: '', nameLabel: 'Name' });
}
