import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Return Address → Get Many (`GET /post/return-addresses`, ClickSend "Get List of Post Return Addresses"). */
export const returnAddressGetManyDescription: INodeProperties[] = [...returnAllAndLimit('returnAddress', 'getAll')];
