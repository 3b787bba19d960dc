import type { INodeProperties } from 'n8n-workflow';

import { mmsMessageFields } from './fields';

/**
 * Fields of MMS → Send (`POST /mms/send`, ClickSend "Send MMS"): one message per input item
 * (`messages[0].<field>`), the media file as a URL or an uploaded binary file (`media_file`).
 */
export const mmsSendDescription: INodeProperties[] = mmsMessageFields('send');
