import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of MMS → Get Many Delivery Receipts (`GET /mms/receipts`, ClickSend "Get all Delivery Receipts"). */
export const mmsGetManyReceiptsDescription: INodeProperties[] = [...returnAllAndLimit('mms', 'getAllReceipts')];
