import type { INodeProperties } from 'n8n-workflow';

import { readBeforeField } from '../../shared/messagingFields';

/** Fields of Fax → Mark Delivery Receipts as Read (`PUT /fax/receipts-read`, ClickSend "Mark Fax Delivery Receipts as read"). */
export const faxMarkReceiptsReadDescription: INodeProperties[] = [
	readBeforeField('fax', 'markReceiptsRead', 'body', 'fax delivery receipts received'),
];
