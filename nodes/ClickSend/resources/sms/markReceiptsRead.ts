import type { INodeProperties } from 'n8n-workflow';

import { readBeforeField } from '../../shared/messagingFields';

/** Fields of SMS → Mark Delivery Receipts as Read (`PUT /sms/receipts-read`, ClickSend "Mark Delivery Receipts as read"). */
export const smsMarkReceiptsReadDescription: INodeProperties[] = [
	readBeforeField('sms', 'markReceiptsRead', 'body', 'delivery receipts received'),
];
