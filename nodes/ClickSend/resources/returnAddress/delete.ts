import type { INodeProperties } from 'n8n-workflow';

import { returnAddressField } from '../../shared/postAddress';

/** Fields of Return Address → Delete (`DELETE /post/return-addresses/{return_address_id}`, ClickSend "Delete Post Return Address"). */
export const returnAddressDeleteDescription: INodeProperties[] = [
	returnAddressField('returnAddress', ['delete'], 'The return address to delete'),
];
