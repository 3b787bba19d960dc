import type { INodeProperties } from 'n8n-workflow';

import { returnAddressField } from '../../shared/postAddress';
import { returnAddressBodyFields } from './fields';

/**
 * Fields of Return Address → Update (`PUT /post/return-addresses/{return_address_id}`, ClickSend
 * "Update Post Return Address"): the address to change and its whole new address (ClickSend
 * requires every address field).
 */
export const returnAddressUpdateDescription: INodeProperties[] = [
	returnAddressField('returnAddress', ['update'], 'The return address to update'),
	...returnAddressBodyFields('update'),
];
