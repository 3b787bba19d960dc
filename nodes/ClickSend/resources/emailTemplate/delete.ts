import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailTemplateLocator } from './locator';

/** Fields of Email Template → Delete (`DELETE /email/templates/{template_id}`, ClickSend "Delete Email Template"). */
export const emailTemplateDeleteDescription: INodeProperties[] = [
	emailTemplateLocator({ description: 'The email template to delete', displayOptions: { show: showFor('emailTemplate', 'delete') } }),
];
