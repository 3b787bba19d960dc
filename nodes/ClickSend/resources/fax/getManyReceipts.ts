import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Fax → Get Many Delivery Receipts (`GET /fax/receipts`, ClickSend "List of Fax Delivery Receipts"). */
export const faxGetManyReceiptsDescription: INodeProperties[] = [...returnAllAndLimit('fax', 'getAllReceipts')];
