import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../shared/messagingFields';

/** Fields of Voice → Cancel Scheduled (`PUT /voice/{message_id}/cancel`, ClickSend "Cancel a Specific Voice Call"). */
export const voiceCancelDescription: INodeProperties[] = [
	messageIdField('voice', 'cancel', 'The scheduled call to cancel: its message_id from Send or Get Many'),
];
