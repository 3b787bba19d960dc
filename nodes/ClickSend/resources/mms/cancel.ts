import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../shared/messagingFields';

/** Fields of MMS → Cancel Scheduled (`PUT /mms/{message_id}/cancel`, ClickSend "Cancel MMS"). */
export const mmsCancelDescription: INodeProperties[] = [
	messageIdField('mms', 'cancel', 'The scheduled MMS to cancel: its message_id from Send or Get Many'),
];
