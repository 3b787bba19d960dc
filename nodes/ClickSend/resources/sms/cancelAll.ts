import type { INodeProperties } from 'n8n-workflow';

/** SMS → Cancel All Scheduled (`PUT /sms/cancel-all`, ClickSend "Cancel all Scheduled Messages") takes no fields. */
export const smsCancelAllDescription: INodeProperties[] = [];
