import type { INodeProperties } from 'n8n-workflow';

import { voiceMessageFields } from './messageFields';

/** Fields of Voice → Send (`POST /voice/send`, ClickSend "Send a Voice Call"): one call per input item. */
export const voiceSendDescription: INodeProperties[] = voiceMessageFields('send');
