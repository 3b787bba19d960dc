import type { INodeProperties } from 'n8n-workflow';

import { returnAddressField } from '../../shared/postAddress';

/** Fields of Return Address → Get (`GET /post/return-addresses/{return_address_id}`, ClickSend "Get Post Return Address"). */
export const returnAddressGetDescription: INodeProperties[] = [returnAddressField('returnAddress', ['get'], 'The return address to get')];
