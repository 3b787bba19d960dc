import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../shared/messagingFields';

/** Fields of SMS → Cancel Scheduled (`PUT /sms/{message_id}/cancel`, ClickSend "Cancel a Scheduled Message"). */
export const smsCancelDescription: INodeProperties[] = [
	messageIdField('sms', 'cancel', 'The scheduled SMS to cancel: its message_id from Send or Get Many'),
];
