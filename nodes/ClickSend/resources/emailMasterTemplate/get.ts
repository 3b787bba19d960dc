import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { masterTemplateLocator } from '../emailTemplate/locator';

/** Fields of Email Master Template → Get (`GET /email/master-templates/{template_id}`, ClickSend "Get Specific Master Template"). */
export const emailMasterTemplateGetDescription: INodeProperties[] = [
	masterTemplateLocator({ displayOptions: { show: showFor('emailMasterTemplate', 'get') } }),
];
