import type { INodeProperties } from 'n8n-workflow';

import { returnAddressBodyFields } from './fields';

/** Fields of Return Address → Create (`POST /post/return-addresses`, ClickSend "Create a Post Return Address"). */
export const returnAddressCreateDescription: INodeProperties[] = returnAddressBodyFields('create');
