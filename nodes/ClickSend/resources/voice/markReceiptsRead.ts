import type { INodeProperties } from 'n8n-workflow';

import { readBeforeField } from '../../shared/messagingFields';

/** Fields of Voice → Mark Delivery Receipts as Read (`PUT /voice/receipts-read?date_before=…`, ClickSend "Marked Voice Receipts as Read"). */
export const voiceMarkReceiptsReadDescription: INodeProperties[] = [
	readBeforeField('voice', 'markReceiptsRead', 'query', 'delivery receipts received'),
];
