import type { INodeProperties } from 'n8n-workflow';

import { postcardFields } from './fields';

/** Fields of Postcard → Send (`POST /post/postcards/send`, ClickSend "Send Postcard"): one postcard per input item. */
export const postcardSendDescription: INodeProperties[] = postcardFields('send');
