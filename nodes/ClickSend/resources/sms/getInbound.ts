import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../shared/messagingFields';

/** Fields of SMS → Get Inbound Reply (`GET /sms/inbound/{outbound_message_id}`, ClickSend "Get Specific Inbound - Pull"). */
export const smsGetInboundDescription: INodeProperties[] = [
	messageIdField('sms', 'getInbound', 'The message_id of the SMS you sent; the output is the reply to it', 'Outbound Message ID'),
];
