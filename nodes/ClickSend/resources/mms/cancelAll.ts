import type { INodeProperties } from 'n8n-workflow';

/** MMS → Cancel All Scheduled (`PUT /mms/cancel-all`, ClickSend "Cancel All MMS") takes no fields. */
export const mmsCancelAllDescription: INodeProperties[] = [];
