import type { INodeProperties } from 'n8n-workflow';

import { emailMessageFields } from './fields';

/** Fields of Email → Send (`POST /email/send`, ClickSend "Email Send"): one transactional email per input item. */
export const emailSendDescription: INodeProperties[] = emailMessageFields('send');
