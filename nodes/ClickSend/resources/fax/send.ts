import type { INodeProperties } from 'n8n-workflow';

import { faxMessageFields } from './fields';

/**
 * Fields of Fax → Send (`POST /fax/send`, ClickSend "Send Fax"): one fax per input item
 * (`messages[0].<field>`), the document as a URL or an uploaded binary file (`file_url`).
 */
export const faxSendDescription: INodeProperties[] = faxMessageFields('send');
