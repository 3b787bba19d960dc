import type { INodeProperties } from 'n8n-workflow';

import { readBeforeField } from '../../shared/messagingFields';

/** Fields of SMS → Mark All Inbound as Read (`PUT /sms/inbound-read`, ClickSend "Mark all Inbound SMS as read"). */
export const smsMarkAllInboundReadDescription: INodeProperties[] = [
	readBeforeField('sms', 'markAllInboundRead', 'body', 'inbound SMS received'),
];
