import type { INodeProperties } from 'n8n-workflow';

import { letterFields } from './fields';

/**
 * Fields of Letter → Send (`POST /post/letters/send`, ClickSend "Send Post Letter"): one letter
 * per input item (`recipients[0].<field>`), the file as a URL or an uploaded binary file.
 */
export const letterSendDescription: INodeProperties[] = letterFields('send');
