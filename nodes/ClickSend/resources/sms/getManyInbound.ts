import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { searchFiltersField } from '../../shared/messagingFields';

/** Fields of SMS → Get Many Inbound (`GET /sms/inbound`, ClickSend "Get all Inbound SMS - Pull"): unread replies. */
export const smsGetManyInboundDescription: INodeProperties[] = [
	...returnAllAndLimit('sms', 'getAllInbound'),
	searchFiltersField('sms', 'getAllInbound'),
];
