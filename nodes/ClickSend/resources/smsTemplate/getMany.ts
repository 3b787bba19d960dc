import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { searchFiltersField } from '../../shared/messagingFields';

/** Fields of SMS Template → Get Many (`GET /sms/templates`, ClickSend "List of Templates"). */
export const smsTemplateGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('smsTemplate', 'getAll'),
	searchFiltersField('smsTemplate', 'getAll'),
];
