import type { INodeProperties } from 'n8n-workflow';

/** Voice → Cancel All Scheduled (`PUT /voice/cancel-all`, ClickSend "Cancel all Voice Calls") takes no fields. */
export const voiceCancelAllDescription: INodeProperties[] = [];
