import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailTemplateLocator } from './locator';

/** Fields of Email Template → Get (`GET /email/templates/{template_id}`, ClickSend "Get Specific Email Template"). */
export const emailTemplateGetDescription: INodeProperties[] = [
	emailTemplateLocator({ displayOptions: { show: showFor('emailTemplate', 'get') } }),
];
