import type { INodeProperties } from 'n8n-workflow';

import { smsMessageFields } from './messageFields';

/** Fields of SMS → Send (`POST /sms/send`, ClickSend "Send an SMS"): one message per input item. */
export const smsSendDescription: INodeProperties[] = smsMessageFields('send');
