import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../shared/messagingFields';

/** Fields of SMS → Mark Inbound as Read (`PUT /sms/inbound-read/{message_id}`, ClickSend "Mark a specific Inbound SMS as read"). */
export const smsMarkInboundReadDescription: INodeProperties[] = [
	messageIdField('sms', 'markInboundRead', 'The inbound SMS to mark as read: its message_id from Get Many Inbound', 'Inbound Message ID'),
];
