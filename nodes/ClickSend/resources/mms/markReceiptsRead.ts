import type { INodeProperties } from 'n8n-workflow';

/** MMS → Mark Delivery Receipts as Read (`PUT /mms/receipts-read`, ClickSend "Mark Receipts As Read") takes no fields. */
export const mmsMarkReceiptsReadDescription: INodeProperties[] = [];
